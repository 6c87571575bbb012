using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GeoMap.Server.Tests.Apis;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using Npgsql;

namespace GeoMap.Server.Tests.Scaling;

/// <summary>
/// A server on a primary and a streaming replica (two managed clusters, the second made by pg_basebackup): reads of
/// requests that change nothing are served by the replica, and a client's reads after its own write see it, whether it
/// sends back the write's position as a browser does (the cookie) or as an API client does (the header).
/// </summary>
public sealed class ReplicaReadsTests(DatabaseFixture database, TestReplica replica) : IClassFixture<DatabaseFixture>, IClassFixture<TestReplica>
{
    public static TheoryData<string> Clients => ["cookie", "header"];

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Reads_go_to_the_replica_except_a_clients_reads_of_its_own_unreplayed_write(string carrier)
    {
        var key = (await new ApiKeyRepository(database.DataSource).AddAsync("replica-" + carrier, ApiKeyRole.Analyst, CancellationToken.None)).Secret;
        await replica.CatchUpAsync(database.DatabaseName);
        await using var server = await InProcessServer.StartAsync(new Dictionary<string, string>
        {
            ["GeoMap:Database:ConnectionString"] = database.ConnectionString,
            ["GeoMap:Database:ReadConnectionString"] = replica.ConnectionStringFor(database.DatabaseName),
            ["GeoMap:Server:TilesFolder"] = Path.Combine(Path.GetTempPath(), "geomap-replica-tests", Guid.NewGuid().ToString("N")),
            ["GeoMap:Server:SeedRegionsOnStart"] = "false",
            ["GeoMap:Jobs:Enabled"] = "false",
        });

        using var writer = Client(server.Address, key, cookies: carrier == "cookie");
        using var other = Client(server.Address, key, cookies: false);
        await using var onReplica = Storage.GeoMapDataSource.Create(replica.ConnectionStringFor(database.DatabaseName));
        await ReplayAsync(onReplica, pause: true);
        try
        {
            var created = await writer.PostAsJsonAsync("/api/movements", new
            {
                actor = "Russia",
                destination = new { name = "Ussuriysk", lon = 131.95, lat = 43.80, countryCode = "RU" },
                sentence = "A battalion arrived in Ussuriysk.",
            }).ExpectAsync(HttpStatusCode.Created);
            var position = created.Headers.GetValues("GeoMap-Write-Position").Single();
            var movement = new Uri($"/api/movements/{(await created.JsonAsync()).GetProperty("id").GetInt64()}", UriKind.Relative);

            using var read = new HttpRequestMessage(HttpMethod.Get, movement);
            if (carrier == "header")
            {
                read.Headers.Add("GeoMap-Write-Position", position);
            }

            // The writer sees its movement (from the primary); another client reads the replica, which has not replayed it.
            await writer.SendAsync(read).ExpectAsync(HttpStatusCode.OK);
            await other.GetAsync(movement).ExpectAsync(HttpStatusCode.NotFound);

            await ReplayAsync(onReplica, pause: false);
            await replica.CatchUpAsync(database.DatabaseName);
            await other.GetAsync(movement).ExpectAsync(HttpStatusCode.OK);
        }
        finally
        {
            await ReplayAsync(onReplica, pause: false);
        }
    }

    private static HttpClient Client(Uri address, string key, bool cookies)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = cookies }) { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Pauses or resumes the replica's replay of the primary's WAL (it keeps answering reads as of where it stopped).</summary>
    internal static async Task ReplayAsync(NpgsqlDataSource onReplica, bool pause)
    {
        await using var command = onReplica.CreateCommand(pause ? "SELECT pg_wal_replay_pause()" : "SELECT pg_wal_replay_resume()");
        await command.ExecuteNonQueryAsync();
    }
}

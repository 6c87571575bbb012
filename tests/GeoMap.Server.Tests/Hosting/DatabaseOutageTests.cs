using System.Net;

namespace GeoMap.Server.Tests.Hosting;

/// <summary>Stopping the shared test cluster would break every other class, so this collection runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseOutageCollection
{
    public const string Name = "Database outage";
}

[Collection(DatabaseOutageCollection.Name)]
public sealed class DatabaseOutageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_database_that_goes_away_gives_503_and_the_server_recovers_when_it_returns()
    {
        var client = server.Client();
        await client.GetAsync("/api/movements").ExpectAsync(HttpStatusCode.OK);
        await client.GetAsync("/health").ExpectAsync(HttpStatusCode.OK);

        var cluster = server.Database.Cluster;
        await cluster.StopAsync(CancellationToken.None);
        try
        {
            var problem = await (await client.GetAsync("/api/movements")).ProblemAsync(503);
            Assert.Contains("unavailable", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            await (await client.GetAsync("/ogc/collections/movements/items")).ProblemAsync(503);
            await client.GetAsync("/health").ExpectAsync(HttpStatusCode.ServiceUnavailable);
            await client.GetAsync("/health/live").ExpectAsync(HttpStatusCode.OK);
        }
        finally
        {
            await cluster.StartAsync(CancellationToken.None);
        }

        await client.GetAsync("/health").ExpectAsync(HttpStatusCode.OK);
        await client.GetAsync("/api/movements").ExpectAsync(HttpStatusCode.OK);
        await server.Client("analyst").PostAsync("/api/movements", new StringContent("{\"actor\": \"Back\"}", System.Text.Encoding.UTF8, "application/json"))
            .ExpectAsync(HttpStatusCode.Created);
    }
}

using GeoMap.Storage;
using GeoMap.Storage.Replicas;
using GeoMap.Testing;
using Npgsql;

namespace GeoMap.Cli.Tests;

/// <summary><c>geomap db replica FOLDER</c>: a streaming replica of the embedded cluster, for read replicas on one machine.</summary>
public sealed class DbReplicaCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_replica_follows_the_embedded_cluster_answers_reads_and_refuses_writes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", $"replica-{Guid.NewGuid():N}"[..20]);
        var primary = new Dictionary<string, string> { ["GEOMAP_DATA_DIR"] = database.Cluster.DataDirectory };
        try
        {
            var made = await GeomapProcess.RunWithEnvironmentAsync(primary, null, "db", "replica", folder);
            Assert.True(made.ExitCode == 0, made.Stderr);
            var connection = new NpgsqlConnectionStringBuilder(made.Stdout.Trim()) { Database = database.DatabaseName };

            await using (var command = database.DataSource.CreateCommand("CREATE TABLE replicated AS SELECT 42 AS answer"))
            {
                await command.ExecuteNonQueryAsync();
            }

            var position = await ReplicaReads.WritePositionAsync(database.DataSource, CancellationToken.None);
            await using var replica = GeoMapDataSource.Create(connection.ConnectionString);
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (!await ReplayedAsync(replica, position))
            {
                Assert.True(DateTime.UtcNow < deadline, $"The replica did not replay up to {position} within a minute.");
                await Task.Delay(100);
            }

            await using (var read = replica.CreateCommand("SELECT answer FROM replicated"))
            {
                Assert.Equal(42, await read.ExecuteScalarAsync());
            }

            await using (var write = replica.CreateCommand("INSERT INTO replicated VALUES (1)"))
            {
                Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, (await Assert.ThrowsAsync<PostgresException>(() => write.ExecuteNonQueryAsync())).SqlState);
            }

            // Asked again, it finds the replica running and names the same one.
            var again = await GeomapProcess.RunWithEnvironmentAsync(primary, null, "db", "replica", folder);
            Assert.Equal((0, made.Stdout), (again.ExitCode, again.Stdout));
        }
        finally
        {
            await GeomapProcess.RunWithEnvironmentAsync(new Dictionary<string, string> { ["GEOMAP_DATA_DIR"] = folder }, null, "db", "stop");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task With_GEOMAP_DB_it_points_to_PostgreSQLs_own_tools()
    {
        var refused = await GeomapProcess.RunWithEnvironmentAsync(new Dictionary<string, string> { ["GEOMAP_DB"] = database.ConnectionString }, null, "db", "replica", Path.GetTempPath());
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("postgres-replica.sh", refused.Stderr, StringComparison.Ordinal);
    }

    private static async Task<bool> ReplayedAsync(NpgsqlDataSource replica, string position)
    {
        try
        {
            return await ReplicaReads.HasReplayedAsync(replica, position, CancellationToken.None);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The test's database was created after the backup began and is not replayed yet.
            replica.Clear();
            return false;
        }
    }
}

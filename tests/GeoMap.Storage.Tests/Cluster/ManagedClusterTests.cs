using System.Diagnostics;
using GeoMap.Storage.Cluster;
using Npgsql;

namespace GeoMap.Storage.Tests.Cluster;

/// <summary>Each test owns its own cluster folder: these tests kill and restart servers.</summary>
public sealed class ManagedClusterTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "geomap-tests", "cluster-" + Guid.NewGuid().ToString("N")[..12]);
    private ManagedCluster cluster = null!;

    public Task InitializeAsync()
    {
        cluster = new ManagedCluster(folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await cluster.StopAsync(CancellationToken.None);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Start_creates_a_cluster_with_postgis_and_stop_stops_it()
    {
        Assert.True(await cluster.StartAsync(CancellationToken.None));
        Assert.True(cluster.IsRunning());
        Assert.Equal("3", (await ScalarAsync("SELECT split_part(postgis_lib_version(), '.', 1)"))?.ToString());

        await cluster.StopAsync(CancellationToken.None);
        Assert.False(cluster.IsRunning());
    }

    [Fact]
    public async Task A_second_start_joins_the_running_cluster_and_does_not_own_it()
    {
        await cluster.StartAsync(CancellationToken.None);
        var second = new ManagedCluster(folder);
        Assert.False(await second.StartAsync(CancellationToken.None));
        await second.DisposeAsync();
        Assert.True(cluster.IsRunning());
    }

    [Fact]
    public async Task The_cluster_restarts_after_its_postmaster_is_killed_with_sigkill()
    {
        await cluster.StartAsync(CancellationToken.None);
        await ExecuteAsync("CREATE TABLE survivor (x int); INSERT INTO survivor VALUES (42)");
        var pid = cluster.RunningPostmasterPid()!.Value;

        using (var kill = Process.Start("kill", ["-9", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        for (var i = 0; i < 50 && Directory.Exists($"/proc/{pid}"); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(cluster.IsRunning());
        NpgsqlConnection.ClearAllPools();

        var restarted = new ManagedCluster(folder);
        Assert.True(await restarted.StartAsync(CancellationToken.None));
        Assert.Equal(42, await ScalarAsync("SELECT x FROM survivor"));
        await restarted.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_stale_pid_file_naming_another_process_does_not_block_start()
    {
        await cluster.StartAsync(CancellationToken.None);
        await cluster.StopAsync(CancellationToken.None);

        // pid 1 exists but is not our postmaster: the situation after a reboot reuses pids.
        var pidFile = Path.Combine(folder, "pgdata", "postmaster.pid");
        await File.WriteAllTextAsync(pidFile, "1\n" + Path.Combine(folder, "pgdata") + "\n");

        Assert.True(await cluster.StartAsync(CancellationToken.None));
        Assert.Equal(1, await ScalarAsync("SELECT 1"));
    }

    [Fact]
    public async Task The_connection_string_uses_a_generated_password_not_trust()
    {
        await cluster.StartAsync(CancellationToken.None);
        var builder = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Password = "wrong" };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());
        Assert.Equal(PostgresErrorCodes.InvalidPassword, error.SqlState);
        Assert.StartsWith("postgresql://geomap:", cluster.PsqlUrl(), StringComparison.Ordinal);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

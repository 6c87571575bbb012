using GeoMap.Storage;
using GeoMap.Storage.Cluster;
using GeoMap.Storage.Replicas;
using Npgsql;
using Xunit;

namespace GeoMap.Testing;

/// <summary>
/// A hot-standby streaming replica of the tests' cluster (<see cref="TestCluster"/>), made by <c>pg_basebackup</c> for one
/// test class (use as <c>IClassFixture&lt;TestReplica&gt;</c>) and stopped after it.
/// </summary>
public sealed class TestReplica : IAsyncLifetime
{
    private string folder = "";

    /// <summary>The replica's cluster.</summary>
    public ManagedCluster Cluster { get; private set; } = null!;

    /// <summary>A connection string of <paramref name="database"/> on the replica.</summary>
    public string ConnectionStringFor(string database) => Cluster.ConnectionStringFor(database);

    /// <summary>Waits until the replica has replayed everything the primary had written when it was called.</summary>
    public async Task CatchUpAsync(string database)
    {
        await using var primary = GeoMapDataSource.Create((await TestCluster.GetAsync().ConfigureAwait(false)).ConnectionStringFor(database));
        await using var replica = GeoMapDataSource.Create(ConnectionStringFor(database));
        var position = await ReplicaReads.WritePositionAsync(primary, CancellationToken.None).ConfigureAwait(false);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                if (await ReplicaReads.HasReplayedAsync(replica, position, CancellationToken.None).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && DateTime.UtcNow < deadline)
            {
                // The database was created on the primary after the backup and has not been replayed yet.
                replica.Clear();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The replica did not replay the primary's WAL up to {position} within a minute.");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var primary = await TestCluster.GetAsync().ConfigureAwait(false);
        folder = Path.Combine(Path.GetTempPath(), "geomap-tests", $"replica-{Guid.NewGuid():N}"[..20]);
        Cluster = await primary.StartReplicaAsync(folder, CancellationToken.None).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

using GeoMap.Storage;
using GeoMap.Storage.Cluster;
using Npgsql;
using Xunit;

namespace GeoMap.Testing;

/// <summary>A fresh migrated database for one test class (use as <c>IClassFixture&lt;DatabaseFixture&gt;</c>).</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private NpgsqlDataSource? dataSource;

    /// <summary>The cluster the database lives in.</summary>
    public ManagedCluster Cluster { get; private set; } = null!;

    /// <summary>The database's name.</summary>
    public string DatabaseName { get; private set; } = "";

    /// <summary>Connection string of the database.</summary>
    public string ConnectionString => Cluster.ConnectionStringFor(DatabaseName);

    /// <summary>The database's data source.</summary>
    public NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Cluster = await TestCluster.GetAsync().ConfigureAwait(false);
        DatabaseName = await TestCluster.CreateDatabaseAsync("t").ConfigureAwait(false);
        dataSource = GeoMapDataSource.Create(ConnectionString);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }

        await Cluster.DropDatabaseAsync(DatabaseName, CancellationToken.None).ConfigureAwait(false);
    }
}

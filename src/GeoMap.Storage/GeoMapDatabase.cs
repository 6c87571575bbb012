using GeoMap.Storage.Cluster;
using GeoMap.Storage.Migrations;
using Npgsql;

namespace GeoMap.Storage;

/// <summary>
/// An open GeoMap database: the configured PostGIS, or the managed cluster started for it, migrated
/// and ready. Disposing closes the pool and stops the cluster if this instance started it.
/// </summary>
public sealed class GeoMapDatabase : IAsyncDisposable
{
    private GeoMapDatabase(NpgsqlDataSource dataSource, ManagedCluster? cluster)
    {
        DataSource = dataSource;
        Cluster = cluster;
    }

    /// <summary>The application's single data source.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The managed cluster, when GeoMap runs on the embedded default.</summary>
    public ManagedCluster? Cluster { get; }

    /// <summary>
    /// Opens the database: with a connection string, connects and starts nothing; without one, starts
    /// (or joins) the managed cluster. Then applies pending migrations unless <paramref name="migrate"/> is false, and
    /// groups the claims a migration left ungrouped (the movements of a database from before claims) by the grouping rule.
    /// </summary>
    /// <param name="options">Where the database is.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="migrate">Apply pending migrations.</param>
    /// <param name="grouping">The grouping rule's thresholds for claims left ungrouped; the defaults when null.</param>
    /// <param name="dataSource">
    /// A data source already made from <see cref="DatabaseOptions.ConnectionString"/> (a server that started while the
    /// database was away hands out this one from the start); null makes one. Ignored for the managed cluster.
    /// </param>
    public static async Task<GeoMapDatabase> OpenAsync(DatabaseOptions options, CancellationToken cancellationToken, bool migrate = true, Core.Corroboration.GroupingSettings? grouping = null,
        NpgsqlDataSource? dataSource = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ManagedCluster? cluster = null;
        string connectionString;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            connectionString = options.ConnectionString;
        }
        else
        {
            cluster = new ManagedCluster(options.ResolveDataDirectory(), options.PostgresBinDirectory, options.DatabaseName);
            await cluster.StartAsync(cancellationToken).ConfigureAwait(false);
            connectionString = cluster.ConnectionString;
        }

        var given = cluster is null && dataSource is not null;
        dataSource = given ? dataSource! : GeoMapDataSource.Create(connectionString);
        var database = new GeoMapDatabase(dataSource, cluster);
        try
        {
            if (migrate)
            {
                await new Migrator(dataSource).MigrateAsync(cancellationToken).ConfigureAwait(false);
                await Repositories.ClaimLinker.GroupPendingAsync(dataSource, grouping ?? new(), cancellationToken).ConfigureAwait(false);
            }

            return database;
        }
        catch
        {
            // A data source the caller handed in stays the caller's to retry with.
            if (!given)
            {
                await database.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>True when the database answers a trivial query within the token's time.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Closes the pool, then stops the cluster if this instance started it.</summary>
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync().ConfigureAwait(false);
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync().ConfigureAwait(false);
        }
    }
}

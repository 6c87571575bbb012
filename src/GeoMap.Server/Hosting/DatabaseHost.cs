using GeoMap.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GeoMap.Server.Hosting;

/// <summary>
/// Owns the application's database: opens it when the host starts (starting the managed cluster when no
/// connection string is configured) and closes it, stopping a cluster it started, when the host stops.
/// </summary>
public sealed class DatabaseHost(IOptions<DatabaseOptions> options, IOptions<GeoMap.Core.Corroboration.GroupingSettings> grouping, ILogger<DatabaseHost> logger) : IHostedService, IAsyncDisposable
{
    private GeoMapDatabase? database;

    /// <summary>The one data source of the application.</summary>
    /// <exception cref="InvalidOperationException">Before the host has started.</exception>
    public NpgsqlDataSource DataSource => (database ?? throw new InvalidOperationException("The database is not open yet; it opens when the host starts.")).DataSource;

    /// <summary>True when this process started the managed cluster (and will stop it).</summary>
    public bool StartedCluster => database?.Cluster is not null;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var resolved = options.Value.WithEnvironment();
        database = await GeoMapDatabase.OpenAsync(resolved, cancellationToken, grouping: grouping.Value).ConfigureAwait(false);
        logger.LogInformation(StartedCluster ? "Started the managed PostGIS cluster in {Folder}" : "Connected to the configured PostGIS{Folder}",
            StartedCluster ? database.Cluster!.DataDirectory : "");
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    /// <summary>True when the database answers within <paramref name="cancellationToken"/>.</summary>
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        database is null ? Task.FromResult(false) : database.IsReadyAsync(cancellationToken);

    /// <summary>Drops pooled connections, which are dead after the database restarted.</summary>
    public void ClearPool()
    {
        if (database is not null)
        {
            database.DataSource.Clear();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var d = Interlocked.Exchange(ref database, null);
        if (d is not null)
        {
            await d.DisposeAsync().ConfigureAwait(false);
        }
    }
}

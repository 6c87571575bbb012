using GeoMap.Server.Hosting;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Seeding;

/// <summary>Seeds regions into an empty database in the background once the server has started.</summary>
/// <remarks>
/// Runs once <see cref="DatabaseHost"/> has opened the database. It does not block start-up: until it finishes,
/// <see cref="IsLoading"/> is true and a named-region query that finds nothing answers 503 "regions are still loading"
/// rather than "unknown region". A failure is logged, never fatal: the rest of the service works without regions.
/// </remarks>
public sealed class RegionSeeding(DatabaseHost database, IOptions<GeoMapServerOptions> options, ILogger<RegionSeeding> logger) : BackgroundService
{
    private volatile bool loading = options.Value.SeedRegionsOnStart;

    /// <summary>True while the regions of a new database are being loaded.</summary>
    public bool IsLoading => loading;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedRegionsOnStart)
        {
            return;
        }

        try
        {
            await database.WhenOpenAsync(stoppingToken).ConfigureAwait(false);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var written = await RegionSeeder.SeedAsync(database.DataSource, force: false, stoppingToken,
                new Progress<string>(message => logger.LogInformation("Regions: {Message}", message))).ConfigureAwait(false);
            if (written > 0)
            {
                logger.LogInformation("Regions: stored {Count} countries and first-level regions in {Seconds:F1} s", written, started.Elapsed.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e) when (e is IOException or Npgsql.NpgsqlException or InvalidOperationException or System.Text.Json.JsonException)
        {
            logger.LogWarning(e, "Regions could not be loaded; named-region queries will not find them until 'geomap db seed-regions' succeeds");
        }
        finally
        {
            loading = false;
        }
    }
}

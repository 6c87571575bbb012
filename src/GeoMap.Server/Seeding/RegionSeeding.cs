using GeoMap.Server.Hosting;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Seeding;

/// <summary>Seeds regions into an empty database in the background once the server has started.</summary>
/// <remarks>
/// Runs after <see cref="DatabaseHost"/> has opened the database (hosted services start in registration
/// order). It does not block start-up: until it finishes, a named-region query answers "unknown region".
/// A failure is logged, never fatal: the rest of the service works without regions.
/// </remarks>
public sealed class RegionSeeding(DatabaseHost database, IOptions<GeoMapServerOptions> options, ILogger<RegionSeeding> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedRegionsOnStart)
        {
            return;
        }

        try
        {
            var written = await RegionSeeder.SeedAsync(database.DataSource, force: false, stoppingToken,
                new Progress<string>(message => logger.LogInformation("Regions: {Message}", message))).ConfigureAwait(false);
            if (written > 0)
            {
                logger.LogInformation("Regions: stored {Count} countries and first-level regions", written);
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
    }
}

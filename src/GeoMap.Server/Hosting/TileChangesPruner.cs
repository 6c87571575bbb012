using GeoMap.Storage.Repositories;
using Npgsql;

namespace GeoMap.Server.Hosting;

/// <summary>
/// Keeps the movement change log short: every five minutes, once the database is open, deletes the rows no kept
/// movement tile can still need (<see cref="MovementTileRepository.PruneChangesAsync"/>). A failed round (the database
/// went away) is logged and the next one tries again.
/// </summary>
internal sealed class TileChangesPruner(DatabaseHost database, IServiceProvider services, ILogger<TileChangesPruner> logger) : BackgroundService
{
    /// <summary>Time between rounds.</summary>
    internal static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            if (!database.IsOpen)
            {
                continue;
            }

            try
            {
                // Resolved once open: the repository is made over the open database.
                var deleted = await services.GetRequiredService<MovementTileRepository>().PruneChangesAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogDebug("Deleted {Rows} rows of the movement change log that no kept tile needs", deleted);
                }
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("The movement change log was not pruned this round: {Reason}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

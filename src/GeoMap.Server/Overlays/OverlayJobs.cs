using System.Threading.Channels;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Tiling;
using GeoMap.Server.Hosting;
using GeoMap.Storage.Repositories;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Overlays;

/// <summary>An uploaded image waiting to be tiled.</summary>
/// <param name="OverlayId">The overlay row (status processing).</param>
/// <param name="UploadFolder">Folder holding the upload; deleted when the job ends.</param>
/// <param name="ImagePath">The image inside it.</param>
/// <param name="Georeference">Bounds, corners or world file + CRS given with the upload.</param>
public sealed record OverlayJob(Guid OverlayId, string UploadFolder, string ImagePath, GeoreferenceOptions Georeference);

/// <summary>
/// Tiles uploaded overlays one at a time in the background: the tiler publishes the pyramid atomically to
/// <c>{TilesFolder}/{overlayId}</c>, then the row turns ready (footprint, zooms) or failed (reason, no tiles).
/// </summary>
/// <remarks>The queue is in memory: a job interrupted by a restart stays "processing" until deleted and re-uploaded.</remarks>
/// <remarks>
/// A job's failure, whatever it is (a full disk, a permission, an I/O error, a bug), marks that overlay failed with a
/// readable reason and the worker takes the next job. Only a failure of the worker itself (its queue, its recovery)
/// stops it: then <c>/health</c> answers 503 and the host stops with exit code 1, so a supervisor restarts it rather
/// than leaving a server that accepts uploads nobody tiles.
/// </remarks>
public sealed class OverlayJobs(
    IServiceProvider services, IOptions<GeoMapServerOptions> options, WorkerHealth health, IHostApplicationLifetime lifetime, ILogger<OverlayJobs> logger) : BackgroundService
{
    private readonly Channel<OverlayJob> queue = Channel.CreateUnbounded<OverlayJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a job.</summary>
    public ValueTask EnqueueAsync(OverlayJob job, CancellationToken cancellationToken) => queue.Writer.WriteAsync(job, cancellationToken);

    /// <summary>The pyramid folder of an overlay.</summary>
    public static string FolderOf(GeoMapServerOptions options, Guid overlayId)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(options.TilesRoot, overlayId.ToString("D"));
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // A server started while its database was away waits for it before touching jobs.
            await services.GetRequiredService<GeoMap.Server.Hosting.DatabaseHost>().WhenOpenAsync(stoppingToken);
            await RecoverAbandonedAsync(stoppingToken);
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            health.Stopped("The overlay tiling worker", e);
            logger.LogCritical(e, "The overlay tiling worker cannot continue; stopping the server so that it is restarted");
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    private async Task RunAsync(OverlayJob job, CancellationToken cancellationToken)
    {
        var overlays = services.GetRequiredService<OverlayRepository>();
        var output = FolderOf(options.Value, job.OverlayId);
        var lastReport = DateTime.MinValue;
        var progress = new Progress<TileProgress>(p =>
        {
            // Progress callbacks come from tiler threads; one row update per second is plenty for a status URL.
            if (DateTime.UtcNow - lastReport < TimeSpan.FromSeconds(1))
            {
                return;
            }

            lastReport = DateTime.UtcNow;
            _ = overlays.SetProgressAsync(job.OverlayId, p.Fraction, CancellationToken.None).ContinueWith(
                t => logger.LogDebug(t.Exception, "Progress update failed"), TaskContinuationOptions.OnlyOnFaulted);
        });

        try
        {
            var result = await new OverlayTiler(new TilerOptions { Georeference = job.Georeference, Threads = Math.Max(1, Environment.ProcessorCount / 2) })
                .RunAsync(job.ImagePath, output, progress, cancellationToken);
            await overlays.MarkReadyAsync(job.OverlayId, result.Footprint, result.MinZoom, result.MaxZoom, cancellationToken);
            logger.LogInformation("Overlay {Id} ready: {Tiles} tiles, zooms {Min}-{Max}", job.OverlayId, result.TileCount, result.MinZoom, result.MaxZoom);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await MarkFailedAsync(job.OverlayId, "The server stopped while tiling; upload the image again.");
        }
        catch (Exception e)
        {
            var reason = DiskSpace.Reason(e);
            if (e is ImageryException)
            {
                logger.LogWarning("Overlay {Id} failed: {Reason}", job.OverlayId, reason);
            }
            else
            {
                logger.LogError(e, "Overlay {Id} failed: {Reason}", job.OverlayId, reason);
            }

            await MarkFailedAsync(job.OverlayId, reason);
        }
        finally
        {
            TryDelete(job.UploadFolder);
        }
    }

    /// <summary>Marks a job failed; when even that fails (the database is away) the row stays processing until the next start marks it.</summary>
    private async Task MarkFailedAsync(Guid overlayId, string reason)
    {
        try
        {
            await services.GetRequiredService<OverlayRepository>().MarkFailedAsync(overlayId, reason, CancellationToken.None);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            logger.LogError(e, "Overlay {Id} failed and could not be marked so: {Reason}", overlayId, reason);
        }
    }

    /// <summary>
    /// The queue lives in this process, so an overlay still "processing" when the server starts was interrupted by a
    /// crash or kill and will never finish: it is marked failed with the reason, and the staging folders and uploads
    /// it left are removed (published pyramids are never touched: the tiler renames a pyramid into place only when done).
    /// </summary>
    private async Task RecoverAbandonedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var abandoned = await services.GetRequiredService<OverlayRepository>().FailAbandonedAsync(
                "Tiling was interrupted (the server stopped or crashed before it finished); upload the image again.", cancellationToken);
            foreach (var id in abandoned)
            {
                logger.LogWarning("Overlay {Id} was interrupted by a restart and is now marked failed", id);
            }

            var root = options.Value.TilesRoot;
            if (Directory.Exists(root))
            {
                foreach (var staging in Directory.EnumerateDirectories(root, ".*.tmp-*"))
                {
                    TryDelete(staging);
                }

                TryDelete(Path.Combine(root, ".uploads"));
            }
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not check for overlays interrupted by a restart");
        }
    }

    /// <summary>Deletes a folder, ignoring one that is already gone.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover upload folder is harmless and is overwritten by nothing (ids are unique).
        }
    }
}

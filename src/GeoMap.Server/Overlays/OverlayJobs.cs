using System.Threading.Channels;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Tiling;
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
public sealed class OverlayJobs(IServiceProvider services, IOptions<GeoMapServerOptions> options, ILogger<OverlayJobs> logger) : BackgroundService
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
        await RecoverAbandonedAsync(stoppingToken);
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
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
        catch (Exception e) when (e is ImageryException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            logger.LogWarning("Overlay {Id} failed: {Reason}", job.OverlayId, e.Message);
            await overlays.MarkFailedAsync(job.OverlayId, e.Message, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await overlays.MarkFailedAsync(job.OverlayId, "The server stopped while tiling; upload the image again.", CancellationToken.None);
        }
        finally
        {
            TryDelete(job.UploadFolder);
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

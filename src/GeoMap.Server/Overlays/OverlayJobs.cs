using System.Globalization;
using System.Text.Json;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Tiling;
using GeoMap.Server.Hosting;
using GeoMap.Storage.Repositories;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Overlays;

/// <summary>
/// Tiles uploaded overlays as jobs of the queue every server on the database shares (<see cref="JobQueue"/>): the
/// upload is queued by the server that received it and tiled by whichever server's worker takes it. The tiler publishes
/// the pyramid atomically to <c>{TilesFolder}/{overlayId}</c>, then the row turns ready (footprint, zooms) or failed
/// (reason, no tiles); progress is written to the row while it runs, so every server answers the same status.
/// </summary>
/// <remarks>
/// A failure of the image or of the disk (a bad georeference, a full disk, a permission) marks that overlay failed with
/// a readable reason and ends the job: tiling it again would fail again. A worker that stops (a restart, a kill, a lost
/// machine) leaves its job to the queue: its lease expires and another worker, on this server or another, tiles the
/// upload again from the start; an overlay whose workers kept dying (<see cref="MaxAttempts"/>) is marked failed by
/// <see cref="HousekeepAsync"/>. The upload stays in <c>{TilesFolder}/.uploads/{overlayId}</c> until its job ends, so
/// servers that share jobs share the tiles folder (or, with object storage, the bucket).
/// </remarks>
public sealed class OverlayJobs(
    IServiceProvider services, IOptions<GeoMapServerOptions> options, ObjectStorage storage, ILogger<OverlayJobs> logger) : IJobHandler
{
    /// <summary>The job kind.</summary>
    public const string JobKind = "overlay.tile";

    /// <summary>Times a tiling job is taken before its overlay is given up as failed.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Prefix of the job key; the overlay id follows.</summary>
    private const string KeyPrefix = "overlay:";

    /// <summary>The folder under the tiles folder where, with a bucket, each tiling attempt fetches its upload and makes its pyramid.</summary>
    private const string ScratchFolder = ".work";

    /// <inheritdoc />
    public string Kind => JobKind;

    /// <summary>The pyramid folder of an overlay.</summary>
    public static string FolderOf(GeoMapServerOptions options, Guid overlayId)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(options.TilesRoot, overlayId.ToString("D"));
    }

    /// <summary>The folder an upload waits in until it is tiled.</summary>
    public static string UploadFolderOf(GeoMapServerOptions options, Guid overlayId)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(options.TilesRoot, ".uploads", overlayId.ToString("D"));
    }

    /// <summary>
    /// Queues the tiling of an upload read into <see cref="UploadFolderOf"/> for the overlay <paramref name="overlayId"/>;
    /// with a bucket, the upload is stored there first, for whichever server tiles it.
    /// </summary>
    public async Task EnqueueAsync(Guid overlayId, OverlayUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (storage.Folder is null)
        {
            foreach (var file in new[] { upload.ImagePath, upload.WorldFilePath }.OfType<string>())
            {
                await storage.Store.PutFileAsync($"{ObjectStorage.UploadKey(overlayId)}/{Path.GetFileName(file)}", file, "application/octet-stream", cancellationToken);
            }

            TryDelete(upload.Folder);
        }

        var payload = JsonSerializer.Serialize(new Payload(
            overlayId,
            Path.GetFileName(upload.ImagePath),
            upload.WorldFilePath is null ? null : Path.GetFileName(upload.WorldFilePath),
            upload.Fields.Where(f => GeoreferenceFields.Contains(f.Key, StringComparer.OrdinalIgnoreCase)).ToDictionary(f => f.Key.ToLowerInvariant(), f => f.Value)), PayloadJson);
        await services.GetRequiredService<JobQueue>().EnqueueAsync(JobKind, payload, cancellationToken, KeyPrefix + overlayId.ToString("D"), maxAttempts: MaxAttempts);
        services.GetRequiredService<JobWorker>().Wake();
    }

    /// <inheritdoc />
    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var payload = JsonSerializer.Deserialize<Payload>(job.Payload, PayloadJson) ?? throw new JsonException($"Job {job.Id} has no payload.");
        var overlays = services.GetRequiredService<OverlayRepository>();
        var settings = options.Value;
        // With a bucket, the upload is fetched into a scratch folder of this server and the pyramid made there; its name
        // says which attempt made it, so that one left by a killed worker is known (DeleteDeadScratchAsync).
        var scratch = storage.Folder is null
            ? Path.Combine(settings.TilesRoot, ScratchFolder, string.Create(CultureInfo.InvariantCulture, $"{payload.OverlayId:D}-{job.Attempts}-{Guid.NewGuid():N}"))
            : null;
        var uploadFolder = scratch is null ? UploadFolderOf(settings, payload.OverlayId) : Path.Combine(scratch, "upload");
        try
        {
            if (await overlays.GetAsync(payload.OverlayId, cancellationToken) is not { Status: Core.Overlays.OverlayStatus.Processing })
            {
                // Deleted (or already finished by a worker that lost its lease just before): nothing to tile.
                await DeleteUploadAsync(settings, payload.OverlayId, CancellationToken.None);
                return;
            }

            if (scratch is not null)
            {
                foreach (var name in new[] { payload.Image, payload.WorldFile }.OfType<string>())
                {
                    await storage.Store.GetFileAsync($"{ObjectStorage.UploadKey(payload.OverlayId)}/{name}", Path.Combine(uploadFolder, name), cancellationToken);
                }
            }

            await TileAsync(payload, uploadFolder, scratch is null ? FolderOf(settings, payload.OverlayId) : Path.Combine(scratch, "pyramid"), job, overlays, cancellationToken);
            await DeleteUploadAsync(settings, payload.OverlayId, CancellationToken.None);
            DeleteStaging(settings, payload.OverlayId);
        }
        finally
        {
            if (scratch is not null)
            {
                TryDelete(scratch);
            }
        }
    }

    private async Task TileAsync(Payload payload, string uploadFolder, string output, Job job, OverlayRepository overlays, CancellationToken cancellationToken)
    {
        var lastReport = DateTime.MinValue;
        var progress = new Progress<TileProgress>(p =>
        {
            // Progress callbacks come from tiler threads; one row update per second is plenty for a status URL.
            if (DateTime.UtcNow - lastReport < TimeSpan.FromSeconds(1))
            {
                return;
            }

            lastReport = DateTime.UtcNow;
            _ = overlays.SetProgressAsync(payload.OverlayId, p.Fraction, CancellationToken.None).ContinueWith(
                t => logger.LogDebug(t.Exception, "Progress update failed"), TaskContinuationOptions.OnlyOnFaulted);
        });

        try
        {
            var upload = new OverlayUpload(
                uploadFolder, Path.Combine(uploadFolder, payload.Image), "", payload.Fields,
                payload.WorldFile is null ? null : Path.Combine(uploadFolder, payload.WorldFile));
            var result = await new OverlayTiler(new TilerOptions { Georeference = upload.Georeference(), Threads = Math.Max(1, Environment.ProcessorCount / 2) })
                .RunAsync(upload.ImagePath, output, progress, cancellationToken);
            if (storage.Folder is null)
            {
                // Stored whole before the overlay turns ready, so no client asks for a tile that is not there yet.
                await storage.Store.PutFolderAsync(ObjectStorage.PyramidKey(payload.OverlayId), output, cancellationToken);
            }

            await overlays.MarkReadyAsync(payload.OverlayId, result.Footprint, result.MinZoom, result.MaxZoom, cancellationToken);
            logger.LogInformation("Overlay {Id} ready: {Tiles} tiles, zooms {Min}-{Max} (attempt {Attempt})", payload.OverlayId, result.TileCount, result.MinZoom, result.MaxZoom, job.Attempts);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // This server is stopping (or lost the job): the upload stays for the worker that takes the job next.
            throw;
        }
        catch (Exception e)
        {
            var reason = DiskSpace.Reason(e);
            if (e is ImageryException)
            {
                logger.LogWarning("Overlay {Id} failed: {Reason}", payload.OverlayId, reason);
            }
            else
            {
                logger.LogError(e, "Overlay {Id} failed: {Reason}", payload.OverlayId, reason);
            }

            await overlays.MarkFailedAsync(payload.OverlayId, reason, CancellationToken.None);
        }
    }

    /// <summary>Removes an upload that is no longer needed, from the tiles folder or the bucket.</summary>
    private async Task DeleteUploadAsync(GeoMapServerOptions settings, Guid overlayId, CancellationToken cancellationToken)
    {
        TryDelete(UploadFolderOf(settings, overlayId));
        if (storage.Folder is null)
        {
            await storage.Store.DeletePrefixAsync(ObjectStorage.UploadKey(overlayId), cancellationToken);
        }
    }

    /// <summary>
    /// Marks failed the overlays whose tiling job the queue gave up (its workers stopped before finishing, every time),
    /// and removes their uploads and the half-written pyramids those workers left.
    /// </summary>
    public async Task HousekeepAsync(CancellationToken cancellationToken)
    {
        var abandoned = await services.GetRequiredService<OverlayRepository>().FailAbandonedAsync(JobKind, KeyPrefix, string.Create(CultureInfo.InvariantCulture,
            $"Tiling was interrupted {MaxAttempts} times (the servers tiling it stopped before it finished); upload the image again."), cancellationToken);
        foreach (var id in abandoned)
        {
            logger.LogWarning("Overlay {Id} was given up after {Attempts} interrupted attempts and is now marked failed", id, MaxAttempts);
            await DeleteUploadAsync(options.Value, id, cancellationToken);
            DeleteStaging(options.Value, id);
        }

        if (storage.Folder is null)
        {
            await DeleteDeadScratchAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Deletes the scratch folders of tiling attempts that no longer run: a worker killed mid-job leaves its fetched
    /// upload and half a pyramid (as large as the image) in this server's tiles folder, which no other server cleans.
    /// </summary>
    /// <remarks>
    /// A folder is named <c>{overlayId}-{attempt}-{random}</c>; only that attempt of the overlay's job, while it runs, can
    /// be using it (a retry is a later attempt). Other names, such as <c>geomap overlay add</c>'s scratch
    /// (<c>{overlayId}-{random}</c>), are left alone: that command may be running now.
    /// </remarks>
    private async Task DeleteDeadScratchAsync(CancellationToken cancellationToken)
    {
        var work = Path.Combine(options.Value.TilesRoot, ScratchFolder);
        if (!Directory.Exists(work))
        {
            return;
        }

        var attempts = new List<(string Folder, string Key, int Attempt)>();
        foreach (var folder in Directory.EnumerateDirectories(work))
        {
            var name = Path.GetFileName(folder);
            var end = name.Length > 37 ? name.IndexOf('-', 37) : -1;
            if (end > 37 && name[36] == '-' && Guid.TryParseExact(name[..36], "D", out var overlayId)
                && int.TryParse(name[37..end], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt))
            {
                attempts.Add((folder, KeyPrefix + overlayId.ToString("D"), attempt));
            }
        }

        if (attempts.Count == 0)
        {
            return;
        }

        var running = await services.GetRequiredService<JobQueue>().RunningAttemptsAsync([.. attempts.Select(a => a.Key)], cancellationToken);
        foreach (var (folder, key, attempt) in attempts)
        {
            if (!running.TryGetValue(key, out var current) || current != attempt)
            {
                logger.LogInformation("Deleting {Folder}, the scratch folder of a tiling attempt that no longer runs", folder);
                TryDelete(folder);
            }
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

    /// <summary>The staging folders the tiler of a stopped worker left beside an overlay's pyramid (see the tiler's StagingFolder).</summary>
    private static void DeleteStaging(GeoMapServerOptions settings, Guid overlayId)
    {
        if (!Directory.Exists(settings.TilesRoot))
        {
            return;
        }

        foreach (var staging in Directory.EnumerateDirectories(settings.TilesRoot, $".{overlayId:D}.tmp-*"))
        {
            TryDelete(staging);
        }
    }

    private static readonly string[] GeoreferenceFields = ["bounds", "corners", "crs"];

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    /// <summary>What a tiling job needs: the overlay, the upload's file names in its folder, the georeference fields as sent.</summary>
    private sealed record Payload(Guid OverlayId, string Image, string? WorldFile, Dictionary<string, string> Fields);
}

using System.Text.Json;
using GeoMap.Core.Overlays;
using GeoMap.Core.Queries;
using GeoMap.Server.Auth;
using GeoMap.Server.Hosting;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Server.Overlays;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/overlays</c>: upload imagery (tiled in the background), follow its status, list and delete overlays.</summary>
public static class OverlaysApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapOverlaysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/overlays").WithTags("Overlays").RequireReader();
        group.MapPost("/", UploadAsync).WithName("UploadOverlay").RequireWriter().DisableAntiforgery()
            .DescribeBody("The image and its metadata, streamed to disk.", ["file", "title"], new Dictionary<string, string[]>
            {
                ["multipart/form-data"] = ["file:binary", "title", "source", "caption", "acquiredAt", "reportId", "bounds", "corners", "world:binary", "crs"],
            })
            .WithSummary("Upload an image (multipart: file, title, source?, caption?, acquiredAt?, reportId?, bounds? | corners? | world file + crs); 202 with the status URL.")
            .Produces<JsonElement>(StatusCodes.Status202Accepted, "application/json")
            .DisableRequestTimeout();
        group.MapGet("/", ListAsync).WithName("ListOverlays").WithSummary("Overlays intersecting bbox or region (a country or first-level region by code or name, as for /api/movements), acquired between from and to.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetOverlay").WithSummary("An overlay's status (processing, ready, failed), progress, footprint and tile URL.");
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteOverlay").RequireWriter().WithSummary("Delete an overlay and its tiles.");
        app.MapGet("/api/movements/{id:long}/overlays", NearMovementAsync).WithTags("Overlays", "Movements").WithName("MovementOverlays").RequireReader()
            .WithSummary("The ready overlays near a movement in space and time (GeoMap:Server:NearKm, NearDays: the rule of its photos), nearest first; 'near' gives the margins. time=any: near in space, acquired at any time.");
        return app;
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> UploadAsync(
        HttpContext context, OverlayRepository overlays, ReportRepository reports, OverlayJobs jobs, ObjectStorage storage, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = settings.MaxOverlayBytes + (1024 * 1024);
        }

        if (context.Request.ContentLength is { } declared && DiskSpace.FreeBytes(settings.TilesRoot) is { } free && declared + settings.MinFreeDiskBytes > free)
        {
            return Problems.InsufficientStorage(DiskSpace.NoRoomDetail(declared + settings.MinFreeDiskBytes, free));
        }

        var id = Guid.NewGuid();
        var folder = OverlayJobs.UploadFolderOf(settings, id);
        var queued = false;
        try
        {
            var upload = await OverlayUpload.ReadAsync(context.Request, folder, settings.MaxOverlayBytes, cancellationToken);
            var title = upload.Field("title") ?? throw new InvalidQueryException("title", Problems.Messages.OverlayTitleMissing);
            var overlay = new Overlay
            {
                Id = id,
                Title = title,
                Source = upload.Field("source"),
                Caption = upload.Field("caption"),
                AcquiredAt = QueryValues.Time(upload.Field("acquiredAt"), "acquiredAt"),
                ReportId = upload.Field("reportId") is { } r ? QueryValues.Cursor(r) : null,
                Checksum = upload.Checksum,
                Uploader = Roles.Actor(context.User),
            };
            if (overlay.ReportId is { } reportId && !await reports.ExistsAsync(reportId, cancellationToken))
            {
                throw new InvalidQueryException("reportId", $"reportId {reportId} is not a stored report; GET /api/reports lists them.");
            }

            // A bad georeference is refused now, before anything is stored; the worker reads it again from the job.
            _ = upload.Georeference();
            await overlays.AddAsync(overlay, cancellationToken);
            await jobs.EnqueueAsync(id, upload, cancellationToken);
            queued = true;
            var stored = await overlays.GetAsync(id, cancellationToken) ?? overlay;
            return new WrittenJson(w => FeatureWriter.WriteOverlay(w, stored, storage.TileUrl(id)), statusCode: StatusCodes.Status202Accepted)
            {
                Location = $"/api/overlays/{id:D}",
            };
        }
        finally
        {
            if (!queued)
            {
                OverlayJobs.TryDelete(folder);
            }
        }
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> GetAsync(Guid id, OverlayRepository overlays, ObjectStorage storage, CancellationToken cancellationToken)
    {
        var overlay = await overlays.GetAsync(id, cancellationToken);
        return overlay is null ? Problems.NotFound("overlay", id) : new WrittenJson(w => FeatureWriter.WriteOverlayFeature(w, overlay, storage.TileUrl(id)), GeoJson.MediaType);
    }

    /// <param name="bbox">west,south,east,north in degrees.</param>
    /// <param name="region">A country or first-level region by code (UA, RU-PRI) or name in any stored language; not with bbox.</param>
    /// <param name="from">Acquired at or after.</param>
    /// <param name="to">Acquired at or before (a date means its end).</param>
    /// <param name="limit">Most overlays listed.</param>
    /// <param name="overlays">The overlays.</param>
    /// <param name="regions">The regions, for region.</param>
    /// <param name="storage">Where their tiles are.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    private static async Task<WrittenJson> ListAsync(string? bbox, string? region, string? from, string? to, string? limit, OverlayRepository overlays, RegionRepository regions, ObjectStorage storage, CancellationToken cancellationToken)
    {
        var (since, until, most) = (QueryValues.Time(from, "from"), QueryValues.Time(to, "to", endOfDay: true), QueryValues.Limit(limit));
        var area = await RegionOrBox.AreaAsync(bbox, region, regions, cancellationToken);
        var found = area is null
            ? await overlays.ListAsync(null, since, until, most, cancellationToken)
            : await overlays.ListInAsync(area, since, until, most, cancellationToken);

        return Collection(found, storage, near: null);
    }

    /// <param name="id">The tracked movement.</param>
    /// <param name="time">near (the default): acquired within NearDays of the movement's period; any: at any time.</param>
    /// <param name="overlays">The overlays.</param>
    /// <param name="movements">The movements.</param>
    /// <param name="storage">Where their tiles are.</param>
    /// <param name="options">The settings.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    private static async Task<Results<WrittenJson, ProblemHttpResult>> NearMovementAsync(long id, string? time, OverlayRepository overlays, MovementRepository movements, ObjectStorage storage, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        var anyTime = time switch
        {
            null or "near" => false,
            "any" => true,
            _ => throw new InvalidQueryException("time", "time must be near (acquired within the margin of the movement's period, the default) or any."),
        };
        if (await movements.GetAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("movement", id);
        }

        var near = options.Value.Near;
        return Collection(await overlays.NearMovementAsync(id, near, anyTime, cancellationToken), storage, near, anyTime);
    }

    /// <summary>Overlays as a GeoJSON FeatureCollection, with the margins they were chosen by when they are a movement's.</summary>
    private static WrittenJson Collection(IReadOnlyList<Overlay> found, ObjectStorage storage, Nearness? near, bool anyTime = false) => new(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        if (near is not null)
        {
            FeatureWriter.WriteNearness(w, near, anyTime);
        }

        w.WriteStartArray("features");
        foreach (var o in found)
        {
            FeatureWriter.WriteOverlayFeature(w, o, storage.TileUrl(o.Id));
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }, GeoJson.MediaType);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, OverlayRepository overlays, ObjectStorage storage, CancellationToken cancellationToken)
    {
        if (!await overlays.DeleteAsync(id, cancellationToken))
        {
            return Problems.NotFound("overlay", id);
        }

        await storage.Store.DeletePrefixAsync(ObjectStorage.PyramidKey(id), CancellationToken.None);
        return TypedResults.NoContent();
    }
}

using System.Globalization;
using GeoMap.Core;
using GeoMap.Core.Overlays;
using GeoMap.Imagery.Tiling;
using GeoMap.Server.Auth;
using GeoMap.Server.Hosting;
using GeoMap.Server.Http;
using GeoMap.Server.Overlays;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GeoMap.Server.Apis;

/// <summary>
/// <c>/tiles/{overlayId}/{z}/{x}/{y}.png</c>: overlay tiles from the tiles folder or the bucket (<see cref="ObjectStorage"/>)
/// with ETag and Cache-Control; and
/// <c>/tiles/{overlayId}/tilejson.json</c>, the TileJSON that lets a tile client discover the zoom range and bounds.
/// </summary>
/// <remarks>
/// The route only admits a GUID and three integers, and the path is rebuilt from them, so no request can name a
/// file outside the tiles folder. No database round trip: a tile exists exactly when its file does.
/// </remarks>
public static class TilesApi
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapTiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/{overlayId:guid}/{z:int:range(0,30)}/{x:int:min(0)}/{y:int:min(0)}.png", Get)
            .WithTags("Tiles").WithName("Tile").RequireReader()
            .WithSummary("A 256 px PNG tile of an overlay (XYZ, EPSG:3857); 304 on a matching If-None-Match, 404 outside the pyramid.");
        app.MapGet("/tiles/{overlayId:guid}/tilejson.json", TileJsonAsync)
            .WithTags("Tiles").WithName("TileJson").RequireReader()
            .WithSummary("TileJSON 3.0 of a ready overlay: tile URL template, zoom range, bounds, centre (OpenLayers, MapLibre, Leaflet plugins read it).");
        app.MapGet("/tiles/{overlayId:guid}/quicklook.png", QuicklookAsync)
            .WithTags("Tiles").WithName("OverlayQuicklook").RequireReader()
            .WithSummary("A ready overlay's preview: its whole footprint north up, 256 px on the longer side (PNG, transparent where it has no data).");
        return app;
    }

    /// <summary>
    /// The quicklook the tiler wrote beside the pyramid; an overlay tiled before quicklooks existed gets one made from its
    /// tiles on the first request.
    /// </summary>
    private static async Task<Results<PhysicalFileHttpResult, FileStreamHttpResult, ProblemHttpResult>> QuicklookAsync(Guid overlayId, HttpContext context, OverlayRepository overlays, ObjectStorage storage, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (storage.Folder is null)
        {
            // Every pyramid stored in a bucket was made with its quicklook.
            return await ServeStoredAsync(storage, ObjectStorage.PyramidKey(overlayId, Quicklook.FileName), context, settings) is { } stored
                ? stored
                : (await ReadyAsync(overlayId, overlays, cancellationToken)).Problem ?? Problems.NotFound("overlay tiles", overlayId);
        }

        var folder = OverlayJobs.FolderOf(settings, overlayId);
        var file = new FileInfo(Path.Combine(folder, Quicklook.FileName));
        if (!file.Exists)
        {
            var (o, problem) = await ReadyAsync(overlayId, overlays, cancellationToken);
            if (o is null)
            {
                return problem!;
            }

            if (!Directory.Exists(folder))
            {
                return Problems.NotFound("overlay tiles", overlayId);
            }

            var box = o.Footprint!.EnvelopeInternal;
            await Task.Run(() => Quicklook.Write(folder, box.MinX, box.MinY, box.MaxX, box.MaxY, o.MinZoom, o.MaxZoom), cancellationToken);
            file.Refresh();
        }

        return Serve(file, context, settings);
    }

    /// <summary>
    /// The document is built from the overlay's row, not the metadata.json beside the pyramid: the row is what the API
    /// serves, and the tile URL must be absolute for the client that fetched the document.
    /// </summary>
    private static async Task<Results<WrittenJson, ProblemHttpResult>> TileJsonAsync(Guid overlayId, HttpRequest request, OverlayRepository overlays, ObjectStorage storage, CancellationToken cancellationToken)
    {
        var (o, problem) = await ReadyAsync(overlayId, overlays, cancellationToken);
        if (o is null)
        {
            return problem!;
        }

        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            TileJson.WriteFields(w, o.Title, o.Source, Urls.To(request, storage.TileUrl(o.Id)), o.MinZoom, o.MaxZoom, o.Footprint!.EnvelopeInternal);
            w.WriteEndObject();
        });
    }

    /// <summary>The overlay if it is ready (tiled, with a footprint), else the 404 problem that says what it is.</summary>
    internal static async Task<(Overlay? Ready, ProblemHttpResult? Problem)> ReadyAsync(Guid overlayId, OverlayRepository overlays, CancellationToken cancellationToken)
    {
        if (await overlays.GetAsync(overlayId, cancellationToken) is not { } o)
        {
            return (null, Problems.NotFound("overlay", overlayId));
        }

        if (o.Status != OverlayStatus.Ready || o.Footprint is null)
        {
            return (null, TypedResults.Problem(
                string.Create(CultureInfo.InvariantCulture, $"Overlay {overlayId} has no tiles yet: it is {Vocabulary.Of(o.Status)}{(o.Status == OverlayStatus.Processing ? $" ({o.Progress:P0})" : "")}; poll /api/overlays/{overlayId} until it is ready."),
                statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Problems.Types.NotFound));
        }

        return (o, null);
    }

    /// <summary>One tile file of an overlay's pyramid; OGC API - Tiles serves the same file under its own path.</summary>
    internal static async Task<Results<PhysicalFileHttpResult, FileStreamHttpResult, ProblemHttpResult>> Get(
        Guid overlayId, int z, int x, int y, HttpContext context, IOptions<GeoMapServerOptions> options)
    {
        var settings = options.Value;
        var relative = string.Create(CultureInfo.InvariantCulture, $"{z}/{x}/{y}.png");
        var storage = context.RequestServices.GetRequiredService<ObjectStorage>();
        if (storage.Folder is null)
        {
            return await ServeStoredAsync(storage, ObjectStorage.PyramidKey(overlayId, relative), context, settings) is { } stored
                ? stored
                : Problems.TileNotFound(overlayId, z, x, y);
        }

        var file = new FileInfo(Path.Combine(OverlayJobs.FolderOf(settings, overlayId), relative.Replace('/', Path.DirectorySeparatorChar)));
        if (!file.Exists)
        {
            return Problems.TileNotFound(overlayId, z, x, y);
        }

        return Serve(file, context, settings);
    }

    /// <summary>A PNG of an overlay's pyramid in a bucket, streamed through, with the bucket's ETag; null when it is not there.</summary>
    private static async Task<FileStreamHttpResult?> ServeStoredAsync(ObjectStorage storage, string key, HttpContext context, GeoMapServerOptions settings)
    {
        if (await storage.Store.OpenAsync(key, context.RequestAborted) is not { } found)
        {
            return null;
        }

        context.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={settings.TileMaxAgeSeconds}");
        return TypedResults.Stream(found.Content, "image/png", lastModified: found.Info.LastModified, entityTag: new EntityTagHeaderValue(found.Info.ETag));
    }

    /// <summary>A PNG of an overlay's folder (a tile, the quicklook) with its ETag and Cache-Control.</summary>
    private static PhysicalFileHttpResult Serve(FileInfo file, HttpContext context, GeoMapServerOptions settings)
    {
        // A re-tiled overlay gets a new id, but the ETag still follows the file itself, not the URL.
        var tag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\""));
        context.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={settings.TileMaxAgeSeconds}");
        return TypedResults.PhysicalFile(file.FullName, "image/png", lastModified: file.LastWriteTimeUtc, entityTag: tag);
    }
}

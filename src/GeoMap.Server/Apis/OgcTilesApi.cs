using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Overlays;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Ogc;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Apis;

/// <summary>
/// OGC API - Tiles 1.0 for imagery overlays under <c>/ogc</c>: the WebMercatorQuad tile matrix set, and for each ready
/// overlay a collection <c>overlay-{id}</c> with its map tileset (zoom range as tile matrix limits, bounds, tile URL
/// template) and its tiles, so GDAL's OGCAPI driver, and QGIS through it, open an overlay without being told its zoom
/// range.
/// </summary>
/// <remarks>
/// Overlay collections are linked from each overlay feature and from the overlays collection, not listed in
/// <c>/ogc/collections</c>: GDAL's OAPIF driver (3.6) and QGIS's OAPIF provider (3.22) open every listed collection as
/// a feature layer and would fail on a raster one.
/// </remarks>
public static class OgcTilesApi
{
    /// <summary>The collection id of an overlay's tiles.</summary>
    public static string CollectionId(Guid overlayId) => "overlay-" + overlayId.ToString("D");

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapOgcTilesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ogc").WithTags("OGC API - Tiles").RequireReader().WithHtmlEncoding();
        group.MapGet("/tileMatrixSets", TileMatrixSets).WithName("OgcTileMatrixSets").WithSummary("The tile matrix sets overlays are tiled in (WebMercatorQuad).");
        group.MapGet("/tileMatrixSets/{tileMatrixSetId}", TileMatrixSet).WithName("OgcTileMatrixSet").WithSummary("A tile matrix set's definition.");
        group.MapGet("/collections/overlay-{overlayId:guid}", CollectionAsync).WithName("OgcOverlayCollection")
            .WithSummary("A ready overlay as a collection of map tiles: extent, acquisition time, link to its tilesets.");
        group.MapGet("/collections/overlay-{overlayId:guid}/map/tiles", TilesetsAsync).WithName("OgcOverlayTilesets").WithSummary("The map tilesets of an overlay (one, in WebMercatorQuad).");
        group.MapGet("/collections/overlay-{overlayId:guid}/map/tiles/{tileMatrixSetId}", TilesetAsync).WithName("OgcOverlayTileset")
            .WithSummary("An overlay's tileset: zoom levels as tile matrix limits, bounds and the tile URL template.");
        group.MapGet("/collections/overlay-{overlayId:guid}/map/tiles/{tileMatrixSetId}/{tileMatrix:int:range(0,30)}/{tileRow:int:min(0)}/{tileCol:int:min(0)}", Tile)
            .WithName("OgcOverlayTile").WithSummary("One 256 px PNG tile; 404 outside the pyramid.");
        return app;
    }

    private static WrittenJson TileMatrixSets(HttpRequest request) => new(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("links");
        Links.Write(w, Urls.To(request, "/ogc/tileMatrixSets"), Links.Rel.Self, Links.Types.Json);
        w.WriteEndArray();
        w.WriteStartArray("tileMatrixSets");
        w.WriteStartObject();
        w.WriteString("id", WebMercatorQuad.Id);
        w.WriteString("title", "Google Maps Compatible for the World");
        w.WriteString("uri", WebMercatorQuad.Uri);
        w.WriteString("crs", WebMercatorQuad.Crs);
        w.WriteStartArray("links");
        Links.Write(w, Urls.To(request, "/ogc/tileMatrixSets/" + WebMercatorQuad.Id), Links.Rel.TilingScheme, Links.Types.Json);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static Results<WrittenJson, ProblemHttpResult> TileMatrixSet(string tileMatrixSetId) =>
        tileMatrixSetId == WebMercatorQuad.Id ? new WrittenJson(WebMercatorQuad.WriteDefinition) : UnknownTileMatrixSet(tileMatrixSetId);

    private static async Task<Results<WrittenJson, ProblemHttpResult>> CollectionAsync(Guid overlayId, HttpRequest request, OverlayRepository overlays, CancellationToken cancellationToken)
    {
        var (o, problem) = await TilesApi.ReadyAsync(overlayId, overlays, cancellationToken);
        if (o is null)
        {
            return problem!;
        }

        var path = "/ogc/collections/" + CollectionId(o.Id);
        return new WrittenJson(w =>
        {
            var box = o.Footprint!.EnvelopeInternal;
            w.WriteStartObject();
            w.WriteString("id", CollectionId(o.Id));
            w.WriteString("title", o.Title);
            w.WriteString("description", o.Caption ?? $"Imagery overlay{(o.Source is null ? "" : " from " + o.Source)}, tiled at zoom {o.MinZoom}-{o.MaxZoom}.");
            w.WriteString("dataType", "map");
            ExtentJson.Write(w, [box.MinX, box.MinY, box.MaxX, box.MaxY], o.AcquiredAt is { } acquired ? (acquired, acquired) : null);
            w.WriteStartArray("links");
            Links.Write(w, Urls.To(request, path), Links.Rel.Self, Links.Types.Json);
            Links.Write(w, Urls.To(request, path + "/map/tiles"), Links.Rel.TilesetsMap, Links.Types.Json, "Map tilesets");
            Links.Write(w, Urls.To(request, $"/tiles/{o.Id:D}/tilejson.json"), Links.Rel.Alternate, Links.Types.Json, "TileJSON");
            Links.Write(w, Urls.To(request, $"/ogc/collections/{Collections.Overlays.Id}/items/{o.Id:D}"), Links.Rel.Collection, Links.Types.GeoJson, "The overlay's footprint");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> TilesetsAsync(Guid overlayId, HttpRequest request, OverlayRepository overlays, CancellationToken cancellationToken)
    {
        var (o, problem) = await TilesApi.ReadyAsync(overlayId, overlays, cancellationToken);
        if (o is null)
        {
            return problem!;
        }

        var path = $"/ogc/collections/{CollectionId(o.Id)}/map/tiles";
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("links");
            Links.Write(w, Urls.To(request, path), Links.Rel.Self, Links.Types.Json);
            w.WriteEndArray();
            w.WriteStartArray("tilesets");
            w.WriteStartObject();
            w.WriteString("title", o.Title);
            w.WriteString("dataType", "map");
            w.WriteString("crs", WebMercatorQuad.Crs);
            w.WriteString("tileMatrixSetURI", WebMercatorQuad.Uri);
            w.WriteStartArray("links");
            Links.Write(w, Urls.To(request, path + "/" + WebMercatorQuad.Id), Links.Rel.Self, Links.Types.Json, "The tileset");
            Links.Write(w, Urls.To(request, "/ogc/tileMatrixSets/" + WebMercatorQuad.Id), Links.Rel.TilingScheme, Links.Types.Json);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> TilesetAsync(Guid overlayId, string tileMatrixSetId, HttpRequest request, OverlayRepository overlays, CancellationToken cancellationToken)
    {
        if (tileMatrixSetId != WebMercatorQuad.Id)
        {
            return UnknownTileMatrixSet(tileMatrixSetId);
        }

        var (o, problem) = await TilesApi.ReadyAsync(overlayId, overlays, cancellationToken);
        if (o is null)
        {
            return problem!;
        }

        var path = $"/ogc/collections/{CollectionId(o.Id)}/map/tiles/{WebMercatorQuad.Id}";
        return new WrittenJson(w => WriteTileset(w, request, o, path));
    }

    private static void WriteTileset(Utf8JsonWriter w, HttpRequest request, Overlay o, string path)
    {
        var box = o.Footprint!.EnvelopeInternal;
        w.WriteStartObject();
        w.WriteString("title", o.Title);
        w.WriteString("dataType", "map");
        w.WriteString("crs", WebMercatorQuad.Crs);
        w.WriteString("tileMatrixSetURI", WebMercatorQuad.Uri);
        WebMercatorQuad.WriteLimits(w, o.MinZoom, o.MaxZoom, box);
        w.WriteStartObject("boundingBox");
        w.WriteStartArray("lowerLeft");
        w.WriteNumberValue(box.MinX);
        w.WriteNumberValue(box.MinY);
        w.WriteEndArray();
        w.WriteStartArray("upperRight");
        w.WriteNumberValue(box.MaxX);
        w.WriteNumberValue(box.MaxY);
        w.WriteEndArray();
        w.WriteString("crs", Links.Crs84);
        w.WriteEndObject();
        w.WriteStartObject("centerPoint");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(box.Centre.X);
        w.WriteNumberValue(box.Centre.Y);
        w.WriteEndArray();
        w.WriteString("crs", Links.Crs84);
        w.WriteString("tileMatrix", o.MinZoom.ToString(CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteStartArray("links");
        Links.Write(w, Urls.To(request, path), Links.Rel.Self, Links.Types.Json);
        Links.Write(w, Urls.To(request, "/ogc/tileMatrixSets/" + WebMercatorQuad.Id), Links.Rel.TilingScheme, Links.Types.Json, "WebMercatorQuad");
        Links.WriteTemplate(w, Urls.To(request, path) + "/{tileMatrix}/{tileRow}/{tileCol}", Links.Rel.Item, Links.Types.Png, "PNG tiles");
        Links.Write(w, Urls.To(request, $"/tiles/{o.Id:D}/tilejson.json"), Links.Rel.Alternate, Links.Types.Json, "TileJSON");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static async Task<Results<PhysicalFileHttpResult, FileStreamHttpResult, ProblemHttpResult>> Tile(Guid overlayId, string tileMatrixSetId, int tileMatrix, int tileRow, int tileCol, HttpContext context, IOptions<GeoMapServerOptions> options) =>
        tileMatrixSetId == WebMercatorQuad.Id ? await TilesApi.Get(overlayId, tileMatrix, tileCol, tileRow, context, options) : UnknownTileMatrixSet(tileMatrixSetId);

    private static ProblemHttpResult UnknownTileMatrixSet(string id) =>
        TypedResults.Problem($"There is no tile matrix set '{QueryValues.Clip(id)}'; overlays are tiled in {WebMercatorQuad.Id}.",
            statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Problems.Types.NotFound);
}

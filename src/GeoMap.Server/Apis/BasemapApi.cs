using System.Globalization;
using GeoMap.Imagery.Packages;
using GeoMap.Imagery.Tiling;
using GeoMap.Server.Auth;
using GeoMap.Server.Basemap;
using GeoMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GeoMap.Server.Apis;

/// <summary>
/// <c>/api/basemap</c>: which basemap the client draws (the built-in one, or the configured package); and the package's
/// tiles at <c>/api/basemap/tiles/{z}/{x}/{y}</c> with their TileJSON at <c>/api/basemap/tilejson.json</c>.
/// </summary>
/// <remarks>
/// Vector tiles stored gzipped are sent as stored with <c>Content-Encoding: gzip</c> to clients that accept it (every
/// browser), decompressed for the others.
/// </remarks>
public static class BasemapApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapBasemapApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/basemap", Describe).WithTags("Basemap").WithName("Basemap").RequireReader()
            .WithSummary("The basemap the map client draws: kind 'builtin' (the offline registry basemap), or 'package' with the configured MBTiles/PMTiles package's format, zoom range, bounds, attribution and tile URL.");
        app.MapGet("/api/basemap/tilejson.json", TileJsonOf).WithTags("Basemap").WithName("BasemapTileJson").RequireReader()
            .WithSummary("TileJSON 3.0 of the configured basemap package; 404 when the server has none (GeoMap:Server:BasemapPackage).");
        app.MapGet("/api/basemap/tiles/{z:int:range(0,30)}/{x:int:min(0)}/{y:int:min(0)}", Tile).WithTags("Basemap").WithName("BasemapTile").RequireReader()
            .WithSummary("A tile of the configured basemap package (XYZ, EPSG:3857; PNG, JPEG, WebP or Mapbox Vector Tile as the package holds); 304 on a matching If-None-Match, 404 where the package has no tile.");
        return app;
    }

    /// <summary>The basemap the client draws.</summary>
    /// <param name="Kind"><c>builtin</c> or <c>package</c>.</param>
    /// <param name="Name">The package's name.</param>
    /// <param name="Format">png, jpg, webp or pbf (vector).</param>
    /// <param name="Vector">Whether the tiles are vector tiles.</param>
    /// <param name="MinZoom">Lowest zoom with tiles (0 for the built-in basemap).</param>
    /// <param name="MaxZoom">Highest zoom with tiles, whose tiles clients overzoom beyond it (for the built-in basemap, the deepest zoom it draws).</param>
    /// <param name="Bounds">West, south, east, north in degrees (the world for the built-in basemap).</param>
    /// <param name="Attribution">The credit the package's licence asks for (may hold HTML links).</param>
    /// <param name="Tiles">The tile URL template with {z}, {x} and {y}.</param>
    /// <param name="TileJson">The package's TileJSON.</param>
    /// <remarks>Numbers and the bounds are never null (the OpenAPI lint refuses nullable numbers): the built-in basemap covers the world at every zoom.</remarks>
    public sealed record BasemapView(string Kind, string? Name, string? Format, bool Vector, int MinZoom, int MaxZoom, double[] Bounds,
        string? Attribution = null, string? Tiles = null, string? TileJson = null);

    /// <summary>The zoom the built-in basemap (and the client's view) goes down to.</summary>
    private const int BuiltinMaxZoom = 19;

    private static Ok<BasemapView> Describe(ServedBasemap basemap, HttpRequest request)
    {
        if (basemap.Package is not { } package)
        {
            return TypedResults.Ok(new BasemapView("builtin", null, null, false, 0, BuiltinMaxZoom, [-180, -85.05112877980659, 180, 85.05112877980659]));
        }

        var i = package.Info;
        return TypedResults.Ok(new BasemapView("package", i.Name, i.Format.Name(), i.Format.IsVector(), i.MinZoom, i.MaxZoom, [i.West, i.South, i.East, i.North], i.Attribution,
            Urls.To(request, TileTemplate), Urls.To(request, "/api/basemap/tilejson.json")));
    }

    private const string TileTemplate = "/api/basemap/tiles/{z}/{x}/{y}";

    private static Results<WrittenJson, ProblemHttpResult> TileJsonOf(ServedBasemap basemap, HttpRequest request)
    {
        if (basemap.Package is not { } package)
        {
            return NoPackage();
        }

        var i = package.Info;
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            TileJson.WriteFields(w, i.Name, i.Attribution, Urls.To(request, TileTemplate), i.MinZoom, i.MaxZoom, new NetTopologySuite.Geometries.Envelope(i.West, i.East, i.South, i.North));
            w.WriteString("format", i.Format.Name());
            w.WriteEndObject();
        });
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Tile(int z, int x, int y, ServedBasemap basemap, HttpContext context, IOptions<GeoMapServerOptions> options)
    {
        if (basemap.Package is not { } package)
        {
            return NoPackage();
        }

        PackageTile? tile;
        try
        {
            tile = package.ReadTile(z, x, y);
        }
        catch (TilePackageException e)
        {
            return Problems.DamagedBasemap(e);
        }

        if (tile is null)
        {
            return TypedResults.Problem(string.Create(CultureInfo.InvariantCulture,
                    $"The basemap package has no tile {z}/{x}/{y}: it holds zooms {package.Info.MinZoom}-{package.Info.MaxZoom} within its bounds (clients overzoom its deepest tiles)."),
                statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Problems.Types.NotFound);
        }

        var response = context.Response;
        response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={options.Value.TileMaxAgeSeconds}");
        var data = tile.Data;
        var encoding = "";
        if (tile.Gzipped)
        {
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (AcceptsGzip(context.Request))
            {
                response.Headers.ContentEncoding = "gzip";
                encoding = "-gz";
            }
            else
            {
                data = tile.Decoded();
            }
        }

        // One ETag per representation: the gzipped and the plain bytes of a tile differ.
        var tag = new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{basemap.Stamp}{encoding}\""));
        return TypedResults.File(data, package.Info.Format.ContentType(), lastModified: basemap.LastModified, entityTag: tag);
    }

    // RFC 9110: gzip, or '*', listed with a weight above zero (Accept-Encoding as the framework parses it).
    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value == "*") && (e.Quality ?? 1) > 0);

    private static ProblemHttpResult NoPackage() =>
        TypedResults.Problem("This server has no basemap package: the client draws the built-in basemap. Set GeoMap:Server:BasemapPackage (or 'geomap serve --basemap FILE') to an .mbtiles or .pmtiles file.",
            statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Problems.Types.NotFound);
}

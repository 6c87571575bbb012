using System.Globalization;
using System.Security.Cryptography;
using GeoMap.Core.Queries;
using GeoMap.Imagery.Tiling;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Storage.Repositories;
using Microsoft.Net.Http.Headers;

namespace GeoMap.Server.Apis;

/// <summary>
/// <c>/tiles/movements/{z}/{x}/{y}.mvt</c>: the tracked movements as Mapbox Vector Tiles made by PostGIS (flows
/// between grid cells below zoom <see cref="MovementTileRepository.DetailZoom"/>, every movement from it on), filtered
/// like <c>/api/movements</c> (<c>from</c>, <c>to</c>, <c>actor</c>, <c>status</c>, <c>bbox</c> | <c>region</c> |
/// <c>geometry</c>); and <c>/tiles/movements/tilejson.json</c>, their TileJSON with how many movements match, the
/// dates they span and their actors (what the web client assigns its colours over, so that they do not change as
/// tiles load).
/// </summary>
/// <remarks>
/// A tile's ETag is a hash of its bytes, so it changes exactly when the tile does: an edit, a deletion or a new
/// report changes the ETag of the tiles it touches and of no other. Tiles are sent with <c>Cache-Control: no-cache</c>:
/// a client keeps them but asks again with <c>If-None-Match</c> and gets a 304 while nothing changed. The server keeps
/// the tiles it made and answers them again while no write it did not see touched them
/// (<see cref="MovementTileRepository.TileAsync"/>): one small query instead of reading every movement in the tile.
/// </remarks>
public static class MovementTilesApi
{
    /// <summary>The media type of a Mapbox Vector Tile.</summary>
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapMovementTiles(this IEndpointRouteBuilder app)
    {
        // z, x and y are read as text so that a bad one is a 400 naming it, not a 404 of no route.
        app.MapGet("/tiles/movements/{z}/{x}/{y}.mvt", TileAsync)
            .WithTags("Tiles").WithName("MovementTile").RequireReader()
            .WithSummary("Movements as a Mapbox Vector Tile (XYZ, EPSG:3857): layers flows and heads below zoom 8, movements, heads and places from it; from, to, actor, status, bbox | region | geometry filter as in /api/movements; 304 on a matching If-None-Match.");
        app.MapGet("/tiles/movements/tilejson.json", TileJsonAsync)
            .WithTags("Tiles").WithName("MovementTileJson").RequireReader()
            .WithSummary("TileJSON 3.0 of the movement tiles for the same filters, with the number of movements matching (movements), the dates they span (from, to) and their actors (actors, null for a movement whose actor is not stated).");
        return app;
    }

    private static async Task<IResult> TileAsync(string z, string x, string y, HttpContext context, MovementTileRepository tiles, CancellationToken cancellationToken)
    {
        var zoom = TileNumber(z, "z", MovementTileRepository.MaxZoom, "a zoom level");
        var max = (1 << zoom) - 1;
        var column = TileNumber(x, "x", max, $"a column at zoom {zoom.ToString(CultureInfo.InvariantCulture)}");
        var row = TileNumber(y, "y", max, $"a row at zoom {zoom.ToString(CultureInfo.InvariantCulture)}");
        var query = MovementQueries.FromRequest(context.Request);
        var bytes = await tiles.TileAsync(zoom, column, row, query, cancellationToken);

        var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        var wanted = context.Request.GetTypedHeaders().IfNoneMatch;
        if (wanted.Any(w => w.Equals(EntityTagHeaderValue.Any) || w.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, MediaType);
    }

    private static async Task<WrittenJson> TileJsonAsync(HttpRequest request, MovementTileRepository tiles, CancellationToken cancellationToken)
    {
        var query = MovementQueries.FromRequest(request);
        var summary = await tiles.SummaryAsync(query, cancellationToken);
        var template = Urls.To(request, "/tiles/movements/{z}/{x}/{y}.mvt") + request.QueryString.Value;
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            TileJson.WriteFields(w, "movements", null, template, 0, MovementTileRepository.MaxZoom,
                summary.Bounds ?? new NetTopologySuite.Geometries.Envelope(-180, 180, -85.0511, 85.0511));
            w.WriteNumber("detailzoom", MovementTileRepository.DetailZoom);
            w.WriteNumber("movements", summary.Count);
            w.WriteString("from", summary.From?.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("to", summary.To?.ToString("O", CultureInfo.InvariantCulture));
            w.WriteStartArray("actors");
            foreach (var actor in summary.Actors)
            {
                w.WriteStringValue(actor);
            }

            w.WriteEndArray();
            w.WriteStartArray("vector_layers");
            foreach (var (id, description) in new[]
            {
                ("movements", "Routes of tracked movements (zoom 8 and deeper); feature id = movement id."),
                ("flows", "Movements grouped by the grid cells of their origin and destination (below zoom 8), with count."),
                ("heads", "Where each arrowhead goes, with angle (radians from east) and last (the destination's)."),
                ("places", "Places the tile's movements name, with weight (how many of them)."),
            })
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("description", description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static int TileNumber(string text, string name, int max, string what)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > max)
        {
            throw new InvalidQueryException(name,
                $"{name} '{QueryValues.Clip(text)}' is not {what}; give a whole number from 0 to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }
}

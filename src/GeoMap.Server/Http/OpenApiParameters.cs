using Microsoft.OpenApi;

namespace GeoMap.Server.Http;

/// <summary>
/// Query parameters that handlers read from the query string themselves (shared readers such as
/// <see cref="MovementQueries"/>), declared beside their routes so /openapi/v1.json lists what the handlers really read.
/// </summary>
public static class OpenApiParameters
{
    /// <summary>One query parameter: its name, a description, and an example or allowed values.</summary>
    /// <param name="Name">The parameter.</param>
    /// <param name="Description">What it does and the form of its value.</param>
    /// <param name="Values">The allowed values, when it is an enumeration.</param>
    /// <param name="Integer">Whether the value is an integer.</param>
    /// <param name="Repeatable">Whether it may be given more than once.</param>
    public sealed record Query(string Name, string Description, string[]? Values = null, bool Integer = false, bool Repeatable = false);

    /// <summary>The area and time filters of a movement query (<see cref="MovementQueries"/>).</summary>
    public static IReadOnlyList<Query> MovementFilters { get; } =
    [
        new("bbox", "west,south,east,north in degrees (CRS84); west > east crosses the antimeridian. Only one of bbox, region and geometry."),
        new("region", "A stored country or first-level region by name in any language or ISO code (Ukraine, UA, UA-43)."),
        new("geometry", "A GeoJSON or WKT polygon (holes honoured)."),
        new("from", "First day or instant (ISO 8601) of the date range; movements whose period overlaps it match."),
        new("to", "Last day (inclusive) or instant (ISO 8601) of the date range."),
        new("actor", "Movements of this actor (country code or name)."),
        new("status", "Movements with this status.", ["planned", "under_way", "completed", "unknown"]),
        new("limit", "Page size, 1 to 10,000 (default 100).", Integer: true),
        new("cursor", "The cursor of the next link; opaque."),
    ];

    /// <summary>The parameters of OGC API - Features items (Part 1 and Part 2) and, on the movement collections, the movement filters.</summary>
    public static IReadOnlyList<Query> OgcItems { get; } =
    [
        new("bbox", "west,south,east,north in the bbox-crs (CRS84 by default)."),
        new("bbox-crs", "The CRS of bbox.", [Ogc.OgcCrs.Crs84.Uri, "http://www.opengis.net/def/crs/EPSG/0/4326", "http://www.opengis.net/def/crs/EPSG/0/3857"]),
        new("crs", "The CRS of the features returned (Content-Crs names it).", [Ogc.OgcCrs.Crs84.Uri, "http://www.opengis.net/def/crs/EPSG/0/4326", "http://www.opengis.net/def/crs/EPSG/0/3857"]),
        new("datetime", "An instant, a closed interval a/b, or an open one ../b or a/.. (RFC 3339; a date alone is that day)."),
        new("limit", "Page size, 1 or more; above 10,000 it is served as 10,000 (default 100).", Integer: true),
        new("cursor", "The cursor of the next link; opaque."),
        new("f", "The encoding.", ["json"]),
        new("region", "Movement collections only: a stored country or first-level region (name or ISO code)."),
        new("geometry", "Movement collections only: a GeoJSON or WKT polygon."),
        new("actor", "Movement collections only: the actor."),
        new("status", "Movement collections only: the status.", ["planned", "under_way", "completed", "unknown"]),
    ];

    /// <summary>The parameters of /api/map.png.</summary>
    public static IReadOnlyList<Query> MapImage { get; } =
    [
        new("bbox", "Required: west,south,east,north in degrees."),
        new("from", "First day (ISO 8601) of the movements drawn."),
        new("to", "Last day (inclusive) of the movements drawn."),
        new("size", "WIDTHxHEIGHT in pixels (default 1600x1000)."),
        new("overlay", "An overlay id to draw under the movements; repeatable.", Repeatable: true),
        new("opacity", "Opacity of the overlays, 0 to 1 (default 0.85)."),
        new("photos", "true: mark the ground photos taken in bbox between from and to, pointing where the camera faced."),
        new("title", "A title drawn on the map."),
    ];

    /// <summary>The metadata of a report sent as text/plain.</summary>
    public static IReadOnlyList<Query> ReportMetadata { get; } =
    [
        new("publishedAt", "For a text/plain body: when the report was published (ISO 8601)."),
        new("url", "For a text/plain body: where the report was published."),
        new("source", "For a text/plain body: the outlet or agency."),
        new("language", "For a text/plain body: the language code, when detection should be skipped."),
    ];

    /// <summary>Declares query parameters the handler reads from the query string itself.</summary>
    public static RouteHandlerBuilder DescribeQuery(this RouteHandlerBuilder builder, IEnumerable<Query> parameters)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var list = parameters.ToList();
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            var present = operation.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var p in list.Where(p => !present.Contains(p.Name)))
            {
                var schema = new OpenApiSchema { Type = p.Integer ? JsonSchemaType.Integer : JsonSchemaType.String };
                if (p.Values is not null)
                {
                    schema.Enum = p.Values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)).ToList();
                }

                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Description = p.Description,
                    Required = false,
                    Schema = p.Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
                    Explode = p.Repeatable,
                });
            }

            return Task.CompletedTask;
        });
    }
}

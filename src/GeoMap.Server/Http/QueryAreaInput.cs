using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoMap.Core.Queries;
using GeoMap.Server.Json;
using GeoMap.Storage.Repositories;
using Microsoft.Extensions.Primitives;
using NetTopologySuite.Geometries;

namespace GeoMap.Server.Http;

/// <summary>
/// Query areas too large for a URL (issue 17): the body of <c>POST /api/areas</c> (one polygon) and of
/// <c>POST /api/movements/search</c> (a movement query whose fields are the GET query's parameters).
/// </summary>
/// <remarks>
/// A search is answered as the GET it stands for: its polygon is stored (<see cref="QueryAreaRepository"/>) and replaced by
/// <c>area=ID</c>, so the answer's self and next links are ordinary GET URLs any client can page with.
/// </remarks>
internal static class QueryAreaInput
{
    /// <summary>The fields of a search body: the parameters of <c>GET /api/movements</c>.</summary>
    public static readonly IReadOnlySet<string> SearchFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "bbox", "region", "geometry", "area", "from", "to", "datetime", "actor", "status", "limit", "cursor", "view", "format",
    };

    private static readonly string[] AreaFields = ["bbox", "region", "geometry", "area"];

    /// <summary>
    /// Reads a polygon body: a GeoJSON geometry or Feature (application/json, application/geo+json) or WKT (text/plain),
    /// within <see cref="GeoMapServerOptions.MaxAreaBytes"/> (413 above) and <see cref="GeoMapServerOptions.MaxAreaVertices"/> (400 above).
    /// </summary>
    public static async Task<Geometry> ReadAreaAsync(HttpRequest request, GeoMapServerOptions settings, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, settings, cancellationToken);
        if (IsJson(request) || body.AsSpan().TrimStart(" \t\r\n"u8).StartsWith("{"u8))
        {
            using var document = Parse(body);
            var root = document.RootElement;
            // A Feature's geometry, so a file saved from a GIS works as it is.
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() == "Feature" && root.TryGetProperty("geometry", out var geometry))
            {
                root = geometry;
            }

            return Area(root, "area", settings.MaxAreaVertices);
        }

        return GeometryValidation.ParseWkt(Text(body), "area", settings.MaxAreaVertices);
    }

    /// <summary>
    /// Reads a search body into the query parameters it stands for; a polygon in <c>geometry</c> is stored and given as
    /// <c>area</c>.
    /// </summary>
    public static async Task<Dictionary<string, StringValues>> ReadSearchAsync(
        HttpRequest request, GeoMapServerOptions settings, QueryAreaRepository areas, CancellationToken cancellationToken)
    {
        using var document = Parse(await ReadBodyAsync(request, settings, cancellationToken));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidQueryException("body", "A search is a JSON object of the movement query's parameters, for example {\"geometry\": {\"type\": \"Polygon\", …}, \"from\": \"2024-10-01\", \"limit\": 100}.");
        }

        var given = AreaFields.Where(f => document.RootElement.TryGetProperty(f, out var v) && v.ValueKind != JsonValueKind.Null).ToList();
        if (given.Count > 1)
        {
            throw new InvalidQueryException(given[1], $"Give only one of {string.Join(", ", AreaFields)} (got {string.Join(" and ", given)}).");
        }

        var query = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            if (!SearchFields.Contains(field.Name))
            {
                throw new InvalidQueryException(QueryValues.Clip(field.Name),
                    $"Unknown search field '{QueryValues.Clip(field.Name)}'; a search takes {string.Join(", ", SearchFields)}.");
            }

            var value = field.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (field.Name == "geometry")
            {
                var area = value.ValueKind == JsonValueKind.String
                    ? GeometryValidation.ParseWkt(JsonText.String(value, "geometry") ?? "", "geometry", settings.MaxAreaVertices)
                    : Area(value, "geometry", settings.MaxAreaVertices);
                query["area"] = await areas.StoreAsync(area, cancellationToken);
                continue;
            }

            query[field.Name] = value.ValueKind switch
            {
                JsonValueKind.String => TextInput.Check(JsonText.String(value, field.Name), field.Name, TextLimits.FormField),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Array when field.Name == "bbox" && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number)
                    => string.Join(',', value.EnumerateArray().Select(v => v.GetRawText())),
                _ => throw new InvalidQueryException(field.Name, $"{field.Name} must be {(field.Name == "bbox" ? "an array of four numbers or a string such as \"30,44,40,52\"" : "a string or a number")}."),
            };
        }

        return query;
    }

    private static Geometry Area(JsonElement geometry, string field, int maxVertices)
    {
        // A vertex count read from the JSON itself, so an oversized polygon is refused before it is built.
        var vertices = CountPositions(geometry);
        if (vertices > maxVertices)
        {
            throw new InvalidQueryException(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} has {vertices:N0} vertices, above the limit of {maxVertices:N0}; simplify the polygon (most GIS tools do this with a tolerance of a few hundred metres) or split the query."));
        }

        return GeometryValidation.RequireValidArea(GeoJson.ParseGeometry(geometry, field), field, maxVertices);
    }

    /// <summary>The positions of a GeoJSON geometry's coordinates: arrays whose first element is a number.</summary>
    private static long CountPositions(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            return 0;
        }

        long count = 0;
        var stack = new Stack<JsonElement>();
        stack.Push(coordinates);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var first = true;
            foreach (var child in e.EnumerateArray())
            {
                if (first && child.ValueKind == JsonValueKind.Number)
                {
                    count++;
                    break;
                }

                first = false;
                stack.Push(child);
            }
        }

        return count;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, GeoMapServerOptions settings, CancellationToken cancellationToken)
    {
        var body = await BodyReader.ReadAsync(request, settings.MaxAreaBytes, "query area", cancellationToken);
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InvalidQueryException("body", "The body is empty; send a GeoJSON Polygon or MultiPolygon (or a Feature holding one), or WKT as text/plain.");
        }

        return body;
    }

    /// <summary>A WKT body as text: UTF-8 without NUL.</summary>
    private static string Text(byte[] body)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidQueryException("body", "The body is not UTF-8 text; send GeoJSON or WKT encoded as UTF-8.");
        }

        TextInput.CheckCharacters(text, "body");
        return text;
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && (type.Contains("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses the UTF-8 body as it came (no copy as text); malformed JSON or UTF-8 is a 400 (JsonException, see ErrorHandler).
    /// </summary>
    private static JsonDocument Parse(byte[] body) =>
        // A MultiPolygon is four arrays deep inside an object; deeper is not a geometry.
        JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
}

using System.Text.Json;
using GeoMap.Core.Queries;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GeoMap.Server.Json;

/// <summary>GeoJSON (RFC 7946) geometry reading and writing shared by the APIs.</summary>
public static class GeoJson
{
    /// <summary>Media type of GeoJSON.</summary>
    public const string MediaType = "application/geo+json";

    /// <summary>Media type of GeoJSON text sequences (RFC 8142).</summary>
    public const string SequenceMediaType = "application/geo+json-seq";

    /// <summary>Serializer options that know NetTopologySuite geometries.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a geometry, or null.</summary>
    public static void WriteGeometry(Utf8JsonWriter writer, Geometry? geometry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (geometry is null || geometry.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, geometry, Options);
    }

    /// <summary>Parses a GeoJSON geometry (or a Feature's geometry) given in parameter <paramref name="parameter"/>.</summary>
    /// <exception cref="InvalidQueryException">When the text is not a GeoJSON geometry.</exception>
    public static Geometry ParseGeometry(string text, string parameter) => Read(() => JsonSerializer.Deserialize<Geometry>(text, Options), parameter);

    /// <summary>Parses a GeoJSON geometry already read as JSON (a body's field), as <see cref="ParseGeometry(string, string)"/>.</summary>
    /// <exception cref="InvalidQueryException">When the element is not a GeoJSON geometry.</exception>
    public static Geometry ParseGeometry(JsonElement element, string parameter) => Read(() => element.Deserialize<Geometry>(Options), parameter);

    private static Geometry Read(Func<Geometry?> deserialize, string parameter)
    {
        try
        {
            var geometry = deserialize();
            if (geometry is null)
            {
                throw new InvalidQueryException(parameter, $"{parameter} is null; give a GeoJSON Polygon or MultiPolygon, or WKT.");
            }

            geometry.SRID = 4326;
            return geometry;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new InvalidQueryException(parameter,
                $"{parameter} is not a valid GeoJSON geometry ({e.Message}); give for example {{\"type\":\"Polygon\",\"coordinates\":[[[30,44],[40,44],[40,52],[30,52],[30,44]]]}}.");
        }
    }

    /// <summary>Parses an area given as GeoJSON (starting with '{') or WKT, and checks it is a valid polygon.</summary>
    /// <param name="text">GeoJSON or WKT.</param>
    /// <param name="parameter">The parameter or field it came in, for the message.</param>
    /// <param name="maxVertices">The most vertices accepted (<see cref="GeoMapServerOptions.MaxAreaVertices"/>).</param>
    public static Geometry ParseArea(string text, string parameter, int maxVertices = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.TrimStart().StartsWith('{')
            ? GeometryValidation.RequireValidArea(ParseGeometry(text, parameter), parameter, maxVertices)
            : GeometryValidation.ParseWkt(text, parameter, maxVertices);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new GeoJsonConverterFactory(GeoMap.Core.GeometryFactories.Wgs84));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

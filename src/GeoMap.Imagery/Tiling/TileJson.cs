using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoMap.Imagery.Tiling;

/// <summary>
/// The TileJSON 3.0 fields that describe a pyramid: the one writer of the format, for the metadata.json beside each
/// pyramid (<see cref="TileMetadata"/>) and the document the server serves per overlay.
/// </summary>
public static class TileJson
{
    /// <summary>
    /// Writes tilejson, name, tiles, scheme (xyz), minzoom, maxzoom, bounds, center (at the lowest zoom) and, when
    /// given, attribution, into an object the caller has started; the caller may add its own fields after them.
    /// </summary>
    /// <param name="json">The writer, inside an object.</param>
    /// <param name="name">The pyramid's name.</param>
    /// <param name="attribution">Provider or licence, or null.</param>
    /// <param name="tileTemplate">The tile URL template with {z}, {x} and {y}, relative or absolute.</param>
    /// <param name="minZoom">Lowest zoom.</param>
    /// <param name="maxZoom">Highest zoom.</param>
    /// <param name="bounds">The footprint's envelope, lon/lat.</param>
    public static void WriteFields(Utf8JsonWriter json, string name, string? attribution, string tileTemplate, int minZoom, int maxZoom, Envelope bounds)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(bounds);
        json.WriteString("tilejson", "3.0.0");
        json.WriteString("name", name);
        json.WriteStartArray("tiles");
        json.WriteStringValue(tileTemplate);
        json.WriteEndArray();
        json.WriteString("scheme", "xyz");
        json.WriteNumber("minzoom", minZoom);
        json.WriteNumber("maxzoom", maxZoom);
        json.WriteStartArray("bounds");
        json.WriteNumberValue(bounds.MinX);
        json.WriteNumberValue(bounds.MinY);
        json.WriteNumberValue(bounds.MaxX);
        json.WriteNumberValue(bounds.MaxY);
        json.WriteEndArray();
        json.WriteStartArray("center");
        json.WriteNumberValue(bounds.Centre.X);
        json.WriteNumberValue(bounds.Centre.Y);
        json.WriteNumberValue(minZoom);
        json.WriteEndArray();
        if (attribution is not null)
        {
            json.WriteString("attribution", attribution);
        }
    }
}

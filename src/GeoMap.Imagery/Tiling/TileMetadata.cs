using System.Text.Json;

namespace GeoMap.Imagery.Tiling;

/// <summary>Writes metadata.json, a TileJSON 3.0 document (<see cref="TileJson"/>) with GeoMap's own fields added.</summary>
internal static class TileMetadata
{
    /// <summary>File name inside the pyramid folder.</summary>
    public const string FileName = "metadata.json";

    /// <summary>Writes the document describing <paramref name="result"/> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, TileResult result, TilerOptions options, string extension)
    {
        var envelope = result.Footprint.EnvelopeInternal;
        using var stream = File.Create(Path.Combine(folder, FileName));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        TileJson.WriteFields(json, options.Title ?? Path.GetFileName(result.OutputDirectory), options.Attribution,
            "{z}/{x}/{y}." + extension, result.MinZoom, result.MaxZoom, envelope);
        json.WriteString("format", extension);
        if (options.AcquiredAt is { } acquired)
        {
            json.WriteString("acquired_at", acquired.ToUniversalTime());
        }

        json.WriteNumber("tile_count", result.TileCount);
        json.WriteNumber("tile_bytes", result.TileBytes);
        json.WriteString("source_crs", result.SourceCrs);
        json.WriteString("georeference", result.GeoreferenceOrigin);
        json.WriteNumber("resolution_mercator_m", Math.Round(result.ResolutionMercator, 4));
        json.WriteStartArray("footprint");
        foreach (var c in result.Footprint.ExteriorRing.Coordinates)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(c.X, 8));
            json.WriteNumberValue(Math.Round(c.Y, 8));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

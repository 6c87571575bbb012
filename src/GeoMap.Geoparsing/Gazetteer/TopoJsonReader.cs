using System.Text.Json;
using GeoMap.Core;
using NetTopologySuite.Geometries;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>A feature decoded from a TopoJSON topology.</summary>
/// <param name="Id">The geometry's <c>id</c> (world-atlas: ISO 3166-1 numeric code), empty when absent.</param>
/// <param name="Properties">Its string properties.</param>
/// <param name="Geometry">Polygon or MultiPolygon in EPSG:4326.</param>
public sealed record TopoFeature(string Id, IReadOnlyDictionary<string, string> Properties, Geometry Geometry);

/// <summary>Decodes the polygonal objects of a TopoJSON topology (such as world-atlas countries-50m.json).</summary>
/// <remarks>
/// TopoJSON stores shared boundaries once as arcs; a ring lists arc indices, where a negative index
/// <c>~i</c> (that is <c>-1 - i</c>) means arc <c>i</c> reversed. With a <c>transform</c>, arc points are
/// quantized and delta-encoded: each position is the running sum of the deltas, scaled and translated.
/// Consecutive arcs share their end point, so every arc after the first drops its first point.
/// </remarks>
public static class TopoJsonReader
{
    /// <summary>Reads the Polygon and MultiPolygon geometries of one object.</summary>
    /// <param name="json">The topology document.</param>
    /// <param name="objectName">Object name (<c>countries</c>).</param>
    /// <returns>Features; other geometry types are skipped.</returns>
    /// <exception cref="InvalidDataException">When the object does not exist.</exception>
    public static List<TopoFeature> Read(JsonDocument json, string objectName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = json.RootElement;
        var arcs = DecodeArcs(root);
        if (!root.GetProperty("objects").TryGetProperty(objectName, out var obj))
        {
            throw new InvalidDataException($"The topology has no object named '{objectName}'.");
        }

        var geometries = obj.TryGetProperty("geometries", out var g) ? g.EnumerateArray().ToList() : [obj];
        var f = GeometryFactories.Wgs84;
        var list = new List<TopoFeature>();
        foreach (var geom in geometries)
        {
            var type = geom.GetProperty("type").GetString();
            Geometry? geometry = type switch
            {
                "Polygon" => Polygon(geom.GetProperty("arcs"), arcs),
                "MultiPolygon" => f.CreateMultiPolygon([.. geom.GetProperty("arcs").EnumerateArray().Select(p => Polygon(p, arcs))]),
                _ => null,
            };
            if (geometry is null)
            {
                continue;
            }

            var props = new Dictionary<string, string>(StringComparer.Ordinal);
            if (geom.TryGetProperty("properties", out var pe))
            {
                foreach (var p in pe.EnumerateObject())
                {
                    props[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText();
                }
            }

            var id = geom.TryGetProperty("id", out var idEl) ? (idEl.ValueKind == JsonValueKind.String ? idEl.GetString() ?? "" : idEl.GetRawText()) : "";
            list.Add(new TopoFeature(id, props, geometry));
        }

        return list;
    }

    private static List<Coordinate[]> DecodeArcs(JsonElement root)
    {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var t);
        if (quantized)
        {
            sx = t.GetProperty("scale")[0].GetDouble();
            sy = t.GetProperty("scale")[1].GetDouble();
            tx = t.GetProperty("translate")[0].GetDouble();
            ty = t.GetProperty("translate")[1].GetDouble();
        }

        var arcs = new List<Coordinate[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new Coordinate[arc.GetArrayLength()];
            double x = 0, y = 0;
            var k = 0;
            foreach (var p in arc.EnumerateArray())
            {
                if (quantized)
                {
                    x += p[0].GetDouble();
                    y += p[1].GetDouble();
                    points[k++] = new Coordinate((x * sx) + tx, (y * sy) + ty);
                }
                else
                {
                    points[k++] = new Coordinate(p[0].GetDouble(), p[1].GetDouble());
                }
            }

            arcs.Add(points);
        }

        return arcs;
    }

    private static Polygon Polygon(JsonElement rings, List<Coordinate[]> arcs)
    {
        var f = GeometryFactories.Wgs84;
        var linear = rings.EnumerateArray().Select(r => f.CreateLinearRing(Ring(r, arcs))).ToArray();
        return f.CreatePolygon(linear[0], linear[1..]);
    }

    private static Coordinate[] Ring(JsonElement arcIndices, List<Coordinate[]> arcs)
    {
        var coords = new List<Coordinate>();
        foreach (var a in arcIndices.EnumerateArray())
        {
            var i = a.GetInt32();
            var arc = i >= 0 ? arcs[i] : [.. arcs[~i].Reverse()];
            coords.AddRange(coords.Count == 0 ? arc : arc.Skip(1));
        }

        if (coords.Count > 0 && !coords[0].Equals2D(coords[^1]))
        {
            coords.Add(coords[0].Copy());
        }

        while (coords.Count is > 0 and < 4)
        {
            coords.Add(coords[0].Copy());
        }

        return [.. coords.Select(c => c.Copy())];
    }
}

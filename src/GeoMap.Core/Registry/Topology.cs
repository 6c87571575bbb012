using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Registry;

/// <summary>A decoded TopoJSON topology: shared arcs in lon/lat, and areal objects that refer to them.</summary>
/// <remarks>
/// GeoMap's one TopoJSON reader (the basemap draws its arcs, the region catalog makes polygons of them):
/// quantized or plain arcs, and Polygon / MultiPolygon geometries (inside GeometryCollections). Arc index <c>~i</c> (that is <c>-i - 1</c>) means arc <c>i</c> reversed, as the
/// TopoJSON specification says; a ring is its arcs joined, each arc after the first losing its first point.
/// </remarks>
public sealed class Topology
{
    private Topology(IReadOnlyList<float[]> arcs, IReadOnlyDictionary<string, IReadOnlyList<TopoFeature>> objects)
    {
        Arcs = arcs;
        Objects = objects;
    }

    /// <summary>Arcs as interleaved lon, lat values.</summary>
    public IReadOnlyList<float[]> Arcs { get; }

    /// <summary>Objects by name (for world-atlas: <c>countries</c>, <c>land</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TopoFeature>> Objects { get; }

    /// <summary>Reads a TopoJSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The topology.</returns>
    /// <exception cref="InvalidDataException">When the file is no TopoJSON topology.</exception>
    public static Topology Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a TopoJSON document.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="name">What to call it in errors.</param>
    /// <returns>The topology.</returns>
    /// <exception cref="InvalidDataException">When the document is no TopoJSON topology.</exception>
    public static Topology Read(Stream stream, string name)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "Topology")
        {
            throw new InvalidDataException($"{name} is not a TopoJSON topology (no \"type\": \"Topology\").");
        }

        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
            (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());
        }

        var arcs = new List<float[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var values = new float[arc.GetArrayLength() * 2];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                // Quantized arcs are delta-encoded integers; plain arcs are absolute positions.
                if (quantized)
                {
                    x += position[0].GetDouble();
                    y += position[1].GetDouble();
                    values[i++] = (float)((x * sx) + tx);
                    values[i++] = (float)((y * sy) + ty);
                }
                else
                {
                    values[i++] = (float)position[0].GetDouble();
                    values[i++] = (float)position[1].GetDouble();
                }
            }

            arcs.Add(values);
        }

        var objects = new Dictionary<string, IReadOnlyList<TopoFeature>>(StringComparer.Ordinal);
        foreach (var entry in root.GetProperty("objects").EnumerateObject())
        {
            var features = new List<TopoFeature>();
            Collect(entry.Value, features);
            objects[entry.Name] = features;
        }

        return new Topology(arcs, objects);
    }

    /// <summary>The features of an object.</summary>
    /// <param name="objectName">Object name (<c>countries</c>).</param>
    /// <returns>Its areal features.</returns>
    /// <exception cref="InvalidDataException">When the topology has no such object.</exception>
    public IReadOnlyList<TopoFeature> Features(string objectName) =>
        Objects.TryGetValue(objectName, out var features) ? features
            : throw new InvalidDataException($"The topology has no object named '{objectName}'.");

    /// <summary>A feature as a Polygon or MultiPolygon in EPSG:4326 (rings closed; degenerate rings padded to four points).</summary>
    /// <param name="feature">A feature of this topology.</param>
    /// <returns>The geometry; an empty MultiPolygon when the feature has no polygons.</returns>
    public Geometry ToGeometry(TopoFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var f = GeometryFactories.Wgs84;
        var polygons = feature.Polygons.Select(rings =>
        {
            var linear = rings.Select(r => f.CreateLinearRing(Closed(Ring(r)))).ToArray();
            return f.CreatePolygon(linear[0], linear[1..]);
        }).ToArray();
        return polygons.Length == 1 ? polygons[0] : f.CreateMultiPolygon(polygons);
    }

    /// <summary>Joins a ring's arcs into interleaved lon, lat values.</summary>
    /// <param name="arcIndexes">Arc indexes, <c>~i</c> for arc <c>i</c> reversed.</param>
    /// <returns>Interleaved lon, lat values.</returns>
    public float[] Ring(IReadOnlyList<int> arcIndexes)
    {
        ArgumentNullException.ThrowIfNull(arcIndexes);
        var values = new List<float>();
        foreach (var index in arcIndexes)
        {
            var arc = Arcs[index < 0 ? ~index : index];
            var points = arc.Length / 2;
            for (var k = 0; k < points; k++)
            {
                var p = index < 0 ? points - 1 - k : k;
                if (k == 0 && values.Count > 0)
                {
                    continue;
                }

                values.Add(arc[2 * p]);
                values.Add(arc[(2 * p) + 1]);
            }
        }

        return [.. values];
    }

    private static Coordinate[] Closed(float[] ring)
    {
        var coordinates = new List<Coordinate>(ring.Length / 2 + 1);
        for (var i = 0; i + 1 < ring.Length; i += 2)
        {
            coordinates.Add(new Coordinate(ring[i], ring[i + 1]));
        }

        if (coordinates.Count > 0 && !coordinates[0].Equals2D(coordinates[^1]))
        {
            coordinates.Add(coordinates[0].Copy());
        }

        while (coordinates.Count is > 0 and < 4)
        {
            coordinates.Add(coordinates[0].Copy());
        }

        return [.. coordinates];
    }

    private static void Collect(JsonElement geometry, List<TopoFeature> into)
    {
        var type = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "GeometryCollection")
        {
            foreach (var child in geometry.GetProperty("geometries").EnumerateArray())
            {
                Collect(child, into);
            }

            return;
        }

        if (type is not ("Polygon" or "MultiPolygon"))
        {
            return; // points and lines: nothing areal to draw or to query
        }

        var parts = new List<int[][]>();
        if (type == "Polygon")
        {
            parts.Add(Rings(geometry.GetProperty("arcs")));
        }
        else if (type == "MultiPolygon")
        {
            parts.AddRange(geometry.GetProperty("arcs").EnumerateArray().Select(Rings));
        }

        var id = geometry.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (geometry.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in p.EnumerateObject())
            {
                properties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? "" : property.Value.GetRawText();
            }
        }

        into.Add(new TopoFeature(properties.GetValueOrDefault("name") ?? "", id, parts, properties));
    }

    private static int[][] Rings(JsonElement polygon) =>
        [.. polygon.EnumerateArray().Select(ring => ring.EnumerateArray().Select(a => a.GetInt32()).ToArray())];
}

/// <summary>An areal TopoJSON geometry: its name and id, and its polygons as rings of arc indexes.</summary>
/// <param name="Name">The <c>name</c> property, or empty.</param>
/// <param name="Id">The geometry's id (for world-atlas, the ISO 3166-1 numeric code), if any.</param>
/// <param name="Polygons">Each polygon's rings (exterior first), each ring a list of arc indexes.</param>
/// <param name="Properties">Its properties, strings as they are and other values as JSON text.</param>
public sealed record TopoFeature(string Name, string? Id, IReadOnlyList<int[][]> Polygons, IReadOnlyDictionary<string, string> Properties);

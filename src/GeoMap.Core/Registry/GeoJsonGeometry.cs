using System.Text.Json;
using GeoMap.Core;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Registry;

/// <summary>Reads GeoJSON Polygon and MultiPolygon geometries into NetTopologySuite, and finds label points.</summary>
/// <remarks>Only the two polygonal types occur in the region data; anything else yields null.</remarks>
public static class GeoJsonGeometry
{
    /// <summary>Parses a GeoJSON geometry object.</summary>
    /// <param name="geometry">The <c>geometry</c> member of a feature.</param>
    /// <returns>A Polygon or MultiPolygon in EPSG:4326, or null for other types.</returns>
    public static Geometry? Parse(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var type)
            || !geometry.TryGetProperty("coordinates", out var coords))
        {
            return null;
        }

        var f = GeometryFactories.Wgs84;
        return type.GetString() switch
        {
            "Polygon" => ParsePolygon(coords),
            "MultiPolygon" => f.CreateMultiPolygon([.. coords.EnumerateArray().Select(ParsePolygon)]),
            _ => null,
        };
    }

    /// <summary>A point inside the largest part of a polygonal geometry, near its centroid.</summary>
    /// <param name="geometry">A Polygon or MultiPolygon.</param>
    /// <returns>(lon, lat) of the label point.</returns>
    public static (double Lon, double Lat) LabelPoint(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var largest = geometry;
        if (geometry is MultiPolygon mp)
        {
            largest = mp.Geometries.MaxBy(g => g.Area) ?? geometry;
        }

        var c = largest.Centroid;
        if (!largest.Contains(c))
        {
            c = largest.InteriorPoint;
        }

        return (c.X, c.Y);
    }

    private static Polygon ParsePolygon(JsonElement rings)
    {
        var f = GeometryFactories.Wgs84;
        var list = rings.EnumerateArray().Select(r => f.CreateLinearRing(ParseRing(r))).ToArray();
        return f.CreatePolygon(list[0], list[1..]);
    }

    private static Coordinate[] ParseRing(JsonElement ring)
    {
        var coords = ring.EnumerateArray().Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToList();
        if (coords.Count > 0 && !coords[0].Equals2D(coords[^1]))
        {
            coords.Add(coords[0].Copy());
        }

        while (coords.Count < 4)
        {
            coords.Add(coords[0].Copy());
        }

        return [.. coords];
    }
}

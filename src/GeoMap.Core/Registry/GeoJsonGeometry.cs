using System.Text.Json;
using GeoMap.Core;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace GeoMap.Core.Registry;

/// <summary>Reads GeoJSON Polygon and MultiPolygon geometries into NetTopologySuite (through NetTopologySuite.IO.GeoJSON4STJ), and finds label points.</summary>
/// <remarks>Only the two polygonal types occur in the region data; anything else yields null.</remarks>
public static class GeoJsonGeometry
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(GeometryFactories.Wgs84) } };

    /// <summary>Parses a GeoJSON geometry object with NetTopologySuite's GeoJSON reader.</summary>
    /// <param name="geometry">The <c>geometry</c> member of a feature.</param>
    /// <returns>A Polygon or MultiPolygon in EPSG:4326, or null for other types.</returns>
    /// <exception cref="InvalidDataException">When a polygon's coordinates are malformed.</exception>
    public static Geometry? Parse(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var type)
            || type.GetString() is not ("Polygon" or "MultiPolygon"))
        {
            return null;
        }

        try
        {
            return geometry.Deserialize<Geometry>(Options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException($"A {type.GetString()} has malformed coordinates: {e.Message}", e);
        }
    }

    /// <summary>The centre of an area: the centroid of all its parts, weighted by their area (Hawaii's lies between its islands).</summary>
    /// <remarks>
    /// The point that stands for the whole area, where a distance to "the region" is measured from; unlike
    /// <see cref="LabelPoint"/> it may fall outside the outline (at sea for an archipelago). An outline that crosses the
    /// antimeridian (wider than 180° of longitude) has no meaningful planar centroid and gets its label point instead.
    /// </remarks>
    /// <param name="geometry">A Polygon or MultiPolygon.</param>
    /// <returns>(lon, lat) of the centre.</returns>
    public static (double Lon, double Lat) Centre(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.EnvelopeInternal.Width > 180)
        {
            return LabelPoint(geometry);
        }

        var c = geometry.Centroid;
        return (c.X, c.Y);
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
}

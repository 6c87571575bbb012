using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;

namespace GeoMap.Core.Regions;

/// <summary>
/// A country's or region's outline made as detailed as a web map at one zoom can show and no more: simplified without
/// changing its topology, parts smaller than a pixel left out, coordinates on a grid finer than the tolerance.
/// </summary>
/// <remarks>
/// The tolerance is half a pixel of the zoom's Web Mercator tiles (256 px) in degrees of longitude, times the cosine of
/// the outline's middle latitude, where a pixel spans that many fewer degrees of latitude. With the grid's rounding the
/// outline stays within about a pixel of the stored one at that latitude (a test measures it), about two at the far
/// edge of a country as tall as Russia. Stored outlines are
/// Natural Earth 1:10m; from zoom 10 or so they have no detail left to drop. The maps compute the point where an arrow
/// meets the area's edge from the outline they draw (web client areas.ts and tileAreas.ts, GeoMap.Rendering's
/// AreaDestinations.ForScale, which simplifies here for its image's scale), so the arrow and the outline agree at any
/// zoom.
/// </remarks>
public static class OutlineSimplifier
{
    /// <summary>The deepest zoom asked for (the web client's deepest view).</summary>
    public const int MaxZoom = 22;

    /// <summary>
    /// The whole zoom to simplify for a map shown at a fractional <paramref name="mapZoom"/> (Web Mercator, 256 px
    /// tiles): rounded up, so the outline is never coarser than the map shows, and held to 0 to <see cref="MaxZoom"/>.
    /// </summary>
    /// <remarks>The twin of the web client's <c>outlineZoom</c> (areas.ts), the zoom it asks /api/places/outlines at.</remarks>
    public static int ZoomFor(double mapZoom) =>
        double.IsFinite(mapZoom) ? (int)Math.Clamp(Math.Ceiling(mapZoom - 1e-6), 0, MaxZoom) : MaxZoom;

    /// <summary>The simplification tolerance at a zoom for an outline centred at a latitude, in degrees.</summary>
    public static double Tolerance(int zoom, double latitude)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zoom);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zoom, MaxZoom);
        var pixel = 360.0 / (256.0 * Math.Pow(2, zoom));
        return 0.5 * pixel * Math.Cos(Math.Clamp(Math.Abs(latitude), 0, 85) * Math.PI / 180);
    }

    /// <summary>The outline for a map at <paramref name="zoom"/>: polygonal and valid (a MultiPolygon), or empty when the outline is.</summary>
    public static MultiPolygon Simplify(Geometry outline, int zoom)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var factory = outline.Factory;
        if (outline.IsEmpty)
        {
            return factory.CreateMultiPolygon();
        }

        var envelope = outline.EnvelopeInternal;
        var tolerance = Tolerance(zoom, (envelope.MinY + envelope.MaxY) / 2);
        var simplified = TopologyPreservingSimplifier.Simplify(outline, tolerance);

        // Islands smaller than a pixel are dots at this zoom; the largest part stays whatever its size.
        var parts = Polygons(simplified).OrderByDescending(p => p.Area).ToList();
        var pixelArea = 4 * tolerance * tolerance;
        var kept = parts.Take(1).Concat(parts.Skip(1).Where(p => p.Area >= pixelArea)).ToArray();

        // A power-of-ten grid finer than the tolerance: short decimals in GeoJSON, snapped so that the result stays valid.
        var scale = Math.Pow(10, -Math.Floor(Math.Log10(tolerance / 4)));
        var reduced = GeometryPrecisionReducer.Reduce(factory.CreateMultiPolygon(kept), new PrecisionModel(scale));
        if (!reduced.IsValid)
        {
            reduced = GeometryFixer.Fix(reduced);
        }

        var result = factory.CreateMultiPolygon([.. Polygons(reduced)]);
        result.SRID = outline.SRID;
        return result;
    }

    private static IEnumerable<Polygon> Polygons(Geometry geometry) => geometry switch
    {
        Polygon p when !p.IsEmpty => [p],
        GeometryCollection c => c.Geometries.SelectMany(Polygons),
        _ => [],
    };
}

using GeoMap.Core;
using GeoMap.Rendering.Basemap;
using GeoMap.Rendering.Projection;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Writes country names in spaced capitals inside the visible part of each country, where they fit.</summary>
public static class CountryLabelPainter
{
    /// <summary>Paints the labels of the countries in view, largest visible part first.</summary>
    public static void Paint(RenderContext context, IReadOnlyList<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(countries);
        var viewport = context.Viewport;
        using var font = Typography.Font(context.Type.Bold, context.Px(13.5f));
        var spacing = context.Px(2.2f);
        var candidates = new List<(string Name, SKPoint[] At, double Area)>();
        foreach (var copy in viewport.WorldCopies())
        {
            var view = ViewEnvelope(viewport, copy);
            foreach (var country in countries)
            {
                if (!country.Geometry.EnvelopeInternal.Intersects(view) || VisiblePart(country.Geometry, view) is not { } part)
                {
                    continue;
                }

                var box = part.EnvelopeInternal;

                // The interior point first; when a place's label sits there, the centroid or the middle of the visible box.
                // (A degenerate sliver has an empty interior point.)
                var spots = new[] { part.InteriorPoint?.Coordinate, part.Centroid?.Coordinate, box.Centre }
                    .OfType<Coordinate>().Select(c => viewport.ToPixel(c.X, c.Y, copy)).ToArray();
                var width = (WebMercator.X(box.MaxX) - WebMercator.X(box.MinX)) * viewport.WorldPixels;
                var label = country.Name.ToUpperInvariant();
                if (width < Spaced.Width(label, font, spacing) * 1.15)
                {
                    continue;
                }

                candidates.Add((label, spots, part.Area));
            }
        }

        foreach (var (name, spots, _) in candidates.OrderByDescending(c => c.Area).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            var width = Spaced.Width(name, font, spacing);
            foreach (var at in spots)
            {
                var left = at.X - (width / 2);
                var baseline = at.Y + (font.Size * 0.35f);
                var rect = new SKRect(left - context.Px(3), baseline - font.Size, left + width + context.Px(3), baseline + context.Px(3));
                if (context.Labels.TryTake(rect))
                {
                    Spaced.Draw(context, name, left, baseline, font, spacing, context.Style.Border.WithAlpha(0xC8));
                    break;
                }
            }
        }
    }

    private static Envelope ViewEnvelope(MapViewport viewport, int copy)
    {
        var west = WebMercator.Lon(viewport.Left - copy);
        var east = WebMercator.Lon(viewport.Left - copy + (viewport.Width / viewport.WorldPixels));
        return new Envelope(west, east, viewport.LatAt(viewport.Height), viewport.LatAt(0));
    }

    private static Geometry? VisiblePart(Geometry geometry, Envelope view)
    {
        // Clip polygon by polygon: one invalid part (Natural Earth has a few self-touching rings) must not cost
        // the whole country its label.
        var clip = GeometryFactories.Wgs84.ToGeometry(view);
        Geometry? largest = null;
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var polygon = geometry.GetGeometryN(i);
            if (!polygon.EnvelopeInternal.Intersects(view) || Clip(polygon, clip) is not { } clipped)
            {
                continue;
            }

            for (var j = 0; j < clipped.NumGeometries; j++)
            {
                var part = clipped.GetGeometryN(j);
                if (part is Polygon { IsEmpty: false } && (largest is null || part.Area > largest.Area))
                {
                    largest = part;
                }
            }
        }

        return largest;
    }

    private static Geometry? Clip(Geometry polygon, Geometry clip)
    {
        try
        {
            return OverlayNGRobust.Overlay(polygon, clip, SpatialFunction.Intersection);
        }
        catch (TopologyException)
        {
            try
            {
                return OverlayNGRobust.Overlay(polygon.Buffer(0), clip, SpatialFunction.Intersection);
            }
            catch (TopologyException)
            {
                return null;
            }
        }
    }
}

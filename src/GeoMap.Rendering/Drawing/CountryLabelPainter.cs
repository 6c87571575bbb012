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
        try
        {
            var clipped = OverlayNGRobust.Overlay(geometry, GeometryFactories.Wgs84.ToGeometry(view), SpatialFunction.Intersection);
            Geometry? largest = null;
            for (var i = 0; i < clipped.NumGeometries; i++)
            {
                var part = clipped.GetGeometryN(i);
                if (part is Polygon { IsEmpty: false } && (largest is null || part.Area > largest.Area))
                {
                    largest = part;
                }
            }

            return largest;
        }
        catch (TopologyException)
        {
            // A few Natural Earth outlines are not valid polygons; such a country goes unlabelled rather than fail the map.
            return null;
        }
    }
}

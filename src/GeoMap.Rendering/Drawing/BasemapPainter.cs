using GeoMap.Rendering.Basemap;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Draws the basemap's sea, land, first-level regions, coasts and borders.</summary>
public static class BasemapPainter
{
    /// <summary>Regions are drawn in views narrower than this many degrees of longitude.</summary>
    public const double RegionMaxSpan = 70;

    /// <summary>Paints the basemap under everything else.</summary>
    public static void Paint(RenderContext context, BasemapData basemap)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(basemap);
        var canvas = context.Canvas;
        canvas.Clear(context.Style.Sea);
        var layer = basemap.LayerFor(context.Viewport.SpanLon);

        using var land = BuildPath(context, layer.Land, closed: true);
        land.FillType = SKPathFillType.EvenOdd;
        using (var fill = new SKPaint { IsAntialias = true, Color = context.Style.Land, Style = SKPaintStyle.Fill })
        {
            canvas.DrawPath(land, fill);
        }

        if (context.Viewport.SpanLon <= RegionMaxSpan && basemap.RegionOutlines.Count > 0)
        {
            // Region outlines include their coasts at another resolution: clip them to the land drawn.
            canvas.Save();
            canvas.ClipPath(land, SKClipOperation.Intersect, antialias: true);
            using var regions = BuildPath(context, basemap.RegionOutlines, closed: false, minExtentPixels: context.Px(28));
            using var stroke = Stroke(context.Style.RegionBorder, context.Px(0.9f));
            stroke.PathEffect = SKPathEffect.CreateDash([context.Px(5), context.Px(2.5f)], 0);
            canvas.DrawPath(regions, stroke);
            canvas.Restore();
        }

        using (var coasts = BuildPath(context, layer.Coastlines, closed: false))
        using (var stroke = Stroke(context.Style.Coast, context.Px(0.9f)))
        {
            canvas.DrawPath(coasts, stroke);
        }

        using var borders = BuildPath(context, layer.Borders, closed: false);
        using (var casing = Stroke(context.Style.Border.WithAlpha(0x38), context.Px(4.5f)))
        {
            canvas.DrawPath(borders, casing);
        }

        using (var line = Stroke(context.Style.Border, context.Px(1.3f)))
        {
            canvas.DrawPath(borders, line);
        }
    }

    /// <summary>A path of every line that touches the image, in every visible world copy, in pixels.</summary>
    /// <param name="context">The render.</param>
    /// <param name="lines">The lines or rings.</param>
    /// <param name="closed">Whether to close each line (rings to fill).</param>
    /// <param name="minExtentPixels">Lines smaller than this on both axes are left out (tiny municipalities at a small scale).</param>
    public static SKPath BuildPath(RenderContext context, IReadOnlyList<GeoLine> lines, bool closed, float minExtentPixels = 0)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lines);
        var viewport = context.Viewport;
        using var builder = new SKPathBuilder();
        foreach (var copy in viewport.WorldCopies())
        {
            foreach (var line in lines)
            {
                if (!viewport.Touches(line.MinLon, line.MinLat, line.MaxLon, line.MaxLat, copy))
                {
                    continue;
                }

                if (minExtentPixels > 0)
                {
                    var nw = viewport.ToPixel(line.MinLon, line.MaxLat, copy);
                    var se = viewport.ToPixel(line.MaxLon, line.MinLat, copy);
                    if (se.X - nw.X < minExtentPixels && se.Y - nw.Y < minExtentPixels)
                    {
                        continue;
                    }
                }

                var previous = viewport.ToPixel(line.Lon(0), line.Lat(0), copy);
                builder.MoveTo(previous);
                var last = line.Count - 1;
                for (var i = 1; i <= last; i++)
                {
                    var point = viewport.ToPixel(line.Lon(i), line.Lat(i), copy);

                    // Skip vertices closer than a quarter pixel: invisible, and they slow stroking down.
                    if (i < last && Math.Abs(point.X - previous.X) < 0.25f && Math.Abs(point.Y - previous.Y) < 0.25f)
                    {
                        continue;
                    }

                    builder.LineTo(point);
                    previous = point;
                }

                if (closed)
                {
                    builder.Close();
                }
            }
        }

        return builder.Detach();
    }

    private static SKPaint Stroke(SKColor color, float width) => new()
    {
        IsAntialias = true,
        Color = color,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeJoin = SKStrokeJoin.Round,
        StrokeCap = SKStrokeCap.Round,
    };
}

using GeoMap.Core.Photos;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>
/// Marks ground photos as the web client does (photos.ts): a camera where each was taken and, when the direction the
/// camera faced is known, a cone of view pointing that way; colours from map-style.json's <c>photo</c>.
/// </summary>
public static class PhotoPainter
{
    /// <summary>The photos that have a position inside the map: where each is drawn and the direction its camera faced.</summary>
    public static IReadOnlyList<(SKPoint At, double? Bearing)> Visible(RenderContext context, IEnumerable<Photo> photos)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(photos);
        var margin = context.Px(14);
        var visible = new List<(SKPoint, double?)>();
        foreach (var p in photos)
        {
            if (p.Lon is not { } lon || p.Lat is not { } lat)
            {
                continue;
            }

            var at = context.Viewport.ToPixelNearest(lon, lat);
            if (at.X >= -margin && at.Y >= -margin && at.X <= context.Viewport.Width + margin && at.Y <= context.Viewport.Height + margin)
            {
                visible.Add((at, p.Bearing));
            }
        }

        return visible;
    }

    /// <summary>Draws the photos of <see cref="Visible"/>.</summary>
    public static void Paint(RenderContext context, IReadOnlyList<(SKPoint At, double? Bearing)> visible)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(visible);
        foreach (var (at, bearing) in visible)
        {
            DrawCamera(context, at, bearing);
        }
    }

    /// <summary>One camera at <paramref name="at"/>, with its cone of view when the bearing is known; the legend draws its samples with it.</summary>
    public static void DrawCamera(RenderContext context, SKPoint at, double? bearing)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (outline, fill, cone) = MovementStyle.Default.Photo;
        var (w, h) = (context.Px(14), context.Px(10));
        if (bearing is { } degrees)
        {
            // Pointing up, then turned clockwise by the bearing (north is up on these maps).
            using var conePaint = new SKPaint { IsAntialias = true, Color = cone.WithAlpha(140), Style = SKPaintStyle.Fill };
            using var builder = new SKPathBuilder();
            builder.MoveTo(0, 0);
            builder.LineTo(-context.Px(8), -context.Px(16));
            builder.LineTo(context.Px(8), -context.Px(16));
            builder.Close();
            using var path = builder.Detach();
            context.Canvas.Save();
            context.Canvas.Translate(at);
            context.Canvas.RotateDegrees((float)degrees);
            context.Canvas.DrawPath(path, conePaint);
            context.Canvas.Restore();
        }

        using var body = new SKPaint { IsAntialias = true, Color = fill, Style = SKPaintStyle.Fill };
        using var line = new SKPaint { IsAntialias = true, Color = outline, Style = SKPaintStyle.Stroke, StrokeWidth = context.Px(2) };
        using var lens = new SKPaint { IsAntialias = true, Color = outline, Style = SKPaintStyle.Fill };
        var rect = new SKRect(at.X - (w / 2), at.Y - (h / 2), at.X + (w / 2), at.Y + (h / 2));
        context.Canvas.DrawRoundRect(rect, context.Px(2), context.Px(2), body);
        context.Canvas.DrawRoundRect(rect, context.Px(2), context.Px(2), line);
        context.Canvas.DrawCircle(at, context.Px(2.6f), lens);
    }
}

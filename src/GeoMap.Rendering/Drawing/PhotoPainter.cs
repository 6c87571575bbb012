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
    /// <summary>Draws the photos that have a position inside the map.</summary>
    public static void Paint(RenderContext context, IEnumerable<Photo> photos)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(photos);
        var (outline, fill, cone) = MovementStyle.Default.Photo;
        using var conePaint = new SKPaint { IsAntialias = true, Color = cone.WithAlpha(140), Style = SKPaintStyle.Fill };
        using var body = new SKPaint { IsAntialias = true, Color = fill, Style = SKPaintStyle.Fill };
        using var line = new SKPaint { IsAntialias = true, Color = outline, Style = SKPaintStyle.Stroke, StrokeWidth = context.Px(2) };
        using var lens = new SKPaint { IsAntialias = true, Color = outline, Style = SKPaintStyle.Fill };
        var (w, h) = (context.Px(14), context.Px(10));
        foreach (var p in photos)
        {
            if (p.Lon is not { } lon || p.Lat is not { } lat)
            {
                continue;
            }

            var at = context.Viewport.ToPixelNearest(lon, lat);
            if (at.X < -w || at.Y < -w || at.X > context.Viewport.Width + w || at.Y > context.Viewport.Height + w)
            {
                continue;
            }

            if (p.Bearing is { } bearing)
            {
                // Pointing up, then turned clockwise by the bearing (north is up on these maps).
                using var builder = new SKPathBuilder();
                builder.MoveTo(0, 0);
                builder.LineTo(-context.Px(8), -context.Px(16));
                builder.LineTo(context.Px(8), -context.Px(16));
                builder.Close();
                using var path = builder.Detach();
                context.Canvas.Save();
                context.Canvas.Translate(at);
                context.Canvas.RotateDegrees((float)bearing);
                context.Canvas.DrawPath(path, conePaint);
                context.Canvas.Restore();
            }

            var rect = new SKRect(at.X - (w / 2), at.Y - (h / 2), at.X + (w / 2), at.Y + (h / 2));
            context.Canvas.DrawRoundRect(rect, context.Px(2), context.Px(2), body);
            context.Canvas.DrawRoundRect(rect, context.Px(2), context.Px(2), line);
            context.Canvas.DrawCircle(at, context.Px(2.6f), lens);
        }
    }
}

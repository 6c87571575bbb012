using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Places a point's label in the first free spot around it: right, left, above, below, then the diagonals.</summary>
public static class LabelPlacer
{
    /// <summary>Draws the label where it fits and takes its space; returns false (drawing nothing) when nothing fits.</summary>
    public static bool Place(RenderContext context, string text, SKPoint point, float gap, SKFont font, SKColor color)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryPlace(context, text, point, gap, font, out var at))
        {
            return false;
        }

        context.Text(text, at.X, at.Y, font, color);
        return true;
    }

    /// <summary>Finds and takes a free spot for the label; <paramref name="at"/> is its left baseline point.</summary>
    public static bool TryPlace(RenderContext context, string text, SKPoint point, float gap, SKFont font, out SKPoint at)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(font);
        at = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var width = font.MeasureText(text);
        var metrics = font.Metrics;
        var ascent = -metrics.Ascent * 0.82f;
        var descent = metrics.Descent * 0.6f;
        var middle = point.Y + ((ascent - descent) / 2);
        var candidates = new[]
        {
            new SKPoint(point.X + gap, middle),
            new SKPoint(point.X - gap - width, middle),
            new SKPoint(point.X - (width / 2), point.Y - gap - descent),
            new SKPoint(point.X - (width / 2), point.Y + gap + ascent),
            new SKPoint(point.X + (gap * 0.7f), point.Y - (gap * 0.7f) - descent),
            new SKPoint(point.X - (gap * 0.7f) - width, point.Y - (gap * 0.7f) - descent),
            new SKPoint(point.X + (gap * 0.7f), point.Y + (gap * 0.7f) + ascent),
            new SKPoint(point.X - (gap * 0.7f) - width, point.Y + (gap * 0.7f) + ascent),
        };
        var pad = context.Px(2);
        foreach (var candidate in candidates)
        {
            var box = new SKRect(candidate.X - pad, candidate.Y - ascent - pad, candidate.X + width + pad, candidate.Y + descent + pad);
            if (context.Labels.TryTake(box))
            {
                at = candidate;
                return true;
            }
        }

        return false;
    }
}

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
    /// <param name="context">The render.</param>
    /// <param name="text">The label.</param>
    /// <param name="point">The point labelled, in pixels.</param>
    /// <param name="gap">Distance from the point to the label.</param>
    /// <param name="font">The label's font.</param>
    /// <param name="at">Where to draw it.</param>
    /// <param name="force">When no spot is free, use the first one inside the image anyway (a movement's place must be named).</param>
    public static bool TryPlace(RenderContext context, string text, SKPoint point, float gap, SKFont font, out SKPoint at, bool force = false)
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
        SKRect Box(SKPoint c) => new(c.X - pad, c.Y - ascent - pad, c.X + width + pad, c.Y + descent + pad);
        foreach (var candidate in candidates)
        {
            if (context.Labels.TryTake(Box(candidate)))
            {
                at = candidate;
                return true;
            }
        }

        if (force)
        {
            // The spot inside the image that covers the least; the first such on a tie.
            var inside = candidates.Where(c => Box(c) is var b && b.Left >= 0 && b.Top >= 0 && b.Right <= context.Viewport.Width && b.Bottom <= context.Viewport.Height).ToList();
            if (inside.Count > 0)
            {
                at = inside.MinBy(c => context.Labels.Overlaps(Box(c)));
                context.Labels.Take(Box(at));
                return true;
            }
        }

        return false;
    }
}

using GeoMap.Core.Movements;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Draws movements as arrows: width by strength, colour by actor, line style by status.</summary>
/// <remarks>
/// Strokes and heads come from <see cref="MovementStyle"/> (the style file the web client reads too): completed solid,
/// planned dashed with an open head, not stated dotted; under way adds a light centre dash here. A kind the style gives
/// more heads (a withdrawal) has them one behind the other. A movement known by one place only is a ring around it,
/// dashed likewise. Thick arrows are drawn first so thin ones stay visible on top; arrows along the same two places fan out
/// (<see cref="MovementGeometry.Stacks"/>).
/// </remarks>
public static class MovementPainter
{
    /// <summary>Paints the movements; <paramref name="colors"/> comes from <see cref="ActorPalette.Assign"/>.</summary>
    public static void Paint(RenderContext context, IReadOnlyList<Movement> movements, IReadOnlyDictionary<string, SKColor> colors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(colors);
        var stacks = MovementGeometry.Stacks(movements);
        var ordered = movements
            .OrderByDescending(m => StrengthClasses.WidthOf(m.Strength))
            .ThenBy(m => m.Id)
            .ThenBy(m => m.Actor, StringComparer.Ordinal);
        foreach (var movement in ordered)
        {
            var color = movement.Actor is { } actor && colors.TryGetValue(actor, out var c) ? c : ActorPalette.Unattributed;
            var width = context.Px(StrengthClasses.WidthOf(movement.Strength));
            var headLength = Math.Max(context.Px(13), width * 2.6f);
            using var geometry = MovementGeometry.Create(movement, context.Viewport, headLength, context.Px(7), stacks.GetValueOrDefault(movement));
            if (geometry is null)
            {
                PaintStationary(context, movement, color, width);
                continue;
            }

            PaintArrow(context, geometry, movement.Status, color, width, headLength, MovementStyle.Default.HeadsOf(movement.Kind));
        }
    }

    /// <summary>Takes the label space of the arrows (heads, and shafts when there are not too many), so labels avoid them.</summary>
    public static void Reserve(RenderContext context, IReadOnlyList<Movement> movements)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(movements);
        var withShafts = movements.Count <= 2_000;
        var stacks = MovementGeometry.Stacks(movements);
        foreach (var movement in movements)
        {
            var width = context.Px(StrengthClasses.WidthOf(movement.Strength));
            var headLength = Math.Max(context.Px(13), width * 2.6f);
            using var geometry = MovementGeometry.Create(movement, context.Viewport, headLength, context.Px(7), stacks.GetValueOrDefault(movement));
            if (geometry is null)
            {
                continue;
            }

            using (var head = geometry.Head(headLength, Math.Max(context.Px(7), width * 1.6f)))
            {
                context.Labels.Take(head.Bounds);
            }

            if (!withShafts)
            {
                continue;
            }

            using var measure = new SKPathMeasure(geometry.Shaft);
            var step = Math.Max(context.Px(10), width * 1.5f);
            var half = (width / 2) + context.Px(1);
            for (var at = 0f; at <= measure.Length; at += step)
            {
                if (measure.GetPosition(at, out var p))
                {
                    context.Labels.Take(new SKRect(p.X - half, p.Y - half, p.X + half, p.Y + half));
                }
            }
        }
    }

    /// <summary>Draws one arrow shaft and its <paramref name="heads"/> heads (one behind the other); the legend uses it for its samples too.</summary>
    public static void PaintArrow(RenderContext context, MovementGeometry geometry, MovementStatus status, SKColor color, float width, float headLength, int heads = 1)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(geometry);
        var canvas = context.Canvas;
        var halo = context.Px(2.5f);
        using (var casing = Line(context.Style.Halo, width + (2 * halo), SKStrokeCap.Round))
        {
            casing.PathEffect = ShaftEffect(context, status, width);
            canvas.DrawPath(geometry.Shaft, casing);
        }

        using (var line = Line(color, width, IsDotted(context, status, width) ? SKStrokeCap.Round : SKStrokeCap.Butt))
        {
            line.PathEffect = ShaftEffect(context, status, width);
            canvas.DrawPath(geometry.Shaft, line);
        }

        if (status == MovementStatus.UnderWay)
        {
            using var centre = Line(SKColors.White.WithAlpha(0xD0), Math.Max(1, width * 0.3f), SKStrokeCap.Butt);
            centre.PathEffect = SKPathEffect.CreateDash([width * 1.2f, width * 1.2f], 0);
            canvas.DrawPath(geometry.Shaft, centre);
        }

        var open = MovementStyle.Default.Stroke(status, width, context.Px(4)).Open;
        // The rear head first, so the front one's halo separates the two.
        for (var k = heads - 1; k >= 0; k--)
        {
            using var head = geometry.Head(headLength, Math.Max(context.Px(7), width * 1.6f), k * headLength * 0.8f);
            using (var outline = Line(context.Style.Halo, halo * 1.6f, SKStrokeCap.Round))
            {
                canvas.DrawPath(head, outline);
            }

            using (var fill = new SKPaint { IsAntialias = true, Color = open ? SKColors.White : color, Style = SKPaintStyle.Fill })
            {
                canvas.DrawPath(head, fill);
            }

            if (open)
            {
                using var edge = Line(color, Math.Max(context.Px(2.2f), width * 0.45f), SKStrokeCap.Round);
                canvas.DrawPath(head, edge);
            }
        }
    }

    private static void PaintStationary(RenderContext context, Movement movement, SKColor color, float width)
    {
        if (movement.Route().FirstOrDefault() is not { } place)
        {
            return;
        }

        PaintRing(context, context.Viewport.ToPixelNearest(place.Lon, place.Lat), movement.Status, color, width, context.Px(9) + width);
    }

    /// <summary>Draws the ring of a movement known by one place only at <paramref name="point"/>; the legend uses it too.</summary>
    public static void PaintRing(RenderContext context, SKPoint point, MovementStatus status, SKColor color, float width, float radius)
    {
        ArgumentNullException.ThrowIfNull(context);
        using (var casing = Line(context.Style.Halo, width + context.Px(4), SKStrokeCap.Round))
        {
            context.Canvas.DrawCircle(point, radius, casing);
        }

        using var ring = Line(color, width, IsDotted(context, status, width) ? SKStrokeCap.Round : SKStrokeCap.Butt);
        ring.PathEffect = ShaftEffect(context, status, width);
        context.Canvas.DrawCircle(point, radius, ring);
    }

    // The casing uses the same intervals as the line so that each dash gets its own halo.
    private static SKPathEffect? ShaftEffect(RenderContext context, MovementStatus status, float width) =>
        MovementStyle.Default.Stroke(status, width, context.Px(4)).Dash is { } dash ? SKPathEffect.CreateDash(dash, 0) : null;

    private static bool IsDotted(RenderContext context, MovementStatus status, float width) =>
        MovementStyle.Default.Stroke(status, width, context.Px(4)).Dash is [< 1, ..];

    private static SKPaint Line(SKColor color, float width, SKStrokeCap cap) => new()
    {
        IsAntialias = true,
        Color = color,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = cap,
        StrokeJoin = SKStrokeJoin.Round,
    };
}

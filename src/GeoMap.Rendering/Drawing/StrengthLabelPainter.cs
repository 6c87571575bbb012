using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>
/// Writes each movement's strength and period ("1,500 · 8–13 Oct", <see cref="MovementLabels"/>) and, for a tracked
/// movement that several independent sources report, their number ("1,500–3,000 · 8–13 Oct · 3 sources") beside the
/// middle of its arrow, where there is room.
/// </summary>
public static class StrengthLabelPainter
{
    /// <summary>Paints the labels in the actor's colour; a label that would cover another is left out.</summary>
    public static void Paint(RenderContext context, IReadOnlyList<Movement> movements, IReadOnlyDictionary<string, SKColor> colors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(colors);
        using var font = Typography.Font(context.Type.Bold, context.Px(12.5f));
        var stacks = MovementGeometry.Stacks(movements);
        var withYear = MovementLabels.WithYear(movements);
        var ordered = movements.OrderByDescending(m => m.Strength?.Representative ?? -1).ThenBy(m => m.Id);
        foreach (var movement in ordered)
        {
            var texts = Labels(movement, withYear);
            if (texts.Count == 0)
            {
                continue;
            }

            var width = context.Px(StrengthClasses.WidthOf(movement.Strength));
            using var geometry = MovementGeometry.Create(movement, context.Viewport, Math.Max(context.Px(13), width * 2.6f), context.Px(7), stacks.GetValueOrDefault(movement));
            if (geometry is null)
            {
                continue;
            }

            using var measure = new SKPathMeasure(geometry.Shaft);
            if (!measure.GetPositionAndTangent(measure.Length / 2, out var middle, out var tangent))
            {
                continue;
            }

            var color = movement.Actor is { } actor && colors.TryGetValue(actor, out var c) ? c : ActorPalette.Unattributed;
            var normal = new SKPoint(-tangent.Y, tangent.X);
            // The whole label where it fits, else the strength alone (a short arrow's number matters most).
            foreach (var text in texts.Where(t => font.MeasureText(t) <= measure.Length))
            {
                if (Place(context, font, text, middle, normal, width, color))
                {
                    break;
                }
            }
        }
    }

    // Writes a label beside the middle of a shaft on the first side with room; false when neither has.
    private static bool Place(RenderContext context, SKFont font, string text, SKPoint middle, SKPoint normal, float width, SKColor color)
    {
        var textWidth = font.MeasureText(text);
        var textHeight = font.Size * 0.8f;

        // Centre the label on the normal, far enough that its box clears the shaft whatever the shaft's angle.
        var offset = (width / 2) + context.Px(5) + (Math.Abs(normal.X) * textWidth / 2) + (Math.Abs(normal.Y) * textHeight / 2);
        foreach (var side in new[] { 1f, -1f })
        {
            var centre = new SKPoint(middle.X + (normal.X * offset * side), middle.Y + (normal.Y * offset * side));
            var left = centre.X - (textWidth / 2);
            var baseline = centre.Y + (textHeight / 2);
            var rect = new SKRect(left - context.Px(2), baseline - font.Size, left + textWidth + context.Px(2), baseline + context.Px(3));
            if (context.Labels.TryTake(rect))
            {
                context.Text(text, left, baseline, font, color, halo: 3);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The labels a movement may carry, longest first: the whole <see cref="Label"/>, then, when it has dates, the same
    /// without them; empty when it has nothing to write.
    /// </summary>
    public static IReadOnlyList<string> Labels(Movement movement, bool withYear)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var whole = Label(movement, withYear);
        var undated = Label(movement with { Period = Core.Time.Period.Unbounded }, withYear);
        return whole is null ? [] : undated is null || undated == whole ? [whole] : [whole, undated];
    }

    /// <summary>
    /// The label of a movement: its strength and period (<see cref="MovementLabels.Of"/>), then its independent sources
    /// when more than one; null when it has none of them.
    /// </summary>
    /// <param name="movement">The movement.</param>
    /// <param name="withYear">Whether a day label carries the year (<see cref="MovementLabels.WithYear(IEnumerable{Movement})"/> of the map's movements).</param>
    public static string? Label(Movement movement, bool withYear = false)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var sources = movement.Corroboration is { SourceCount: > 1 } c
            ? c.SourceCount.ToString("#,0", CultureInfo.InvariantCulture) + " sources"
            : null;
        return MovementLabels.Join(MovementLabels.Of(movement, withYear), sources);
    }
}

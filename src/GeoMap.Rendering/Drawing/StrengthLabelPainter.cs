using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>
/// Writes each movement's strength ("1,500", "10,000–20,000") and, for a tracked movement that several independent sources
/// report, their number ("1,500–3,000 · 3 sources") beside the middle of its arrow, where there is room.
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
        var ordered = movements.Where(m => m.Strength is not null || m.Corroboration?.SourceCount > 1)
            .OrderByDescending(m => m.Strength?.Representative ?? 0).ThenBy(m => m.Id);
        foreach (var movement in ordered)
        {
            var text = Label(movement);
            if (text is null)
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
            if (measure.Length < font.MeasureText(text) || !measure.GetPositionAndTangent(measure.Length / 2, out var middle, out var tangent))
            {
                continue;
            }

            var color = movement.Actor is { } actor && colors.TryGetValue(actor, out var c) ? c : ActorPalette.Unattributed;
            var normal = new SKPoint(-tangent.Y, tangent.X);
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
                    break;
                }
            }
        }
    }

    /// <summary>The label of a movement: its strength, then its independent sources when more than one; null when neither.</summary>
    public static string? Label(Movement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var strength = movement.Strength is { } s ? Format(s) : null;
        var sources = movement.Corroboration is { SourceCount: > 1 } c ? N(c.SourceCount) + " sources" : null;
        return strength is null ? sources : sources is null ? strength : $"{strength} · {sources}";
    }

    /// <summary>The strength as printed, or null when it has no number.</summary>
    public static string? Format(Strength strength)
    {
        ArgumentNullException.ThrowIfNull(strength);
        return (strength.Min, strength.Max) switch
        {
            ({ } a, { } b) when a == b => N(a),
            ({ } a, { } b) => $"{N(a)}–{N(b)}",
            ({ } a, null) => $"{N(a)}+",
            (null, { } b) => $"up to {N(b)}",
            _ => null,
        };
    }

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}

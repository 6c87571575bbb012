using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Letter-spaced text, as cartographers set the names of areas.</summary>
public static class Spaced
{
    /// <summary>Width of the text with <paramref name="spacing"/> pixels between letters.</summary>
    public static float Width(string text, SKFont font, float spacing)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        return font.MeasureText(text) + (Math.Max(0, text.Length - 1) * spacing);
    }

    /// <summary>Draws the text letter by letter with a halo.</summary>
    public static void Draw(RenderContext context, string text, float left, float baseline, SKFont font, float spacing, SKColor color)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var letters = new List<(string Text, float X)>();
        var x = left;
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            letters.Add((element, x));
            x += font.MeasureText(element) + spacing;
        }

        // All halos first: a letter's halo drawn after its neighbour's fill would bite into it.
        using var halo = new SKPaint
        {
            IsAntialias = true,
            Color = context.Style.Halo,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = context.Px(2.5f),
            StrokeJoin = SKStrokeJoin.Round,
        };
        using var fill = new SKPaint { IsAntialias = true, Color = color };
        foreach (var paint in new[] { halo, fill })
        {
            foreach (var (letter, at) in letters)
            {
                context.Canvas.DrawText(letter, at, baseline, SKTextAlign.Left, font, paint);
            }
        }
    }
}

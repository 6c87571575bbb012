using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>What every painter of one render shares: the canvas, the viewport, the style, fonts and taken label space.</summary>
/// <param name="Canvas">The image's canvas.</param>
/// <param name="Viewport">Where the map sits on the image.</param>
/// <param name="Style">Colours.</param>
/// <param name="Type">Typefaces.</param>
/// <param name="Labels">Space already taken by labels and panels.</param>
public sealed record RenderContext(SKCanvas Canvas, MapViewport Viewport, MapStyle Style, Typography Type, LabelSpace Labels)
{
    /// <summary>Size factor: 1 for an image whose short side is 1000 px, larger for bigger images.</summary>
    public float Scale { get; } = (float)Math.Clamp(Math.Min(Viewport.Width, Viewport.Height) / 1000.0, 0.55, 4);

    /// <summary>A size at scale 1 converted to pixels.</summary>
    public float Px(float size) => size * Scale;

    /// <summary>Draws text with a halo so it reads over any background.</summary>
    public void Text(string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left, float halo = 3)
    {
        ArgumentNullException.ThrowIfNull(font);
        if (halo > 0)
        {
            using var outline = new SKPaint
            {
                IsAntialias = true,
                Color = Style.Halo,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = Px(halo),
                StrokeJoin = SKStrokeJoin.Round,
            };
            Canvas.DrawText(text, x, y, align, font, outline);
        }

        using var fill = new SKPaint { IsAntialias = true, Color = color };
        Canvas.DrawText(text, x, y, align, font, fill);
    }

    /// <summary>The box a left-aligned text would occupy with its baseline at <paramref name="y"/>.</summary>
    public static SKRect Measure(string text, float x, float y, SKFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var width = font.MeasureText(text);
        var metrics = font.Metrics;
        return new SKRect(x, y + metrics.Ascent, x + width, y + metrics.Descent);
    }
}

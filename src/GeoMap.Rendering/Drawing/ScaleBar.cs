using System.Globalization;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>A scale bar at the bottom left, true at the latitude of the map's centre, which it names.</summary>
/// <remarks>
/// Web Mercator stretches distances by 1/cos(latitude), so one bar cannot be right everywhere on a map spanning
/// many degrees of latitude; the bar is measured where the reader looks first, the centre, and says which latitude
/// that is.
/// </remarks>
public sealed class ScaleBar
{
    private SKRect rect;
    private float barY;
    private double lat;

    private ScaleBar()
    {
    }

    /// <summary>The panel's box on the image.</summary>
    public SKRect Rect => rect;

    /// <summary>The bar's length in kilometres and pixels for a target of about <paramref name="targetPixels"/> pixels at <paramref name="lat"/>.</summary>
    public static (double Kilometres, float Pixels) Choose(Projection.MapViewport viewport, double lat, float targetPixels)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        var metresPerPixel = viewport.MetersPerPixel(lat);
        var target = targetPixels * metresPerPixel / 1000;
        var power = Math.Pow(10, Math.Floor(Math.Log10(target)));
        var nice = new[] { 1.0, 2, 5, 10 }.Select(f => f * power).Last(k => k <= target);
        return (nice, (float)(nice * 1000 / metresPerPixel));
    }

    /// <summary>Lays the bar out at the bottom left and takes its space.</summary>
    public static ScaleBar Layout(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bar = new ScaleBar();
        var margin = context.Px(16);
        var pad = context.Px(10);
        using var font = Typography.Font(context.Type.Regular, context.Px(12));
        using var small = Typography.Font(context.Type.Regular, context.Px(10.5f));
        var bottom = context.Viewport.Height - margin;
        bar.barY = bottom - pad - small.Size - context.Px(5) - context.Px(6);
        bar.lat = context.Viewport.LatAt(context.Viewport.Height / 2.0);
        var (km, pixels) = Choose(context.Viewport, bar.lat, context.Px(170));
        var width = Math.Max(pixels + font.MeasureText(Km(km) + " km") + context.Px(8), small.MeasureText(Note(bar.lat)));
        bar.rect = new SKRect(margin, bar.barY - pad - font.Size - context.Px(4), margin + width + (2 * pad), bottom);
        context.Labels.Take(bar.rect);
        return bar;
    }

    /// <summary>Draws the bar.</summary>
    public void Paint(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pad = context.Px(10);
        var barHeight = context.Px(6);
        using var font = Typography.Font(context.Type.Regular, context.Px(12));
        using var small = Typography.Font(context.Type.Regular, context.Px(10.5f));
        var (km, pixels) = Choose(context.Viewport, lat, context.Px(170));
        var label = Km(km) + " km";
        var note = Note(lat);
        Panel.Draw(context, rect);

        var x = rect.Left + pad;
        using var dark = new SKPaint { IsAntialias = true, Color = context.Style.Text, Style = SKPaintStyle.Fill };
        using var light = new SKPaint { IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var edge = new SKPaint { IsAntialias = true, Color = context.Style.Text, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1, context.Px(1)) };
        var half = pixels / 2;
        context.Canvas.DrawRect(new SKRect(x, barY, x + half, barY + barHeight), dark);
        context.Canvas.DrawRect(new SKRect(x + half, barY, x + pixels, barY + barHeight), light);
        context.Canvas.DrawRect(new SKRect(x, barY, x + pixels, barY + barHeight), edge);

        var textY = barY - context.Px(4);
        context.Text("0", x, textY, font, context.Style.Text, SKTextAlign.Left, halo: 0);
        context.Text(Km(km / 2), x + half, textY, font, context.Style.Text, SKTextAlign.Center, halo: 0);
        context.Text(label, x + pixels, textY, font, context.Style.Text, SKTextAlign.Center, halo: 0);
        context.Text(note, x, barY + barHeight + context.Px(4) + small.Size, small, context.Style.MutedText, halo: 0);
    }

    private static string Note(double lat) => string.Create(CultureInfo.InvariantCulture, $"scale true at {Math.Abs(lat):0.#}°{(lat >= 0 ? "N" : "S")}");

    private static string Km(double km) => km.ToString(km >= 10 ? "#,0" : "0.###", CultureInfo.InvariantCulture);
}

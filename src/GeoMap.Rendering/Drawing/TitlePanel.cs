using System.Globalization;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>The top-left panel: title, the date range shown, and what the map holds.</summary>
public sealed class TitlePanel : IDisposable
{
    private readonly List<(string Text, SKFont Font, SKColor Color)> lines = [];
    private SKRect rect;

    private TitlePanel()
    {
    }

    /// <summary>The panel's box on the image.</summary>
    public SKRect Rect => rect;

    /// <summary>Lays the panel out at the top left and takes its space.</summary>
    public static TitlePanel Layout(RenderContext context, string? title, DateOnly? from, DateOnly? to, string summary)
    {
        ArgumentNullException.ThrowIfNull(context);
        var panel = new TitlePanel();
        if (!string.IsNullOrWhiteSpace(title))
        {
            panel.lines.Add((title.Trim(), Typography.Font(context.Type.Bold, context.Px(21)), context.Style.Text));
        }

        panel.lines.Add((DateRange(from, to), Typography.Font(context.Type.Regular, context.Px(14.5f)), context.Style.Text));
        panel.lines.Add((summary, Typography.Font(context.Type.Regular, context.Px(12.5f)), context.Style.MutedText));

        var pad = context.Px(12);
        var margin = context.Px(16);
        var width = panel.lines.Max(l => l.Font.MeasureText(l.Text));
        var height = panel.lines.Sum(l => l.Font.Spacing) - (panel.lines[^1].Font.Spacing - panel.lines[^1].Font.Size);

        // A very long title is not cut: the panel may span the image, never beyond it.
        width = Math.Min(width, context.Viewport.Width - (2 * margin) - (2 * pad));
        panel.rect = new SKRect(margin, margin, margin + width + (2 * pad), margin + height + (2 * pad));
        context.Labels.Take(panel.rect);
        return panel;
    }

    /// <summary>The date range as printed: "8 Oct 2024 – 13 Oct 2024", "from 8 Oct 2024", "all dates".</summary>
    public static string DateRange(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) when f == t => Day(f),
        ({ } f, { } t) => $"{Day(f)} – {Day(t)}",
        ({ } f, null) => $"from {Day(f)}",
        (null, { } t) => $"until {Day(t)}",
        _ => "all dates",
    };

    /// <summary>Draws the panel.</summary>
    public void Paint(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Panel.Draw(context, rect);
        var pad = context.Px(12);
        var y = rect.Top + pad;
        context.Canvas.Save();
        context.Canvas.ClipRect(rect);
        foreach (var (text, font, color) in lines)
        {
            y += font.Size;
            context.Text(text, rect.Left + pad, y, font, color, halo: 0);
            y += font.Spacing - font.Size;
        }

        context.Canvas.Restore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var line in lines)
        {
            line.Font.Dispose();
        }
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}

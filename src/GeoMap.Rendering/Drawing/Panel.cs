using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>The framed, slightly transparent box behind the title, the legend and the scale bar.</summary>
public static class Panel
{
    /// <summary>Draws the box and takes its space from labels.</summary>
    public static void Draw(RenderContext context, SKRect rect)
    {
        ArgumentNullException.ThrowIfNull(context);
        var radius = context.Px(5);
        using var shadow = new SKPaint { IsAntialias = true, Color = new SKColor(0, 0, 0, 0x22), Style = SKPaintStyle.Fill };
        var offset = rect;
        offset.Offset(0, context.Px(1.5f));
        context.Canvas.DrawRoundRect(offset, radius, radius, shadow);
        using var fill = new SKPaint { IsAntialias = true, Color = context.Style.Panel, Style = SKPaintStyle.Fill };
        context.Canvas.DrawRoundRect(rect, radius, radius, fill);
        using var edge = new SKPaint { IsAntialias = true, Color = context.Style.PanelBorder, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1, context.Px(1)) };
        context.Canvas.DrawRoundRect(rect, radius, radius, edge);
    }
}

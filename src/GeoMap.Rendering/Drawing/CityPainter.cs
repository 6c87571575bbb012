using GeoMap.Rendering.Basemap;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Labels the basemap's capitals and large cities where there is room, capitals first.</summary>
public static class CityPainter
{
    /// <summary>Paints city markers and labels into the space the movements' places left free.</summary>
    public static void Paint(RenderContext context, IReadOnlyList<City> cities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cities);
        var viewport = context.Viewport;

        // About one label per 250x150 px keeps the basemap readable under the arrows.
        var budget = Math.Max(4, viewport.Width * viewport.Height / 37_500);
        var minPopulation = viewport.SpanLon > 60 ? 2_000_000 : viewport.SpanLon > 20 ? 500_000 : viewport.SpanLon > 6 ? 150_000 : 0;
        using var capitalFont = Typography.Font(context.Type.Bold, context.Px(12.5f));
        using var cityFont = Typography.Font(context.Type.Regular, context.Px(12));
        using var markerFill = new SKPaint { IsAntialias = true, Color = context.Style.MutedText, Style = SKPaintStyle.Fill };
        using var markerRing = new SKPaint { IsAntialias = true, Color = context.Style.MutedText, Style = SKPaintStyle.Stroke, StrokeWidth = context.Px(1.3f) };
        using var white = new SKPaint { IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Fill };
        var placed = 0;
        foreach (var city in cities)
        {
            if (placed >= budget)
            {
                break;
            }

            if (!city.IsCapital && city.Population < minPopulation)
            {
                continue;
            }

            var point = viewport.ToPixelNearest(city.Lon, city.Lat);
            var r = context.Px(city.IsCapital ? 3.6f : 2.4f);
            var marker = new SKRect(point.X - r, point.Y - r, point.X + r, point.Y + r);
            if (!context.Labels.IsFree(marker))
            {
                continue;
            }

            if (!LabelPlacer.Place(context, city.Name, point, r + context.Px(2.5f), city.IsCapital ? capitalFont : cityFont, context.Style.MutedText))
            {
                continue;
            }

            context.Labels.Take(marker);
            if (city.IsCapital)
            {
                context.Canvas.DrawCircle(point, r, white);
                context.Canvas.DrawCircle(point, r, markerRing);
                context.Canvas.DrawCircle(point, r * 0.45f, markerFill);
            }
            else
            {
                context.Canvas.DrawCircle(point, r, markerFill);
            }

            placed++;
        }
    }
}

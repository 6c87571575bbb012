using GeoMap.Core.Places;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Marks and labels the places of the movements and the request: circles for towns, squares for facilities; countries and regions are named without a marker (their outline, if known, is drawn by <see cref="AreaDestinations"/>).</summary>
/// <remarks>
/// Two steps: <see cref="Layout"/> takes label space before the basemap's cities are labelled (the movements'
/// places matter more), <see cref="Paint"/> draws above the arrows.
/// </remarks>
public sealed class PlacePainter : IDisposable
{
    private readonly List<(Place Place, SKPoint Point, SKPoint? Label)> layout = [];
    private readonly SKFont font;
    private readonly float radius;

    private PlacePainter(RenderContext context)
    {
        font = Typography.Font(context.Type.Bold, context.Px(14));
        radius = context.Px(4.5f);
    }

    /// <summary>Positions each distinct place and its label (labels that do not fit are left out), taking their space.</summary>
    public static PlacePainter Layout(RenderContext context, IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(places);
        var painter = new PlacePainter(context);
        var distinct = places
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(p => p.Population)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (Place: p, Point: context.Viewport.ToPixelNearest(p.Lon, p.Lat)))
            .ToList();
        var r = painter.radius;
        foreach (var (_, point) in distinct.Where(p => !p.Place.IsArea))
        {
            context.Labels.Take(new SKRect(point.X - r, point.Y - r, point.X + r, point.Y + r));
        }

        foreach (var (place, point) in distinct)
        {
            SKPoint? label = LabelPlacer.TryPlace(context, place.Name, point, place.IsArea ? 0 : r + context.Px(3), painter.font, out var at, force: true) ? at : null;
            painter.layout.Add((place, point, label));
        }

        return painter;
    }

    /// <summary>Draws the markers and labels laid out.</summary>
    public void Paint(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (place, point, _) in layout.Where(p => !p.Place.IsArea))
        {
            DrawMarker(context, IsFacility(place), point, radius);
        }

        foreach (var (place, _, label) in layout)
        {
            if (label is { } at)
            {
                context.Text(place.Name, at.X, at.Y, font, context.Style.Text, halo: 3.5f);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => font.Dispose();

    /// <summary>True for places drawn as facilities (a square) rather than towns (a circle).</summary>
    public static bool IsFacility(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Kind is PlaceKind.MilitaryFacility or PlaceKind.Port or PlaceKind.Railhead;
    }

    /// <summary>Draws a place marker: a white circle for a town, a white square with a dot for a facility.</summary>
    public static void DrawMarker(RenderContext context, bool facility, SKPoint point, float radius)
    {
        ArgumentNullException.ThrowIfNull(context);
        var canvas = context.Canvas;
        using var fill = new SKPaint { IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Color = context.Style.Text, Style = SKPaintStyle.Stroke, StrokeWidth = context.Px(2) };
        if (facility)
        {
            var r = new SKRect(point.X - radius, point.Y - radius, point.X + radius, point.Y + radius);
            canvas.DrawRect(r, fill);
            canvas.DrawRect(r, stroke);
            using var dot = new SKPaint { IsAntialias = true, Color = context.Style.Text, Style = SKPaintStyle.Fill };
            canvas.DrawCircle(point, radius * 0.4f, dot);
        }
        else
        {
            canvas.DrawCircle(point, radius, fill);
            canvas.DrawCircle(point, radius, stroke);
        }
    }
}

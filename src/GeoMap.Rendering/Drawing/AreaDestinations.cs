using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Regions;
using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>
/// Movements to a country or region: drawn to the area's edge, and the area as its outline in the movement's colour,
/// never as a town marker at its centre (a report's "to the Ukrainian front" names no point).
/// </summary>
/// <remarks>
/// The arrow ends where the line from the route's previous place to the area's point first meets the area; a movement
/// that starts inside the area, or names the area only, is shown by the outline alone. Areas without a known outline
/// keep their point. The web client draws them alike (areas.ts, from /api/places/outlines).
/// </remarks>
public static class AreaDestinations
{
    /// <summary>
    /// The movements as they are drawn as arrows: a destination area with an outline is replaced by the point where the
    /// route enters it; a movement inside its destination area, or known by that area only, is left to the outline.
    /// </summary>
    public static IReadOnlyList<Movement> ToEdges(IReadOnlyList<Movement> movements, IReadOnlyDictionary<string, Geometry> areas)
    {
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Count == 0)
        {
            return movements;
        }

        var drawn = new List<Movement>(movements.Count);
        foreach (var movement in movements)
        {
            if (movement.Destination is not { IsArea: true } area || !areas.TryGetValue(area.Key, out var outline))
            {
                drawn.Add(movement);
                continue;
            }

            var before = movement.Route().SkipLast(1).LastOrDefault();
            if (before is null || outline.Contains(before.ToPoint()))
            {
                continue;
            }

            var edge = EdgeOf(before, area, outline);
            drawn.Add(movement with { Destination = area with { GeonameId = null, CuratedKey = "edge:" + area.Key, Lon = edge.X, Lat = edge.Y } });
        }

        return drawn;
    }

    /// <summary>
    /// The outlines as detailed as the image's scale shows, by the rule /api/places/outlines simplifies them by for a web
    /// map (<see cref="OutlineSimplifier"/> at the map's zoom rounded up): drawn and cut against, so arrows end on the
    /// edge drawn.
    /// </summary>
    public static IReadOnlyDictionary<string, Geometry> ForScale(IReadOnlyDictionary<string, Geometry> areas, MapViewport viewport)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(viewport);
        var zoom = OutlineSimplifier.ZoomFor(TileCover.MapZoom(viewport.WorldPixels));
        return areas.ToDictionary(a => a.Key, a => (Geometry)OutlineSimplifier.Simplify(a.Value, zoom), StringComparer.Ordinal);
    }

    /// <summary>Where the line from <paramref name="from"/> towards the area's point first meets the area's outline (else the outline's nearest point).</summary>
    public static Coordinate EdgeOf(Place from, Place area, Geometry outline)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(outline);
        var start = new Coordinate(from.Lon, from.Lat);
        var line = outline.Factory.CreateLineString([start, new Coordinate(area.Lon, area.Lat)]);
        var crossings = line.Intersection(outline.Boundary).Coordinates;
        return crossings.Length > 0
            ? crossings.MinBy(c => c.Distance(start))!
            : DistanceOp.NearestPoints(outline, outline.Factory.CreatePoint(start))[0];
    }

    /// <summary>The destination areas with an outline, each with the movements to it (for its colour and dash).</summary>
    public static IEnumerable<(Place Area, Geometry Outline, IReadOnlyList<Movement> Movements)> Outlined(IReadOnlyList<Movement> movements, IReadOnlyDictionary<string, Geometry> areas)
    {
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(areas);
        return movements
            .Where(m => m.Destination is { IsArea: true } d && areas.ContainsKey(d.Key))
            .GroupBy(m => m.Destination!.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.First().Destination!, areas[g.Key], (IReadOnlyList<Movement>)[.. g]));
    }

    /// <summary>
    /// Outlines each destination area in the colour of the movements to it (the unattributed grey when actors differ),
    /// dashed as the first movement's status, over a light fill of the same colour; under the arrows.
    /// </summary>
    public static void Paint(RenderContext context, IReadOnlyList<Movement> movements, IReadOnlyDictionary<string, Geometry> areas, IReadOnlyDictionary<string, SKColor> colors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(colors);
        foreach (var (_, outline, toArea) in Outlined(movements, areas))
        {
            var actors = toArea.Select(m => m.Actor).Distinct(StringComparer.Ordinal).ToList();
            var color = actors.Count == 1 && actors[0] is { } actor && colors.TryGetValue(actor, out var c) ? c : ActorPalette.Unattributed;
            var rings = RegionPainter.Rings(outline).ToList();
            using var path = BasemapPainter.BuildPath(context, rings, closed: true);
            path.FillType = SKPathFillType.EvenOdd;
            using var fill = new SKPaint { IsAntialias = true, Color = color.WithAlpha(0x1C), Style = SKPaintStyle.Fill };
            context.Canvas.DrawPath(path, fill);
            var width = context.Px(2.2f);
            var (dash, _, _) = MovementStyle.Default.Stroke(toArea[0].Status, width, context.Px(4));
            using var stroke = new SKPaint { IsAntialias = true, Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeJoin = SKStrokeJoin.Round };
            if (dash is not null)
            {
                stroke.PathEffect = SKPathEffect.CreateDash(dash, 0);
            }

            context.Canvas.DrawPath(path, stroke);
        }
    }
}

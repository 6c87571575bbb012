using GeoMap.Core.Movements;
using GeoMap.Rendering.Projection;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>A movement's route in pixels: the shaft to stroke and where its arrowhead points.</summary>
/// <param name="Shaft">The line from the origin to just short of the tip.</param>
/// <param name="Tip">The destination.</param>
/// <param name="Direction">Unit vector of travel at the tip.</param>
/// <param name="Points">The route's places in pixels.</param>
public sealed record MovementGeometry(SKPath Shaft, SKPoint Tip, SKPoint Direction, IReadOnlyList<SKPoint> Points) : IDisposable
{
    /// <summary>
    /// Lays out a route of two or more places; null for fewer. Routes run straight through their via places. Each
    /// longitude is unwrapped to within 180° of the previous one, so a route across the antimeridian takes the short way.
    /// The tip stops <paramref name="standOff"/> pixels before the destination, so that the destination's marker stays
    /// visible. <paramref name="stack"/> is a two-place route's place among movements between the same two places
    /// (<see cref="Stacks"/>): the first runs straight, each further one bows out <see cref="Bend"/> of its length more,
    /// to the left of its travel, so stacked arrows fan out instead of hiding each other.
    /// </summary>
    /// <remarks>
    /// The web client bows its routes alike (fan.ts in list mode; in tile mode the tile SQL of
    /// <c>MovementTileRepository</c>, which limits the bow to what a tile's buffer holds).
    /// </remarks>
    public static MovementGeometry? Create(Movement movement, MapViewport viewport, float headLength, float standOff = 0, int stack = 0)
    {
        ArgumentNullException.ThrowIfNull(movement);
        ArgumentNullException.ThrowIfNull(viewport);
        var route = movement.Route().ToList();
        if (route.Count < 2)
        {
            return null;
        }

        var lons = new double[route.Count];
        lons[0] = route[0].Lon;
        for (var i = 1; i < route.Count; i++)
        {
            var lon = route[i].Lon;
            lons[i] = lon + (360 * Math.Round((lons[i - 1] - lon) / 360));
        }

        // Put the route in the world copy closest to the image centre.
        var meanX = lons.Average(l => WebMercator.X(l));
        var copy = (int)Math.Round(viewport.CenterX - meanX);
        var points = route.Select((p, i) => viewport.ToPixel(lons[i], p.Lat, copy)).ToArray();

        using var builder = new SKPathBuilder();
        SKPoint tip = points[^1], direction;
        builder.MoveTo(points[0]);
        if (points.Length == 2)
        {
            var chord = points[1] - points[0];
            var length = chord.Length;
            if (length < 1e-3)
            {
                return null;
            }

            var normal = new SKPoint(chord.Y / length, -chord.X / length);
            var bend = Bend * Math.Clamp(stack, 0, MaxFan);
            var control = new SKPoint(points[0].X + (chord.X / 2) + (normal.X * length * bend), points[0].Y + (chord.Y / 2) + (normal.Y * length * bend));
            direction = Normalize(tip - control);
            tip = Shorten(tip, direction, Math.Min(standOff, length * 0.25f));
            var end = Shorten(tip, direction, Math.Min(headLength * 0.75f, length * 0.5f));
            builder.QuadTo(control, end);
        }
        else
        {
            for (var i = 1; i < points.Length - 1; i++)
            {
                builder.LineTo(points[i]);
            }

            direction = Normalize(tip - points[^2]);
            tip = Shorten(tip, direction, Math.Min(standOff, (tip - points[^2]).Length * 0.25f));
            var last = (tip - points[^2]).Length;
            builder.LineTo(Shorten(tip, direction, Math.Min(headLength * 0.75f, last * 0.5f)));
        }

        return new MovementGeometry(builder.Detach(), tip, direction, points);
    }

    /// <summary>How far each further two-place route of a stack bows out, as a share of its length (the first is straight).</summary>
    public const float Bend = 0.12f;

    /// <summary>The most bends of a stack: arrows beyond the fifth between the same places share the fifth's curve.</summary>
    public const int MaxFan = 4;

    /// <summary>
    /// Each movement's place in its stack: movements between the same two places with no via place, either way, are
    /// numbered 0, 1, 2... by id (then actor), so every painter of one map fans them out alike, and a movement back
    /// along a route bows away from the one out (each bows to the left of its own travel).
    /// </summary>
    /// <remarks>The web client numbers them by the same rule: fan.ts's <c>stacks</c>, and the tile SQL of <c>MovementTileRepository</c>.</remarks>
    public static IReadOnlyDictionary<Movement, int> Stacks(IEnumerable<Movement> movements)
    {
        ArgumentNullException.ThrowIfNull(movements);
        var result = new Dictionary<Movement, int>(ReferenceEqualityComparer.Instance);
        foreach (var stack in movements.Where(m => m.Origin is not null && m.Destination is not null && m.Via.Count == 0)
                     .GroupBy(m => string.CompareOrdinal(m.Origin!.Key, m.Destination!.Key) <= 0 ? (m.Origin.Key, m.Destination.Key) : (m.Destination.Key, m.Origin.Key)))
        {
            var i = 0;
            foreach (var movement in stack.OrderBy(m => m.Id).ThenBy(m => m.Actor, StringComparer.Ordinal))
            {
                result[movement] = i++;
            }
        }

        return result;
    }

    /// <summary>The arrowhead: a triangle with its point at the tip, or <paramref name="behind"/> pixels back along the route (a second head).</summary>
    public SKPath Head(float length, float halfWidth, float behind = 0)
    {
        var tip = Shorten(Tip, Direction, behind);
        var back = new SKPoint(tip.X - (Direction.X * length), tip.Y - (Direction.Y * length));
        var side = new SKPoint(-Direction.Y * halfWidth, Direction.X * halfWidth);
        using var builder = new SKPathBuilder();
        builder.MoveTo(tip);
        builder.LineTo(back + side);
        builder.LineTo(new SKPoint(tip.X - (Direction.X * length * 0.78f), tip.Y - (Direction.Y * length * 0.78f)));
        builder.LineTo(back - side);
        builder.Close();
        return builder.Detach();
    }

    /// <inheritdoc />
    public void Dispose() => Shaft.Dispose();

    private static SKPoint Normalize(SKPoint v)
    {
        var length = v.Length;
        return length < 1e-6 ? new SKPoint(1, 0) : new SKPoint(v.X / length, v.Y / length);
    }

    private static SKPoint Shorten(SKPoint tip, SKPoint direction, float by) => new(tip.X - (direction.X * by), tip.Y - (direction.Y * by));
}

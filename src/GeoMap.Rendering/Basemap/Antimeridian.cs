namespace GeoMap.Rendering.Basemap;

/// <summary>Makes lines and rings that jump across ±180° drawable on a flat map.</summary>
/// <remarks>
/// world-atlas is made for spherical renderers: a ring around Chukotka or Fiji may step from 179.9° to -180°
/// directly. Drawn flat, that step becomes an edge across the whole world. Rings are unwrapped (the far side
/// continues beyond 180°) and a ring that circles a pole (Antarctica) is closed along that pole; lines are
/// split at the jump.
/// </remarks>
public static class Antimeridian
{
    /// <summary>A ring with continuous longitudes, closed along the pole when it goes around one.</summary>
    public static float[] UnwrapRing(float[] ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var values = new List<float>(ring.Length + 4);
        var offset = 0f;
        var latSum = 0.0;
        for (var i = 0; i < ring.Length; i += 2)
        {
            if (i > 0)
            {
                var step = ring[i] - ring[i - 2];
                offset += step > 180 ? -360 : step < -180 ? 360 : 0;
            }

            values.Add(ring[i] + offset);
            values.Add(ring[i + 1]);
            latSum += ring[i + 1];
        }

        if (offset != 0)
        {
            var pole = latSum < 0 ? -90f : 90f;
            values.Add(values[^2]);
            values.Add(pole);
            values.Add(values[0]);
            values.Add(pole);
        }

        // Where the ring starts decides which side got shifted; shift the whole ring so that most of it lies
        // within ±180° (mainland Russia stays put and Chukotka continues past 180°, whichever vertex comes first).
        var shift = new[] { 0f, -360f, 360f }.MaxBy(s => Inside(values, s));
        if (shift != 0)
        {
            for (var i = 0; i < values.Count; i += 2)
            {
                values[i] += shift;
            }
        }

        return [.. values];
    }

    private static int Inside(List<float> values, float shift)
    {
        var count = 0;
        for (var i = 0; i < values.Count; i += 2)
        {
            if (Math.Abs(values[i] + shift) <= 180)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The pieces of a line between its jumps across ±180°, and without the cut edges along it.</summary>
    public static IEnumerable<GeoLine> SplitLine(float[] line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var start = 0;
        var points = line.Length / 2;
        for (var i = 0; i < points - 1; i++)
        {
            var a = line[2 * i];
            var b = line[2 * (i + 1)];
            var jump = Math.Abs(b - a) > 180;

            // Natural Earth cuts land along the antimeridian: that edge is no coast and no border.
            var alongCut = Math.Abs(a) > 179.99f && Math.Abs(b) > 179.99f && Math.Sign(a) == Math.Sign(b);
            if (jump || alongCut)
            {
                if (i > start)
                {
                    yield return new GeoLine(line[(2 * start)..(2 * (i + 1))]);
                }

                start = i + 1;
            }
        }

        if (points - 1 > start)
        {
            yield return new GeoLine(line[(2 * start)..]);
        }
    }
}

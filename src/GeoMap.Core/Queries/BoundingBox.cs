using System.Globalization;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Queries;

/// <summary>A lon/lat box (west, south, east, north) in EPSG:4326.</summary>
/// <remarks>
/// West greater than east means the box crosses the antimeridian (RFC 7946 §5.2, OGC API bbox):
/// <see cref="ToGeometry"/> then returns two boxes, one each side of 180°.
/// </remarks>
public sealed record BoundingBox
{
    /// <summary>Creates a box after checking every coordinate; throws <see cref="InvalidQueryException"/>.</summary>
    public BoundingBox(double west, double south, double east, double north)
    {
        Check(west, -180, 180, "west", "longitude");
        Check(east, -180, 180, "east", "longitude");
        Check(south, -90, 90, "south", "latitude");
        Check(north, -90, 90, "north", "latitude");
        if (south > north)
        {
            throw new InvalidQueryException("bbox",
                $"bbox south ({F(south)}) is greater than north ({F(north)}); give west,south,east,north.");
        }

        West = west;
        South = south;
        East = east;
        North = north;
    }

    /// <summary>Western longitude.</summary>
    public double West { get; }

    /// <summary>Southern latitude.</summary>
    public double South { get; }

    /// <summary>Eastern longitude.</summary>
    public double East { get; }

    /// <summary>Northern latitude.</summary>
    public double North { get; }

    /// <summary>True when the box crosses the antimeridian.</summary>
    public bool CrossesAntimeridian => West > East;

    /// <summary>
    /// Parses "w,s,e,n" (four numbers, invariant culture). Six numbers (with heights, as OGC API
    /// allows) are accepted and the heights ignored.
    /// </summary>
    public static BoundingBox Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidQueryException("bbox", "bbox is empty; give four numbers west,south,east,north, for example 30,44,40,52.");
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is not (4 or 6))
        {
            throw new InvalidQueryException("bbox",
                $"bbox has {parts.Length} values; give four numbers west,south,east,north, for example 30,44,40,52.");
        }

        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new InvalidQueryException("bbox",
                    $"bbox value {i + 1} ('{Truncate(parts[i])}') is not a number; use a dot for decimals, for example 30.5,44,40,52.");
            }
        }

        return parts.Length == 4
            ? new BoundingBox(values[0], values[1], values[2], values[3])
            : new BoundingBox(values[0], values[1], values[3], values[4]);
    }

    /// <summary>The box as a polygon, or a multipolygon of two boxes when it crosses the antimeridian.</summary>
    /// <remarks>
    /// A box without width or height (west = east, south = north, or west 180 east -180) is a line or a point, and a
    /// crossing box whose one side has no width (west = 180 or east = -180) is only its other side: such boxes are
    /// legal input and must query as what they are, not fail a cast.
    /// </remarks>
    public Geometry ToGeometry()
    {
        var f = GeometryFactories.Wgs84;
        if (!CrossesAntimeridian)
        {
            return f.ToGeometry(new Envelope(West, East, South, North));
        }

        Geometry[] sides = [f.ToGeometry(new Envelope(West, 180, South, North)), f.ToGeometry(new Envelope(-180, East, South, North))];
        var areas = sides.Where(g => g is Polygon).ToArray();
        return areas.Length switch
        {
            2 => f.CreateMultiPolygon([(Polygon)areas[0], (Polygon)areas[1]]),
            1 => areas[0],
            _ => f.BuildGeometry(sides),
        };
    }

    /// <summary>The box as "w,s,e,n" in invariant culture.</summary>
    public override string ToString() => string.Join(',', F(West), F(South), F(East), F(North));

    private static void Check(double value, double min, double max, string name, string what)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new InvalidQueryException("bbox",
                $"bbox {name} ({F(value)}) is outside the valid {what} range {F(min)} to {F(max)}; coordinates are lon,lat in degrees (EPSG:4326).");
        }
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

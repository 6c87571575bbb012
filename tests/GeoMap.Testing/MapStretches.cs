namespace GeoMap.Testing;

/// <summary>
/// Stretches of map handed out once each per test process: tests that share a database and must never link to each
/// other's movements each take their own (10 by 8 degrees, at least 7 degrees from any other: far beyond every grouping
/// threshold). A random point in one box, as before, put two tests' towns within linking distance in several percent of runs.
/// </summary>
public static class MapStretches
{
    private static int next = -1;

    /// <summary>The south-west corner of a stretch not handed out before, in a grid of 30 by 2 cells from (west, south).</summary>
    public static (double Lon, double Lat) Next(double west, double south)
    {
        var n = Interlocked.Increment(ref next) % 60;
        var lon = west + (n % 30 * 10.0);
        return ((((lon + 180) % 360) + 360) % 360 - 180, south + (n / 30 * 8.0));
    }
}

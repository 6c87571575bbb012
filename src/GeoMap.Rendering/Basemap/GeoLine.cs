namespace GeoMap.Rendering.Basemap;

/// <summary>A polyline or ring in EPSG:4326, stored compactly as interleaved (lon, lat) floats with its extent.</summary>
/// <remarks>Single precision keeps about a metre of accuracy, far below a pixel at any scale the renderer draws.</remarks>
public sealed class GeoLine
{
    /// <summary>Creates a line from interleaved lon, lat values.</summary>
    public GeoLine(float[] coordinates)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        if (coordinates.Length < 4 || coordinates.Length % 2 != 0)
        {
            throw new ArgumentException("A line needs at least two (lon, lat) pairs.", nameof(coordinates));
        }

        Coordinates = coordinates;
        float minLon = float.MaxValue, minLat = float.MaxValue, maxLon = float.MinValue, maxLat = float.MinValue;
        for (var i = 0; i < coordinates.Length; i += 2)
        {
            minLon = Math.Min(minLon, coordinates[i]);
            maxLon = Math.Max(maxLon, coordinates[i]);
            minLat = Math.Min(minLat, coordinates[i + 1]);
            maxLat = Math.Max(maxLat, coordinates[i + 1]);
        }

        (MinLon, MinLat, MaxLon, MaxLat) = (minLon, minLat, maxLon, maxLat);
    }

    /// <summary>Interleaved lon, lat values.</summary>
    public float[] Coordinates { get; }

    /// <summary>Number of vertices.</summary>
    public int Count => Coordinates.Length / 2;

    /// <summary>Westernmost longitude.</summary>
    public float MinLon { get; }

    /// <summary>Southernmost latitude.</summary>
    public float MinLat { get; }

    /// <summary>Easternmost longitude.</summary>
    public float MaxLon { get; }

    /// <summary>Northernmost latitude.</summary>
    public float MaxLat { get; }

    /// <summary>Longitude of vertex <paramref name="i"/>.</summary>
    public double Lon(int i) => Coordinates[2 * i];

    /// <summary>Latitude of vertex <paramref name="i"/>.</summary>
    public double Lat(int i) => Coordinates[(2 * i) + 1];
}

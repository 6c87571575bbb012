namespace GeoMap.Imagery.Projections;

/// <summary>EPSG:3857 formulas and the XYZ tile grid (origin top-left, 256 px tiles).</summary>
public static class WebMercator
{
    /// <summary>WGS 84 semi-major axis, the sphere radius of Web Mercator, in metres.</summary>
    public const double Radius = 6378137.0;

    /// <summary>Half the width of the projected world, in metres.</summary>
    public const double HalfWorld = Math.PI * Radius;

    /// <summary>Latitude where the square Web Mercator world ends, in degrees.</summary>
    public const double MaxLatitude = 85.05112877980659;

    /// <summary>Tile edge in pixels.</summary>
    public const int TileSize = 256;

    /// <summary>(lon, lat) in degrees to (xMercator, yMercator) in metres.</summary>
    public static (double XMercator, double YMercator) FromLonLat(double lon, double lat)
    {
        double clamped = Math.Clamp(lat, -MaxLatitude, MaxLatitude);
        return (Radius * lon * Math.PI / 180, Radius * Math.Log(Math.Tan((Math.PI / 4) + (clamped * Math.PI / 360))));
    }

    /// <summary>(xMercator, yMercator) in metres to (lon, lat) in degrees.</summary>
    public static (double Lon, double Lat) ToLonLat(double xMercator, double yMercator) =>
        (xMercator / Radius * 180 / Math.PI, ((2 * Math.Atan(Math.Exp(yMercator / Radius))) - (Math.PI / 2)) * 180 / Math.PI);

    /// <summary>Metres per pixel at <paramref name="zoom"/> (in projected, not ground, metres).</summary>
    public static double Resolution(int zoom) => 2 * HalfWorld / TileSize / Math.Pow(2, zoom);

    /// <summary>The highest zoom whose resolution is not finer than <paramref name="metresPerPixel"/>,
    /// so that the top level does not invent detail (the rule gdal2tiles uses).</summary>
    public static int ZoomForResolution(double metresPerPixel, int maxZoom = 24)
    {
        double zoom = Math.Log2(2 * HalfWorld / TileSize / metresPerPixel);
        // A hair of tolerance so a resolution that is exactly a zoom's does not fall one level.
        return Math.Clamp((int)Math.Floor(zoom + 1e-6), 0, maxZoom);
    }

    /// <summary>West (xMercator) and north (yMercator) edge of tile (tileX, tileY) at <paramref name="zoom"/>.</summary>
    public static (double West, double North) TileOrigin(int zoom, int tileX, int tileY)
    {
        double size = 2 * HalfWorld / Math.Pow(2, zoom);
        return (-HalfWorld + (tileX * size), HalfWorld - (tileY * size));
    }

    /// <summary>Tile column containing <paramref name="xMercator"/> at <paramref name="zoom"/>, clamped to the grid.</summary>
    public static int TileX(double xMercator, int zoom)
    {
        int n = 1 << zoom;
        return Math.Clamp((int)Math.Floor((xMercator + HalfWorld) / (2 * HalfWorld) * n), 0, n - 1);
    }

    /// <summary>Tile row containing <paramref name="yMercator"/> at <paramref name="zoom"/>, clamped to the grid.</summary>
    public static int TileY(double yMercator, int zoom)
    {
        int n = 1 << zoom;
        return Math.Clamp((int)Math.Floor((HalfWorld - yMercator) / (2 * HalfWorld) * n), 0, n - 1);
    }
}

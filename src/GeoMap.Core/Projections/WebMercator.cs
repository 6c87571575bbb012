namespace GeoMap.Core.Projections;

/// <summary>Spherical Web Mercator (EPSG:3857): the one implementation for the tiler, the renderer and the server.</summary>
/// <remarks>
/// Two forms of the same projection: projected metres (<see cref="FromLonLat"/>, <see cref="ToLonLat"/>) with the
/// XYZ tile grid (origin top-left, 256 px tiles), and normalised world units (<see cref="X"/>, <see cref="Y"/>,
/// <see cref="Lon"/>, <see cref="Lat"/>: 0 to 1 across the world, y downwards) for drawing at any zoom.
/// The map client has its own (OpenLayers') in TypeScript.
/// </remarks>
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

    /// <summary>Equatorial circumference of the WGS 84 sphere used by EPSG:3857, in metres.</summary>
    public const double EarthCircumference = 2 * HalfWorld;

    /// <summary>World x (0 at 180°W, 1 at 180°E) of a longitude; longitudes outside ±180 give x outside 0..1.</summary>
    public static double X(double lon) => (lon + 180) / 360;

    /// <summary>World y (0 at the northern edge, 1 at the southern) of a latitude, clamped to the square world.</summary>
    public static double Y(double lat)
    {
        var clamped = Math.Clamp(lat, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        return (1 - (Math.Log(Math.Tan(clamped) + (1 / Math.Cos(clamped))) / Math.PI)) / 2;
    }

    /// <summary>Longitude of world x.</summary>
    public static double Lon(double x) => (x * 360) - 180;

    /// <summary>Latitude of world y.</summary>
    public static double Lat(double y) => Math.Atan(Math.Sinh(Math.PI * (1 - (2 * y)))) * 180 / Math.PI;
}

namespace GeoMap.Rendering.Projection;

/// <summary>Spherical Web Mercator (EPSG:3857) in normalised world units: x and y from 0 to 1, y downwards.</summary>
public static class WebMercator
{
    /// <summary>The latitude where the square Web Mercator world ends.</summary>
    public const double MaxLatitude = 85.05112877980659;

    /// <summary>Equatorial circumference of the WGS 84 sphere used by EPSG:3857, in metres.</summary>
    public const double EarthCircumference = 2 * Math.PI * 6_378_137;

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

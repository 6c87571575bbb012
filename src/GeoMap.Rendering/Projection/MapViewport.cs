using GeoMap.Core.Queries;
using SkiaSharp;

namespace GeoMap.Rendering.Projection;

/// <summary>Where the map sits on the image: a Web Mercator window fitted around a lon/lat box, with square pixels.</summary>
/// <remarks>
/// The whole box is visible; the window grows on the shorter side to match the image's shape. A box crossing the
/// antimeridian (west greater than east) is unwrapped so that east lies beyond 180°, and world copies are drawn
/// side by side. Pixel coordinates have their origin at the top left of the image.
/// </remarks>
public sealed class MapViewport
{
    /// <summary>Fits the box into an image of <paramref name="width"/> x <paramref name="height"/> pixels.</summary>
    public MapViewport(BoundingBox box, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(box);
        Box = box;
        Width = width;
        Height = height;
        var east = box.CrossesAntimeridian ? box.East + 360 : box.East;
        var x0 = WebMercator.X(box.West);
        var x1 = WebMercator.X(east);
        var y0 = WebMercator.Y(box.North);
        var y1 = WebMercator.Y(box.South);
        WorldPixels = Math.Min(width / (x1 - x0), height / Math.Max(y1 - y0, 1e-12));
        CenterX = (x0 + x1) / 2;
        var centerY = (y0 + y1) / 2;
        Left = CenterX - (width / 2.0 / WorldPixels);
        Top = centerY - (height / 2.0 / WorldPixels);
    }

    /// <summary>The requested box.</summary>
    public BoundingBox Box { get; }

    /// <summary>Image width in pixels.</summary>
    public int Width { get; }

    /// <summary>Image height in pixels.</summary>
    public int Height { get; }

    /// <summary>Pixels per world width: the size in pixels the whole world would have at this scale.</summary>
    public double WorldPixels { get; }

    /// <summary>World x of the image's left edge (may lie outside 0..1).</summary>
    public double Left { get; }

    /// <summary>World y of the image's top edge.</summary>
    public double Top { get; }

    /// <summary>World x of the image's centre.</summary>
    public double CenterX { get; }

    /// <summary>Degrees of longitude across the image.</summary>
    public double SpanLon => Width / WorldPixels * 360;

    /// <summary>The world copies (offsets in whole worlds) that appear in the image.</summary>
    public IEnumerable<int> WorldCopies()
    {
        var right = Left + (Width / WorldPixels);
        for (var k = (int)Math.Floor(Left); k <= (int)Math.Floor(right); k++)
        {
            yield return k;
        }
    }

    /// <summary>Pixel position of (lon, lat) in world copy <paramref name="copy"/>.</summary>
    public SKPoint ToPixel(double lon, double lat, int copy = 0) =>
        new((float)((WebMercator.X(lon) + copy - Left) * WorldPixels), (float)((WebMercator.Y(lat) - Top) * WorldPixels));

    /// <summary>Pixel position of (lon, lat) in the world copy nearest to the image's centre.</summary>
    public SKPoint ToPixelNearest(double lon, double lat)
    {
        var x = WebMercator.X(lon);
        return ToPixel(lon, lat, (int)Math.Round(CenterX - x));
    }

    /// <summary>Latitude at pixel row <paramref name="pixelY"/>.</summary>
    public double LatAt(double pixelY) => WebMercator.Lat(Top + (pixelY / WorldPixels));

    /// <summary>Longitude at pixel column <paramref name="pixelX"/>, normalised to -180..180.</summary>
    public double LonAt(double pixelX)
    {
        var lon = WebMercator.Lon(Left + (pixelX / WorldPixels));
        return lon - (360 * Math.Floor((lon + 180) / 360));
    }

    /// <summary>Ground metres per pixel at latitude <paramref name="lat"/> (Mercator's scale grows as 1/cos φ).</summary>
    public double MetersPerPixel(double lat) => WebMercator.EarthCircumference * Math.Cos(lat * Math.PI / 180) / WorldPixels;

    /// <summary>True when a lon/lat extent, shifted by <paramref name="copy"/> worlds, may touch the image (with a margin in pixels).</summary>
    public bool Touches(double minLon, double minLat, double maxLon, double maxLat, int copy, double marginPixels = 2)
    {
        var margin = marginPixels / WorldPixels;
        var x0 = WebMercator.X(minLon) + copy;
        var x1 = WebMercator.X(maxLon) + copy;
        var y0 = WebMercator.Y(maxLat);
        var y1 = WebMercator.Y(minLat);
        var right = Left + (Width / WorldPixels);
        var bottom = Top + (Height / WorldPixels);
        return x1 >= Left - margin && x0 <= right + margin && y1 >= Top - margin && y0 <= bottom + margin;
    }
}

using System.Globalization;
using GeoMap.Core;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Projections;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoMap.Imagery.Tiling;

/// <summary>The outline of an image on the map: densified edges in lon/lat and their Web Mercator box.</summary>
internal sealed class ImageFootprint
{
    private const int PointsPerEdge = 32;

    private ImageFootprint(Polygon polygon, double minX, double minY, double maxX, double maxY)
    {
        Polygon = polygon;
        MinXMercator = minX;
        MinYMercator = minY;
        MaxXMercator = maxX;
        MaxYMercator = maxY;
    }

    /// <summary>Outline in EPSG:4326, exterior ring counter-clockwise (RFC 7946).</summary>
    public Polygon Polygon { get; }

    /// <summary>West edge of the Web Mercator box.</summary>
    public double MinXMercator { get; }

    /// <summary>South edge of the Web Mercator box.</summary>
    public double MinYMercator { get; }

    /// <summary>East edge of the Web Mercator box.</summary>
    public double MaxXMercator { get; }

    /// <summary>North edge of the Web Mercator box.</summary>
    public double MaxYMercator { get; }

    /// <summary>Traces the image edges through the georeference.</summary>
    /// <exception cref="InvalidBoundsException">The image would lie (partly) outside the world.</exception>
    public static ImageFootprint Trace(SourceMapper mapper, int width, int height)
    {
        var corners = new (double Col, double Row)[] { (0, 0), (width, 0), (width, height), (0, height) };
        var ring = new List<Coordinate>();
        for (int edge = 0; edge < 4; edge++)
        {
            var (c0, r0) = corners[edge];
            var (c1, r1) = corners[(edge + 1) % 4];
            for (int k = 0; k < PointsPerEdge; k++)
            {
                double t = (double)k / PointsPerEdge;
                var (lon, lat) = mapper.PixelToLonLat(c0 + ((c1 - c0) * t), r0 + ((r1 - r0) * t));
                if (!double.IsFinite(lon) || !double.IsFinite(lat) || Math.Abs(lon) > 180 + 1e-9 || Math.Abs(lat) > 90 + 1e-9)
                {
                    throw new InvalidBoundsException(string.Format(CultureInfo.InvariantCulture,
                        "The georeference puts the image outside the world (a corner maps to lon {0:G6}, lat {1:G6}). " +
                        "Check the CRS: coordinates in metres need a projected CRS such as EPSG:32618, not EPSG:4326.", lon, lat));
                }

                ring.Add(new Coordinate(lon, lat));
            }
        }

        for (int i = 1; i <= ring.Count; i++)
        {
            if (Math.Abs(ring[i % ring.Count].X - ring[i - 1].X) > 180)
            {
                throw new InvalidBoundsException(
                    "The image crosses the antimeridian (180°), which the tiler does not handle yet; split it at 180° and tile each half.");
            }
        }

        double minLat = ring.Min(c => c.Y), maxLat = ring.Max(c => c.Y);
        if (minLat >= WebMercator.MaxLatitude || maxLat <= -WebMercator.MaxLatitude)
        {
            throw new InvalidBoundsException("The image lies entirely beyond ±85.05° latitude, where web maps end.");
        }

        ring.Add(ring[0].Copy());
        var coordinates = ring.ToArray();
        if (!Orientation.IsCCW(coordinates))
        {
            Array.Reverse(coordinates);
        }

        var polygon = GeometryFactories.Wgs84.CreatePolygon(coordinates);
        var mercator = ring.Select(c => WebMercator.FromLonLat(c.X, c.Y)).ToArray();
        return new ImageFootprint(polygon,
            mercator.Min(p => p.XMercator), mercator.Min(p => p.YMercator),
            mercator.Max(p => p.XMercator), mercator.Max(p => p.YMercator));
    }
}

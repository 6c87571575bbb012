using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Projections;

namespace GeoMap.Imagery.Tiling;

/// <summary>Maps Web Mercator metres to source pixel coordinates (the inverse transform of the
/// warp) and source pixels to lon/lat. Holds a projector, so it is not thread-safe.</summary>
internal sealed class SourceMapper(Georeference georeference, IPixelTransform pixels)
{
    private readonly IProjector _projector = georeference.Crs.CreateProjector();
    private readonly CrsKind _kind = georeference.Crs.Kind;

    /// <summary>Source (col, row) of a Web Mercator point; NaN when the projection has no answer.</summary>
    public (double Col, double Row) MercatorToPixel(double xMercator, double yMercator)
    {
        double x, y;
        if (_kind == CrsKind.WebMercator)
        {
            (x, y) = (xMercator, yMercator);
        }
        else
        {
            var (lon, lat) = WebMercator.ToLonLat(xMercator, yMercator);
            (x, y) = _kind == CrsKind.Geographic ? (lon, lat) : _projector.FromLonLat(lon, lat);
        }

        return pixels.ToPixel(x, y);
    }

    /// <summary>Lon/lat of a source pixel position.</summary>
    public (double Lon, double Lat) PixelToLonLat(double col, double row)
    {
        var (x, y) = pixels.ToCrs(col, row);
        return _projector.ToLonLat(x, y);
    }
}

using System.Globalization;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Formats;
using GeoMap.Imagery.Projections;

namespace GeoMap.Imagery.Georeferencing;

/// <summary>Reads the georeference carried by GeoTIFF tags (ModelPixelScale + ModelTiepoint or
/// ModelTransformation, and the GeoKeyDirectory).</summary>
public static class GeoTiffGeoreference
{
    private const int ModelTypeKey = 1024;
    private const int RasterTypeKey = 1025;
    private const int GeographicTypeKey = 2048;
    private const int ProjectedTypeKey = 3072;
    private const int UserDefined = 32767;

    /// <summary>The pixel transform from the tags, or null when the TIFF has none.</summary>
    public static AffineTransform? ReadTransform(TiffHeader header)
    {
        AffineTransform? transform = null;
        if (header.ModelTransformation is { Length: >= 16 } m)
        {
            transform = new AffineTransform(m[3], m[0], m[1], m[7], m[4], m[5]);
        }
        else if (header.Tiepoints is { Length: >= 6 } t && header.PixelScale is { Length: >= 2 } s)
        {
            transform = new AffineTransform(t[3] - (t[0] * s[0]), s[0], 0, t[4] + (t[1] * s[1]), 0, -s[1]);
        }
        else if (header.Tiepoints is { Length: >= 24 })
        {
            throw new MissingGeoreferenceException(
                "The TIFF is georeferenced by ground control points only, which the tiler does not fit. " +
                "Give its corners (--corners) or warp it first (gdalwarp).");
        }

        if (transform is not null && header.GeoKey(RasterTypeKey) == 2)
        {
            // PixelIsPoint: the tie point is the centre of the top-left pixel, not its corner.
            var (x0, y0) = transform.ToCrs(-0.5, -0.5);
            transform = new AffineTransform(x0, transform.A, transform.B, y0, transform.D, transform.E);
        }

        return transform;
    }

    /// <summary>The CRS named by the GeoKeys, or null when there are no GeoKeys.</summary>
    /// <exception cref="UnsupportedCrsException">The keys name a user-defined or unsupported CRS.</exception>
    public static Crs? ReadCrs(TiffHeader header)
    {
        if (header.GeoKeys is null)
        {
            return null;
        }

        int? modelType = header.GeoKey(ModelTypeKey);
        int? projected = header.GeoKey(ProjectedTypeKey);
        int? geographic = header.GeoKey(GeographicTypeKey);
        if (projected is { } p && modelType != 2)
        {
            return p == UserDefined
                ? throw new UnsupportedCrsException("a user-defined projected CRS", "the GeoTIFF has no EPSG code for its projection")
                : CrsFactory.FromEpsg(p);
        }

        if (geographic is { } g)
        {
            return g == UserDefined
                ? throw new UnsupportedCrsException("a user-defined geographic CRS", "the GeoTIFF has no EPSG code for its datum")
                : CrsFactory.FromEpsg(g);
        }

        return modelType switch
        {
            null => null,
            _ => throw new UnsupportedCrsException(string.Create(CultureInfo.InvariantCulture, $"GeoTIFF model type {modelType}"),
                "the GeoKeys name no EPSG code"),
        };
    }
}

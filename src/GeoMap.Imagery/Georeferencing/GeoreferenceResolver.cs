using System.Globalization;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Formats;
using GeoMap.Imagery.Projections;

namespace GeoMap.Imagery.Georeferencing;

/// <summary>Decides where an image lies from the caller's options and what the file carries.</summary>
public static class GeoreferenceResolver
{
    /// <summary>Resolves the georeference of a <paramref name="width"/> x <paramref name="height"/> image.</summary>
    /// <param name="imagePath">The image, to look for a world file next to it.</param>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    /// <param name="tiff">The TIFF header when the image is a TIFF.</param>
    /// <param name="options">The caller's placement, if any.</param>
    /// <exception cref="MissingGeoreferenceException">Nothing places the image.</exception>
    /// <exception cref="InvalidBoundsException">Bounds or corners are inverted or outside the world.</exception>
    /// <exception cref="UnsupportedCrsException">The CRS cannot be projected.</exception>
    public static Georeference Resolve(string imagePath, long width, long height, TiffHeader? tiff, GeoreferenceOptions? options)
    {
        options ??= new GeoreferenceOptions();
        Crs? explicitCrs = options.Crs is null ? null : CrsFactory.Parse(options.Crs);

        if (options.Bounds is { } b)
        {
            CheckBounds(b.West, b.South, b.East, b.North);
            var transform = new AffineTransform(b.West, (b.East - b.West) / width, 0, b.North, 0, -(b.North - b.South) / height);
            return new Georeference(transform, CrsFactory.FromEpsg(4326), "explicit bounds");
        }

        if (options.Corners is { } corners)
        {
            var crs = explicitCrs ?? CrsFactory.FromEpsg(4326);
            foreach (var (x, y) in corners)
            {
                if (!double.IsFinite(x) || !double.IsFinite(y) || (crs.IsGeographic && (Math.Abs(x) > 180 || Math.Abs(y) > 90)))
                {
                    throw new InvalidBoundsException(F($"The corner ({x}, {y}) is outside the world; corners are lon,lat in degrees unless --crs says otherwise."));
                }
            }

            return new Georeference(ProjectiveTransform.FromCorners(width, height, corners), crs, "explicit corners");
        }

        if (options.WorldFile is { } worldFile)
        {
            return FromWorldFile(worldFile, explicitCrs);
        }

        if (tiff is not null && GeoTiffGeoreference.ReadTransform(tiff) is { } tags)
        {
            var crs = explicitCrs ?? GeoTiffGeoreference.ReadCrs(tiff) ?? throw new MissingGeoreferenceException(
                "The GeoTIFF has a geotransform but no CRS (no GeoKeys); give one with --crs EPSG:<code>.");
            return new Georeference(tags, crs, "GeoTIFF tags");
        }

        if (WorldFile.FindSidecar(imagePath) is { } sidecar)
        {
            var crs = explicitCrs ?? (tiff is null ? null : GeoTiffGeoreference.ReadCrs(tiff));
            return FromWorldFile(sidecar, crs);
        }

        throw new MissingGeoreferenceException(
            $"'{Path.GetFileName(imagePath)}' carries no georeference (no GeoTIFF tags, no world file next to it). " +
            "Give --bounds west,south,east,north in degrees, --world FILE --crs EPSG:<code>, or --corners.");
    }

    /// <summary>Checks lon/lat bounds: finite, west &lt; east, south &lt; north, inside the world.</summary>
    /// <exception cref="InvalidBoundsException">They are not.</exception>
    public static void CheckBounds(double west, double south, double east, double north)
    {
        if (!double.IsFinite(west) || !double.IsFinite(south) || !double.IsFinite(east) || !double.IsFinite(north))
        {
            throw new InvalidBoundsException("Bounds must be four finite numbers: west,south,east,north in degrees.");
        }

        if (west < -180 || east > 180 || south < -90 || north > 90)
        {
            throw new InvalidBoundsException(F(
                $"Bounds {west},{south},{east},{north} are outside the world: longitudes must be within -180..180 and latitudes within -90..90 (order: west,south,east,north)."));
        }

        if (west >= east || south >= north)
        {
            throw new InvalidBoundsException(F(
                $"Bounds {west},{south},{east},{north} are inverted or empty: give west < east and south < north, in the order west,south,east,north."));
        }

        if (south >= WebMercator.MaxLatitude || north <= -WebMercator.MaxLatitude)
        {
            throw new InvalidBoundsException(F(
                $"Bounds {west},{south},{east},{north} lie entirely beyond ±{WebMercator.MaxLatitude:F2}° latitude, where web maps end."));
        }
    }

    private static Georeference FromWorldFile(string path, Crs? crs) =>
        new(WorldFile.Read(path), crs ?? throw new MissingGeoreferenceException(
            $"The world file '{Path.GetFileName(path)}' gives no CRS; say which with --crs EPSG:<code> (e.g. EPSG:4326 or EPSG:32618)."),
            $"world file {Path.GetFileName(path)}");

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using GeoMap.Imagery.Projections;

namespace GeoMap.Imagery.Georeferencing;

/// <summary>Where an image lies: its pixel-to-CRS mapping and the CRS.</summary>
/// <param name="Pixels">Pixel (corner convention) to CRS coordinates.</param>
/// <param name="Crs">The CRS those coordinates are in.</param>
/// <param name="Origin">Where the georeference came from ("GeoTIFF tags", "world file x.pgw").</param>
public sealed record Georeference(IPixelTransform Pixels, Crs Crs, string Origin);

/// <summary>How the caller places an image when the file itself does not say, or to override it.</summary>
/// <remarks>Precedence: <see cref="Bounds"/>, then <see cref="Corners"/>, then <see cref="WorldFile"/>,
/// then the GeoTIFF tags, then a world file next to the image (x.pgw, x.jgw, x.tfw, x.wld).</remarks>
public sealed record GeoreferenceOptions
{
    /// <summary>West, south, east, north in degrees (EPSG:4326); the image is north-up in lon/lat.</summary>
    public (double West, double South, double East, double North)? Bounds { get; init; }

    /// <summary>Top-left, top-right, bottom-right, bottom-left corners in <see cref="Crs"/> (default EPSG:4326).</summary>
    public IReadOnlyList<(double X, double Y)>? Corners { get; init; }

    /// <summary>Path of a six-line world file; needs <see cref="Crs"/>.</summary>
    public string? WorldFile { get; init; }

    /// <summary>CRS of the world file or corners ("EPSG:32618"). Overrides the GeoTIFF's own CRS when set.</summary>
    public string? Crs { get; init; }
}

namespace GeoMap.Imagery.Georeferencing;

/// <summary>Maps image pixel coordinates to coordinates of the image's CRS and back.</summary>
/// <remarks>Pixel coordinates use the corner convention: (0, 0) is the top-left corner of the
/// top-left pixel, and the centre of pixel (col, row) is (col + 0.5, row + 0.5).</remarks>
public interface IPixelTransform
{
    /// <summary>Pixel (col, row) to CRS (x, y).</summary>
    (double X, double Y) ToCrs(double col, double row);

    /// <summary>CRS (x, y) to pixel (col, row).</summary>
    (double Col, double Row) ToPixel(double x, double y);

    /// <summary>The same mapping for an image shrunk by <paramref name="factor"/> in both axes.</summary>
    IPixelTransform Scaled(double factor);
}

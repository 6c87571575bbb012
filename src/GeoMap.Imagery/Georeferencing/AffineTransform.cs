namespace GeoMap.Imagery.Georeferencing;

/// <summary>The six-term affine geotransform of GDAL and world files:
/// x = X0 + col * A + row * B, y = Y0 + col * D + row * E.</summary>
public sealed record AffineTransform : IPixelTransform
{
    private readonly double _inverseDeterminant;

    /// <summary>Creates the transform; throws <see cref="Errors.InvalidBoundsException"/> when it is degenerate.</summary>
    public AffineTransform(double x0, double a, double b, double y0, double d, double e)
    {
        X0 = x0;
        A = a;
        B = b;
        Y0 = y0;
        D = d;
        E = e;
        double determinant = (a * e) - (b * d);
        if (!double.IsFinite(determinant) || Math.Abs(determinant) < 1e-30)
        {
            throw new Errors.InvalidBoundsException(
                "The georeference is degenerate (zero or non-finite pixel size); check the world file or GeoTIFF tags.");
        }

        _inverseDeterminant = 1 / determinant;
    }

    /// <summary>X of the top-left corner.</summary>
    public double X0 { get; }

    /// <summary>X step per column.</summary>
    public double A { get; }

    /// <summary>X step per row (rotation term).</summary>
    public double B { get; }

    /// <summary>Y of the top-left corner.</summary>
    public double Y0 { get; }

    /// <summary>Y step per column (rotation term).</summary>
    public double D { get; }

    /// <summary>Y step per row (negative for north-up images).</summary>
    public double E { get; }

    /// <inheritdoc />
    public (double X, double Y) ToCrs(double col, double row) =>
        (X0 + (col * A) + (row * B), Y0 + (col * D) + (row * E));

    /// <inheritdoc />
    public (double Col, double Row) ToPixel(double x, double y)
    {
        double dx = x - X0;
        double dy = y - Y0;
        return (((E * dx) - (B * dy)) * _inverseDeterminant, ((A * dy) - (D * dx)) * _inverseDeterminant);
    }

    /// <inheritdoc />
    public IPixelTransform Scaled(double factor) =>
        new AffineTransform(X0, A * factor, B * factor, Y0, D * factor, E * factor);
}

using GeoMap.Imagery.Errors;

namespace GeoMap.Imagery.Georeferencing;

/// <summary>A plane homography from four image corners to four CRS points, for images placed by
/// their corner coordinates (an oblique photo or a keystoned scan).</summary>
public sealed class ProjectiveTransform : IPixelTransform
{
    private readonly double[] _forward;
    private readonly double[] _inverse;

    private ProjectiveTransform(double[] forward)
    {
        _forward = forward;
        _inverse = Invert(forward);
    }

    /// <summary>Builds the homography that sends the image corners (top-left, top-right,
    /// bottom-right, bottom-left) of a <paramref name="width"/> x <paramref name="height"/> image to
    /// the four CRS points, in the same order.</summary>
    public static ProjectiveTransform FromCorners(double width, double height, IReadOnlyList<(double X, double Y)> corners)
    {
        if (corners.Count != 4)
        {
            throw new InvalidBoundsException("Give exactly four corners: top-left, top-right, bottom-right, bottom-left.");
        }

        var pixels = new (double, double)[] { (0, 0), (width, 0), (width, height), (0, height) };
        var m = new double[8, 9];
        for (int i = 0; i < 4; i++)
        {
            var (u, v) = pixels[i];
            var (x, y) = corners[i];
            double[] rowX = [u, v, 1, 0, 0, 0, -u * x, -v * x, x];
            double[] rowY = [0, 0, 0, u, v, 1, -u * y, -v * y, y];
            for (int k = 0; k < 9; k++)
            {
                m[2 * i, k] = rowX[k];
                m[(2 * i) + 1, k] = rowY[k];
            }
        }

        var h = Solve(m) ?? throw new InvalidBoundsException(
            "The four corners are degenerate (three on a line, or repeated); check their order: top-left, top-right, bottom-right, bottom-left.");
        return new ProjectiveTransform([h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1]);
    }

    /// <inheritdoc />
    public (double X, double Y) ToCrs(double col, double row) => Apply(_forward, col, row);

    /// <inheritdoc />
    public (double Col, double Row) ToPixel(double x, double y) => Apply(_inverse, x, y);

    /// <inheritdoc />
    public IPixelTransform Scaled(double factor)
    {
        var f = (double[])_forward.Clone();
        for (int r = 0; r < 3; r++)
        {
            f[r * 3] *= factor;
            f[(r * 3) + 1] *= factor;
        }

        return new ProjectiveTransform(f);
    }

    private static (double, double) Apply(double[] h, double u, double v)
    {
        double w = (h[6] * u) + (h[7] * v) + h[8];
        return (((h[0] * u) + (h[1] * v) + h[2]) / w, ((h[3] * u) + (h[4] * v) + h[5]) / w);
    }

    private static double[]? Solve(double[,] m)
    {
        const int n = 8;
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(m[pivot, col]) < 1e-12)
            {
                return null;
            }

            for (int k = 0; k <= n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            for (int r = 0; r < n; r++)
            {
                if (r == col)
                {
                    continue;
                }

                double factor = m[r, col] / m[col, col];
                for (int k = col; k <= n; k++)
                {
                    m[r, k] -= factor * m[col, k];
                }
            }
        }

        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = m[i, n] / m[i, i];
        }

        return result;
    }

    private static double[] Invert(double[] a)
    {
        double det = (a[0] * ((a[4] * a[8]) - (a[5] * a[7]))) - (a[1] * ((a[3] * a[8]) - (a[5] * a[6]))) + (a[2] * ((a[3] * a[7]) - (a[4] * a[6])));
        if (Math.Abs(det) < 1e-300 || !double.IsFinite(det))
        {
            throw new InvalidBoundsException("The four corners are degenerate; check their order: top-left, top-right, bottom-right, bottom-left.");
        }

        return
        [
            ((a[4] * a[8]) - (a[5] * a[7])) / det, ((a[2] * a[7]) - (a[1] * a[8])) / det, ((a[1] * a[5]) - (a[2] * a[4])) / det,
            ((a[5] * a[6]) - (a[3] * a[8])) / det, ((a[0] * a[8]) - (a[2] * a[6])) / det, ((a[2] * a[3]) - (a[0] * a[5])) / det,
            ((a[3] * a[7]) - (a[4] * a[6])) / det, ((a[1] * a[6]) - (a[0] * a[7])) / det, ((a[0] * a[4]) - (a[1] * a[3])) / det,
        ];
    }
}

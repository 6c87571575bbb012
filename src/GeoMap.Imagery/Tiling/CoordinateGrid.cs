namespace GeoMap.Imagery.Tiling;

/// <summary>Source pixel coordinates of one output tile, computed exactly on a coarse grid of
/// nodes and interpolated bilinearly in between (GDAL's approximate transformer).</summary>
/// <remarks>The grid starts at 32 px and is refined (8 px, then every pixel) until the
/// interpolation error measured at cell centres is at most <see cref="MaxErrorPixels"/>.</remarks>
internal sealed class CoordinateGrid
{
    /// <summary>Largest tolerated interpolation error, in source pixels.</summary>
    public const double MaxErrorPixels = 0.125;

    private const int Size = WebMercator.TileSize;

    private CoordinateGrid(int step, double[] cols, double[] rows)
    {
        Step = step;
        Cols = cols;
        Rows = rows;
    }

    /// <summary>Pixels between nodes: 32, 8 or 1.</summary>
    public int Step { get; }

    /// <summary>Nodes per side.</summary>
    public int Nodes => (Size / Step) + 1;

    /// <summary>Source column of each node, row-major.</summary>
    public double[] Cols { get; }

    /// <summary>Source row of each node, row-major.</summary>
    public double[] Rows { get; }

    /// <summary>Computes the grid of the tile whose top-left corner is (west, north) in Web
    /// Mercator metres, at <paramref name="resolution"/> metres per pixel.</summary>
    public static CoordinateGrid Compute(SourceMapper mapper, double west, double north, double resolution)
    {
        foreach (int step in new[] { 32, 8 })
        {
            var grid = Build(mapper, west, north, resolution, step);
            if (grid.MaxError(mapper, west, north, resolution) <= MaxErrorPixels)
            {
                return grid;
            }
        }

        return Build(mapper, west, north, resolution, 1);
    }

    /// <summary>Smallest box of source pixels the tile samples, with a margin for bilinear
    /// neighbours, clipped to the image; null when the tile misses the image.</summary>
    public (int Left, int Top, int Right, int Bottom)? SourceWindow(int width, int height)
    {
        double minCol = double.MaxValue, minRow = double.MaxValue, maxCol = double.MinValue, maxRow = double.MinValue;
        for (int i = 0; i < Cols.Length; i++)
        {
            if (double.IsFinite(Cols[i]) && double.IsFinite(Rows[i]))
            {
                minCol = Math.Min(minCol, Cols[i]);
                maxCol = Math.Max(maxCol, Cols[i]);
                minRow = Math.Min(minRow, Rows[i]);
                maxRow = Math.Max(maxRow, Rows[i]);
            }
        }

        if (minCol > maxCol || maxCol < 0 || maxRow < 0 || minCol > width || minRow > height)
        {
            return null;
        }

        int left = Math.Max(0, (int)Math.Floor(minCol) - 2);
        int top = Math.Max(0, (int)Math.Floor(minRow) - 2);
        int right = Math.Min(width, (int)Math.Ceiling(maxCol) + 2);
        int bottom = Math.Min(height, (int)Math.Ceiling(maxRow) + 2);
        return right > left && bottom > top ? (left, top, right, bottom) : null;
    }

    private static CoordinateGrid Build(SourceMapper mapper, double west, double north, double resolution, int step)
    {
        int nodes = (Size / step) + 1;
        var cols = new double[nodes * nodes];
        var rows = new double[nodes * nodes];
        for (int j = 0; j < nodes; j++)
        {
            double yMercator = north - (((j * step) + 0.5) * resolution);
            for (int i = 0; i < nodes; i++)
            {
                double xMercator = west + (((i * step) + 0.5) * resolution);
                (cols[(j * nodes) + i], rows[(j * nodes) + i]) = mapper.MercatorToPixel(xMercator, yMercator);
            }
        }

        return new CoordinateGrid(step, cols, rows);
    }

    private double MaxError(SourceMapper mapper, double west, double north, double resolution)
    {
        int cells = Nodes - 1;
        double worst = 0;
        foreach (var (ci, cj) in new[] { (0, 0), (cells - 1, 0), (0, cells - 1), (cells - 1, cells - 1), (cells / 2, cells / 2) })
        {
            int a = (cj * Nodes) + ci;
            int b = a + 1, c = a + Nodes, d = a + Nodes + 1;
            double col = (Cols[a] + Cols[b] + Cols[c] + Cols[d]) / 4;
            double row = (Rows[a] + Rows[b] + Rows[c] + Rows[d]) / 4;
            double half = Step / 2.0;
            var (exactCol, exactRow) = mapper.MercatorToPixel(
                west + (((ci * Step) + half + 0.5) * resolution), north - (((cj * Step) + half + 0.5) * resolution));
            double error = Math.Max(Math.Abs(exactCol - col), Math.Abs(exactRow - row));
            if (!double.IsFinite(error))
            {
                return double.PositiveInfinity;
            }

            worst = Math.Max(worst, error);
        }

        return worst;
    }
}

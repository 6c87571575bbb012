namespace GeoMap.Imagery.Tiling;

/// <summary>Fills one 256 px output tile by inverse mapping: each output pixel takes the
/// bilinear sample of the source at the position the <see cref="CoordinateGrid"/> gives.</summary>
/// <remarks>Interpolation is alpha-weighted, so transparent (nodata) neighbours do not darken
/// the edge of the image.</remarks>
internal static class TileWarper
{
    private const int Size = Projections.WebMercator.TileSize;

    /// <summary>Warps into a new RGBA tile; returns null when every pixel is transparent.</summary>
    /// <param name="grid">Source coordinates of the tile.</param>
    /// <param name="block">Decoded source covering the grid's window.</param>
    /// <param name="imageWidth">Source image width (pixels outside it are transparent).</param>
    /// <param name="imageHeight">Source image height.</param>
    public static byte[]? Warp(CoordinateGrid grid, SourceBlock block, int imageWidth, int imageHeight)
    {
        var tile = new byte[Size * Size * 4];
        var src = block.Pixels;
        int bw = block.Width, bh = block.Height;
        int step = grid.Step, nodes = grid.Nodes;
        double invStep = 1.0 / step;
        var rowCols = new double[nodes];
        var rowRows = new double[nodes];
        bool any = false;

        for (int j = 0; j < Size; j++)
        {
            int nj = j / step;
            double fy = (j - (nj * step)) * invStep;
            int baseA = nj * nodes;
            int baseB = Math.Min(nj + 1, nodes - 1) * nodes;
            for (int k = 0; k < nodes; k++)
            {
                rowCols[k] = grid.Cols[baseA + k] + ((grid.Cols[baseB + k] - grid.Cols[baseA + k]) * fy);
                rowRows[k] = grid.Rows[baseA + k] + ((grid.Rows[baseB + k] - grid.Rows[baseA + k]) * fy);
            }

            int outRow = j * Size * 4;
            for (int i = 0; i < Size; i++)
            {
                int ni = i / step;
                double fx = (i - (ni * step)) * invStep;
                double sx = rowCols[ni] + ((rowCols[Math.Min(ni + 1, nodes - 1)] - rowCols[ni]) * fx);
                double sy = rowRows[ni] + ((rowRows[Math.Min(ni + 1, nodes - 1)] - rowRows[ni]) * fx);
                if (!(sx >= 0 && sy >= 0 && sx < imageWidth && sy < imageHeight))
                {
                    continue;
                }

                double u = sx - 0.5 - block.Left;
                double v = sy - 0.5 - block.Top;
                int x0 = (int)Math.Floor(u);
                int y0 = (int)Math.Floor(v);
                float wx = (float)(u - x0);
                float wy = (float)(v - y0);
                int x1 = x0 + 1, y1 = y0 + 1;
                if (x0 < 0) { x0 = 0; }
                if (y0 < 0) { y0 = 0; }
                if (x1 >= bw) { x1 = bw - 1; }
                if (y1 >= bh) { y1 = bh - 1; }
                if (x0 >= bw) { x0 = bw - 1; }
                if (y0 >= bh) { y0 = bh - 1; }

                int p00 = ((y0 * bw) + x0) * 4, p10 = ((y0 * bw) + x1) * 4;
                int p01 = ((y1 * bw) + x0) * 4, p11 = ((y1 * bw) + x1) * 4;
                float w00 = (1 - wx) * (1 - wy), w10 = wx * (1 - wy), w01 = (1 - wx) * wy, w11 = wx * wy;
                int o = outRow + (i * 4);
                int a00 = src[p00 + 3], a10 = src[p10 + 3], a01 = src[p01 + 3], a11 = src[p11 + 3];
                if ((a00 & a10 & a01 & a11) == 255)
                {
                    tile[o] = (byte)((w00 * src[p00]) + (w10 * src[p10]) + (w01 * src[p01]) + (w11 * src[p11]) + 0.5f);
                    tile[o + 1] = (byte)((w00 * src[p00 + 1]) + (w10 * src[p10 + 1]) + (w01 * src[p01 + 1]) + (w11 * src[p11 + 1]) + 0.5f);
                    tile[o + 2] = (byte)((w00 * src[p00 + 2]) + (w10 * src[p10 + 2]) + (w01 * src[p01 + 2]) + (w11 * src[p11 + 2]) + 0.5f);
                    tile[o + 3] = 255;
                    any = true;
                    continue;
                }

                float m00 = w00 * a00, m10 = w10 * a10, m01 = w01 * a01, m11 = w11 * a11;
                float alpha = m00 + m10 + m01 + m11;
                if (alpha < 0.5f)
                {
                    continue;
                }

                float inv = 1 / alpha;
                tile[o] = (byte)((((m00 * src[p00]) + (m10 * src[p10]) + (m01 * src[p01]) + (m11 * src[p11])) * inv) + 0.5f);
                tile[o + 1] = (byte)((((m00 * src[p00 + 1]) + (m10 * src[p10 + 1]) + (m01 * src[p01 + 1]) + (m11 * src[p11 + 1])) * inv) + 0.5f);
                tile[o + 2] = (byte)((((m00 * src[p00 + 2]) + (m10 * src[p10 + 2]) + (m01 * src[p01 + 2]) + (m11 * src[p11 + 2])) * inv) + 0.5f);
                tile[o + 3] = (byte)(alpha + 0.5f);
                any = true;
            }
        }

        return any ? tile : null;
    }
}

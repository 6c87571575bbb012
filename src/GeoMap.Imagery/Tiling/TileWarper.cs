using System.Runtime.CompilerServices;

namespace GeoMap.Imagery.Tiling;

/// <summary>Fills one 256 px output tile by inverse mapping: each output pixel takes the
/// bilinear sample of the source at the position the <see cref="CoordinateGrid"/> gives.</summary>
/// <remarks>Interpolation is alpha-weighted, so transparent (nodata) neighbours do not darken
/// the edge of the image. When an output pixel covers clearly more than one source pixel
/// (after the integer shrink of <see cref="Reading.SourceRaster"/>), it averages 2 x 2
/// bilinear samples spread over its footprint instead of aliasing.</remarks>
internal static class TileWarper
{
    private const int Size = WebMercator.TileSize;

    /// <summary>Warps into a new RGBA tile; returns null when every pixel is transparent.</summary>
    /// <param name="grid">Source coordinates of the tile.</param>
    /// <param name="block">Decoded source covering the grid's window.</param>
    /// <param name="imageWidth">Source image width (pixels outside it are transparent).</param>
    /// <param name="imageHeight">Source image height.</param>
    /// <param name="supersample">Average 2 x 2 samples per output pixel.</param>
    public static byte[]? Warp(CoordinateGrid grid, SourceBlock block, int imageWidth, int imageHeight, bool supersample)
    {
        var tile = new byte[Size * Size * 4];
        int step = grid.Step, nodes = grid.Nodes;
        float invStep = 1f / step;
        var rowCols = new double[nodes];
        var rowRows = new double[nodes];
        var rowColsDown = new double[nodes];
        var rowRowsDown = new double[nodes];
        bool any = false;

        for (int j = 0; j < Size; j++)
        {
            int nj = j / step;
            double fy = (j - (nj * step)) * invStep;
            int baseA = nj * nodes;
            int baseB = Math.Min(nj + 1, nodes - 1) * nodes;
            for (int k = 0; k < nodes; k++)
            {
                double colStep = grid.Cols[baseB + k] - grid.Cols[baseA + k];
                double rowStep = grid.Rows[baseB + k] - grid.Rows[baseA + k];
                rowCols[k] = grid.Cols[baseA + k] + (colStep * fy);
                rowRows[k] = grid.Rows[baseA + k] + (rowStep * fy);
                rowColsDown[k] = colStep * invStep;
                rowRowsDown[k] = rowStep * invStep;
            }

            int outRow = j * Size * 4;
            for (int i = 0; i < Size; i++)
            {
                int ni = i / step;
                int nk = Math.Min(ni + 1, nodes - 1);
                double fx = (i - (ni * step)) * invStep;
                double sx = rowCols[ni] + ((rowCols[nk] - rowCols[ni]) * fx);
                double sy = rowRows[ni] + ((rowRows[nk] - rowRows[ni]) * fx);
                if (!(sx >= 0 && sy >= 0 && sx < imageWidth && sy < imageHeight))
                {
                    continue;
                }

                int o = outRow + (i * 4);
                if (!supersample)
                {
                    any |= BilinearFixed(block, sx, sy, tile, o);
                    continue;
                }

                float r, g, b, a;
                {
                    // Quarter-pixel offsets along the output axes, through the local Jacobian.
                    double colRight = (rowCols[nk] - rowCols[ni]) * invStep * 0.25, rowRight = (rowRows[nk] - rowRows[ni]) * invStep * 0.25;
                    double colDown = rowColsDown[ni] * 0.25, rowDown = rowRowsDown[ni] * 0.25;
                    r = g = b = a = 0;
                    for (int s = 0; s < 4; s++)
                    {
                        double ox = (s & 1) == 0 ? -1 : 1, oy = s < 2 ? -1 : 1;
                        Bilinear(block, sx + (ox * colRight) + (oy * colDown), sy + (ox * rowRight) + (oy * rowDown), out float rs, out float gs, out float bs, out float als);
                        r += rs;
                        g += gs;
                        b += bs;
                        a += als;
                    }

                    r *= 0.25f;
                    g *= 0.25f;
                    b *= 0.25f;
                    a *= 0.25f;
                }

                if (a < 0.5f)
                {
                    continue;
                }

                float inv = 1 / a;
                tile[o] = (byte)((r * inv) + 0.5f);
                tile[o + 1] = (byte)((g * inv) + 0.5f);
                tile[o + 2] = (byte)((b * inv) + 0.5f);
                tile[o + 3] = (byte)(a + 0.5f);
                any = true;
            }
        }

        return any ? tile : null;
    }

    /// <summary>Bilinear sample at source position (sx, sy) written to <paramref name="tile"/> at
    /// <paramref name="o"/>, in 8-bit fixed point; false when the result is transparent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe bool BilinearFixed(SourceBlock block, double sx, double sy, byte[] tile, int o)
    {
        int bw = block.Width, bh = block.Height;
        double u = sx - 0.5 - block.Left;
        double v = sy - 0.5 - block.Top;
        // Truncation is floor here: u and v are above -1 (the window has a 2 px margin or is the image edge).
        int x0 = (int)(u + 1) - 1;
        int y0 = (int)(v + 1) - 1;
        int fx = (int)((u - x0) * 256);
        int fy = (int)((v - y0) * 256);
        int x1 = Math.Clamp(x0 + 1, 0, bw - 1), y1 = Math.Clamp(y0 + 1, 0, bh - 1);
        x0 = Math.Clamp(x0, 0, bw - 1);
        y0 = Math.Clamp(y0, 0, bh - 1);
        int w00 = (256 - fx) * (256 - fy), w10 = fx * (256 - fy), w01 = (256 - fx) * fy, w11 = fx * fy;
        fixed (byte* src = block.Pixels, dst = tile)
        {
            byte* p00 = src + (((y0 * bw) + x0) * 4), p10 = src + (((y0 * bw) + x1) * 4);
            byte* p01 = src + (((y1 * bw) + x0) * 4), p11 = src + (((y1 * bw) + x1) * 4);
            byte* q = dst + o;
            if ((p00[3] & p10[3] & p01[3] & p11[3]) == 255)
            {
                q[0] = (byte)(((w00 * p00[0]) + (w10 * p10[0]) + (w01 * p01[0]) + (w11 * p11[0]) + 32768) >> 16);
                q[1] = (byte)(((w00 * p00[1]) + (w10 * p10[1]) + (w01 * p01[1]) + (w11 * p11[1]) + 32768) >> 16);
                q[2] = (byte)(((w00 * p00[2]) + (w10 * p10[2]) + (w01 * p01[2]) + (w11 * p11[2]) + 32768) >> 16);
                q[3] = 255;
                return true;
            }

            long m00 = (long)w00 * p00[3], m10 = (long)w10 * p10[3], m01 = (long)w01 * p01[3], m11 = (long)w11 * p11[3];
            long alpha = m00 + m10 + m01 + m11;
            if (alpha < 32768)
            {
                return false;
            }

            long half = alpha / 2;
            q[0] = (byte)(((m00 * p00[0]) + (m10 * p10[0]) + (m01 * p01[0]) + (m11 * p11[0]) + half) / alpha);
            q[1] = (byte)(((m00 * p00[1]) + (m10 * p10[1]) + (m01 * p01[1]) + (m11 * p11[1]) + half) / alpha);
            q[2] = (byte)(((m00 * p00[2]) + (m10 * p10[2]) + (m01 * p01[2]) + (m11 * p11[2]) + half) / alpha);
            q[3] = (byte)((alpha + 32768) >> 16);
            return true;
        }
    }

    /// <summary>Alpha-premultiplied bilinear sample at source position (sx, sy), pixel-corner convention.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bilinear(SourceBlock block, double sx, double sy, out float r, out float g, out float b, out float a)
    {
        var src = block.Pixels;
        int bw = block.Width, bh = block.Height;
        double u = sx - 0.5 - block.Left;
        double v = sy - 0.5 - block.Top;
        int x0 = (int)Math.Floor(u);
        int y0 = (int)Math.Floor(v);
        float wx = (float)(u - x0);
        float wy = (float)(v - y0);
        int x1 = Math.Clamp(x0 + 1, 0, bw - 1), y1 = Math.Clamp(y0 + 1, 0, bh - 1);
        x0 = Math.Clamp(x0, 0, bw - 1);
        y0 = Math.Clamp(y0, 0, bh - 1);
        int p00 = ((y0 * bw) + x0) * 4, p10 = ((y0 * bw) + x1) * 4;
        int p01 = ((y1 * bw) + x0) * 4, p11 = ((y1 * bw) + x1) * 4;
        float m00 = (1 - wx) * (1 - wy) * src[p00 + 3], m10 = wx * (1 - wy) * src[p10 + 3];
        float m01 = (1 - wx) * wy * src[p01 + 3], m11 = wx * wy * src[p11 + 3];
        a = m00 + m10 + m01 + m11;
        r = (m00 * src[p00]) + (m10 * src[p10]) + (m01 * src[p01]) + (m11 * src[p11]);
        g = (m00 * src[p00 + 1]) + (m10 * src[p10 + 1]) + (m01 * src[p01 + 1]) + (m11 * src[p11 + 1]);
        b = (m00 * src[p00 + 2]) + (m10 * src[p10 + 2]) + (m01 * src[p01 + 2]) + (m11 * src[p11 + 2]);
    }
}

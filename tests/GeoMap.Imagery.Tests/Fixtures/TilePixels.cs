using GeoMap.Core.Projections;
using NetVips;

namespace GeoMap.Imagery.Tests.Fixtures;

/// <summary>Reads pixels back from a written pyramid.</summary>
public static class TilePixels
{
    /// <summary>Global pixel position (column, row from the top-left of the world) of a lon/lat at a zoom.</summary>
    public static (double Col, double Row) GlobalPixel(double lon, double lat, int zoom)
    {
        var (x, y) = WebMercator.FromLonLat(lon, lat);
        double resolution = WebMercator.Resolution(zoom);
        return ((x + WebMercator.HalfWorld) / resolution, (WebMercator.HalfWorld - y) / resolution);
    }

    /// <summary>RGBA of a tile, or null when the tile was not written.</summary>
    public static byte[]? ReadTile(string root, int zoom, int tileX, int tileY)
    {
        var path = Path.Combine(root, zoom.ToString(), tileX.ToString(), tileY + ".png");
        if (!File.Exists(path))
        {
            return null;
        }

        using var image = Image.NewFromFile(path);
        using var rgba = image.Bands == 4 ? image.Copy() : image.Bandjoin(255);
        return rgba.WriteToMemory<byte>();
    }

    /// <summary>RGBA of the output pixel at a global pixel position.</summary>
    public static byte[] At(string root, int zoom, double globalCol, double globalRow, Dictionary<(int, int), byte[]>? cache = null)
    {
        int col = (int)Math.Floor(globalCol), row = (int)Math.Floor(globalRow);
        cache ??= [];
        if (!cache.TryGetValue((col / 256, row / 256), out var tile))
        {
            tile = ReadTile(root, zoom, col / 256, row / 256) ?? new byte[256 * 256 * 4];
            cache[(col / 256, row / 256)] = tile;
        }

        int o = (((row % 256) * 256) + (col % 256)) * 4;
        return tile[o..(o + 4)];
    }

    /// <summary>Centroid (global pixel coordinates of pixel centres) of red marker pixels in the
    /// tiles around a position; null when none.</summary>
    public static (double Col, double Row)? RedCentroid(string root, int zoom, double nearCol, double nearRow, int radius = 24)
    {
        double sumCol = 0, sumRow = 0;
        int n = 0;
        var cache = new Dictionary<(int, int), byte[]>();
        for (int row = (int)nearRow - radius; row <= (int)nearRow + radius; row++)
        {
            for (int col = (int)nearCol - radius; col <= (int)nearCol + radius; col++)
            {
                var p = At(root, zoom, col, row, cache);
                if (p[3] > 200 && p[0] > 170 && p[1] < 90 && p[2] < 90)
                {
                    sumCol += col + 0.5;
                    sumRow += row + 0.5;
                    n++;
                }
            }
        }

        return n == 0 ? null : (sumCol / n, sumRow / n);
    }
}

namespace GeoMap.Imagery.Tiling;

/// <summary>Averages a tile 2 x 2 into one quadrant of its parent (the next zoom out), weighting
/// colours by alpha so transparent pixels do not darken the edges.</summary>
internal static class TileDownsampler
{
    private const int Size = WebMercator.TileSize;
    private const int Half = Size / 2;

    /// <summary>Writes the 128 x 128 average of <paramref name="child"/> into quadrant
    /// (<paramref name="quadrantX"/>, <paramref name="quadrantY"/>) of <paramref name="parent"/>.</summary>
    public static void Into(byte[] child, byte[] parent, int quadrantX, int quadrantY)
    {
        for (int j = 0; j < Half; j++)
        {
            int top = 2 * j * Size * 4;
            int bottom = top + (Size * 4);
            int target = (((quadrantY * Half) + j) * Size * 4) + (quadrantX * Half * 4);
            for (int i = 0; i < Half; i++)
            {
                int a = top + (i * 8), b = a + 4, c = bottom + (i * 8), d = c + 4;
                int aa = child[a + 3], ab = child[b + 3], ac = child[c + 3], ad = child[d + 3];
                int sum = aa + ab + ac + ad;
                int o = target + (i * 4);
                if (sum == 0)
                {
                    continue;
                }

                if (sum == 4 * 255)
                {
                    parent[o] = (byte)((child[a] + child[b] + child[c] + child[d] + 2) >> 2);
                    parent[o + 1] = (byte)((child[a + 1] + child[b + 1] + child[c + 1] + child[d + 1] + 2) >> 2);
                    parent[o + 2] = (byte)((child[a + 2] + child[b + 2] + child[c + 2] + child[d + 2] + 2) >> 2);
                    parent[o + 3] = 255;
                    continue;
                }

                int half = sum / 2;
                parent[o] = (byte)(((child[a] * aa) + (child[b] * ab) + (child[c] * ac) + (child[d] * ad) + half) / sum);
                parent[o + 1] = (byte)(((child[a + 1] * aa) + (child[b + 1] * ab) + (child[c + 1] * ac) + (child[d + 1] * ad) + half) / sum);
                parent[o + 2] = (byte)(((child[a + 2] * aa) + (child[b + 2] * ab) + (child[c + 2] * ac) + (child[d + 2] * ad) + half) / sum);
                // Rounded up so a pixel with any coverage never vanishes from the level below.
                parent[o + 3] = (byte)((sum + 3) / 4);
            }
        }
    }
}

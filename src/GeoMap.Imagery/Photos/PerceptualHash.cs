using System.Numerics;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace GeoMap.Imagery.Photos;

/// <summary>
/// A 64-bit difference hash (dHash): the picture shrunk to 9 x 8 grey pixels, one bit per pair of neighbours (left
/// brighter than right). Recompressed, resized or lightly edited copies differ in a few bits; different pictures in about half.
/// </summary>
public static class PerceptualHash
{
    /// <summary>Hashes at most this many bits apart are near-duplicates.</summary>
    public const int NearBits = 10;

    /// <summary>The hash of an image (not changed).</summary>
    public static long Of(Image<Rgb24> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var small = image.Clone(x => x.Resize(9, 8, KnownResamplers.Box).Grayscale());
        ulong bits = 0;
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                bits = (bits << 1) | (small[x, y].R > small[x + 1, y].R ? 1UL : 0UL);
            }
        }

        return unchecked((long)bits);
    }

    /// <summary>How many bits two hashes differ in.</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));
}

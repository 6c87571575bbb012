using GeoMap.Imagery.Reading;

namespace GeoMap.Imagery.Tiling;

/// <summary>Reads source windows for successive rows of tiles, reusing the rows the previous
/// window already decoded.</summary>
/// <remarks>Consecutive rows of top-level tiles need overlapping bands of the source (a rotated
/// or skewed image needs each band about twice), so copying the overlap instead of decoding
/// it again halves the decoding work of a large striped image.</remarks>
internal sealed class BlockReader(IRasterSource source)
{
    private SourceBlock[] _previous = [];

    /// <summary>Decodes the windows (left, top, right, bottom) of one row of tiles.</summary>
    public SourceBlock[] Read(IReadOnlyList<(int Left, int Top, int Right, int Bottom)> windows)
    {
        var blocks = new SourceBlock[windows.Count];
        for (int i = 0; i < windows.Count; i++)
        {
            var (left, top, right, bottom) = windows[i];
            int width = right - left, height = bottom - top;
            var pixels = GC.AllocateUninitializedArray<byte>(checked(width * height * 4));
            var donor = _previous.FirstOrDefault(p =>
                p.Left <= left && p.Left + p.Width >= right && p.Top <= top && p.Top + p.Height > top);
            int reused = 0;
            if (donor is not null)
            {
                reused = Math.Min(height, donor.Top + donor.Height - top);
                int rowBytes = width * 4;
                for (int r = 0; r < reused; r++)
                {
                    int from = ((((top - donor.Top) + r) * donor.Width) + (left - donor.Left)) * 4;
                    Buffer.BlockCopy(donor.Pixels, from, pixels, r * rowBytes, rowBytes);
                }
            }

            if (reused < height)
            {
                source.ReadRegion(left, top + reused, width, height - reused, pixels, reused * width * 4);
            }

            blocks[i] = new SourceBlock(left, top, width, height, pixels);
        }

        _previous = blocks;
        return blocks;
    }
}

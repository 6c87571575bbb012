namespace GeoMap.Imagery.Packages;

/// <summary>One entry of a PMTiles v3 directory: a run of tiles with the same bytes, or (run length 0) a leaf directory.</summary>
/// <param name="TileId">The first tile's id (<see cref="PmTilesDirectory.TileId"/>).</param>
/// <param name="Offset">Where the bytes start: in the tile data section, or the leaf directories section for a leaf.</param>
/// <param name="Length">How many bytes.</param>
/// <param name="RunLength">How many consecutive tile ids share these bytes; 0 for a leaf directory.</param>
internal readonly record struct PmTilesEntry(ulong TileId, ulong Offset, uint Length, uint RunLength);

/// <summary>The directories of PMTiles v3 (spec chapter 4): tile ids along a Hilbert curve, and the varint columns that list entries.</summary>
internal static class PmTilesDirectory
{
    /// <summary>The id of tile z/x/y: all tiles of lower zooms come first, then the tile's place on the zoom's Hilbert curve.</summary>
    public static ulong TileId(int z, long x, long y)
    {
        ulong before = 0;
        for (var i = 0; i < z; i++)
        {
            before += 1UL << (2 * i);
        }

        var n = 1L << z;
        ulong d = 0;
        for (var s = n / 2; s > 0; s /= 2)
        {
            var rx = (x & s) > 0 ? 1 : 0;
            var ry = (y & s) > 0 ? 1 : 0;
            d += (ulong)s * (ulong)s * (ulong)((3 * rx) ^ ry);
            // Rotate the quadrant so that the curve inside it runs the right way.
            if (ry == 0)
            {
                if (rx == 1)
                {
                    x = n - 1 - x;
                    y = n - 1 - y;
                }

                (x, y) = (y, x);
            }
        }

        return before + d;
    }

    /// <summary>
    /// Decodes a directory (decompressed): the entry count, then the columns of tile id deltas, run lengths, lengths and
    /// offsets, each a varint; an offset of 0 after the first entry means "right after the previous entry", any other
    /// value is the offset plus one.
    /// </summary>
    /// <exception cref="FormatException">The bytes end early or hold impossible values.</exception>
    public static PmTilesEntry[] Decode(ReadOnlySpan<byte> data)
    {
        var position = 0;
        var count = ReadVarint(data, ref position);
        // Each entry takes at least four bytes: a count beyond that is damage, not a reason to allocate.
        if (count > (ulong)data.Length)
        {
            throw new FormatException($"the directory claims {count} entries in {data.Length} bytes");
        }

        var n = (int)count;
        var ids = new ulong[n];
        var runs = new uint[n];
        var lengths = new uint[n];
        var offsets = new ulong[n];
        ulong id = 0;
        for (var i = 0; i < n; i++)
        {
            id += ReadVarint(data, ref position);
            ids[i] = id;
        }

        for (var i = 0; i < n; i++)
        {
            runs[i] = checked((uint)ReadVarint(data, ref position));
        }

        for (var i = 0; i < n; i++)
        {
            lengths[i] = checked((uint)ReadVarint(data, ref position));
        }

        for (var i = 0; i < n; i++)
        {
            var value = ReadVarint(data, ref position);
            offsets[i] = value == 0 && i > 0 ? offsets[i - 1] + lengths[i - 1] : value - 1;
            if (value == 0 && i == 0)
            {
                throw new FormatException("the first entry's offset is 0, which points nowhere");
            }
        }

        var entries = new PmTilesEntry[n];
        for (var i = 0; i < n; i++)
        {
            entries[i] = new PmTilesEntry(ids[i], offsets[i], lengths[i], runs[i]);
        }

        return entries;
    }

    /// <summary>The entry that covers <paramref name="tileId"/>: a run that holds it, or the leaf directory that may; null when none.</summary>
    public static PmTilesEntry? Find(PmTilesEntry[] entries, ulong tileId)
    {
        // The last entry whose first id is at most the tile's.
        int low = 0, high = entries.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (entries[mid].TileId <= tileId)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (found < 0)
        {
            return null;
        }

        var entry = entries[found];
        return entry.RunLength == 0 || tileId - entry.TileId < entry.RunLength ? entry : null;
    }

    /// <summary>An unsigned LEB128 varint.</summary>
    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new FormatException("the directory ends in the middle of a number");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new FormatException("a number of the directory is longer than 64 bits");
    }
}

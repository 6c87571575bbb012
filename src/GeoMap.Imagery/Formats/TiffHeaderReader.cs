using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using GeoMap.Imagery.Errors;

namespace GeoMap.Imagery.Formats;

/// <summary>Reads the first image directory of a TIFF or BigTIFF without decoding pixels.</summary>
/// <remarks>
/// A small reader of our own rather than a TIFF library: it must refuse a decompression bomb
/// (a header claiming 200,000 x 200,000 pixels) and a truncated file (strips pointing past the
/// end) before any decoder allocates, and it must never print to the console.
/// </remarks>
public static class TiffHeaderReader
{
    private const int MaxEntries = 4096;
    private const long MaxArrayValues = 50_000_000;

    /// <summary>The default budget of strips or tiles in one image (see <c>TilerOptions.MaxChunks</c>).</summary>
    public const long DefaultMaxChunks = 262_144;

    /// <summary>Reads the header of <paramref name="path"/>, checking the pixel and chunk budgets first.</summary>
    /// <exception cref="CorruptImageException">The directory is damaged, the data runs past the end of the file, or it lists more strips or tiles than its size can hold.</exception>
    /// <exception cref="PixelBudgetExceededException">Width x height is above <paramref name="maxPixels"/>.</exception>
    /// <exception cref="ChunkBudgetExceededException">The image is cut into more strips or tiles than <paramref name="maxChunks"/>.</exception>
    public static TiffHeader Read(string path, long maxPixels, long maxChunks = DefaultMaxChunks)
    {
        using var stream = File.OpenRead(path);
        var reader = new Reader(stream, Path.GetFileName(path));
        return reader.ReadFirstImage(maxPixels, maxChunks);
    }

    private sealed class Reader(Stream stream, string name)
    {
        private bool _little;
        private bool _big;

        public TiffHeader ReadFirstImage(long maxPixels, long maxChunks)
        {
            var head = ReadBytes(0, 16, allowShort: true);
            if (head.Length < 8)
            {
                throw Corrupt("the TIFF header is cut short");
            }

            _little = head[0] == (byte)'I';
            int version = U16(head, 2);
            _big = version == 43;
            long ifdOffset = _big ? (head.Length < 16 ? throw Corrupt("the BigTIFF header is cut short") : (long)U64(head, 8)) : U32(head, 4);
            var entries = ReadDirectory(ifdOffset);

            long width = Scalar(entries, 256) ?? throw Corrupt("the image width (tag 256) is missing");
            long height = Scalar(entries, 257) ?? throw Corrupt("the image height (tag 257) is missing");
            if (width <= 0 || height <= 0)
            {
                throw Corrupt($"the header gives a size of {width} x {height} pixels");
            }

            if (width > maxPixels / height)
            {
                throw new PixelBudgetExceededException(width, height, maxPixels);
            }

            CheckChunks(entries, width, height, maxChunks);
            CheckDataInsideFile(entries, 273, 279);
            CheckDataInsideFile(entries, 324, 325);

            return new TiffHeader
            {
                Width = width,
                Height = height,
                SamplesPerPixel = (int)(Scalar(entries, 277) ?? 1),
                BitsPerSample = (int)(Scalar(entries, 258) ?? 1),
                PixelScale = Doubles(entries, 33550),
                Tiepoints = Doubles(entries, 33922),
                ModelTransformation = Doubles(entries, 34264),
                GeoKeys = Doubles(entries, 34735)?.Select(v => (ushort)v).ToArray(),
                GdalNoData = Ascii(entries, 42113),
                Compression = (int)(Scalar(entries, 259) ?? 1),
                Photometric = (int)(Scalar(entries, 262) ?? -1),
                PlanarConfig = (int)(Scalar(entries, 284) ?? 1),
                SampleFormat = (int)(Scalar(entries, 339) ?? 1),
                RowsPerStrip = Math.Min(height, Scalar(entries, 278) ?? height),
                StripOffsets = Doubles(entries, 273)?.Select(v => (long)v).ToArray(),
                ExtraSamples = Doubles(entries, 338)?.Select(v => (int)v).ToArray(),
                IsTiled = entries.ContainsKey(322),
                IsBigTiff = _big,
            };
        }

        private Dictionary<int, Entry> ReadDirectory(long offset)
        {
            if (offset < 8 || offset >= stream.Length)
            {
                throw Corrupt($"it is truncated or damaged: the first image directory points to byte {offset}, past the end of the file");
            }

            int countSize = _big ? 8 : 2;
            int entrySize = _big ? 20 : 12;
            var countBytes = ReadBytes(offset, countSize);
            long count = _big ? (long)U64(countBytes, 0) : U16(countBytes, 0);
            if (count is <= 0 or > MaxEntries)
            {
                throw Corrupt($"the image directory claims {count} entries");
            }

            var raw = ReadBytes(offset + countSize, (int)count * entrySize);
            var entries = new Dictionary<int, Entry>();
            for (int i = 0; i < count; i++)
            {
                int at = i * entrySize;
                int tag = U16(raw, at);
                int type = U16(raw, at + 2);
                long n = _big ? (long)U64(raw, at + 4) : U32(raw, at + 4);
                int inlineAt = at + (_big ? 12 : 8);
                long valueOffset = _big ? (long)U64(raw, inlineAt) : U32(raw, inlineAt);
                entries[tag] = new Entry(type, n, raw.AsSpan(inlineAt, _big ? 8 : 4).ToArray(), valueOffset);
            }

            return entries;
        }

        private byte[]? Values(Dictionary<int, Entry> entries, int tag, out int type, out long count)
        {
            type = 0;
            count = 0;
            if (!entries.TryGetValue(tag, out var e))
            {
                return null;
            }

            int size = e.Type switch
            {
                1 or 2 or 6 or 7 => 1,
                3 or 8 => 2,
                4 or 9 or 11 => 4,
                5 or 10 or 12 or 16 or 17 or 18 => 8,
                _ => throw Corrupt($"tag {tag} has unknown type {e.Type}"),
            };
            if (e.Count < 0 || e.Count > MaxArrayValues)
            {
                throw Corrupt($"tag {tag} claims {e.Count} values");
            }

            type = e.Type;
            count = e.Count;
            long bytes = e.Count * size;
            return bytes <= e.Inline.Length ? e.Inline : ReadBytes(e.Offset, checked((int)bytes));
        }

        private double[]? Doubles(Dictionary<int, Entry> entries, int tag)
        {
            var data = Values(entries, tag, out int type, out long count);
            if (data is null)
            {
                return null;
            }

            var values = new double[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = type switch
                {
                    1 or 7 => data[i],
                    6 => (sbyte)data[i],
                    3 => U16(data, i * 2),
                    8 => (short)U16(data, i * 2),
                    4 => U32(data, i * 4),
                    9 => (int)U32(data, i * 4),
                    11 => BitConverter.Int32BitsToSingle((int)U32(data, i * 4)),
                    12 => BitConverter.Int64BitsToDouble((long)U64(data, i * 8)),
                    16 or 18 => U64(data, i * 8),
                    17 => (long)U64(data, i * 8),
                    5 => (double)U32(data, i * 8) / Math.Max(1u, U32(data, (i * 8) + 4)),
                    10 => (double)(int)U32(data, i * 8) / Math.Max(1, (int)U32(data, (i * 8) + 4)),
                    _ => double.NaN,
                };
            }

            return values;
        }

        private long? Scalar(Dictionary<int, Entry> entries, int tag)
        {
            var values = Doubles(entries, tag);
            return values is { Length: > 0 } ? (long)values[0] : null;
        }

        private string? Ascii(Dictionary<int, Entry> entries, int tag)
        {
            var data = Values(entries, tag, out _, out long count);
            return data is null ? null : Encoding.ASCII.GetString(data, 0, (int)count).TrimEnd('\0', ' ');
        }

        /// <summary>
        /// Refuses, from the entry counts alone (before any offset array is read), an image cut into more strips or
        /// tiles than the budget (a decoder pays per chunk: a million one-row strips took minutes and over a GB), or
        /// listing more than its size can hold (a chunk count no encoder writes).
        /// </summary>
        private void CheckChunks(Dictionary<int, Entry> entries, long width, long height, long maxChunks)
        {
            var tiled = entries.ContainsKey(324);
            if (!entries.TryGetValue(tiled ? 324 : 273, out var offsets))
            {
                return;
            }

            if (offsets.Count > maxChunks)
            {
                throw new ChunkBudgetExceededException(offsets.Count, tiled ? "tiles" : "strips", maxChunks);
            }

            long planes = (Scalar(entries, 284) ?? 1) == 2 ? Math.Max(1, Scalar(entries, 277) ?? 1) : 1;
            long expected;
            if (tiled)
            {
                long tileWidth = Scalar(entries, 322) ?? 0, tileHeight = Scalar(entries, 323) ?? 0;
                if (tileWidth <= 0 || tileHeight <= 0)
                {
                    throw Corrupt($"it is tiled but gives a tile size of {tileWidth} x {tileHeight}");
                }

                expected = ((width + tileWidth - 1) / tileWidth) * ((height + tileHeight - 1) / tileHeight) * planes;
            }
            else
            {
                long rows = Math.Clamp(Scalar(entries, 278) ?? height, 1, height);
                expected = ((height + rows - 1) / rows) * planes;
            }

            if (offsets.Count > expected)
            {
                throw Corrupt(string.Create(CultureInfo.InvariantCulture,
                    $"it lists {offsets.Count:N0} {(tiled ? "tiles" : "strips")} where a {width} x {height} image holds {expected:N0}"));
            }
        }

        private void CheckDataInsideFile(Dictionary<int, Entry> entries, int offsetsTag, int countsTag)
        {
            var offsets = Doubles(entries, offsetsTag);
            var counts = Doubles(entries, countsTag);
            if (offsets is null || counts is null)
            {
                return;
            }

            double end = 0;
            for (int i = 0; i < Math.Min(offsets.Length, counts.Length); i++)
            {
                end = Math.Max(end, offsets[i] + counts[i]);
            }

            if (end > stream.Length)
            {
                throw Corrupt(string.Create(CultureInfo.InvariantCulture,
                    $"it is truncated: the file has {stream.Length:N0} bytes but its image data runs to byte {end:N0}"));
            }
        }

        private byte[] ReadBytes(long offset, int length, bool allowShort = false)
        {
            if (offset < 0 || (!allowShort && offset + length > stream.Length))
            {
                throw Corrupt($"it is truncated: a header field points past the end of the file (byte {offset + length})");
            }

            var buffer = new byte[length];
            stream.Position = offset;
            int read = stream.ReadAtLeast(buffer, length, throwOnEndOfStream: false);
            return read == length ? buffer : buffer[..read];
        }

        private ushort U16(byte[] b, int at) =>
            _little ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at));

        private uint U32(byte[] b, int at) =>
            _little ? BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));

        private ulong U64(byte[] b, int at) =>
            _little ? BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(at)) : BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(at));

        private CorruptImageException Corrupt(string why) =>
            new($"'{name}' is not a readable TIFF: {why}. Re-export or re-upload the file.");

        private sealed record Entry(int Type, long Count, byte[] Inline, long Offset);
    }
}

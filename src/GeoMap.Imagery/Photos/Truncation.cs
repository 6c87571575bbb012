using System.Buffers.Binary;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Formats;

namespace GeoMap.Imagery.Photos;

/// <summary>
/// Tells a cut-off file from a whole one by its structure, because ImageSharp decodes what is there of a truncated JPEG
/// or PNG and fills the rest with grey: a photo missing its lower half would be stored as evidence.
/// </summary>
internal static class Truncation
{
    /// <summary>Throws when the file at <paramref name="path"/> ends before its format says it does.</summary>
    /// <exception cref="CorruptImageException">The file is cut off.</exception>
    public static void Check(string path, ImageFormat format)
    {
        var whole = format switch
        {
            ImageFormat.Jpeg => JpegEnds(path),
            ImageFormat.Png => PngEnds(path),
            ImageFormat.WebP => WebPEnds(path),
            _ => true,
        };
        if (!whole)
        {
            throw new CorruptImageException($"'{Path.GetFileName(path)}' is cut off: it ends before its image data does (a broken download or copy). Upload the whole file.");
        }
    }

    /// <summary>
    /// Walks the JPEG's segments and entropy-coded scans to its end-of-image marker. Inside scan data a 0xFF byte is
    /// always followed by 0x00 (stuffing) or a restart marker, so the first other marker after a scan is real; the EOI of
    /// an EXIF thumbnail lies inside a segment and is skipped with it.
    /// </summary>
    private static bool JpegEnds(string path)
    {
        var data = File.ReadAllBytes(path);
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
            {
                return false;
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker == 0xD9)
            {
                return true;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 2));
            i += 2 + length;
            if (marker != 0xDA)
            {
                continue;
            }

            // Scan data: find the next marker that is neither stuffing nor a restart.
            while (true)
            {
                var next = i < data.Length ? data.AsSpan(i).IndexOf((byte)0xFF) : -1;
                if (next < 0 || i + next + 1 >= data.Length)
                {
                    return false;
                }

                i += next;
                var after = data[i + 1];
                if (after == 0x00 || after is >= 0xD0 and <= 0xD7 || after == 0xFF)
                {
                    i += after == 0xFF ? 1 : 2;
                    continue;
                }

                break;
            }
        }

        return i + 2 <= data.Length && data[i] == 0xFF && data[i + 1] == 0xD9;
    }

    /// <summary>A PNG ends with its IEND chunk: the last chunk when the chunks are walked by their lengths.</summary>
    private static bool PngEnds(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[8];
        long at = 8;
        while (at + 12 <= stream.Length)
        {
            stream.Position = at;
            stream.ReadExactly(header);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (header[4..8].SequenceEqual("IEND"u8))
            {
                return true;
            }

            at += 12L + length;
        }

        return false;
    }

    /// <summary>A WebP's RIFF header gives its length; a shorter file is cut off.</summary>
    private static bool WebPEnds(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[8];
        stream.ReadExactly(header);
        return stream.Length >= 8L + BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
    }
}

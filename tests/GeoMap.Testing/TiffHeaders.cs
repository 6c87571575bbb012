using System.Buffers.Binary;

namespace GeoMap.Testing;

/// <summary>Hostile or minimal TIFF files built byte by byte, for the imagery tests and the soak's budget checks.</summary>
public static class TiffHeaders
{
    /// <summary>
    /// A classic little-endian TIFF with one directory: width, height, 8-bit RGB, <paramref name="stripCount"/> strips whose
    /// offset and byte-count arrays are declared but not written (the checks under test must refuse the file from the
    /// counts alone). A <paramref name="salt"/> appends four bytes, so that each upload of the same header is a new file.
    /// </summary>
    public static byte[] Minimal(uint width, uint height, uint stripBytes = 0, uint stripCount = 1, uint? rowsPerStrip = null, int? salt = null)
    {
        var entries = new (ushort Tag, ushort Type, uint Count, uint Value)[]
        {
            (256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 2),
            (273, 4, stripCount, 8), (277, 3, 1, 3), (278, 4, 1, rowsPerStrip ?? height), (279, 4, stripCount, stripBytes),
        };
        var bytes = new byte[8 + 2 + (entries.Length * 12) + 4 + (salt is null ? 0 : 4)];
        "II"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = bytes.AsSpan(10 + (i * 12));
            BinaryPrimitives.WriteUInt16LittleEndian(at, entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], entries[i].Count);
            if (entries[i].Type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(at[8..], (ushort)entries[i].Value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(at[8..], entries[i].Value);
            }
        }

        if (salt is { } s)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), s);
        }

        return bytes;
    }
}

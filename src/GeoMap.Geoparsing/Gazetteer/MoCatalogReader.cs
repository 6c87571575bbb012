using System.Buffers.Binary;
using System.Text;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Reads GNU gettext binary catalogs (.mo), such as Debian's geonames.mo keyed by geonameid.</summary>
/// <remarks>
/// Layout: magic 0x950412de (its byte order gives the file's endianness), revision, string count N,
/// offset of the original-strings table, offset of the translations table; each table holds N
/// (length, offset) pairs of 32-bit integers. Strings are UTF-8 (the catalogs declare it in the header
/// entry, the one with an empty msgid, which is skipped). Plural forms are NUL-separated; the first
/// form is kept.
/// </remarks>
public static class MoCatalogReader
{
    private const uint Magic = 0x950412de;

    /// <summary>Reads all (msgid, msgstr) pairs of a catalog.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <returns>Pairs in catalog order, without the header entry.</returns>
    /// <exception cref="InvalidDataException">When the bytes are not a .mo catalog.</exception>
    public static IEnumerable<(string Id, string Text)> Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 20)
        {
            throw new InvalidDataException("A .mo catalog has at least a 20-byte header.");
        }

        var little = BinaryPrimitives.ReadUInt32LittleEndian(bytes) == Magic;
        if (!little && BinaryPrimitives.ReadUInt32BigEndian(bytes) != Magic)
        {
            throw new InvalidDataException("Not a gettext .mo catalog: bad magic number.");
        }

        var count = ReadInt(bytes, 8, little);
        var originals = ReadInt(bytes, 12, little);
        var translations = ReadInt(bytes, 16, little);
        for (var i = 0; i < count; i++)
        {
            var id = ReadString(bytes, originals + (8 * i), little);
            if (id.Length == 0)
            {
                continue;
            }

            yield return (id, ReadString(bytes, translations + (8 * i), little));
        }
    }

    /// <summary>Reads a catalog file.</summary>
    /// <param name="path">Path of the .mo file.</param>
    /// <returns>Pairs in catalog order.</returns>
    public static IEnumerable<(string Id, string Text)> ReadFile(string path) => Read(File.ReadAllBytes(path));

    private static int ReadInt(byte[] bytes, int offset, bool little)
    {
        if (offset < 0 || offset + 4 > bytes.Length)
        {
            throw new InvalidDataException("Truncated .mo catalog.");
        }

        var span = bytes.AsSpan(offset, 4);
        return (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(span) : BinaryPrimitives.ReadUInt32BigEndian(span));
    }

    private static string ReadString(byte[] bytes, int descriptor, bool little)
    {
        var length = ReadInt(bytes, descriptor, little);
        var offset = ReadInt(bytes, descriptor + 4, little);
        if (length < 0 || offset < 0 || offset + length > bytes.Length)
        {
            throw new InvalidDataException("A .mo string points outside the file.");
        }

        var text = Encoding.UTF8.GetString(bytes, offset, length);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul >= 0 ? text[..nul] : text;
    }
}

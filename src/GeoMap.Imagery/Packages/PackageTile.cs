using System.IO.Compression;

namespace GeoMap.Imagery.Packages;

/// <summary>One tile's bytes as the package stores them.</summary>
/// <param name="Data">The stored bytes.</param>
/// <param name="Gzipped">Whether <paramref name="Data"/> is gzip-compressed (vector tiles usually are); a server may pass such bytes on with <c>Content-Encoding: gzip</c>.</param>
public sealed record PackageTile(byte[] Data, bool Gzipped)
{
    /// <summary>The tile's bytes, decompressed.</summary>
    public byte[] Decoded()
    {
        if (!Gzipped)
        {
            return Data;
        }

        using var input = new GZipStream(new MemoryStream(Data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Whether bytes start with the gzip magic number.</summary>
    internal static bool LooksGzipped(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == 0x1F && data[1] == 0x8B;
}

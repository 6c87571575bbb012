using System.IO.Compression;

namespace GeoMap.Imagery.Packages;

/// <summary>The one place a package's bytes are decompressed: gzip (MBTiles vector tiles, PMTiles) and brotli (PMTiles).</summary>
internal static class Decompression
{
    /// <summary>Whether bytes start with the gzip magic number.</summary>
    public static bool LooksGzipped(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == 0x1F && data[1] == 0x8B;

    /// <summary>Gunzips bytes.</summary>
    /// <exception cref="InvalidDataException">They are no gzip stream, or a damaged one.</exception>
    public static byte[] Gzip(byte[] data) => Run(new GZipStream(new MemoryStream(data, writable: false), CompressionMode.Decompress));

    /// <summary>Decompresses brotli bytes.</summary>
    /// <exception cref="InvalidDataException">They are a damaged brotli stream.</exception>
    public static byte[] Brotli(byte[] data) => Run(new BrotliStream(new MemoryStream(data, writable: false), CompressionMode.Decompress));

    private static byte[] Run(Stream decoder)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
    }
}

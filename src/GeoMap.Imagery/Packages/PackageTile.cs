namespace GeoMap.Imagery.Packages;

/// <summary>One tile's bytes as the package stores them.</summary>
/// <param name="Data">The stored bytes.</param>
/// <param name="Gzipped">Whether <paramref name="Data"/> is gzip-compressed (vector tiles usually are); a server may pass such bytes on with <c>Content-Encoding: gzip</c>.</param>
public sealed record PackageTile(byte[] Data, bool Gzipped)
{
    /// <summary>The tile's bytes, decompressed.</summary>
    /// <exception cref="InvalidDataException">The tile is flagged gzipped but its bytes do not gunzip (a damaged package).</exception>
    public byte[] Decoded() => Gzipped ? Decompression.Gzip(Data) : Data;
}

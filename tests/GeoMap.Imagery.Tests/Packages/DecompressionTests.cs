using System.IO.Compression;
using System.Text;
using GeoMap.Imagery.Packages;
using GeoMap.Testing;

namespace GeoMap.Imagery.Tests.Packages;

/// <summary>The one decompressor of package bytes, used by gzipped tiles and by PMTiles directories, metadata and tiles.</summary>
public sealed class DecompressionTests
{
    private static readonly byte[] Original = Encoding.UTF8.GetBytes("a tile's bytes, a directory's varints or a metadata document");

    [Fact]
    public void Gzip_and_brotli_give_back_the_original()
    {
        Assert.Equal(Original, Decompression.Gzip(BasemapPackages.Gzip(Original)));
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(Original);
        }

        Assert.Equal(Original, Decompression.Brotli(output.ToArray()));
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 8, 0 }, true)]
    [InlineData(new byte[] { 0x1F }, false)]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, false)]
    [InlineData(new byte[] { }, false)]
    public void Gzip_is_recognised_by_its_magic_number(byte[] head, bool gzipped)
    {
        Assert.Equal(gzipped, Decompression.LooksGzipped(head));
    }

    [Fact]
    public void A_tile_flagged_gzipped_whose_deflate_data_is_damaged_is_invalid_data()
    {
        // A gzip header followed by a deflate block of the reserved type 3 (bits 11 after the final bit).
        var tile = new PackageTile([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], true);
        Assert.ThrowsAny<InvalidDataException>(() => tile.Decoded());
    }
}

using BitMiracle.LibTiff.Classic;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Tests.Fixtures;
using GeoMap.Imagery.Tiling;

namespace GeoMap.Imagery.Tests.Tiling;

/// <summary>Each kind of bad input is a specific exception with a message a person can act on,
/// and nothing is published.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Truncated_tiff_is_reported_as_corrupt()
    {
        var path = _temp.File("cut.tif");
        Utm(Compression.NONE).Write(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<CorruptImageException>(() => Tile(path));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        AssertNothingPublished();
    }

    [Fact]
    public async Task Tiff_whose_strips_run_past_the_end_is_reported_as_truncated()
    {
        var path = _temp.File("short-strips.tif");
        File.WriteAllBytes(path, GeoMap.Testing.TiffHeaders.Minimal(100, 100, stripBytes: 30_000));

        var error = await Assert.ThrowsAsync<CorruptImageException>(() => Tile(path));
        Assert.Contains("runs to byte 30,008", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_compressed_tiff_is_reported_as_corrupt()
    {
        var path = _temp.File("cut-lzw.tif");
        Utm(Compression.LZW).Write(path);
        var bytes = File.ReadAllBytes(path);
        // Keep the directory (written last by LibTiff.NET) but damage the compressed strips.
        Array.Fill(bytes, (byte)0xFF, 16, bytes.Length / 3);
        File.WriteAllBytes(path, bytes);

        await Assert.ThrowsAnyAsync<ImageryException>(() => Tile(path));
        AssertNothingPublished();
    }

    [Fact]
    public async Task Tiff_header_claiming_200000_pixels_square_is_refused_before_decoding()
    {
        var path = _temp.File("bomb.tif");
        File.WriteAllBytes(path, GeoMap.Testing.TiffHeaders.Minimal(200_000, 200_000));

        var error = await Assert.ThrowsAsync<PixelBudgetExceededException>(() => Tile(path));
        Assert.Equal(200_000, error.Width);
        Assert.Contains("pixel budget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tiff_cut_into_a_million_strips_is_refused_at_once()
    {
        var path = _temp.File("million-strips.tif");
        File.WriteAllBytes(path, GeoMap.Testing.TiffHeaders.Minimal(8, 1_000_000, stripCount: 1_000_000, rowsPerStrip: 1));

        // The file holds no strip data at all: only a refusal from the header's counts can raise this error.
        var error = await Assert.ThrowsAsync<ChunkBudgetExceededException>(() => Tile(path));
        Assert.Equal(1_000_000, error.Chunks);
        Assert.Contains("1,000,000 strips", error.Message, StringComparison.Ordinal);
        AssertNothingPublished();
    }

    [Fact]
    public async Task Tiff_listing_more_strips_than_its_rows_hold_is_corrupt()
    {
        var path = _temp.File("too-many-strips.tif");
        File.WriteAllBytes(path, GeoMap.Testing.TiffHeaders.Minimal(100, 100, stripCount: 50, rowsPerStrip: 100));

        var error = await Assert.ThrowsAsync<CorruptImageException>(() => Tile(path));
        Assert.Contains("lists 50 strips where a 100 x 100 image holds 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pixel_budget_is_configurable()
    {
        var path = _temp.File("small.tif");
        Utm(Compression.NONE).Write(path);

        await Assert.ThrowsAsync<PixelBudgetExceededException>(() =>
            new OverlayTiler(new TilerOptions { MaxPixels = 1000 }).RunAsync(path, _temp.File("tiles")));
    }

    [Fact]
    public async Task Png_without_georeference_asks_for_bounds()
    {
        var path = _temp.File("plain.png");
        WritePng(path);

        var error = await Assert.ThrowsAsync<MissingGeoreferenceException>(() => Tile(path));
        Assert.Contains("--bounds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task World_file_without_crs_asks_for_one()
    {
        var path = _temp.File("plain.png");
        WritePng(path);
        File.WriteAllLines(_temp.File("plain.pgw"), ["0.001", "0", "0", "-0.001", "10", "45"]);

        var error = await Assert.ThrowsAsync<MissingGeoreferenceException>(() => Tile(path));
        Assert.Contains("--crs", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10.0, 45.0, 9.0, 46.0)]
    [InlineData(10.0, 46.0, 11.0, 45.0)]
    public async Task Inverted_bounds_are_refused(double west, double south, double east, double north)
    {
        var path = _temp.File("plain.png");
        WritePng(path);

        var error = await Assert.ThrowsAsync<InvalidBoundsException>(() => Tile(path, new GeoreferenceOptions { Bounds = (west, south, east, north) }));
        Assert.Contains("inverted", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-200.0, 10.0, -190.0, 20.0)]
    [InlineData(10.0, 80.0, 20.0, 95.0)]
    [InlineData(10.0, 86.0, 20.0, 89.0)]
    public async Task Bounds_outside_the_world_are_refused(double west, double south, double east, double north)
    {
        var path = _temp.File("plain.png");
        WritePng(path);

        await Assert.ThrowsAsync<InvalidBoundsException>(() => Tile(path, new GeoreferenceOptions { Bounds = (west, south, east, north) }));
    }

    [Fact]
    public async Task Metres_in_a_geographic_crs_put_the_image_outside_the_world()
    {
        var path = _temp.File("wrong-crs.tif");
        (Utm(Compression.NONE) with { Epsg = 4326, Geographic = true }).Write(path);

        var error = await Assert.ThrowsAsync<InvalidBoundsException>(() => Tile(path));
        Assert.Contains("outside the world", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_across_the_antimeridian_is_refused_with_a_workaround()
    {
        // UTM 60N around 65 N: 200 px of 1 km from 170 km east of the zone's central meridian
        // (177 E) run past 180.
        var path = _temp.File("antimeridian.tif");
        (Utm(Compression.NONE) with { Epsg = 32660, Transform = (600000, 1000, 7200000, -1000) }).Write(path);

        var error = await Assert.ThrowsAsync<InvalidBoundsException>(() => Tile(path));
        Assert.Contains("antimeridian", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_file_named_tif_is_refused_by_its_magic_bytes()
    {
        var path = _temp.File("report.tif");
        await File.WriteAllTextAsync(path, "<html>not an image</html>");

        var error = await Assert.ThrowsAsync<UnsupportedImageException>(() => Tile(path));
        Assert.Contains("whatever its extension says", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Png_disguised_as_tif_is_read_as_png()
    {
        var path = _temp.File("actually-a-png.tif");
        WritePng(path);

        var result = await Tile(path, new GeoreferenceOptions { Bounds = (10, 45, 10.01, 45.01) });
        Assert.True(result.TileCount > 0);
    }

    [Fact]
    public async Task Truncated_png_is_reported_as_corrupt()
    {
        var path = _temp.File("cut.png");
        WritePng(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        await Assert.ThrowsAsync<CorruptImageException>(() => Tile(path, new GeoreferenceOptions { Bounds = (10, 45, 10.01, 45.01) }));
        AssertNothingPublished();
    }

    [Fact]
    public async Task Unsupported_crs_is_named_in_the_error()
    {
        // 5714 is a height (mean sea level), not a CRS for positions on the ground.
        var path = _temp.File("height.tif");
        (Utm(Compression.NONE) with { Epsg = 5714 }).Write(path);

        var error = await Assert.ThrowsAsync<UnsupportedCrsException>(() => Tile(path));
        Assert.Equal("EPSG:5714", error.Crs);
        Assert.Contains("EPSG:5714", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Float_samples_are_refused_with_a_conversion_hint()
    {
        var path = _temp.File("float.tif");
        using (var image = NetVips.Image.Black(64, 64).Cast(NetVips.Enums.BandFormat.Float))
        {
            image.Tiffsave(path);
        }

        var error = await Assert.ThrowsAsync<UnsupportedImageException>(() => Tile(path, new GeoreferenceOptions { Bounds = (10, 45, 10.01, 45.01) }));
        Assert.Contains("gdal_translate", error.Message, StringComparison.Ordinal);
    }

    private static GeoTiffWriter Utm(Compression compression) => new()
    {
        Width = 200,
        Height = 150,
        Epsg = 32618,
        Compression = compression,
        Transform = (246000, 10, 2712000, -10),
        Pixel = (col, row, band) => (col * 7 + row * 3 + band * 50) % 251,
    };

    private void WritePng(string path)
    {
        using var image = NetVips.Image.NewFromMemory(new SyntheticImage(64, 48, 10, 10).Rgb(), 64, 48, 3, NetVips.Enums.BandFormat.Uchar);
        image.Pngsave(path);
    }

    private Task<TileResult> Tile(string path, GeoreferenceOptions? georeference = null) =>
        new OverlayTiler(new TilerOptions { Georeference = georeference ?? new GeoreferenceOptions() }).RunAsync(path, _temp.File("tiles"));

    private void AssertNothingPublished() =>
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_temp.Path), e => Path.GetFileName(e).Contains("tiles", StringComparison.Ordinal));
}

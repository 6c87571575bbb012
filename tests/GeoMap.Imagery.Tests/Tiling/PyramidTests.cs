using System.Text.Json;
using BitMiracle.LibTiff.Classic;
using GeoMap.Imagery.Tests.Fixtures;
using GeoMap.Imagery.Tiling;

namespace GeoMap.Imagery.Tests.Tiling;

/// <summary>The pyramid: pixel semantics (alpha, nodata, 16-bit), levels, metadata, publishing.</summary>
public sealed class PyramidTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(Compression.NONE)] // read directly from the file
    [InlineData(Compression.LZW)] // decoded by libvips
    public async Task Alpha_and_nodata_become_transparency(Compression compression)
    {
        // Left third: alpha 0. Middle third: all bands equal the nodata value 7. Right third: opaque.
        var path = _temp.File("rgba.tif");
        (Utm(compression) with
        {
            Bands = 4,
            Alpha = true,
            NoData = "7",
            Pixel = (col, row, band) => col < 100 ? (band == 3 ? 0 : 200) : col < 200 ? (band == 3 ? 255 : 7) : (band == 3 ? 255 : 150),
        }).Write(path);

        var result = await Tile(path, maxZoom: 15);
        Assert.Equal(0, AlphaAtSourcePixel(result, 50, 75));
        Assert.Equal(0, AlphaAtSourcePixel(result, 150, 75));
        Assert.Equal(255, AlphaAtSourcePixel(result, 250, 75));
    }

    [Theory]
    [InlineData(Compression.NONE)]
    [InlineData(Compression.DEFLATE)]
    public async Task Gray_nodata_becomes_transparency(Compression compression)
    {
        var path = _temp.File("gray.tif");
        (Utm(compression) with { Bands = 1, NoData = "0", Pixel = (col, _, _) => col < 150 ? 0 : 180 }).Write(path);

        var result = await Tile(path, maxZoom: 15);
        Assert.Equal(0, AlphaAtSourcePixel(result, 75, 75));
        Assert.Equal(new byte[] { 180, 180, 180, 255 }, PixelAtSource(result, 225, 75));
    }

    [Fact]
    public async Task Nodata_outside_the_band_range_is_ignored()
    {
        // Pix4D-style -10000 on Byte bands: black pixels must stay opaque.
        var path = _temp.File("bogus-nodata.tif");
        (Utm(Compression.NONE) with { NoData = "-10000", Pixel = (_, _, _) => 0 }).Write(path);

        var result = await Tile(path, maxZoom: 15);
        Assert.Equal(255, AlphaAtSourcePixel(result, 150, 75));
    }

    [Fact]
    public async Task Sixteen_bit_imagery_is_stretched_to_the_full_eight_bit_range()
    {
        // A horizontal ramp from 1000 to 3000 (of 65535) would be nearly black without a stretch.
        var path = _temp.File("uint16.tif");
        (Utm(Compression.DEFLATE) with { Bands = 1, Bits = 16, Pixel = (col, _, _) => 1000 + (col * 2000 / 299) }).Write(path);

        var result = await Tile(path, maxZoom: 15);
        var left = PixelAtSource(result, 2, 75);
        var right = PixelAtSource(result, 297, 75);
        Assert.InRange(left[0], 0, 15);
        Assert.InRange(right[0], 240, 255);
        Assert.Equal(left[0], left[1]);
    }

    [Fact]
    public async Task Lower_levels_are_the_average_of_the_level_above()
    {
        var path = _temp.File("noise.tif");
        (Utm(Compression.NONE) with { Pixel = (col, row, band) => ((col * 37) + (row * 91) + (band * 53)) % 256 }).Write(path);

        var result = await Tile(path, maxZoom: 16, minZoom: 14);
        foreach (var file in Directory.GetFiles(Path.Combine(result.OutputDirectory, "15"), "*.png", SearchOption.AllDirectories))
        {
            int tileX = int.Parse(Path.GetFileName(Path.GetDirectoryName(file)!));
            int tileY = int.Parse(Path.GetFileNameWithoutExtension(file));
            var parent = TilePixels.ReadTile(result.OutputDirectory, 15, tileX, tileY)!;
            for (int qy = 0; qy < 2; qy++)
            {
                for (int qx = 0; qx < 2; qx++)
                {
                    var child = TilePixels.ReadTile(result.OutputDirectory, 16, (2 * tileX) + qx, (2 * tileY) + qy);
                    if (child is null)
                    {
                        continue;
                    }

                    for (int j = 0; j < 128; j += 9)
                    {
                        for (int i = 0; i < 128; i += 9)
                        {
                            int p = ((((qy * 128) + j) * 256) + (qx * 128) + i) * 4;
                            int c = ((2 * j * 256) + (2 * i)) * 4;
                            int[] block = [c, c + 4, c + 1024, c + 1028];
                            if (block.Any(k => child[k + 3] != 255))
                            {
                                continue;
                            }

                            double expected = block.Average(k => (double)child[k]);
                            Assert.InRange(parent[p], expected - 1, expected + 1);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Fully_transparent_tiles_are_not_written()
    {
        // A narrow diagonal band of data in a nodata field: its bounding box holds empty tiles.
        var path = _temp.File("diagonal.tif");
        (Utm(Compression.NONE) with { Width = 600, Height = 600, NoData = "0", Pixel = (col, row, _) => Math.Abs(col - row) < 20 ? 120 : 0 }).Write(path);

        var result = await Tile(path, maxZoom: 16);
        var files = Directory.GetFiles(Path.Combine(result.OutputDirectory, "16"), "*.png", SearchOption.AllDirectories);
        int tilesInBox = Directory.GetDirectories(Path.Combine(result.OutputDirectory, "16")).Length;
        Assert.True(files.Length < tilesInBox * tilesInBox, $"{files.Length} tiles written for a {tilesInBox}-column box");
        foreach (var file in files)
        {
            var tileX = int.Parse(Path.GetFileName(Path.GetDirectoryName(file)!));
            var tile = TilePixels.ReadTile(result.OutputDirectory, 16, tileX, int.Parse(Path.GetFileNameWithoutExtension(file)))!;
            Assert.Contains(tile.Where((_, i) => i % 4 == 3), alpha => alpha > 0);
        }
    }

    [Fact]
    public async Task Metadata_describes_the_published_pyramid()
    {
        var path = _temp.File("meta.tif");
        Utm(Compression.NONE).Write(path);
        var acquired = new DateTimeOffset(2026, 10, 13, 9, 30, 0, TimeSpan.Zero);

        var result = await new OverlayTiler(new TilerOptions { MaxZoom = 15, Attribution = "NIS release", AcquiredAt = acquired })
            .RunAsync(path, _temp.File("tiles"));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(result.OutputDirectory, "metadata.json")));
        var root = json.RootElement;
        Assert.Equal(15, root.GetProperty("maxzoom").GetInt32());
        Assert.Equal(result.MinZoom, root.GetProperty("minzoom").GetInt32());
        Assert.Equal("NIS release", root.GetProperty("attribution").GetString());
        Assert.Equal(acquired, root.GetProperty("acquired_at").GetDateTimeOffset());
        // Every PNG below the folder is a tile but the quicklook beside them.
        var files = Directory.GetFiles(result.OutputDirectory, "*.png", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != Quicklook.FileName).ToArray();
        Assert.Equal(files.Length, root.GetProperty("tile_count").GetInt64());
        Assert.Equal(files.Length, result.TileCount);
        var bounds = root.GetProperty("bounds").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        // West and south from the fixture's left corners in UTM 18N, (246000, 2712000) and
        // (246000, 2710500), as PROJ converts them: -77.506543 and 24.487455.
        Assert.InRange(bounds[0], -77.50664, -77.50644);
        Assert.InRange(bounds[1], 24.48736, 24.48756);
        Assert.True(bounds[0] < bounds[2] && bounds[1] < bounds[3]);
    }

    [Fact]
    public async Task Default_zooms_follow_the_ground_resolution()
    {
        // 10 m pixels at 24.5 N are 11 m in Web Mercator: z13 (19.1 m) is the finest not finer.
        // 3000 px of 11 m are 33 km, about one 256 px tile at z10 (153 m/px, 39 km).
        var path = _temp.File("zooms.tif");
        (Utm(Compression.NONE) with { Width = 3000 }).Write(path);

        var result = await new OverlayTiler().RunAsync(path, _temp.File("tiles"));
        Assert.Equal(13, result.MaxZoom);
        Assert.Equal(10, result.MinZoom);
        Assert.InRange(result.ResolutionMercator, 10.9, 11.1);
    }

    [Fact]
    public async Task Republishing_replaces_the_previous_pyramid_whole()
    {
        var path = _temp.File("first.tif");
        Utm(Compression.NONE).Write(path);
        var output = _temp.File("tiles");
        await new OverlayTiler(new TilerOptions { MaxZoom = 15, MinZoom = 15 }).RunAsync(path, output);
        File.WriteAllText(Path.Combine(output, "stale.txt"), "from the first run");

        await new OverlayTiler(new TilerOptions { MaxZoom = 14, MinZoom = 14 }).RunAsync(path, output);

        Assert.False(File.Exists(Path.Combine(output, "stale.txt")));
        Assert.False(Directory.Exists(Path.Combine(output, "15")));
        Assert.True(Directory.Exists(Path.Combine(output, "14")));
        Assert.Single(Directory.GetFileSystemEntries(_temp.Path), e => Path.GetFileName(e).Contains("tiles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelled_job_publishes_nothing_and_keeps_the_previous_pyramid()
    {
        var path = _temp.File("cancel.tif");
        (Utm(Compression.NONE) with { Width = 1200, Height = 1200 }).Write(path);
        var output = _temp.File("tiles");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "previous.txt"), "published earlier");
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelOnFirstReport(cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new OverlayTiler(new TilerOptions { MaxZoom = 16 }).RunAsync(path, output, progress, cancellation.Token));

        Assert.True(File.Exists(Path.Combine(output, "previous.txt")));
        Assert.Single(Directory.GetFileSystemEntries(_temp.Path), e => Path.GetFileName(e).Contains("tiles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Progress_ends_at_one_with_the_tile_count()
    {
        var path = _temp.File("progress.tif");
        Utm(Compression.NONE).Write(path);
        var reports = new List<TileProgress>();

        var result = await new OverlayTiler(new TilerOptions { MaxZoom = 15 })
            .RunAsync(path, _temp.File("tiles"), new Collect(reports));

        Assert.NotEmpty(reports);
        Assert.Equal(1, reports[^1].Fraction);
        Assert.Equal(result.TileCount, reports[^1].TilesWritten);
    }

    [Fact]
    public async Task Image_much_finer_than_the_top_zoom_is_shrunk_and_still_shown()
    {
        // 0.5 m pixels tiled only down to z12 (38 m): shrunk 64 times by libvips before warping.
        var path = _temp.File("fine.tif");
        (Utm(Compression.LZW) with { Transform = (246000, 0.5, 2712000, -0.5), Pixel = (_, _, band) => 60 + (band * 40) }).Write(path);

        var result = await Tile(path, maxZoom: 12);
        Assert.True(result.TileCount >= 1);
        // PixelAtSource counts 10 m pixels: (7, 3) is 75 m east, 35 m south of the corner, mid-image.
        var pixel = PixelAtSource(result, 7, 3);
        Assert.Equal(new byte[] { 60, 100, 140 }, pixel[..3]);

        // At z8 (611 m) the whole image is a fraction of a pixel: a shrink larger than the image
        // used to make libvips fail; now it is capped and the job succeeds.
        var tiny = await new OverlayTiler(new TilerOptions { MaxZoom = 8 }).RunAsync(path, _temp.File("tiles-z8"));
        Assert.Equal(8, tiny.MaxZoom);
    }

    [Fact]
    public async Task Webp_tiles_are_written_when_asked()
    {
        var path = _temp.File("webp.tif");
        Utm(Compression.NONE).Write(path);

        var result = await new OverlayTiler(new TilerOptions { MaxZoom = 14, Format = TileFormat.WebP }).RunAsync(path, _temp.File("tiles"));

        var files = Directory.GetFiles(result.OutputDirectory, "*.webp", SearchOption.AllDirectories);
        Assert.Equal(result.TileCount, files.Length);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(files[0])[..4]));
    }

    private static GeoTiffWriter Utm(Compression compression) => new()
    {
        Width = 300,
        Height = 150,
        Epsg = 32618,
        Compression = compression,
        Transform = (246000, 10, 2712000, -10),
        Pixel = (col, row, band) => 100,
    };

    private async Task<TileResult> Tile(string path, int maxZoom, int? minZoom = null) =>
        await new OverlayTiler(new TilerOptions { MaxZoom = maxZoom, MinZoom = minZoom }).RunAsync(path, _temp.File("tiles"));

    // Lon/lat of a source pixel centre of the Utm fixture, through PROJ-independent UTM
    // coordinates: the fixture's top-left corner is (246000, 2712000) in EPSG:32618.
    private static byte[] PixelAtSource(TileResult result, int col, int row)
    {
        var crs = Projections.CrsFactory.FromEpsg(32618).CreateProjector();
        var (lon, lat) = crs.ToLonLat(246000 + ((col + 0.5) * 10), 2712000 - ((row + 0.5) * 10));
        var (gx, gy) = TilePixels.GlobalPixel(lon, lat, result.MaxZoom);
        return TilePixels.At(result.OutputDirectory, result.MaxZoom, gx, gy);
    }

    private static int AlphaAtSourcePixel(TileResult result, int col, int row) => PixelAtSource(result, col, row)[3];

    private sealed class CancelOnFirstReport(CancellationTokenSource source) : IProgress<TileProgress>
    {
        public void Report(TileProgress value) => source.Cancel();
    }

    private sealed class Collect(List<TileProgress> reports) : IProgress<TileProgress>
    {
        public void Report(TileProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}

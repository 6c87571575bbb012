using BitMiracle.LibTiff.Classic;
using GeoMap.Core.Projections;
using GeoMap.Imagery.Tests.Fixtures;
using GeoMap.Imagery.Tiling;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace GeoMap.Imagery.Tests.Tiling;

/// <summary>An overlay's quicklook: the whole footprint, north up, small, made from the pyramid's own tiles.</summary>
public sealed class QuicklookTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // A 3 x 1.5 km scene in UTM 18N, red on its western half and blue on its eastern half, lighter in its northern half.
    private static GeoTiffWriter Halves() => new()
    {
        Width = 300,
        Height = 150,
        Epsg = 32618,
        Compression = Compression.NONE,
        Transform = (246000, 10, 2712000, -10),
        Pixel = (col, row, band) => (col < 150, band) switch
        {
            (true, 0) or (false, 2) => 230,
            _ => row < 75 ? 90 : 10,
        },
    };

    [Theory]
    [InlineData(16)] // the scene is over 1,000 px across at its top zoom: a lower level is read and shrunk to 256 px
    [InlineData(12)] // the scene is about 80 px across at its top zoom: read there and not enlarged
    public async Task Tiling_writes_a_north_up_quicklook_of_the_whole_footprint(int maxZoom)
    {
        var path = _temp.File("halves.tif");
        Halves().Write(path);

        var result = await new OverlayTiler(new TilerOptions { MaxZoom = maxZoom }).RunAsync(path, _temp.File($"tiles-{maxZoom}"));

        using var quicklook = Image.Load<Rgba32>(Path.Combine(result.OutputDirectory, Quicklook.FileName));
        var box = result.Footprint.EnvelopeInternal;
        var across = (WebMercator.X(box.MaxX) - WebMercator.X(box.MinX)) * 256 * Math.Pow(2, maxZoom);
        Assert.Equal(Math.Min(Quicklook.Size, Math.Ceiling(across)), quicklook.Width, 1.0);
        // The scene is twice as wide as it is high, in Mercator as on the ground.
        Assert.InRange(quicklook.Width / (double)quicklook.Height, 1.8, 2.2);
        var (w, h) = (quicklook.Width, quicklook.Height);
        Assert.True(IsRed(quicklook[w / 4, h / 2]), $"west is {quicklook[w / 4, h / 2]}");
        Assert.True(IsBlue(quicklook[3 * w / 4, h / 2]), $"east is {quicklook[3 * w / 4, h / 2]}");
        Assert.True(quicklook[w / 4, h / 5].G > quicklook[w / 4, 4 * h / 5].G + 40, "north is up");
        Assert.Empty(Directory.GetFiles(result.OutputDirectory, "*.part"));
    }

    [Fact]
    public void Where_the_pyramid_has_no_tile_the_quicklook_is_transparent()
    {
        var folder = Directory.CreateDirectory(_temp.File("pyramid")).FullName;
        // One opaque green tile at z2 (x 2, y 1: lon 0..90, lat 0..66.5); the box reaches from lon -90 to 90.
        Directory.CreateDirectory(Path.Combine(folder, "2", "2"));
        using (var tile = new Image<Rgba32>(256, 256, new Rgba32(0, 200, 0, 255)))
        {
            tile.SaveAsPng(Path.Combine(folder, "2", "2", "1.png"));
        }

        var written = Quicklook.Write(folder, -90, 0, 90, 66.5, 2, 2);

        using var quicklook = Image.Load<Rgba32>(written);
        Assert.Equal(256, quicklook.Width);
        Assert.Equal(0, quicklook[quicklook.Width / 4, quicklook.Height / 2].A);
        var inside = quicklook[3 * quicklook.Width / 4, quicklook.Height / 2];
        Assert.True(inside.A == 255 && Math.Abs(inside.G - 200) <= 2 && inside.R <= 2, $"the tile's part is {inside}");

        // Made again (an overlay tiled before quicklooks): the file is replaced whole.
        Assert.Equal(written, Quicklook.Write(folder, -90, 0, 90, 66.5, 2, 2));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Theory]
    [InlineData(10, 0, 5, 1, 0, 5)] // west east of east
    [InlineData(0, 1, 1, 0, 0, 5)] // south north of north
    [InlineData(-181, 0, 1, 1, 0, 5)] // off the world
    [InlineData(0, 0, 1, 1, 6, 5)] // zooms reversed
    [InlineData(0, 0, 1, 1, -1, 5)] // negative zoom
    [InlineData(0, 0, 1, 1, 0, 31)] // past the deepest zoom
    public void A_box_or_zoom_range_that_is_not_valid_is_refused(double west, double south, double east, double north, int minZoom, int maxZoom)
    {
        var folder = Directory.CreateDirectory(_temp.File("empty")).FullName;
        Assert.Throws<ArgumentOutOfRangeException>(() => Quicklook.Write(folder, west, south, east, north, minZoom, maxZoom));
        Assert.Empty(Directory.GetFiles(folder));
    }

    private static bool IsRed(Rgba32 p) => p.A == 255 && p.R > 180 && p.B < 120;

    private static bool IsBlue(Rgba32 p) => p.A == 255 && p.B > 180 && p.R < 120;
}

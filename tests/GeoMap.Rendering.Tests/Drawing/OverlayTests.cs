using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Rendering.Basemap;
using GeoMap.Rendering.Drawing;
using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Tests.Drawing;

/// <summary>Overlay tiles land where their XYZ address says, at the zoom that matches the image's scale.</summary>
public sealed class OverlayTests : IDisposable
{
    private const int Zoom = 6;
    private const int TileX = 37; // 28.125°E to 33.75°E
    private const int TileY = 21; // about 48.9°N to 52.5°N

    private static readonly SKColor Parent = new(0x20, 0xA0, 0x20);
    private static readonly SKColor Native = new(0xE0, 0x20, 0xE0);
    private static readonly SKColor Child = new(0xF0, 0xD0, 0x10);
    private static readonly SKColor Corner = new(0x10, 0x30, 0xC0);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "geomap-render-tiles-" + Guid.NewGuid().ToString("N"));

    public OverlayTests()
    {
        // A tiny pyramid: the tile at z6, its parent at z5 and its four children at z7, each a flat colour;
        // the z6 tile has a blue square in its north-west corner to show it is not flipped.
        WriteTile(Zoom - 1, TileX / 2, TileY / 2, Parent, null);
        WriteTile(Zoom, TileX, TileY, Native, Corner);
        for (var dx = 0; dx < 2; dx++)
        {
            for (var dy = 0; dy < 2; dy++)
            {
                WriteTile(Zoom + 1, (2 * TileX) + dx, (2 * TileY) + dy, Child, null);
            }
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_tile_is_drawn_at_its_place_from_the_zoom_matching_the_image()
    {
        // The box is 2 x 2 z6 tiles, the image 512 px: exactly z6's scale. Our tile is the south-east one.
        var box = TileBox(TileX - 1, TileY - 1, TileX + 1, TileY + 1);
        var request = new MapRequest { Box = box, Width = 512, Height = 512, Overlays = [Overlay(1)] };
        using var bitmap = new MapRenderer(BasemapData.Empty) { ShowLegend = false }.RenderBitmap(request);

        Assert.Equal(Native, bitmap.GetPixel(256 + 128, 256 + 128));
        Assert.Equal(Corner, bitmap.GetPixel(256 + 8, 256 + 8));
        Assert.Equal(MapStyle.Briefing.Sea, bitmap.GetPixel(256 - 20, 256 + 128));
        Assert.Equal(MapStyle.Briefing.Sea, bitmap.GetPixel(256 + 128, 256 - 20));
    }

    [Fact]
    public void A_larger_scale_uses_the_deeper_tiles_and_a_smaller_one_the_parent()
    {
        var box = TileBox(TileX, TileY, TileX + 1, TileY + 1);
        using var zoomedIn = new MapRenderer(BasemapData.Empty) { ShowLegend = false }
            .RenderBitmap(new MapRequest { Box = box, Width = 512, Height = 512, Overlays = [Overlay(1)] });
        Assert.Equal(Child, zoomedIn.GetPixel(256, 300));

        var wide = TileBox((TileX / 2 * 2) - 4, (TileY / 2 * 2) - 4, (TileX / 2 * 2) + 6, (TileY / 2 * 2) + 6);
        using var zoomedOut = new MapRenderer(BasemapData.Empty) { ShowLegend = false }
            .RenderBitmap(new MapRequest { Box = wide, Width = 640, Height = 640, Overlays = [Overlay(1)] });
        var viewport = new MapViewport(wide, 640, 640);
        var centre = viewport.ToPixel(WebMercator.Lon((TileX + 0.5) / 64), WebMercator.Lat((TileY + 0.5) / 64));
        Assert.Equal(Parent, zoomedOut.GetPixel((int)centre.X, (int)centre.Y));
    }

    [Fact]
    public void Opacity_blends_the_tile_with_the_map_below()
    {
        var box = TileBox(TileX - 1, TileY - 1, TileX + 1, TileY + 1);
        using var bitmap = new MapRenderer(BasemapData.Empty) { ShowLegend = false }
            .RenderBitmap(new MapRequest { Box = box, Width = 512, Height = 512, Overlays = [Overlay(0.5)] });
        var pixel = bitmap.GetPixel(256 + 128, 256 + 128);
        var sea = MapStyle.Briefing.Sea;
        Assert.InRange(pixel.Red, ((Native.Red + sea.Red) / 2) - 3, ((Native.Red + sea.Red) / 2) + 3);
        Assert.InRange(pixel.Green, ((Native.Green + sea.Green) / 2) - 3, ((Native.Green + sea.Green) / 2) + 3);
    }

    [Theory]
    [InlineData(256 * 64, 0, 20, 6)]
    [InlineData(256 * 64 * 1.01, 0, 20, 7)]
    [InlineData(256 * 64, 8, 12, 8)]
    [InlineData(256 * 64, 0, 4, 4)]
    public void The_zoom_is_the_shallowest_at_least_as_sharp_as_the_image(double worldPixels, int min, int max, int expected)
    {
        Assert.Equal(expected, OverlayPainter.ChooseZoom(worldPixels, min, max));
    }

    [Fact]
    public void The_overlay_over_the_basemap_matches_its_reference()
    {
        var box = TileBox(TileX - 2, TileY - 1, TileX + 3, TileY + 2);
        var request = new MapRequest
        {
            Box = box,
            Width = 1000,
            Height = 700,
            Title = "Overlay tile placement",
            Overlays = [Overlay(0.7) with { Title = "Test pyramid", AcquiredAt = new DateTimeOffset(2024, 10, 10, 0, 0, 0, TimeSpan.Zero) }],
        };
        ReferenceImages.AssertMatches("overlay-tile", new MapRenderer(SharedBasemap.Value).RenderPng(request));
    }

    private MapOverlay Overlay(double opacity) => new() { Id = "test", TileFolder = folder, Opacity = opacity };

    private static BoundingBox TileBox(int x0, int y0, int x1, int y1) => new(
        WebMercator.Lon(x0 / 64.0), WebMercator.Lat(y1 / 64.0), WebMercator.Lon(x1 / 64.0), WebMercator.Lat(y0 / 64.0));

    private void WriteTile(int z, int x, int y, SKColor color, SKColor? corner)
    {
        var directory = Path.Combine(folder, z.ToString(System.Globalization.CultureInfo.InvariantCulture), x.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        using var bitmap = new SKBitmap(256, 256);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
            if (corner is { } c)
            {
                using var paint = new SKPaint { Color = c };
                canvas.DrawRect(new SKRect(0, 0, 16, 16), paint);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(directory, y.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".png"), data.ToArray());
    }
}

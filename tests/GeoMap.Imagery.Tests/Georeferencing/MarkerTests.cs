using BitMiracle.LibTiff.Classic;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Tests.Fixtures;
using GeoMap.Imagery.Tiling;
using NetTopologySuite.Geometries;

namespace GeoMap.Imagery.Tests.Georeferencing;

/// <summary>A red marker centred on a known ground point must land on the tile pixel of that
/// point at the top zoom, within one pixel. Projected coordinates of the points were computed
/// with gdaltransform (GDAL 3.6 on PROJ 9, traditional lon/lat order), outside the code under test.</summary>
public sealed class MarkerTests : IDisposable
{
    private static readonly SyntheticImage Image = new(160, 120, MarkerCol: 57, MarkerRow: 43);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Wgs84_marker_lands_on_its_tile_pixel()
    {
        await AssertMarker(GeoTiff(4326, geographic: true, x: 10.25, y: 45.5, pixelSize: 0.0001, Compression.DEFLATE), 10.25, 45.5, maxZoom: 17);
    }

    [Fact]
    public async Task Pixel_is_point_geotiff_marker_lands_on_its_tile_pixel()
    {
        // Same place as the UTM north case, but the tie point names the top-left pixel's centre.
        var area = GeoTiff(32618, geographic: false, x: 246661.2896863868, y: 2711878.295201859, pixelSize: 10, Compression.NONE);
        var (x0, a, y0, e) = area.Transform!.Value;
        var point = area with { PixelIsPoint = true, Transform = (x0 + (a / 2), a, y0 + (e / 2), e) };
        await AssertMarker(point, -77.5, 24.5, maxZoom: 16);
    }

    [Fact]
    public async Task Web_mercator_marker_lands_on_its_tile_pixel_from_a_tiled_lzw_tiff()
    {
        var tiff = GeoTiff(3857, geographic: false, x: 14694172.784712112, y: 5434543.708480057, pixelSize: 10, Compression.LZW) with { Tiled = true };
        await AssertMarker(tiff, 132.0, 43.8, maxZoom: 15);
    }

    [Theory]
    [InlineData(2154, 652301.564830528, 6861302.72589958, 2.35, 48.85)]     // RGF93 / Lambert-93, Paris
    [InlineData(28407, 7513950.88163598, 5726745.87380745, 39.2, 51.67)]    // Pulkovo 1942 / Gauss-Krüger zone 7, Voronezh (with the datum shift)
    [InlineData(6384, 337049.489038419, 5591144.69101327, 30.52, 50.45)]    // UCS-2000 / Ukraine TM zone 10, Kyiv
    [InlineData(3035, 5069955.26825214, 3292371.99426425, 21.01, 52.23)]    // ETRS89 / LAEA Europe, Warsaw
    public async Task Regional_crs_marker_lands_on_its_tile_pixel(int epsg, double x, double y, double lon, double lat)
    {
        await AssertMarker(GeoTiff(epsg, geographic: false, x, y, pixelSize: 10, Compression.DEFLATE), lon, lat, maxZoom: 15);
    }

    [Fact]
    public async Task Pulkovo_datum_shift_is_applied()
    {
        // The same easting/northing without the datum shift lies 114 m east: eleven 10 m pixels off.
        var shifted = GeoTiff(28407, geographic: false, 7513836.59627196, 5726745.89276871, pixelSize: 10, Compression.DEFLATE);
        var path = _temp.File("no-shift.tif");
        shifted.Write(path);
        var result = await Tile(path, new TilerOptions { MaxZoom = 15 });
        var (col, row) = TilePixels.GlobalPixel(39.2, 51.67, result.MaxZoom);
        var centroid = TilePixels.RedCentroid(result.OutputDirectory, result.MaxZoom, col, row);
        Assert.True(centroid is null || Math.Abs(centroid.Value.Col - col) > 3);
    }

    [Fact]
    public async Task Utm_north_marker_lands_on_its_tile_pixel()
    {
        await AssertMarker(GeoTiff(32618, geographic: false, x: 246661.2896863868, y: 2711878.295201859, pixelSize: 10, Compression.NONE), -77.5, 24.5, maxZoom: 15);
    }

    [Fact]
    public async Task Utm_south_marker_lands_on_its_tile_pixel()
    {
        await AssertMarker(GeoTiff(32750, geographic: false, x: 297499.5604779842, y: 9050543.052016914, pixelSize: 0.5, Compression.LZW), 115.16, -8.585, maxZoom: 19);
    }

    [Fact]
    public async Task Nad83_utm_marker_lands_on_its_tile_pixel()
    {
        await AssertMarker(GeoTiff(26913, geographic: false, x: 519496.03814124287, y: 4311585.029924074, pixelSize: 0.15, Compression.DEFLATE), -104.775, 38.953, maxZoom: 21);
    }

    [Fact]
    public async Task Jpeg_compressed_tiled_tiff_marker_lands_on_its_tile_pixel()
    {
        var tiff = GeoTiff(32618, geographic: false, x: 246661.2896863868, y: 2711878.295201859, pixelSize: 10, Compression.JPEG) with { Tiled = true };
        await AssertMarker(tiff, -77.5, 24.5, maxZoom: 15);
    }

    [Fact]
    public async Task Bigtiff_marker_lands_on_its_tile_pixel()
    {
        var tiff = GeoTiff(4326, geographic: true, x: 10.25, y: 45.5, pixelSize: 0.0001, Compression.LZW) with { BigTiff = true };
        await AssertMarker(tiff, 10.25, 45.5, maxZoom: 17);
    }

    [Fact]
    public async Task Png_with_a_rotated_world_file_marker_lands_on_its_tile_pixel()
    {
        // 10 m pixels rotated by 20 degrees in EPSG:3857, the marker pixel centre on (132.0, 43.8).
        double angle = 20 * Math.PI / 180, size = 10;
        double a = size * Math.Cos(angle), b = size * Math.Sin(angle), d = size * Math.Sin(angle), e = -size * Math.Cos(angle);
        double cx = Image.MarkerCol + 0.5, cy = Image.MarkerRow + 0.5;
        double x0 = 14694172.784712112 - (a * cx) - (b * cy), y0 = 5434543.708480057 - (d * cx) - (e * cy);
        var png = _temp.File("rotated.png");
        WritePng(png);
        // World files give the centre of the top-left pixel.
        File.WriteAllLines(_temp.File("rotated.pgw"), new[] { a, d, b, e, x0 + (a / 2) + (b / 2), y0 + (d / 2) + (e / 2) }
            .Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        var result = await Tile(png, new TilerOptions { MaxZoom = 15, Georeference = new GeoreferenceOptions { Crs = "EPSG:3857" } });
        AssertMarkerAt(result, 132.0, 43.8);
        Assert.Equal("world file rotated.pgw", result.GeoreferenceOrigin);
    }

    [Fact]
    public async Task Rotated_geotiff_with_model_transformation_marker_lands_on_its_tile_pixel()
    {
        // 10 m pixels rotated by -15 degrees in UTM 18N, the marker pixel centre on (-77.5, 24.5).
        double angle = -15 * Math.PI / 180, size = 10;
        double a = size * Math.Cos(angle), b = size * Math.Sin(angle), d = size * Math.Sin(angle), e = -size * Math.Cos(angle);
        double cx = Image.MarkerCol + 0.5, cy = Image.MarkerRow + 0.5;
        double x0 = 246661.2896863868 - (a * cx) - (b * cy), y0 = 2711878.295201859 - (d * cx) - (e * cy);
        var tiff = GeoTiff(32618, geographic: false, x: 0, y: 0, pixelSize: 1, Compression.NONE) with
        {
            Transform = null,
            ModelTransformation = [a, b, 0, x0, d, e, 0, y0, 0, 0, 0, 0, 0, 0, 0, 1],
        };
        await AssertMarker(tiff, -77.5, 24.5, maxZoom: 15);
    }

    [Fact]
    public async Task Webp_with_bounds_marker_lands_on_its_tile_pixel()
    {
        var webp = _temp.File("image.webp");
        using (var image = NetVips.Image.NewFromMemory(Image.Rgb(), Image.Width, Image.Height, 3, NetVips.Enums.BandFormat.Uchar))
        {
            image.Webpsave(webp, lossless: true);
        }

        double west = 10.25 - ((Image.MarkerCol + 0.5) * 0.0001), north = 45.5 + ((Image.MarkerRow + 0.5) * 0.0001);
        var bounds = (west, north - (Image.Height * 0.0001), west + (Image.Width * 0.0001), north);
        var result = await Tile(webp, new TilerOptions { MaxZoom = 17, Georeference = new GeoreferenceOptions { Bounds = bounds } });
        AssertMarkerAt(result, 10.25, 45.5);
    }

    [Fact]
    public async Task Jpeg_with_explicit_world_file_and_utm_crs_marker_lands_on_its_tile_pixel()
    {
        var jpeg = _temp.File("photo.jpg");
        using (var image = NetVips.Image.NewFromMemory(Image.Rgb(), Image.Width, Image.Height, 3, NetVips.Enums.BandFormat.Uchar))
        {
            image.Jpegsave(jpeg, q: 95);
        }

        double x0 = 246661.2896863868 - ((Image.MarkerCol + 0.5) * 10), y0 = 2711878.295201859 + ((Image.MarkerRow + 0.5) * 10);
        var world = _temp.File("georef.wld");
        File.WriteAllLines(world, new[] { "10", "0", "0", "-10", (x0 + 5).ToString("R", System.Globalization.CultureInfo.InvariantCulture), (y0 - 5).ToString("R", System.Globalization.CultureInfo.InvariantCulture) });
        var result = await Tile(jpeg, new TilerOptions { MaxZoom = 15, Georeference = new GeoreferenceOptions { WorldFile = world, Crs = "EPSG:32618" } });
        AssertMarkerAt(result, -77.5, 24.5);
    }

    [Fact]
    public async Task Png_with_bounds_marker_lands_on_its_tile_pixel()
    {
        var png = _temp.File("plain.png");
        WritePng(png);
        // 0.0001 degree pixels: the marker pixel centre is at (10.25, 45.5).
        double west = 10.25 - ((Image.MarkerCol + 0.5) * 0.0001), north = 45.5 + ((Image.MarkerRow + 0.5) * 0.0001);
        var bounds = (west, north - (Image.Height * 0.0001), west + (Image.Width * 0.0001), north);
        var result = await Tile(png, new TilerOptions { MaxZoom = 17, Georeference = new GeoreferenceOptions { Bounds = bounds } });
        AssertMarkerAt(result, 10.25, 45.5);
    }

    [Fact]
    public async Task Png_with_corners_marker_lands_on_its_tile_pixel()
    {
        var png = _temp.File("corners.png");
        WritePng(png);
        double west = 10.25 - ((Image.MarkerCol + 0.5) * 0.0001), north = 45.5 + ((Image.MarkerRow + 0.5) * 0.0001);
        double east = west + (Image.Width * 0.0001), south = north - (Image.Height * 0.0001);
        var corners = new[] { (west, north), (east, north), (east, south), (west, south) };
        var result = await Tile(png, new TilerOptions { MaxZoom = 17, Georeference = new GeoreferenceOptions { Corners = corners } });
        AssertMarkerAt(result, 10.25, 45.5);
    }

    [Fact]
    public async Task Footprint_is_in_wgs84_and_contains_the_marker()
    {
        var path = _temp.File("utm.tif");
        GeoTiff(32750, geographic: false, x: 297499.5604779842, y: 9050543.052016914, pixelSize: 0.5, Compression.LZW).Write(path);
        var result = await Tile(path, new TilerOptions());
        Assert.Equal(4326, result.Footprint.SRID);
        Assert.True(result.Footprint.Contains(new Point(115.16, -8.585)));
        Assert.True(result.Footprint.IsValid);
        Assert.InRange(result.Footprint.EnvelopeInternal.Width, 0.0006, 0.0009);
    }

    private GeoTiffWriter GeoTiff(int epsg, bool geographic, double x, double y, double pixelSize, Compression compression) => new()
    {
        Width = Image.Width,
        Height = Image.Height,
        Epsg = epsg,
        Geographic = geographic,
        Compression = compression,
        Transform = (x - ((Image.MarkerCol + 0.5) * pixelSize), pixelSize, y + ((Image.MarkerRow + 0.5) * pixelSize), -pixelSize),
        Pixel = (col, row, band) => Image.Sample(col, row, band),
    };

    private void WritePng(string path)
    {
        using var image = NetVips.Image.NewFromMemory(Image.Rgb(), Image.Width, Image.Height, 3, NetVips.Enums.BandFormat.Uchar);
        image.Pngsave(path);
    }

    private async Task AssertMarker(GeoTiffWriter tiff, double lon, double lat, int maxZoom)
    {
        var path = _temp.File("input.tif");
        tiff.Write(path);
        var result = await Tile(path, new TilerOptions { MaxZoom = maxZoom });
        Assert.Equal(maxZoom, result.MaxZoom);
        AssertMarkerAt(result, lon, lat);
    }

    private async Task<TileResult> Tile(string input, TilerOptions options) =>
        await new OverlayTiler(options).RunAsync(input, _temp.File("tiles"));

    private static void AssertMarkerAt(TileResult result, double lon, double lat)
    {
        var (col, row) = TilePixels.GlobalPixel(lon, lat, result.MaxZoom);
        var centroid = TilePixels.RedCentroid(result.OutputDirectory, result.MaxZoom, col, row);
        Assert.True(centroid.HasValue, $"no red marker near pixel {col:F1},{row:F1} at z{result.MaxZoom}");
        double error = Math.Max(Math.Abs(centroid.Value.Col - col), Math.Abs(centroid.Value.Row - row));
        Assert.True(error <= 1, $"marker at {centroid.Value.Col:F2},{centroid.Value.Row:F2}, expected {col:F2},{row:F2} (off by {error:F2} px)");
    }
}

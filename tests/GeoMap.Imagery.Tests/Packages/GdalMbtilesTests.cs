using System.Diagnostics;
using GeoMap.Imagery.Packages;
using GeoMap.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace GeoMap.Imagery.Tests.Packages;

/// <summary>An MBTiles file written by GDAL (installed by scripts/setup.sh), not by our own fixture writer, reads back.</summary>
public sealed class GdalMbtilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("geomap-gdal-mbtiles-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Mbtiles_written_by_gdal_translate_reads_with_its_bounds_and_tiles()
    {
        var source = Path.Combine(folder, "red.png");
        await File.WriteAllBytesAsync(source, BasemapPackages.SolidPng(220, 20, 20, 512));
        var target = Path.Combine(folder, "gdal.mbtiles");
        using (var gdal = Process.Start(new ProcessStartInfo("gdal_translate", ["-q", "-of", "MBTILES", "-a_srs", "EPSG:4326", "-a_ullr", "36", "50", "38", "48", source, target])
               { RedirectStandardError = true })!)
        {
            var error = await gdal.StandardError.ReadToEndAsync();
            await gdal.WaitForExitAsync();
            Assert.True(gdal.ExitCode == 0, error);
        }

        using var package = TilePackage.Open(target);
        var info = package.Info;
        Assert.Equal(TileFormat.Png, info.Format);
        Assert.InRange(info.West, 35.9, 36.1);
        Assert.InRange(info.North, 49.9, 50.1);

        // The tile under the box's centre at the deepest zoom is red there.
        var z = info.MaxZoom;
        var x = (int)Math.Floor(GeoMap.Core.Projections.WebMercator.X(37) * (1 << z));
        var y = (int)Math.Floor(GeoMap.Core.Projections.WebMercator.Y(49) * (1 << z));
        var tile = package.ReadTile(z, x, y);
        Assert.NotNull(tile);
        using var image = Image.Load<Rgba32>(tile.Decoded());
        var px = image[(int)((GeoMap.Core.Projections.WebMercator.X(37) * (1 << z) - x) * image.Width), (int)((GeoMap.Core.Projections.WebMercator.Y(49) * (1 << z) - y) * image.Height)];
        Assert.True(px.R > 200 && px.G < 60 && px.A > 200, $"pixel {px}");
    }
}

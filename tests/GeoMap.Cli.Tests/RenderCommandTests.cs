using GeoMap.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace GeoMap.Cli.Tests;

public sealed class RenderCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private Dictionary<string, string> Environment => new() { ["GEOMAP_DB"] = database.ConnectionString };

    [Fact]
    public async Task A_basemap_package_is_drawn_under_the_map()
    {
        var folder = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", "render-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var package = Path.Combine(folder, "green.mbtiles");
            BasemapPackages.WriteMbTiles(package, BasemapPackages.EveryTile(0, 3, BasemapPackages.SolidPng(0, 160, 0, 64)), new Dictionary<string, string>
            {
                ["name"] = "Green",
                ["format"] = "png",
                ["minzoom"] = "0",
                ["maxzoom"] = "3",
                ["attribution"] = "© Green Test",
            });
            var output = Path.Combine(folder, "map.png");

            var render = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "render", "--bbox", "30,45,40,52", "--size", "400x300", "--basemap", package, "-o", output);
            Assert.True(render.ExitCode == 0, render.Stderr);
            using var image = Image.Load<Rgba32>(output);
            Assert.Equal(new Rgba32(0, 160, 0, 255), image[200, 150]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_basemap_that_is_no_package_is_refused_with_the_reason()
    {
        var fake = GeomapProcess.TempFile("fake.mbtiles", "no tiles here"u8.ToArray());
        var render = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "render", "--bbox", "30,45,40,52", "--basemap", fake, "-o", fake + ".png");
        Assert.NotEqual(0, render.ExitCode);
        Assert.Contains("--basemap", render.Stderr, StringComparison.Ordinal);
        Assert.Contains("neither an MBTiles", render.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(fake + ".png"));
    }
}

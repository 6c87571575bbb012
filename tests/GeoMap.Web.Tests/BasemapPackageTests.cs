using GeoMap.Testing;

namespace GeoMap.Web.Tests;

/// <summary>A server whose basemap package is red raster tiles down to zoom 8.</summary>
public sealed class RedBasemapFixture : WebServerFixture
{
    public string PackagePath { get; } = Write();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GeoMap:Server:BasemapPackage"] = PackagePath };

    private static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geomap-web-basemap-{Guid.NewGuid():N}.mbtiles");
        // Zooms 0-2 everywhere and the zoom-8 tiles around Kharkiv (36.25 E, 50.0 N): the city zoom overzooms them.
        var red = BasemapPackages.SolidPng(230, 0, 0, 256);
        var tiles = BasemapPackages.EveryTile(0, 2, red).ToList();
        for (var x = 152; x <= 156; x++)
        {
            for (var y = 84; y <= 88; y++)
            {
                tiles.Add(new FixtureTile(8, x, y, red));
            }
        }

        BasemapPackages.WriteMbTiles(path, tiles, new Dictionary<string, string> { ["format"] = "png", ["minzoom"] = "0", ["maxzoom"] = "8", ["attribution"] = "Red Test Tiles" });
        return path;
    }
}

public sealed class BasemapPackageTests(RedBasemapFixture server) : IClassFixture<RedBasemapFixture>
{
    [Fact]
    public async Task The_client_draws_the_servers_package_at_a_city_zoom_with_its_attribution()
    {
        await using var page = await server.OpenAsync("/?c=36.25,50&z=12");
        await page.Page.WaitForFunctionAsync("() => document.body.dataset.basemap === 'package-raster'");
        var size = await page.Map.BoundingBoxAsync();
        var point = (size!.X + (size.Width / 2) + 40, size.Y + (size.Height / 2) + 30);
        // Tiles arrive after the layer swap: look again until they are drawn (or the attempts run out).
        int[] colour = [];
        for (var attempt = 0; attempt < 40; attempt++)
        {
            colour = (await page.ColoursAtAsync(point))[0];
            if (colour[0] > 200 && colour[1] < 40 && colour[2] < 40)
            {
                break;
            }

            await page.WaitForRenderAsync();
        }

        Assert.True(colour[0] > 200 && colour[1] < 40 && colour[2] < 40, $"the map shows {string.Join(",", colour)}, not the package's red");
        Assert.Contains("Red Test Tiles", await page.Page.Locator(".ol-attribution").TextContentAsync(), StringComparison.Ordinal);
    }
}

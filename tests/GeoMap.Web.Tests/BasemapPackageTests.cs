using System.Globalization;
using GeoMap.Testing;

namespace GeoMap.Web.Tests;

/// <summary>A server whose basemap package is red raster tiles down to zoom 8.</summary>
public sealed class RedBasemapFixture : WebServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GeoMap:Server:BasemapPackage"] = Write() };

    private string Write()
    {
        Directory.CreateDirectory(ScratchFolder);
        var path = Path.Combine(ScratchFolder, "red.mbtiles");
        // Zooms 0-2 everywhere and the zoom-8 tiles around Kharkiv (36.25 E, 50.0 N): the city zoom overzooms them.
        var red = BasemapPackages.SolidPng(230, 0, 0, 256);
        var tiles = BasemapPackages.EveryTile(0, 2, red).ToList();
        tiles.AddRange(KharkivTiles((_, _) => red));
        BasemapPackages.WriteMbTiles(path, tiles, new Dictionary<string, string> { ["format"] = "png", ["minzoom"] = "0", ["maxzoom"] = "8", ["attribution"] = "Red Test Tiles" });
        return path;
    }

    /// <summary>The zoom-8 tiles around Kharkiv, each made by <paramref name="make"/> from its column and row.</summary>
    internal static IEnumerable<FixtureTile> KharkivTiles(Func<int, int, byte[]?> make)
    {
        for (var x = 152; x <= 156; x++)
        {
            for (var y = 84; y <= 88; y++)
            {
                if (make(x, y) is { } data)
                {
                    yield return new FixtureTile(8, x, y, data);
                }
            }
        }
    }
}

/// <summary>A server whose basemap package is gzipped vector tiles (OpenMapTiles layer names) at zoom 8 around Kharkiv: a lake over the city, a motorway, a town's name, a village's and a city's names on one spot, and two pairs of names across a tile edge.</summary>
public sealed class VectorBasemapFixture : WebServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GeoMap:Server:BasemapPackage"] = Write() };

    private string Write()
    {
        Directory.CreateDirectory(ScratchFolder);
        var path = Path.Combine(ScratchFolder, "vector.mbtiles");
        FixtureFeature[] features =
        [
            new("water", VectorTiles.Box(35.8, 49.7, 36.7, 50.3), ("class", "lake")),
            new("transportation", VectorTiles.Line((35.5, 50.15), (37.0, 50.15)), ("class", "motorway")),
            new("place", VectorTiles.Point(36.0, 49.9), ("class", "town"), ("name", "Тестове"), ("name:en", "Testove")),
            // Two names on one spot, the lesser first in the tile: the city's is the one shown.
            new("place", VectorTiles.Point(36.9, 49.6), ("class", "village"), ("name", "Sloboda Mala")),
            new("place", VectorTiles.Point(36.9, 49.6), ("class", "city"), ("rank", 3), ("name", "Grand City")),
            // Two pairs of names either side of the edge between the zoom-8 tiles 154 and 155 (37.97 E), each name in
            // one tile only (outside the other's buffer), close enough to overlap at zoom 9: a village west of a capital,
            // and a city west of a village. Whichever tile is drawn first, the higher ranked name of each pair is shown.
            new("place", VectorTiles.Point(37.93, 49.75), ("class", "village"), ("name", "Kraiove Selo")),
            new("place", VectorTiles.Point(38.01, 49.75), ("class", "capital"), ("rank", 1), ("name", "Stolytsia")),
            new("place", VectorTiles.Point(37.93, 49.45), ("class", "city"), ("rank", 2), ("name", "Velykomisto")),
            new("place", VectorTiles.Point(38.01, 49.45), ("class", "village"), ("name", "Khutir Dalnii")),
        ];
        var tiles = RedBasemapFixture.KharkivTiles((x, y) => VectorTiles.Cut(8, x, y, features) is { } mvt ? BasemapPackages.Gzip(mvt) : null);
        BasemapPackages.WriteMbTiles(path, tiles, new Dictionary<string, string>
        {
            ["format"] = "pbf", ["minzoom"] = "0", ["maxzoom"] = "8", ["attribution"] = "<a href=\"https://example.org\">Vector Test Tiles</a>",
        });
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
        var colour = await PackageColourAsync(page, (40, 30), c => c[0] > 200 && c[1] < 40 && c[2] < 40);
        Assert.True(colour[0] > 200 && colour[1] < 40 && colour[2] < 40, $"the map shows {string.Join(",", colour)}, not the package's red");
        Assert.Contains("Red Test Tiles", await page.Page.Locator(".ol-attribution").TextContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>The colour at an offset from the map's centre once it is what <paramref name="wanted"/> expects, or the last one seen.</summary>
    internal static async Task<int[]> PackageColourAsync(BrowserPage page, (double Dx, double Dy) offset, Func<int[], bool> wanted)
    {
        var size = await page.Map.BoundingBoxAsync();
        var point = (size!.X + (size.Width / 2) + (float)offset.Dx, size.Y + (size.Height / 2) + (float)offset.Dy);
        // Tiles arrive after the layer swap: look again until they are drawn (or the attempts run out).
        int[] colour = [];
        for (var attempt = 0; attempt < 40; attempt++)
        {
            colour = (await page.ColoursAtAsync(point))[0];
            if (wanted(colour))
            {
                break;
            }

            await page.WaitForRenderAsync();
        }

        return colour;
    }
}

public sealed class VectorBasemapPackageTests(VectorBasemapFixture server) : IClassFixture<VectorBasemapFixture>
{
    [Fact]
    public async Task The_client_draws_a_vector_package_in_the_shared_style_at_a_city_zoom_with_its_attribution()
    {
        await using var page = await server.OpenAsync("/?c=36.25,50&z=11");
        await page.Page.WaitForFunctionAsync("() => document.body.dataset.basemap === 'package-vector'");

        // The lake's fill of data/style/basemap-package-style.json (#c9dbe6), overzoomed from zoom 8; below it the
        // built-in basemap would be land.
        static bool Water(int[] c) => Math.Abs(c[0] - 0xC9) <= 6 && Math.Abs(c[1] - 0xDB) <= 6 && Math.Abs(c[2] - 0xE6) <= 6;
        var colour = await BasemapPackageTests.PackageColourAsync(page, (40, 60), Water);
        Assert.True(Water(colour), $"the map shows {string.Join(",", colour)}, not the package's water");
        var attribution = await page.Page.Locator(".ol-attribution").TextContentAsync();
        Assert.Contains("Vector Test Tiles", attribution, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_two_package_names_on_one_spot_the_higher_ranked_is_shown()
    {
        await using var page = await server.OpenAsync("/?c=36.9,49.6&z=9");
        await page.Page.WaitForFunctionAsync("() => document.body.dataset.basemap === 'package-vector'");
        // The names OpenLayers drew there: decluttered ones are not hit.
        var names = Array.Empty<string>();
        for (var attempt = 0; attempt < 40 && names.Length == 0; attempt++)
        {
            await page.Page.WaitForTimeoutAsync(250);
            names = await page.Page.EvaluateAsync<string[]>("""
                () => { const m = window.geomap.map; const p = m.getPixelFromCoordinate(m.getView().getCenter()); const out = [];
                  m.forEachFeatureAtPixel(p, (f) => { if (f.get('layer') === 'place') out.push(f.get('name')); }, { hitTolerance: 3, layerFilter: (l) => l.get('basemap') === true });
                  return out; }
                """);
        }

        Assert.Equal(["Grand City"], names);
    }

    [Fact]
    public async Task Package_names_are_ranked_across_tile_edges()
    {
        await using var page = await server.OpenAsync("/?c=37.97,49.6&z=9");
        await page.Page.WaitForFunctionAsync("() => document.body.dataset.basemap === 'package-vector'");
        // Each name's own point: a name shown is hit there, one decluttered is not.
        var shown = new Dictionary<string, bool>();
        (string Name, double Lon, double Lat)[] places = [("Kraiove Selo", 37.93, 49.75), ("Stolytsia", 38.01, 49.75), ("Velykomisto", 37.93, 49.45), ("Khutir Dalnii", 38.01, 49.45)];
        // Tiles arrive after the layer swap: look again until both higher ranked names are drawn (or the attempts run out).
        for (var attempt = 0; attempt < 40 && !(shown.GetValueOrDefault("Stolytsia") && shown.GetValueOrDefault("Velykomisto")); attempt++)
        {
            await page.Page.WaitForTimeoutAsync(250);
            foreach (var (name, lon, lat) in places)
            {
                shown[name] = await page.Page.EvaluateAsync<bool>($$"""
                    () => { const m = window.geomap.map; const p = window.geomap.pixelOf({{lon.ToString(CultureInfo.InvariantCulture)}}, {{lat.ToString(CultureInfo.InvariantCulture)}}); let hit = false;
                      m.forEachFeatureAtPixel(p, (f) => { if (f.get('name') === '{{name}}') hit = true; }, { hitTolerance: 2, layerFilter: (l) => l.get('basemap') === true });
                      return hit; }
                    """);
            }
        }

        Assert.Equal(
            new Dictionary<string, bool> { ["Kraiove Selo"] = false, ["Stolytsia"] = true, ["Velykomisto"] = true, ["Khutir Dalnii"] = false },
            shown);
    }
}

/// <summary>A server whose raster PMTiles package has damaged leaf directories: it starts, its tiles answer 500.</summary>
public sealed class DamagedBasemapFixture : WebServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GeoMap:Server:BasemapPackage"] = Write() };

    private string Write()
    {
        Directory.CreateDirectory(ScratchFolder);
        var path = Path.Combine(ScratchFolder, "damaged.pmtiles");
        var tiles = BasemapPackages.EveryTile(0, 3, []).Select((t, i) => t with { Data = BasemapPackages.SolidPng(230, (byte)i, 0, 4) });
        BasemapPackages.WritePmTiles(path, tiles, 2, 1, "{}", (-180, -85, 180, 85), entriesPerLeaf: 3);
        BasemapPackages.DamageLeafDirectories(path);
        return path;
    }
}

public sealed class DamagedBasemapPackageTests(DamagedBasemapFixture server) : IClassFixture<DamagedBasemapFixture>
{
    [Fact]
    public async Task A_damaged_package_gives_way_to_the_builtin_basemap_with_the_reason()
    {
        await using var page = await server.OpenAsync("/?c=36.25,50&z=4");
        await page.Page.WaitForFunctionAsync("() => document.body.dataset.basemap === 'builtin-fallback'");
        Assert.Contains("damaged.pmtiles", await page.Page.Locator("#status").TextContentAsync(), StringComparison.Ordinal);
        // The package's tile layer is gone, the built-in land, coasts and borders are back.
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => window.geomap.map.getLayers().getArray().filter((l) => typeof l.getSource?.()?.getTileUrlFunction === 'function').length"));
        Assert.Equal(1, await page.Page.EvaluateAsync<int>("() => window.geomap.map.getLayers().getArray().filter((l) => l.get('name') === 'land, coasts and borders').length"));
    }
}

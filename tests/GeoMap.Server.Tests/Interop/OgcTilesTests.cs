using System.Globalization;
using System.Net;
using System.Text.Json;
using GeoMap.Core.Overlays;
using GeoMap.Core.Projections;

namespace GeoMap.Server.Tests.Interop;

/// <summary>
/// OGC API - Tiles for overlays, followed link by link as a tile client does: from the overlay to its collection, its
/// tilesets, the WebMercatorQuad tileset (zoom range as tile matrix limits, bounds, URL template) and a tile.
/// </summary>
public sealed class OgcTilesTests(KestrelServer server) : IClassFixture<KestrelServer>, IAsyncLifetime
{
    private Overlay overlay = null!;
    private readonly HttpClient client = new();

    public async Task InitializeAsync() =>
        overlay = await InteropOverlays.AddReadyAsync(server, "Ussuriysk base", (131.9, 43.75, 132.0, 43.85));

    public Task DisposeAsync()
    {
        client.Dispose();
        return Task.CompletedTask;
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await client.GetAsync(url.StartsWith("http", StringComparison.Ordinal) ? url : server.Address + url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static string Link(JsonElement document, string rel) =>
        document.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == rel).GetProperty("href").GetString()!;

    [Fact]
    public async Task A_tile_client_finds_zoom_range_bounds_and_tiles_from_the_overlay_alone()
    {
        var feature = await GetJsonAsync($"/api/overlays/{overlay.Id:D}");
        var collection = await GetJsonAsync(feature.GetProperty("properties").GetProperty("ogcCollection").GetString()!);
        Assert.Equal($"overlay-{overlay.Id:D}", collection.GetProperty("id").GetString());
        var bbox = collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => Math.Round(v.GetDouble(), 2)).ToArray();
        Assert.Equal([131.9, 43.75, 132.0, 43.85], bbox);

        var tilesets = await GetJsonAsync(Link(collection, "http://www.opengis.net/def/rel/ogc/1.0/tilesets-map"));
        var entry = tilesets.GetProperty("tilesets").EnumerateArray().Single();
        Assert.Equal("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", entry.GetProperty("tileMatrixSetURI").GetString());
        var tileset = await GetJsonAsync(Link(entry, "self"));

        // The limits are the pyramid: one per zoom level, and every tile on disk inside its level's rows and columns.
        var limits = tileset.GetProperty("tileMatrixSetLimits").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(overlay.MinZoom, overlay.MaxZoom - overlay.MinZoom + 1).Select(z => z.ToString(CultureInfo.InvariantCulture)),
            limits.Select(l => l.GetProperty("tileMatrix").GetString()));
        var folder = Path.Combine(server.TilesFolder, overlay.Id.ToString("D"));
        foreach (var limit in limits)
        {
            var zoom = limit.GetProperty("tileMatrix").GetString()!;
            foreach (var tile in Directory.EnumerateFiles(Path.Combine(folder, zoom), "*.png", SearchOption.AllDirectories))
            {
                var col = int.Parse(Path.GetFileName(Path.GetDirectoryName(tile))!, CultureInfo.InvariantCulture);
                var row = int.Parse(Path.GetFileNameWithoutExtension(tile), CultureInfo.InvariantCulture);
                Assert.InRange(col, limit.GetProperty("minTileCol").GetInt32(), limit.GetProperty("maxTileCol").GetInt32());
                Assert.InRange(row, limit.GetProperty("minTileRow").GetInt32(), limit.GetProperty("maxTileRow").GetInt32());
            }
        }

        // The URL template, filled with a tile of the deepest level, serves that tile's file.
        var item = tileset.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "item");
        Assert.Equal("image/png", item.GetProperty("type").GetString());
        Assert.True(item.GetProperty("templated").GetBoolean());
        var deepest = Directory.EnumerateFiles(Path.Combine(folder, overlay.MaxZoom.ToString(CultureInfo.InvariantCulture)), "*.png", SearchOption.AllDirectories).First();
        var x = Path.GetFileName(Path.GetDirectoryName(deepest))!;
        var y = Path.GetFileNameWithoutExtension(deepest);
        var url = item.GetProperty("href").GetString()!.Replace("{tileMatrix}", overlay.MaxZoom.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{tileRow}", y, StringComparison.Ordinal).Replace("{tileCol}", x, StringComparison.Ordinal);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(deepest), await response.Content.ReadAsByteArrayAsync());
        var outside = item.GetProperty("href").GetString()!.Replace("{tileMatrix}", "0", StringComparison.Ordinal).Replace("{tileRow}", "0", StringComparison.Ordinal).Replace("{tileCol}", "0", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(outside)).StatusCode);
    }

    [Fact]
    public async Task The_tile_matrix_set_is_web_mercator_quad_as_the_pyramid_cuts_it()
    {
        var landing = await GetJsonAsync("/ogc");
        var list = await GetJsonAsync(Link(landing, "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes"));
        var set = list.GetProperty("tileMatrixSets").EnumerateArray().Single();
        var definition = await GetJsonAsync(Link(set, "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme"));
        Assert.Equal("http://www.opengis.net/def/crs/EPSG/0/3857", definition.GetProperty("crs").GetString());
        var matrices = definition.GetProperty("tileMatrices").EnumerateArray().ToList();
        foreach (var zoom in new[] { 0, 10, 18 })
        {
            var matrix = matrices[zoom];
            Assert.Equal(zoom.ToString(CultureInfo.InvariantCulture), matrix.GetProperty("id").GetString());
            Assert.Equal(WebMercator.Resolution(zoom), matrix.GetProperty("cellSize").GetDouble(), 9);
            Assert.Equal(1L << zoom, matrix.GetProperty("matrixWidth").GetInt64());
            Assert.Equal(-WebMercator.HalfWorld, matrix.GetProperty("pointOfOrigin")[0].GetDouble(), 6);
            Assert.Equal(WebMercator.HalfWorld, matrix.GetProperty("pointOfOrigin")[1].GetDouble(), 6);
        }

        Assert.Equal(559_082_264.0287, matrices[0].GetProperty("scaleDenominator").GetDouble(), 3);
        var conformance = await GetJsonAsync("/ogc/conformance");
        Assert.Contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset", conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(server.Address + "/ogc/tileMatrixSets/WorldCRS84Quad")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{server.Address}/ogc/collections/overlay-{Guid.NewGuid():D}")).StatusCode);
    }
}

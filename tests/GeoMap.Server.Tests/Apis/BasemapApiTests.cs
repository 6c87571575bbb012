using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GeoMap.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Tests.Apis;

/// <summary>A server whose basemap package is a small raster MBTiles: red at zoom 0-2, Kyiv's zoom-6 tile blue.</summary>
public sealed class RasterBasemapServer : ServerFixture
{
    public static readonly byte[] Red = BasemapPackages.SolidPng(255, 0, 0, 16);
    public static readonly byte[] Blue = BasemapPackages.SolidPng(0, 0, 255, 16);

    public string PackagePath { get; } = Write();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["GeoMap:Server:BasemapPackage"] = PackagePath };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(PackagePath);
    }

    private static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geomap-basemap-{Guid.NewGuid():N}.mbtiles");
        BasemapPackages.WriteMbTiles(path, [.. BasemapPackages.EveryTile(0, 2, Red), new FixtureTile(6, 38, 21, Blue)], new Dictionary<string, string>
        {
            ["name"] = "Test raster",
            ["format"] = "png",
            ["minzoom"] = "0",
            ["maxzoom"] = "6",
            ["bounds"] = "-180,-85,180,85",
            ["attribution"] = "© Test Data",
        });
        return path;
    }
}

/// <summary>A server whose basemap package is a PMTiles of gzipped vector tiles.</summary>
public sealed class VectorBasemapServer : ServerFixture
{
    public static readonly byte[] Mvt = Encoding.ASCII.GetBytes("the bytes of a vector tile");

    public string PackagePath { get; } = Write();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["GeoMap:Server:BasemapPackage"] = PackagePath };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(PackagePath);
    }

    private static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geomap-basemap-{Guid.NewGuid():N}.pmtiles");
        BasemapPackages.WritePmTiles(path, BasemapPackages.EveryTile(0, 1, BasemapPackages.Gzip(Mvt)), tileType: 1, tileCompression: 2,
            """{"name":"Test vector","attribution":"© Vector Test"}""", (20, 40, 50, 60));
        return path;
    }
}

public sealed class BuiltinBasemapTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Without_a_package_the_client_is_told_to_keep_the_builtin_basemap_and_no_tile_is_served()
    {
        using var client = server.Client();
        var view = await client.GetFromJsonAsync<JsonElement>("/api/basemap");
        Assert.Equal("builtin", view.GetProperty("kind").GetString());

        foreach (var url in new[] { "/api/basemap/tiles/0/0/0", "/api/basemap/tilejson.json" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("BasemapPackage", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_configured_package_that_cannot_be_read_stops_the_server_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geomap-not-a-package-{Guid.NewGuid():N}.mbtiles");
        File.WriteAllText(path, "not tiles");
        try
        {
            var app = Program.Build(["--GeoMap:Server:BasemapPackage=" + path, "--GeoMap:Database:ConnectionString=" + server.Database.ConnectionString]);
            var e = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<GeoMapServerOptions>>().Value);
            Assert.Contains("neither an MBTiles", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class RasterBasemapTests(RasterBasemapServer server) : IClassFixture<RasterBasemapServer>
{
    [Fact]
    public async Task The_client_learns_the_package_format_zooms_bounds_attribution_and_tile_url()
    {
        using var client = server.Client();
        var view = await client.GetFromJsonAsync<JsonElement>("/api/basemap");
        Assert.Equal("package", view.GetProperty("kind").GetString());
        Assert.Equal("png", view.GetProperty("format").GetString());
        Assert.False(view.GetProperty("vector").GetBoolean());
        Assert.Equal((0, 6), (view.GetProperty("minZoom").GetInt32(), view.GetProperty("maxZoom").GetInt32()));
        Assert.Equal("© Test Data", view.GetProperty("attribution").GetString());
        Assert.EndsWith("/api/basemap/tiles/{z}/{x}/{y}", view.GetProperty("tiles").GetString(), StringComparison.Ordinal);

        var tileJson = await client.GetFromJsonAsync<JsonElement>("/api/basemap/tilejson.json");
        Assert.Equal("Test raster", tileJson.GetProperty("name").GetString());
        Assert.Equal(6, tileJson.GetProperty("maxzoom").GetInt32());
        Assert.EndsWith("/api/basemap/tiles/{z}/{x}/{y}", tileJson.GetProperty("tiles")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tile_is_served_as_png_with_cache_headers_and_revalidates_with_its_etag()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/api/basemap/tiles/6/38/21");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(RasterBasemapServer.Blue, await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl.MaxAge);
        var etag = response.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/basemap/tiles/6/38/21");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_briefing_map_draws_the_package_tile_of_its_zoom_under_the_movements()
    {
        // The box lies in the blue z6 tile (33.75-39.375°E, 48.9-52.5°N); at 400 px the map's zoom is deeper than the
        // package's 6, so that tile is drawn scaled up, where the built-in basemap would show land.
        var png = await (await server.Client().GetAsync("/api/map.png?bbox=35.5,50,37.5,51.5&size=400x400").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync();
        using var image = SixLabors.ImageSharp.Image.Load<SixLabors.ImageSharp.PixelFormats.Rgba32>(png);
        Assert.Equal(new SixLabors.ImageSharp.PixelFormats.Rgba32(0, 0, 255, 255), image[200, 200]);
    }

    [Theory]
    [InlineData("/api/basemap/tiles/6/0/0")]
    [InlineData("/api/basemap/tiles/3/9/0")]
    public async Task A_tile_the_package_lacks_is_a_404_problem(string url)
    {
        using var client = server.Client();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}

public sealed class VectorBasemapTests(VectorBasemapServer server) : IClassFixture<VectorBasemapServer>
{
    [Fact]
    public async Task Gzipped_vector_tiles_are_sent_as_stored_to_clients_that_accept_gzip()
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/basemap/tiles/1/1/0");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(VectorBasemapServer.Mvt, new Imagery.Packages.PackageTile(body, true).Decoded());
    }

    [Theory]
    [InlineData("gzip;q=0.5", true)]
    [InlineData("br, GZIP;q=1", true)]
    [InlineData("*", true)]
    [InlineData("gzip;q=0", false)]
    [InlineData("br, *;q=0", false)]
    [InlineData("identity", false)]
    public async Task Gzip_is_sent_to_clients_that_weigh_it_above_zero(string acceptEncoding, bool gzipped)
    {
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/basemap/tiles/1/1/0");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(gzipped, response.Content.Headers.ContentEncoding.Contains("gzip"));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(VectorBasemapServer.Mvt, gzipped ? new Imagery.Packages.PackageTile(body, true).Decoded() : body);
    }

    [Fact]
    public async Task Clients_that_do_not_accept_gzip_get_the_plain_tile()
    {
        using var client = server.Client();
        using var response = await client.GetAsync("/api/basemap/tiles/0/0/0");
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(VectorBasemapServer.Mvt, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_client_learns_the_package_is_vector_with_its_pmtiles_bounds()
    {
        using var client = server.Client();
        var view = await client.GetFromJsonAsync<JsonElement>("/api/basemap");
        Assert.True(view.GetProperty("vector").GetBoolean());
        Assert.Equal("pbf", view.GetProperty("format").GetString());
        Assert.Equal([20.0, 40, 50, 60], view.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()));
    }
}

/// <summary>
/// A server whose raster PMTiles package has leaf directories, the leaves overwritten after it was written: its header
/// and root directory read (the server starts), its tiles do not.
/// </summary>
public sealed class DamagedBasemapServer : ServerFixture
{
    public string PackagePath { get; } = Write();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["GeoMap:Server:BasemapPackage"] = PackagePath };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(PackagePath);
    }

    private static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geomap-basemap-{Guid.NewGuid():N}.pmtiles");
        var tiles = BasemapPackages.EveryTile(0, 2, RasterBasemapServer.Red).Select((t, i) => t with { Data = BasemapPackages.SolidPng((byte)i, 0, 0, 4) });
        BasemapPackages.WritePmTiles(path, tiles, 2, 1, "{}", (-180, -85, 180, 85), entriesPerLeaf: 3);
        BasemapPackages.DamageLeafDirectories(path);
        return path;
    }
}

public sealed class DamagedBasemapTests(DamagedBasemapServer server) : IClassFixture<DamagedBasemapServer>
{
    [Theory]
    [InlineData("/api/map.png?bbox=30,45,40,55&size=300x300")]
    [InlineData("/api/basemap/tiles/1/1/0")]
    public async Task A_damaged_package_directory_is_a_problem_naming_the_file_and_the_fix(string url)
    {
        using var client = server.Client();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Damaged basemap package", problem.RootElement.GetProperty("title").GetString());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(Path.GetFileName(server.PackagePath), detail, StringComparison.Ordinal);
        Assert.Contains("built-in basemap", detail, StringComparison.Ordinal);
    }
}

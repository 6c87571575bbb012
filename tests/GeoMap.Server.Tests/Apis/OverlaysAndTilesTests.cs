using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SkiaSharp;

namespace GeoMap.Server.Tests.Apis;

public sealed class OverlaysAndTilesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    internal static byte[] Png(int size)
    {
        using var bitmap = new SKBitmap(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)x, (byte)y, 128, 255));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    internal static MultipartFormDataContent Upload(byte[] file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", fileName);
        return form;
    }

    private async Task<JsonElement> WaitAsync(string statusUrl)
    {
        for (var i = 0; i < 240; i++)
        {
            var overlay = await (await server.Client().GetAsync(statusUrl)).JsonAsync();
            if (overlay.GetProperty("properties").GetProperty("status").GetString() != "processing")
            {
                return overlay;
            }

            await Task.Delay(250);
        }

        // The queue's view (taken? by whom? failing?) says where a slow tiling stopped.
        await using var command = server.Database.DataSource.CreateCommand("SELECT string_agg(concat_ws(' ', id, kind, state, attempts, leased_by, last_error), '; ') FROM jobs");
        throw new TimeoutException($"The overlay did not finish tiling within 60 s; jobs: {await command.ExecuteScalarAsync()}");
    }

    [Fact]
    public async Task Overlays_are_listed_by_region_code_or_name_by_its_outline_not_its_box()
    {
        await using (var command = server.Database.DataSource.CreateCommand(
            """
            INSERT INTO regions (code, kind, name, country_code, geom) VALUES ('XO-TRI', 'admin1', 'Trigon Oblast', 'XO', ST_Multi(ST_GeomFromText('POLYGON((60 10, 62 10, 60 12, 60 10))', 4326)));
            INSERT INTO region_names (region_code, lang, name, folded) VALUES ('XO-TRI', 'en', 'Trigon Oblast', 'trigon oblast');
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        var overlays = new GeoMap.Storage.Repositories.OverlayRepository(server.Database.DataSource);
        async Task<string> AddAsync(string title, double lon, double lat)
        {
            var id = Guid.NewGuid();
            await overlays.AddAsync(new GeoMap.Core.Overlays.Overlay { Id = id, Title = title }, CancellationToken.None);
            var footprint = (NetTopologySuite.Geometries.Polygon)GeoMap.Core.GeometryFactories.Wgs84.ToGeometry(new NetTopologySuite.Geometries.Envelope(lon, lon + 0.05, lat, lat + 0.05));
            await overlays.MarkReadyAsync(id, footprint, 10, 14, CancellationToken.None);
            return id.ToString("D");
        }

        var inside = await AddAsync("Inside the triangle", 60.2, 10.2);
        var inTheBoxOnly = await AddAsync("In its box, outside it", 61.7, 11.7);

        foreach (var region in new[] { "XO-TRI", "xo-tri", "Trigon%20Oblast" })
        {
            var listed = await (await server.Client().GetAsync($"/api/overlays?region={region}")).JsonAsync();
            var ids = listed.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
            Assert.Contains(inside, ids);
            Assert.DoesNotContain(inTheBoxOnly, ids);
        }

        await (await server.Client().GetAsync("/api/overlays?region=XO-TRI&bbox=60,10,62,12")).ProblemAsync(400);
        var unknown = await (await server.Client().GetAsync("/api/overlays?region=Nowhere%20Krai")).ProblemAsync(400);
        Assert.Equal("region", unknown.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_movement_lists_the_ready_overlays_near_it_in_space_and_time_by_the_rule_of_its_photos()
    {
        // A route 40 km long on the equator of the South Pacific, 8 to 13 October; no other test puts anything there.
        const double west = -140.0, lat = -30.0;
        var from = ServerFixture.Place("Overlay Route Start", west, lat);
        var to = ServerFixture.Place("Overlay Route End", west + 0.4, lat);
        var movement = (await server.SeedAsync([ServerFixture.Movement("Testland", from, to, "2024-10-08", "2024-10-13")]))[0];
        var repository = new GeoMap.Storage.Repositories.OverlayRepository(server.Database.DataSource);
        var cases = new (string Title, double Lon, double Lat, string? Acquired, bool Ready, bool Near)[]
        {
            ("on the route, during it", west + 0.2, lat, "2024-10-10T06:00:00Z", true, true),
            ("3 km off the route (0.027 deg of latitude)", west + 0.2, lat + 0.027 + 0.01, "2024-10-10T06:00:00Z", true, true),
            ("6 days after it ended", west + 0.2, lat, "2024-10-19T06:00:00Z", true, true),
            ("undated, on the route", west + 0.3, lat, null, true, true),
            ("20 km off the route", west + 0.2, lat + 0.18 + 0.01, "2024-10-10T06:00:00Z", true, false),
            ("9 days after it ended", west + 0.2, lat, "2024-10-22T06:00:00Z", true, false),
            ("still being tiled", west + 0.2, lat, "2024-10-10T06:00:00Z", false, false),
        };
        var ids = new Dictionary<string, string>();
        foreach (var c in cases)
        {
            var id = Guid.NewGuid();
            await repository.AddAsync(new GeoMap.Core.Overlays.Overlay { Id = id, Title = c.Title, AcquiredAt = c.Acquired is null ? null : DateTimeOffset.Parse(c.Acquired, System.Globalization.CultureInfo.InvariantCulture) }, CancellationToken.None);
            if (c.Ready)
            {
                // A square 0.01 degrees on a side, its south-west corner at the case's point.
                var footprint = (NetTopologySuite.Geometries.Polygon)GeoMap.Core.GeometryFactories.Wgs84.ToGeometry(new NetTopologySuite.Geometries.Envelope(c.Lon, c.Lon + 0.01, c.Lat - 0.01, c.Lat));
                await repository.MarkReadyAsync(id, footprint, 10, 14, CancellationToken.None);
            }

            ids[id.ToString("D")] = c.Title;
        }

        var near = await (await server.Client().GetAsync($"/api/movements/{movement}/overlays").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        var listed = near.GetProperty("features").EnumerateArray().Select(f => ids[f.GetProperty("id").GetString()!]).ToList();
        Assert.Equal(cases.Where(c => c.Near).Select(c => c.Title).Order(), listed.Order());
        // Nearest first: the ones on the route before the one 3 km off it.
        Assert.Equal("3 km off the route (0.027 deg of latitude)", listed[^1]);
        Assert.Equal(5, near.GetProperty("near").GetProperty("km").GetDouble());
        Assert.Equal(7, near.GetProperty("near").GetProperty("days").GetDouble());
        var photos = await (await server.Client().GetAsync($"/api/movements/{movement}/photos").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal(near.GetProperty("near").GetRawText(), photos.GetProperty("near").GetRawText());
        // At any time: near in space, whenever acquired (the swipe's before and after).
        var anyTime = await (await server.Client().GetAsync($"/api/movements/{movement}/overlays?time=any").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal(cases.Where(c => c.Ready && !c.Title.Contains("20 km", StringComparison.Ordinal)).Select(c => c.Title).Order(),
            anyTime.GetProperty("features").EnumerateArray().Select(f => ids[f.GetProperty("id").GetString()!]).Order());
        Assert.Equal(JsonValueKind.Null, anyTime.GetProperty("near").GetProperty("days").ValueKind);
        await (await server.Client().GetAsync($"/api/movements/{movement}/overlays?time=soon")).ProblemAsync(400);
        await (await server.Client().GetAsync("/api/movements/987654321/overlays")).ProblemAsync(404);
    }

    [Fact]
    public async Task An_uploaded_image_becomes_a_tile_pyramid_served_with_etags_and_removed_on_delete()
    {
        var response = await server.Client("analyst").PostAsync("/api/overlays",
            Upload(Png(512), "scene.png", ("title", "Ussuriysk base"), ("source", "Test"), ("acquiredAt", "2024-10-12T00:00:00Z"), ("bounds", "131.9,43.75,132.0,43.85")))
            .ExpectAsync(HttpStatusCode.Accepted);
        var statusUrl = response.Headers.Location!.OriginalString;
        var ready = await WaitAsync(statusUrl);
        var properties = ready.GetProperty("properties");
        Assert.Equal("ready", properties.GetProperty("status").GetString());
        Assert.Equal("Polygon", ready.GetProperty("geometry").GetProperty("type").GetString());
        var id = properties.GetProperty("id").GetString()!;
        var maxZoom = properties.GetProperty("maxZoom").GetInt32();

        var tile = Directory.EnumerateFiles(Path.Combine(server.TilesFolder, id, maxZoom.ToString(System.Globalization.CultureInfo.InvariantCulture)), "*.png", SearchOption.AllDirectories).First();
        var parts = Path.GetRelativePath(Path.Combine(server.TilesFolder, id), tile).Split(Path.DirectorySeparatorChar);
        var url = $"/tiles/{id}/{parts[0]}/{parts[1]}/{parts[2]}";
        var first = await server.Client().GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(tile), await first.Content.ReadAsByteArrayAsync());
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        var etag = first.Headers.ETag!;

        var conditional = server.Client();
        conditional.DefaultRequestHeaders.IfNoneMatch.Add(etag);
        await conditional.GetAsync(url).ExpectAsync(HttpStatusCode.NotModified);

        await (await server.Client().GetAsync($"/tiles/{id}/{maxZoom + 1}/0/0.png")).ProblemAsync(404);
        await (await server.Client().GetAsync($"/tiles/{id}/0/5/5.png")).ProblemAsync(404);

        var tileJsonUrl = properties.GetProperty("tileJson").GetString()!;
        var tileJson = await (await server.Client().GetAsync(tileJsonUrl)).JsonAsync();
        Assert.Equal("3.0.0", tileJson.GetProperty("tilejson").GetString());
        Assert.Equal(properties.GetProperty("minZoom").GetInt32(), tileJson.GetProperty("minzoom").GetInt32());
        Assert.Equal(maxZoom, tileJson.GetProperty("maxzoom").GetInt32());
        var bounds = tileJson.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        Assert.Equal([131.9, 43.75, 132.0, 43.85], bounds.Select(b => Math.Round(b, 2)));
        var template = new Uri(tileJson.GetProperty("tiles")[0].GetString()!);
        Assert.True(template.IsAbsoluteUri);
        var fromTemplate = Uri.UnescapeDataString(template.AbsolutePath).Replace("{z}", parts[0], StringComparison.Ordinal)
            .Replace("{x}", parts[1], StringComparison.Ordinal).Replace("{y}.png", parts[2], StringComparison.Ordinal);
        Assert.Equal(url, fromTemplate);
        await (await server.Client().GetAsync($"/tiles/{Guid.NewGuid():D}/tilejson.json")).ProblemAsync(404);

        var listed = await (await server.Client().GetAsync("/api/overlays?bbox=131,43,133,45")).JsonAsync();
        Assert.Contains(listed.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == id);
        var ogc = await (await server.Client().GetAsync("/ogc/collections/overlays/items?bbox=131,43,133,45&datetime=2024-10-01/2024-10-31")).JsonAsync();
        Assert.Contains(ogc.GetProperty("features").EnumerateArray(), f => f.GetProperty("id").GetString() == id);

        // The quicklook: the whole scene, 256 px, written by the tiler; one tiled before quicklooks gets it on first request.
        var quicklookUrl = properties.GetProperty("quicklook").GetString()!;
        Assert.Equal($"/tiles/{id}/quicklook.png", quicklookUrl);
        var quicklookFile = Path.Combine(server.TilesFolder, id, "quicklook.png");
        var written = await File.ReadAllBytesAsync(quicklookFile);
        var quicklook = await server.Client().GetAsync(quicklookUrl).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("image/png", quicklook.Content.Headers.ContentType?.MediaType);
        Assert.Equal(written, await quicklook.Content.ReadAsByteArrayAsync());
        Assert.NotNull(quicklook.Headers.ETag);
        File.Delete(quicklookFile);
        var remade = await server.Client().GetAsync(quicklookUrl).ExpectAsync(HttpStatusCode.OK);
        using (var bitmap = SKBitmap.Decode(await remade.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(256, Math.Max(bitmap.Width, bitmap.Height));
        }

        Assert.True(File.Exists(quicklookFile));
        await (await server.Client().GetAsync($"/tiles/{Guid.NewGuid():D}/quicklook.png")).ProblemAsync(404);

        await server.Client("analyst").DeleteAsync(statusUrl).ExpectAsync(HttpStatusCode.NoContent);
        await (await server.Client().GetAsync(url)).ProblemAsync(404);
        await (await server.Client().GetAsync(quicklookUrl)).ProblemAsync(404);
        await (await server.Client().GetAsync(statusUrl)).ProblemAsync(404);
        await (await server.Client().GetAsync(tileJsonUrl)).ProblemAsync(404);
        Assert.False(Directory.Exists(Path.Combine(server.TilesFolder, id)));
    }

    [Fact]
    public async Task An_image_without_georeference_fails_with_a_reason_and_publishes_no_tiles()
    {
        var response = await server.Client("analyst").PostAsync("/api/overlays", Upload(Png(64), "plain.png", ("title", "No bounds")))
            .ExpectAsync(HttpStatusCode.Accepted);
        var failed = await WaitAsync(response.Headers.Location!.OriginalString);
        var properties = failed.GetProperty("properties");
        Assert.Equal("failed", properties.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(properties.GetProperty("failureReason").GetString()));
        Assert.False(Directory.Exists(Path.Combine(server.TilesFolder, properties.GetProperty("id").GetString()!)));
    }

    [Fact]
    public async Task Bad_uploads_are_refused_before_anything_is_stored()
    {
        var analyst = server.Client("analyst");
        await (await analyst.PostAsync("/api/overlays", Upload("%PDF-1.7 not an image"u8.ToArray(), "scene.png", ("title", "Disguised")))).ProblemAsync(415);
        await (await analyst.PostAsync("/api/overlays", Upload(Png(8), "scene.exe", ("title", "Wrong extension")))).ProblemAsync(415);
        Assert.Equal("title", (await (await analyst.PostAsync("/api/overlays", Upload(Png(8), "scene.png"))).ProblemAsync(400)).GetProperty("parameter").GetString());
        Assert.Equal("bounds", (await (await analyst.PostAsync("/api/overlays", Upload(Png(8), "scene.png", ("title", "x"), ("bounds", "10,20,5")))).ProblemAsync(400)).GetProperty("parameter").GetString());
        await (await analyst.PostAsync("/api/overlays", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).ProblemAsync(415);
        await (await server.Client("viewer").PostAsync("/api/overlays", Upload(Png(8), "scene.png", ("title", "x")))).ProblemAsync(403);

        var listed = await (await server.Client().GetAsync("/api/overlays")).JsonAsync();
        Assert.DoesNotContain(listed.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("title").GetString() is "Disguised" or "Wrong extension" or "x");
        Assert.False(Directory.Exists(Path.Combine(server.TilesFolder, ".uploads")) && Directory.EnumerateFileSystemEntries(Path.Combine(server.TilesFolder, ".uploads")).Any());
    }
}

/// <summary>A server that takes imagery uploads of at most 200 bytes.</summary>
public sealed class SmallUploadServer : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GeoMap:Server:MaxOverlayBytes"] = "200",
    };
}

public sealed class OverlaySizeLimitTests(SmallUploadServer server) : IClassFixture<SmallUploadServer>
{
    [Fact]
    public async Task An_upload_over_the_size_limit_is_a_413_and_stores_nothing()
    {
        var image = OverlaysAndTilesTests.Png(64);
        Assert.True(image.Length > 200, $"the test image is only {image.Length} bytes");

        var response = await server.Client("analyst").PostAsync("/api/overlays", OverlaysAndTilesTests.Upload(image, "big.png", ("title", "Too big"), ("bounds", "10,20,11,21")));

        await response.ProblemAsync(413);
        var listed = await (await server.Client().GetAsync("/api/overlays")).JsonAsync();
        Assert.Empty(listed.GetProperty("features").EnumerateArray());
        Assert.Empty(Directory.EnumerateFiles(server.TilesFolder, "*", SearchOption.AllDirectories));
    }
}

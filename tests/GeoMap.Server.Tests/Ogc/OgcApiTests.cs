using System.Net;

namespace GeoMap.Server.Tests.Ogc;

public sealed class OgcApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_landing_page_links_the_api_definition_conformance_and_collections()
    {
        var landing = await (await server.Client().GetAsync("/ogc")).JsonAsync();
        var rels = landing.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("rel").GetString()!, l => l.GetProperty("href").GetString()!);
        Assert.EndsWith("/openapi/v1.json", rels["service-desc"], StringComparison.Ordinal);
        Assert.EndsWith("/ogc/conformance", rels["conformance"], StringComparison.Ordinal);
        Assert.EndsWith("/ogc/collections", rels["data"], StringComparison.Ordinal);

        var openApi = await (await server.Client().GetAsync(new Uri(rels["service-desc"]).PathAndQuery)).JsonAsync();
        Assert.StartsWith("3.0", openApi.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/ogc/collections/{collectionId}/items", paths);
        Assert.Contains("/api/movements", paths);
        Assert.Contains("/api/reports", paths);
        var submit = openApi.GetProperty("paths").GetProperty("/api/reports").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal(["application/json", "text/plain", "multipart/form-data"], submit.EnumerateObject().Select(p => p.Name));
        var upload = openApi.GetProperty("paths").GetProperty("/api/overlays").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal("binary", upload.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString());

        var conformance = await (await server.Client().GetAsync("/ogc/conformance")).JsonAsync();
        Assert.Contains(conformance.GetProperty("conformsTo").EnumerateArray(), c => c.GetString()!.EndsWith("/conf/core", StringComparison.Ordinal));
        Assert.Contains(conformance.GetProperty("conformsTo").EnumerateArray(), c => c.GetString()!.EndsWith("/conf/geojson", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collections_list_movements_places_reports_and_overlays_with_items_links()
    {
        var collections = (await (await server.Client().GetAsync("/ogc/collections")).JsonAsync()).GetProperty("collections");
        Assert.Equal(["movements", "movement-points", "places", "reports", "overlays", "photos"], collections.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        foreach (var id in new[] { "movements", "movement-points", "places", "reports", "overlays", "photos" })
        {
            var collection = await (await server.Client().GetAsync($"/ogc/collections/{id}")).JsonAsync();
            var items = collection.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "items");
            Assert.Equal("application/geo+json", items.GetProperty("type").GetString());
            var response = await server.Client().GetAsync(new Uri(items.GetProperty("href").GetString()!).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("FeatureCollection", (await response.JsonAsync()).GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Items_honour_bbox_and_instant_closed_and_half_open_datetimes()
    {
        var actor = "Ogc" + Guid.NewGuid().ToString("N")[..6];
        var a = ServerFixture.Place("OgcA", 131.9, 43.1);
        var b = ServerFixture.Place("OgcB", 131.95, 43.8);
        var c = ServerFixture.Place("OgcC", 2.35, 48.85);
        var ids = await server.SeedAsync(
        [
            ServerFixture.Movement(actor, a, b, "2024-10-08", "2024-10-13"),
            ServerFixture.Movement(actor, a, b, "2024-11-20", "2024-11-21"),
            ServerFixture.Movement(actor, c, c, "2024-10-10", "2024-10-10"),
        ]);

        async Task<long[]> Ids(string query)
        {
            var page = await (await server.Client().GetAsync($"/ogc/collections/movements/items?actor={actor}&{query}")).JsonAsync();
            Assert.Equal(page.GetProperty("features").GetArrayLength(), page.GetProperty("numberReturned").GetInt32());
            return page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToArray();
        }

        Assert.Equal([ids[0], ids[1]], await Ids("bbox=130,42,133,45"));
        Assert.Equal([ids[0], ids[2]], await Ids("datetime=2024-10-10T12:00:00Z"));
        Assert.Equal([ids[0], ids[2]], await Ids("datetime=2024-10-01T00:00:00Z/2024-10-31T23:59:59Z"));
        Assert.Equal([ids[0], ids[2]], await Ids("datetime=../2024-10-31"));
        Assert.Equal([ids[1]], await Ids("datetime=2024-11-01/.."));
        Assert.Equal([ids[1]], await Ids("datetime=2024-11-01T00:00:00Z/"));
        Assert.Equal([ids[0]], await Ids("bbox=130,42,133,45&datetime=2024-10-01/2024-10-31"));
        Assert.Empty(await Ids("bbox=-10,-10,-5,-5"));
    }

    [Fact]
    public async Task Items_page_with_next_links_and_report_number_matched()
    {
        var actor = "OgcPage" + Guid.NewGuid().ToString("N")[..6];
        var p = ServerFixture.Place("OgcPage", 10, 10);
        var ids = await server.SeedAsync(Enumerable.Range(0, 250).Select(_ => ServerFixture.Movement(actor, p, p, "2024-01-01", "2024-01-01")).ToList());

        var seen = new List<long>();
        var url = $"/ogc/collections/movements/items?actor={actor}";
        while (url is not null)
        {
            var page = await (await server.Client().GetAsync(url)).JsonAsync();
            Assert.Equal(250, page.GetProperty("numberMatched").GetInt64());
            seen.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
            var next = page.GetProperty("links").EnumerateArray().FirstOrDefault(l => l.GetProperty("rel").GetString() == "next");
            url = next.ValueKind == System.Text.Json.JsonValueKind.Object ? new Uri(next.GetProperty("href").GetString()!).PathAndQuery : null;
        }

        Assert.Equal(ids.Order(), seen);
        Assert.Equal(100, (await (await server.Client().GetAsync($"/ogc/collections/movements/items?actor={actor}")).JsonAsync()).GetProperty("numberReturned").GetInt32());
    }

    [Fact]
    public async Task A_single_feature_has_self_and_collection_links_and_unknown_ids_are_404()
    {
        var p = ServerFixture.Place("OgcOne", 20, 20);
        var ids = await server.SeedAsync([ServerFixture.Movement("OgcOne", p, ServerFixture.Place("OgcTwo", 21, 21), "2024-01-01", "2024-01-02")]);
        var response = await server.Client().GetAsync($"/ogc/collections/movements/items/{ids[0]}");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var feature = await response.JsonAsync();
        Assert.Equal(ids[0], feature.GetProperty("id").GetInt64());
        Assert.Equal(["self", "collection"], feature.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()));

        var places = await (await server.Client().GetAsync("/ogc/collections/places/items?bbox=19,19,20.5,20.5")).JsonAsync();
        var placeId = places.GetProperty("features").EnumerateArray().Single().GetProperty("id").GetInt64();
        await server.Client().GetAsync($"/ogc/collections/places/items/{placeId}").ExpectAsync(HttpStatusCode.OK);

        await (await server.Client().GetAsync("/ogc/collections/movements/items/99999999")).ProblemAsync(404);
        await (await server.Client().GetAsync("/ogc/collections/overlays/items/not-a-guid")).ProblemAsync(404);
    }

    [Fact]
    public async Task Reports_are_features_without_geometry_filtered_by_publication_time()
    {
        await server.SeedAsync([]);
        var all = await (await server.Client().GetAsync("/ogc/collections/reports/items")).JsonAsync();
        Assert.NotEqual(0, all.GetProperty("numberReturned").GetInt32());
        Assert.All(all.GetProperty("features").EnumerateArray(), f => Assert.Equal(System.Text.Json.JsonValueKind.Null, f.GetProperty("geometry").ValueKind));
        var past = await (await server.Client().GetAsync("/ogc/collections/reports/items?datetime=../2000-01-01")).JsonAsync();
        Assert.Equal(0, past.GetProperty("numberReturned").GetInt32());
    }

    [Fact]
    public async Task Collection_extents_cover_what_is_stored_in_space_and_time()
    {
        var a = ServerFixture.Place("ExtentWest", -71.25, -33.5);
        var b = ServerFixture.Place("ExtentEast", 151.2, 61.75);
        await server.SeedAsync([ServerFixture.Movement("Extent", a, b, "1994-03-02", "1994-03-09")]);

        var movements = (await (await server.Client().GetAsync("/ogc/collections/movements")).JsonAsync()).GetProperty("extent");
        var box = movements.GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(box[0] <= -71.25 && box[1] <= -33.5 && box[2] >= 151.2 && box[3] >= 61.75, string.Join(",", box));
        Assert.True(box[0] > -180 || box[2] < 180 || box[1] > -90, "the extent is the stored data, not the whole world");
        var interval = movements.GetProperty("temporal").GetProperty("interval")[0];
        Assert.True(DateTimeOffset.Parse(interval[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture) <= new DateTimeOffset(1994, 3, 2, 0, 0, 0, TimeSpan.Zero));
        Assert.True(DateTimeOffset.Parse(interval[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= new DateTimeOffset(1994, 3, 9, 0, 0, 0, TimeSpan.Zero));

        var listed = (await (await server.Client().GetAsync("/ogc/collections")).JsonAsync()).GetProperty("collections");
        var places = listed.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "places").GetProperty("extent");
        Assert.False(places.TryGetProperty("temporal", out _));
        Assert.True(places.GetProperty("spatial").GetProperty("bbox")[0][2].GetDouble() >= 151.2);
    }

    public static TheoryData<string> CountedCollections => new() { "places", "reports", "overlays", "photos" };

    [Theory]
    [MemberData(nameof(CountedCollections))]
    public async Task Every_collection_reports_number_matched_over_all_pages(string collection)
    {
        await server.SeedAsync([ServerFixture.Movement("Counted", ServerFixture.Place("CountedA", 5, 5), ServerFixture.Place("CountedB", 6, 6), "2020-01-01", "2020-01-02")]);
        var all = await (await server.Client().GetAsync($"/ogc/collections/{collection}/items?limit=10000")).JsonAsync();
        var first = await (await server.Client().GetAsync($"/ogc/collections/{collection}/items?limit=1")).JsonAsync();
        Assert.Equal(all.GetProperty("numberReturned").GetInt64(), first.GetProperty("numberMatched").GetInt64());
        Assert.Equal(all.GetProperty("numberReturned").GetInt64(), all.GetProperty("numberMatched").GetInt64());
    }

    [Fact]
    public async Task Routes_and_one_place_movements_are_two_collections_of_one_geometry_type_each()
    {
        var actor = "Shape" + Guid.NewGuid().ToString("N")[..6];
        var a = ServerFixture.Place("ShapeA", 24.1, 56.9);
        var b = ServerFixture.Place("ShapeB", 25.3, 54.7);
        var ids = await server.SeedAsync(
        [
            ServerFixture.Movement(actor, a, b, "2023-05-01", "2023-05-02"),
            ServerFixture.Movement(actor, a, b, "2023-05-01", "2023-05-02") with { Origin = null },
            ServerFixture.Movement(actor, a, b, "2023-05-01", "2023-05-02") with { Destination = null },
        ]);

        async Task<(long Id, string Type)[]> Features(string collection)
        {
            var page = await (await server.Client().GetAsync($"/ogc/collections/{collection}/items?actor={actor}")).JsonAsync();
            Assert.Equal(page.GetProperty("features").GetArrayLength(), page.GetProperty("numberMatched").GetInt32());
            return page.GetProperty("features").EnumerateArray().Select(f => (f.GetProperty("id").GetInt64(), f.GetProperty("geometry").GetProperty("type").GetString()!)).ToArray();
        }

        Assert.Equal([(ids[0], "LineString")], await Features("movements"));
        Assert.Equal([(ids[1], "Point"), (ids[2], "Point")], await Features("movement-points"));
        await server.Client().GetAsync($"/ogc/collections/movement-points/items/{ids[1]}").ExpectAsync(HttpStatusCode.OK);
        await (await server.Client().GetAsync($"/ogc/collections/movements/items/{ids[1]}")).ProblemAsync(404);
        await (await server.Client().GetAsync($"/ogc/collections/movement-points/items/{ids[0]}")).ProblemAsync(404);
    }
}

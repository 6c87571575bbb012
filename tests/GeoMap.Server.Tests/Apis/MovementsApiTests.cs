using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeoMap.Core.Movements;

namespace GeoMap.Server.Tests.Apis;

public sealed class MovementsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly (string Name, double Lon, double Lat) Ussuriysk = ("Ussuriysk", 131.95, 43.80);

    [Fact]
    public async Task An_analyst_adds_corrects_and_deletes_a_movement_and_every_edit_is_listed()
    {
        var analyst = server.Client("analyst");
        var created = await analyst.PostAsJsonAsync("/api/movements", new
        {
            actor = "Russia",
            status = "under_way",
            mode = "sea",
            strength = new { min = 1500, max = 1500, text = "1,500" },
            origin = new { name = "Vladivostok", lon = 131.89, lat = 43.12, countryCode = "RU" },
            destination = new { name = Ussuriysk.Name, lon = Ussuriysk.Lon, lat = Ussuriysk.Lat, countryCode = "RU" },
            start = "2024-10-08",
            end = "2024-10-14",
            timePrecision = "day",
            sentence = "1,500 special forces moved to Ussuriysk.",
            confidence = 0.9,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feature = await created.JsonAsync();
        var id = feature.GetProperty("id").GetInt64();
        Assert.Equal($"/api/movements/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("LineString", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("key:test-analyst", feature.GetProperty("properties").GetProperty("createdBy").GetString());

        var patched = await analyst.PatchAsync($"/api/movements/{id}", JsonContent.Create(new { status = "completed", strength = 2000 }));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var properties = (await patched.JsonAsync()).GetProperty("properties");
        Assert.Equal("completed", properties.GetProperty("status").GetString());
        Assert.Equal(2000, properties.GetProperty("strength").GetProperty("min").GetInt32());
        Assert.Equal("Russia", properties.GetProperty("actor").GetString());
        Assert.Equal("Ussuriysk", properties.GetProperty("destination").GetProperty("name").GetString());

        var read = await (await server.Client().GetAsync($"/api/movements/{id}")).JsonAsync();
        Assert.Equal("completed", read.GetProperty("properties").GetProperty("status").GetString());

        await analyst.DeleteAsync($"/api/movements/{id}").ExpectAsync(HttpStatusCode.NoContent);
        await (await server.Client().GetAsync($"/api/movements/{id}")).ProblemAsync(404);

        var edits = (await (await server.Client().GetAsync($"/api/movements/{id}/edits")).JsonAsync()).GetProperty("edits");
        Assert.Equal(["create", "update", "delete"], edits.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var update = edits[1];
        Assert.Equal("key:test-analyst", update.GetProperty("editedBy").GetString());
        var status = update.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "status");
        Assert.Equal("under_way", status.GetProperty("before").GetString());
        Assert.Equal("completed", status.GetProperty("after").GetString());
        Assert.Empty(edits[2].GetProperty("changes").EnumerateArray());
    }

    public static TheoryData<string, string> InvalidNewMovements => new()
    {
        // A POST body that would store an invalid movement, and the field the problem must name.
        { """{"actor": "Bad new 1", "strength": {"min": 3000, "max": 2000}}""", "strength" },
        { """{"actor": "Bad new 2", "start": "2024-06-01", "end": "2024-05-01"}""", "end" },
        { """{"actor": "Bad new 3", "destination": {"name": "Nowhere", "lon": 181, "lat": 10}}""", "destination.lon" },
        { """{"actor": "Bad new 4", "origin": {"name": "Nowhere", "lon": 10, "lat": 90.5}}""", "origin.lat" },
        { """{"actor": "Bad new 5", "via": [{"name": "Nowhere", "lon": -200, "lat": 0}]}""", "via.lon" },
        { """{"actor": "Bad new 6", "colour": "red"}""", "colour" },
    };

    [Theory]
    [MemberData(nameof(InvalidNewMovements))]
    public async Task A_new_movement_that_would_be_invalid_is_a_400_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var actor = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("actor").GetString()!;
        var response = await server.Client("analyst").PostAsync("/api/movements", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        Assert.Contains(field, problem.GetRawText(), StringComparison.Ordinal);
        var listed = await (await server.Client().GetAsync($"/api/movements?actor={Uri.EscapeDataString(actor)}")).JsonAsync();
        Assert.Empty(listed.GetProperty("features").EnumerateArray());
    }

    [Theory]
    [InlineData("QZ", "is no country's ISO 3166-1 code")]
    [InlineData("Russia", "two-letter ISO code")]
    public async Task A_new_movement_whose_source_country_is_no_country_is_a_400_naming_the_field_and_nothing_is_stored(string country, string hint)
    {
        var actor = "Country check " + country;
        var response = await server.Client("analyst").PostAsJsonAsync("/api/movements", new
        {
            actor,
            status = "completed",
            destination = new { name = "Checkpoint", lon = 30.5, lat = 50.4 },
            claimedBy = "General Staff",
            claimedByCountry = country,
        });
        var problem = await response.ProblemAsync(400);
        Assert.Contains("claimedByCountry", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(hint, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var listed = await (await server.Client().GetAsync($"/api/movements?actor={Uri.EscapeDataString(actor)}")).JsonAsync();
        Assert.Empty(listed.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task A_movement_added_without_a_source_names_none_and_its_key_is_who_created_it()
    {
        var created = await (await server.Client("analyst").PostAsJsonAsync("/api/movements", new
        {
            actor = "Unsourced",
            status = "completed",
            destination = new { name = "Nameless ford", lon = 30.6, lat = 50.3 },
        })).JsonAsync();
        var id = created.GetProperty("id").GetInt64();
        var m = (await (await server.Client().GetAsync($"/api/movements/{id}")).JsonAsync()).GetProperty("properties");
        Assert.False(m.TryGetProperty("claimedBy", out var by) && by.ValueKind != System.Text.Json.JsonValueKind.Null, $"claimedBy: {by}");
        Assert.Equal("key:test-analyst", m.GetProperty("createdBy").GetString());
        Assert.DoesNotContain("test-analyst", m.GetProperty("corroboration").GetRawText(), StringComparison.Ordinal);
        var claim = (await (await server.Client().GetAsync($"/api/movements/{id}/claims")).JsonAsync()).GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, claim.GetProperty("source").ValueKind);
    }

    [Fact]
    public async Task A_movement_can_reference_a_stored_place_by_id()
    {
        var ids = await server.SeedAsync([ServerFixture.Movement("Seed", ServerFixture.Place("Khabarovsk", 135.07, 48.48), ServerFixture.Place("Birobidzhan", 132.93, 48.79), "2024-05-01", "2024-05-02")]);
        var seeded = await (await server.Client().GetAsync($"/api/movements/{ids[0]}")).JsonAsync();
        var places = await (await server.Client().GetAsync("/api/places?q=Birobid")).JsonAsync();
        // The seeded place is stored (it has an id); the gazetteer's Birobidzhan, never used, has none.
        var placeId = places.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id"))
            .First(id => id.ValueKind == System.Text.Json.JsonValueKind.Number).GetInt64();

        var created = await server.Client("analyst").PostAsJsonAsync("/api/movements", new { actor = "Russia", destination = new { placeId } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var destination = (await created.JsonAsync()).GetProperty("properties").GetProperty("destination");
        Assert.Equal(seeded.GetProperty("properties").GetProperty("destination").GetProperty("key").GetString(), destination.GetProperty("key").GetString());
        Assert.Equal("Point", (await created.JsonAsync()).GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Query_by_bbox_and_dates_returns_movements_crossing_the_box_in_the_period()
    {
        var actor = "Bbox" + Guid.NewGuid().ToString("N")[..6];
        var inside = ServerFixture.Place("Inside", 35, 48);
        var farAway = ServerFixture.Place("Far", 100, 10);
        await server.SeedAsync(
        [
            ServerFixture.Movement(actor, farAway, inside, "2024-10-08", "2024-10-13"),
            ServerFixture.Movement(actor, farAway, ServerFixture.Place("Elsewhere", 101, 11), "2024-10-08", "2024-10-13"),
            ServerFixture.Movement(actor, farAway, inside, "2023-01-01", "2023-01-02"),
        ]);

        var page = await (await server.Client().GetAsync($"/api/movements?bbox=30,44,40,52&from=2024-10-01&to=2024-10-31&actor={actor}")).JsonAsync();
        var features = page.GetProperty("features");
        Assert.Single(features.EnumerateArray());
        Assert.Equal("Inside", features[0].GetProperty("properties").GetProperty("destination").GetProperty("name").GetString());

        var wkt = Uri.EscapeDataString("POLYGON((30 44, 40 44, 40 52, 30 52, 30 44))");
        var byWkt = await (await server.Client().GetAsync($"/api/movements?geometry={wkt}&actor={actor}")).JsonAsync();
        Assert.Equal(2, byWkt.GetProperty("features").GetArrayLength());

        var geoJson = Uri.EscapeDataString("{\"type\":\"Polygon\",\"coordinates\":[[[30,44],[40,44],[40,52],[30,52],[30,44]]]}");
        var byGeoJson = await (await server.Client().GetAsync($"/api/movements?geometry={geoJson}&actor={actor}&datetime=2024-10-10")).JsonAsync();
        Assert.Single(byGeoJson.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task Csv_has_one_acled_like_row_per_movement_and_geojsonseq_one_record_per_feature()
    {
        var actor = "Csv" + Guid.NewGuid().ToString("N")[..6];
        await server.SeedAsync(
        [
            ServerFixture.Movement(actor, ServerFixture.Place("A, with comma", 20, 50), ServerFixture.Place("=B", 21, 51), "2024-03-01", "2024-03-03")
                with { Via = [ServerFixture.Place("Via One", 20.25, 50.5), ServerFixture.Place("Via Two", 20.5, 50.75)] },
            ServerFixture.Movement(actor, ServerFixture.Place("C", 22, 52), ServerFixture.Place("D", 23, 53), "2024-03-05", "2024-03-05"),
        ]);

        var csv = await server.Client().GetAsync($"/api/movements?actor={actor}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("event_id_cnty,event_date,end_date,year,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",2024-03-01,2024-03-03,2024,day,Strategic developments,Troop movement," + actor, lines[1], StringComparison.Ordinal);
        Assert.Contains("\"A, with comma\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'=B,", lines[1], StringComparison.Ordinal);
        // The via places in route order, with their coordinates: a route is not cut down to its two ends.
        Assert.Contains(",origin_longitude,via,via_coordinates,location,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",Via One; Via Two,\"50.5,20.25; 50.75,20.5\",'=B,", lines[1], StringComparison.Ordinal);

        var seq = await server.Client().GetAsync($"/api/movements?actor={actor}&format=geojsonseq");
        Assert.Equal("application/geo+json-seq", seq.Content.Headers.ContentType?.MediaType);
        var records = Encoding.UTF8.GetString(await seq.Content.ReadAsByteArrayAsync()).Split('\x1e', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, records.Length);
        Assert.All(records, r => Assert.Equal("Feature", System.Text.Json.JsonDocument.Parse(r).RootElement.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task View_map_lists_only_what_the_map_draws_and_the_rest_stays_one_request_away()
    {
        var actor = "MapView" + Guid.NewGuid().ToString("N")[..6];
        var ids = await server.SeedAsync(
        [
            ServerFixture.Movement(actor, ServerFixture.Place("Vladivostok", 131.89, 43.12, "RU"), ServerFixture.Place("Ussuriysk", 131.95, 43.80, "RU"), "2024-10-08", "2024-10-13", MovementStatus.Planned),
        ]);

        var full = (await (await server.Client().GetAsync($"/api/movements?actor={actor}")).JsonAsync()).GetProperty("features")[0];
        var map = (await (await server.Client().GetAsync($"/api/movements?actor={actor}&view=map")).JsonAsync()).GetProperty("features")[0];
        Assert.Equal(ids[0], map.GetProperty("id").GetInt64());
        Assert.Equal(full.GetProperty("geometry").GetRawText(), map.GetProperty("geometry").GetRawText());
        var properties = map.GetProperty("properties");
        Assert.Equal(["id", "actor", "strength", "status", "mode", "kind", "origin", "via", "destination", "start", "end", "timePrecision", "claimCount", "sourceCount", "flags"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["key", "name", "countryCode", "lon", "lat"], properties.GetProperty("origin").EnumerateObject().Select(p => p.Name));
        Assert.Equal("Ussuriysk", properties.GetProperty("destination").GetProperty("name").GetString());
        Assert.Equal("RU", properties.GetProperty("destination").GetProperty("countryCode").GetString());
        Assert.Equal(131.95, properties.GetProperty("destination").GetProperty("lon").GetDouble());
        Assert.Equal("planned", properties.GetProperty("status").GetString());
        Assert.Equal(1500, properties.GetProperty("strength").GetProperty("max").GetInt32());
        Assert.Equal(full.GetProperty("properties").GetProperty("start").GetString(), properties.GetProperty("start").GetString());
        Assert.Equal(full.GetProperty("properties").GetProperty("end").GetString(), properties.GetProperty("end").GetString());
        Assert.Equal("day", properties.GetProperty("timePrecision").GetString());

        // The details a map shows on click come from the movement itself.
        var one = (await (await server.Client().GetAsync($"/api/movements/{ids[0]}")).JsonAsync()).GetProperty("properties");
        Assert.Equal($"{actor} moved troops from Vladivostok to Ussuriysk.", one.GetProperty("sentence").GetString());
        Assert.True(one.GetProperty("destination").TryGetProperty("featureCode", out _));

        // The same fields in a GeoJSON sequence, and view=full is the default spelled out.
        var seq = Encoding.UTF8.GetString(await (await server.Client().GetAsync($"/api/movements?actor={actor}&format=geojsonseq&view=map")).Content.ReadAsByteArrayAsync());
        var record = System.Text.Json.JsonDocument.Parse(seq.Trim('\x1e', '\n')).RootElement;
        Assert.Equal(properties.GetRawText(), record.GetProperty("properties").GetRawText());
        var explicitFull = (await (await server.Client().GetAsync($"/api/movements?actor={actor}&view=FULL")).JsonAsync()).GetProperty("features")[0];
        Assert.Equal(full.GetRawText(), explicitFull.GetRawText());
    }

    [Theory]
    [InlineData(GeoMap.Core.Places.PlaceKind.Country, true)]
    [InlineData(GeoMap.Core.Places.PlaceKind.Region, true)]
    [InlineData(GeoMap.Core.Places.PlaceKind.PopulatedPlace, false)]
    public async Task The_map_view_marks_a_country_or_region_destination_as_an_area(GeoMap.Core.Places.PlaceKind kind, bool area)
    {
        var actor = "AreaView" + Guid.NewGuid().ToString("N")[..6];
        await server.SeedAsync(
        [
            ServerFixture.Movement(actor, ServerFixture.Place("Rivne", 26.25, 50.62, "UA"), ServerFixture.Place("Destination", 19.4, 52.1, "PL") with { Kind = kind }, "2024-09-01", "2024-09-02"),
        ]);

        var properties = (await (await server.Client().GetAsync($"/api/movements?actor={actor}&view=map")).JsonAsync()).GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(area, properties.GetProperty("destination").TryGetProperty("area", out var flag) && flag.GetBoolean());
        Assert.False(properties.GetProperty("origin").TryGetProperty("area", out _));
    }

    [Fact]
    public async Task Paging_through_2500_movements_with_next_links_returns_each_exactly_once()
    {
        var actor = "Paging" + Guid.NewGuid().ToString("N")[..6];
        var from = ServerFixture.Place("PagingOrigin", 60, 55);
        var to = ServerFixture.Place("PagingDestination", 61, 56);
        var seeded = await server.SeedAsync(Enumerable.Range(0, 2500).Select(_ => ServerFixture.Movement(actor, from, to, "2024-06-01", "2024-06-02")).ToList());

        var client = server.Client();
        var seen = new List<long>();
        string? next = $"/api/movements?actor={actor}&limit=300";
        var pages = 0;
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            seen.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
            next = page.GetProperty("next").GetString();
            Assert.Equal(next is not null, response.Headers.Contains("Link"));
            pages++;
        }

        Assert.Equal(9, pages);
        Assert.Equal(seeded.Order(), seen);
    }
}

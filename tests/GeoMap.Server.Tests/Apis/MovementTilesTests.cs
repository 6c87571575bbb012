using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Projections;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace GeoMap.Server.Tests.Apis;

/// <summary>
/// <c>/tiles/movements/{z}/{x}/{y}.mvt</c>: tiles PostGIS makes, decoded here by NetTopologySuite's MVT reader. Each
/// test seeds its own movements in its own part of the world, so no test sees another's.
/// </summary>
public sealed class MovementTilesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_deep_tile_holds_the_route_its_arrowhead_and_its_places()
    {
        var origin = ServerFixture.Place("Tilehaven", 10.10, 60.10, "NO");
        var destination = ServerFixture.Place("Tilebury", 10.30, 60.20, "NO");
        var id = (await server.SeedAsync([ServerFixture.Movement("Norway", origin, destination, "2024-03-01", "2024-03-04")])).Single();

        var tile = await TileAsync(9, 10.2, 60.15);

        var route = Assert.Single(Layer(tile, "movements").Features);
        Assert.Equal(id, Convert.ToInt64(route.Attributes["id"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Norway", route.Attributes["actor"]);
        Assert.Equal("completed", route.Attributes["status"]);
        Assert.Equal(1500L, Convert.ToInt64(route.Attributes["strength"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), Convert.ToDouble(route.Attributes["start"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("LineString", route.Geometry.GeometryType);
        Assert.Equal(10.10, route.Geometry.Coordinates[0].X, 2);
        Assert.Equal(60.20, route.Geometry.Coordinates[^1].Y, 2);

        // One arrowhead, at the destination, pointing east-north-east (the route rises 0.1 degree over 0.2).
        var head = Assert.Single(Layer(tile, "heads").Features);
        Assert.True((bool)head.Attributes["last"]);
        Assert.Equal(10.30, head.Geometry.Coordinates[0].X, 2);
        var angle = Convert.ToDouble(head.Attributes["angle"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(angle, 0.5, 1.0);

        var places = Layer(tile, "places").Features.Select(f => (string)f.Attributes["name"]).Order();
        Assert.Equal(["Tilebury", "Tilehaven"], places);
    }

    [Fact]
    public async Task A_route_with_a_strength_has_one_label_at_its_middle_and_a_country_place_is_flagged_an_area()
    {
        var origin = ServerFixture.Place("Labelford", 11.50, 58.10, "SE");
        var country = ServerFixture.Place("Labelland", 12.90, 58.20, "SE") with { Kind = PlaceKind.Country };
        var ids = await server.SeedAsync([
            ServerFixture.Movement("Sweden", origin, country, "2024-05-01", "2024-05-02") with { Strength = new GeoMap.Core.Movements.Strength(2000, 3000, "2,000-3,000") },
        ]);

        // Three tiles wide at zoom 9 (0.7 degree each): the middle one holds the label.
        var tile = await TileAsync(9, 12.2, 58.15);

        var label = Assert.Single(Layer(tile, "labels").Features);
        Assert.Equal(ids[0], Convert.ToInt64(label.Attributes["movement"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2000L, Convert.ToInt64(label.Attributes["smin"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3000L, Convert.ToInt64(label.Attributes["smax"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("day", label.Attributes["precision"]);
        // A route to a country is in toareas, with the area and its last stretch (EPSG:3857 metres) for the client to end
        // on the outline; no line of it in movements. The arrow's width goes by the representative strength, the middle
        // of the range, as list mode and the renderer.
        Assert.DoesNotContain(tile.Layers, l => l.Name == "movements");
        var toArea = Assert.Single(Layer(tile, "toareas").Features).Attributes;
        Assert.Equal(ids[0], Convert.ToInt64(toArea["movement"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(country.Key, toArea["area"]);
        Assert.Equal("Labelland", toArea["areaname"]);
        Assert.Equal(((WebMercator.X(11.50) * 2) - 1) * WebMercator.HalfWorld, Assert.IsType<double>(toArea["fx"]), 3);
        Assert.Equal((1 - (WebMercator.Y(58.20) * 2)) * WebMercator.HalfWorld, Assert.IsType<double>(toArea["ty"]), 3);
        Assert.False(toArea.Exists("bow"));
        Assert.Equal(2500L, Convert.ToInt64(toArea["strength"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(12.20, label.Geometry.Coordinates[0].X, 2);
        // Times are numbers (a client filters the range on them), not the strings ST_AsMVT makes of numeric.
        Assert.Equal((double)new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), Assert.IsType<double>(label.Attributes["start"]));
        Assert.True(Convert.ToDouble(label.Attributes["length"], System.Globalization.CultureInfo.InvariantCulture) > 20_000);
        // The neighbouring tile the route also crosses repeats no label.
        Assert.DoesNotContain((await TileAsync(9, 11.6, 58.11)).Layers.Where(l => l.Name == "labels").SelectMany(l => l.Features), f => Convert.ToInt64(f.Attributes["movement"], System.Globalization.CultureInfo.InvariantCulture) == ids[0]);

        Assert.True((bool)Assert.Single(Layer(await TileAsync(9, 12.9, 58.2), "places").Features, f => (string)f.Attributes["name"] == "Labelland").Attributes["area"]);
        Assert.False(Assert.Single(Layer(await TileAsync(9, 11.5, 58.1), "places").Features, f => (string)f.Attributes["name"] == "Labelford").Attributes.Exists("area"));
    }

    [Fact]
    public async Task A_route_without_a_strength_has_a_label_for_its_dates_when_they_were_stated_and_none_when_guessed()
    {
        var origin = ServerFixture.Place("Datebourg", 14.50, 57.10, "SE");
        var destination = ServerFixture.Place("Dateholm", 15.10, 57.15, "SE");
        var dated = ServerFixture.Movement("Sweden", origin, destination, "2024-06-08", "2024-06-13") with { Strength = null };
        var guessed = ServerFixture.Movement("Finland", destination, origin, "2024-06-01", "2024-06-02") with
        {
            Strength = null,
            Period = new GeoMap.Core.Time.Period(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 2, 0, 0, 0, TimeSpan.Zero), GeoMap.Core.Time.TimePrecision.Unknown),
        };
        var ids = await server.SeedAsync([dated, guessed]);

        var labels = (await TileAsync(9, 14.8, 57.12)).Layers.Where(l => l.Name == "labels").SelectMany(l => l.Features).ToList();

        var label = Assert.Single(labels);
        Assert.Equal(ids[0], Convert.ToInt64(label.Attributes["movement"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("day", label.Attributes["precision"]);
        Assert.False(label.Attributes.Exists("smin"));
        Assert.Equal((double)new DateTimeOffset(2024, 6, 14, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), Assert.IsType<double>(label.Attributes["end"]));
    }

    [Fact]
    public async Task Movements_between_the_same_places_fan_out_the_first_straight_each_further_to_its_left_in_one_curve_across_tiles()
    {
        var west = ServerFixture.Place("Fanwick", 20.05, 61.10, "FI");
        var east = ServerFixture.Place("Fanmouth", 21.15, 61.10, "FI");
        var ids = await server.SeedAsync([
            ServerFixture.Movement("Finland", west, east, "2024-07-01", "2024-07-02"),
            ServerFixture.Movement("Finland", west, east, "2024-07-03", "2024-07-04"),
            ServerFixture.Movement("Sweden", east, west, "2024-07-05", "2024-07-06"),
        ]);
        // The two zoom 9 tiles on either side of a tile edge the routes cross.
        var (x, y) = TileOf(9, 20.6, 61.10);
        var edge = (x * 360.0 / 512) - 180;
        var (left, right) = (await TileAsync(9, edge - 0.05, 61.10), await TileAsync(9, edge + 0.05, 61.10));
        IReadOnlyList<NetTopologySuite.Geometries.Coordinate> Route(VectorTile tile, long id) =>
            Layer(tile, "movements").Features.Single(f => Convert.ToInt64(f.Attributes["id"], System.Globalization.CultureInfo.InvariantCulture) == id).Geometry.Coordinates;

        // The first runs straight; the second bows to the left of its travel (north, as it runs east); the one back
        // bows to the left of its own (south), further, as the third of the stack.
        Assert.All([left, right], tile => Assert.Equal(61.10, LatAt(Route(tile, ids[0]), edge), 3));
        var (out1, out2) = (LatAt(Route(left, ids[1]), edge), LatAt(Route(right, ids[1]), edge));
        var back = LatAt(Route(left, ids[2]), edge);
        Assert.InRange(out1, 61.105, 61.2);
        Assert.InRange(back, 61.0, 61.10 - (out1 - 61.10) - 0.002);
        // One curve: both tiles put it at the same place on their shared edge.
        Assert.Equal(out1, out2, 3);
        Assert.Equal(back, LatAt(Route(right, ids[2]), edge), 3);
    }

    // The latitude where a line crosses a meridian.
    private static double LatAt(IReadOnlyList<NetTopologySuite.Geometries.Coordinate> line, double lon)
    {
        for (var i = 1; i < line.Count; i++)
        {
            var (a, b) = (line[i - 1], line[i]);
            if ((a.X - lon) * (b.X - lon) <= 0 && a.X != b.X)
            {
                return a.Y + ((b.Y - a.Y) * (lon - a.X) / (b.X - a.X));
            }
        }

        throw new Xunit.Sdk.XunitException($"the line does not cross {lon}");
    }

    [Fact]
    public async Task A_movement_known_by_its_destination_only_is_a_lone_head_pointing_down_and_a_route_head_is_not_lone()
    {
        var origin = ServerFixture.Place("Lonefrom", 20.10, 62.10, "FI");
        var destination = ServerFixture.Place("Loneto", 20.30, 62.20, "FI");
        var arrival = ServerFixture.Place("Lonely", 20.25, 62.05, "FI");
        var ids = await server.SeedAsync([
            ServerFixture.Movement("Finland", origin, destination, "2024-04-01", "2024-04-02"),
            ServerFixture.Movement("Finland", origin, arrival, "2024-04-03", "2024-04-04") with { Origin = null },
        ]);

        var heads = Layer(await TileAsync(9, 20.3, 62.15), "heads").Features
            .ToDictionary(f => Convert.ToInt64(f.Attributes["movement"], System.Globalization.CultureInfo.InvariantCulture));

        Assert.False(heads[ids[0]].Attributes.Exists("lone"));
        var lone = heads[ids[1]];
        Assert.True((bool)lone.Attributes["lone"]);
        Assert.Equal(-Math.PI / 2, Convert.ToDouble(lone.Attributes["angle"], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task A_withdrawals_heads_carry_its_kind_for_the_double_head_and_an_unknown_kind_carries_none()
    {
        var a = ServerFixture.Place("Fallbackton", 40.10, 65.10, "RU");
        var b = ServerFixture.Place("Rearbury", 40.30, 65.20, "RU");
        var ids = await server.SeedAsync([
            ServerFixture.Movement("Russia", a, b, "2024-08-01", "2024-08-02") with { Kind = GeoMap.Core.Movements.MovementKind.Withdrawal },
            ServerFixture.Movement("Russia", b, a, "2024-08-01", "2024-08-02"),
        ]);

        var heads = Layer(await TileAsync(9, 40.2, 65.15), "heads").Features
            .ToDictionary(f => Convert.ToInt64(f.Attributes["movement"], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("withdrawal", heads[ids[0]].Attributes["kind"]);
        Assert.False(heads[ids[1]].Attributes.Exists("kind"));
    }

    [Fact]
    public async Task Timeline_counts_movements_by_the_day_or_week_they_begin_in_the_box_and_refuses_an_unknown_bucket()
    {
        var a = ServerFixture.Place("Barton", 150.10, -30.10, "AU");
        var b = ServerFixture.Place("Barville", 150.20, -30.20, "AU");
        var far = ServerFixture.Place("Farbar", 160.20, -20.20, "AU");
        await server.SeedAsync([
            ServerFixture.Movement("Australia", a, b, "2024-06-03", "2024-06-09"),
            ServerFixture.Movement("Australia", b, a, "2024-06-03", "2024-06-03"),
            // Begins on the Sunday of the same ISO week, and lasts into the next: counted once, where it begins.
            ServerFixture.Movement("Australia", a, b, "2024-06-09", "2024-06-20"),
            ServerFixture.Movement("Australia", a, b, "2024-06-12", "2024-06-12"),
            ServerFixture.Movement("Australia", far, far, "2024-06-04", "2024-06-04"),
        ]);
        var client = server.Client();
        const string box = "bbox=150,-30.5,150.5,-30";

        var days = await (await client.GetAsync($"/api/movements/timeline?{box}")).JsonAsync();
        Assert.Equal("day", days.GetProperty("bucket").GetString());
        Assert.Equal(["2024-06-03:2", "2024-06-09:1", "2024-06-12:1"], Bars(days));
        Assert.Equal(0, days.GetProperty("undated").GetInt64());

        var weeks = await (await client.GetAsync($"/api/movements/timeline?{box}&bucket=week")).JsonAsync();
        Assert.Equal(["2024-06-03:3", "2024-06-10:1"], Bars(weeks));

        // The filters of the movement query apply: a period overlapping from..to, an actor.
        Assert.Equal(["2024-06-09:1", "2024-06-12:1"], Bars(await (await client.GetAsync($"/api/movements/timeline?{box}&from=2024-06-10")).JsonAsync()));
        Assert.Empty(Bars(await (await client.GetAsync($"/api/movements/timeline?{box}&actor=Fiji")).JsonAsync()));

        var problem = await (await client.GetAsync("/api/movements/timeline?bucket=fortnight")).ProblemAsync(400);
        Assert.Contains("use day, week or month", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        static string[] Bars(System.Text.Json.JsonElement timeline) =>
            [.. timeline.GetProperty("counts").EnumerateArray().Select(c => $"{c.GetProperty("start").GetString()}:{c.GetProperty("count").GetInt64()}")];
    }

    [Fact]
    public async Task From_to_and_actor_filter_the_tile_like_the_movement_query()
    {
        var a = ServerFixture.Place("Filterton", -60.10, -30.10, "AR");
        var b = ServerFixture.Place("Filterville", -60.20, -30.20, "AR");
        var ids = await server.SeedAsync([
            ServerFixture.Movement("Argentina", a, b, "2024-05-01", "2024-05-02"),
            ServerFixture.Movement("Chile", b, a, "2024-07-01", "2024-07-02"),
        ]);

        Assert.Equal(ids, Ids(await TileAsync(9, -60.15, -30.15)));
        Assert.Equal([ids[0]], Ids(await TileAsync(9, -60.15, -30.15, "from=2024-04-01&to=2024-05-31")));
        Assert.Equal([ids[1]], Ids(await TileAsync(9, -60.15, -30.15, "actor=chile")));
        Assert.Empty(Ids(await TileAsync(9, -60.15, -30.15, "actor=chile&to=2024-06-01")));
    }

    [Fact]
    public async Task A_shallow_tile_holds_flows_counting_the_movements_between_two_areas()
    {
        // Three movements between two pairs of neighbouring towns 800 km apart: one flow of three at zoom 3 (626 km cells).
        var west = new[] { ServerFixture.Place("Flowa", 140.00, -25.00, "AU"), ServerFixture.Place("Flowb", 140.05, -25.02, "AU") };
        var east = new[] { ServerFixture.Place("Flowc", 148.00, -25.00, "AU"), ServerFixture.Place("Flowd", 148.04, -25.03, "AU") };
        await server.SeedAsync([
            ServerFixture.Movement("Australia", west[0], east[0], "2024-02-01", "2024-02-02"),
            ServerFixture.Movement("Australia", west[1], east[1], "2024-02-03", "2024-02-04"),
            ServerFixture.Movement("New Zealand", west[0], east[1], "2024-02-05", "2024-02-06"),
        ]);

        var tile = await TileAsync(3, 144.0, -25.0);

        Assert.DoesNotContain(tile.Layers, l => l.Name == "movements");
        var flow = Assert.Single(Layer(tile, "flows").Features);
        Assert.Equal(3L, Convert.ToInt64(flow.Attributes["count"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4500L, Convert.ToInt64(flow.Attributes["strength"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Australia", flow.Attributes["actor"]);
        Assert.Equal(2L, Convert.ToInt64(flow.Attributes["actors"], System.Globalization.CultureInfo.InvariantCulture));
        var head = Assert.Single(Layer(tile, "heads").Features);
        Assert.Equal(3L, Convert.ToInt64(head.Attributes["count"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(4, "from=2024-09-01&to=2024-09-30", 100.0)] // flow rows (movement_flows, dates only)
    [InlineData(4, null, 125.0)]                            // the movements themselves (no filter)
    [InlineData(6, "from=2024-09-01&to=2024-09-30", 150.0)] // zoom 6: the movements themselves
    public async Task A_flows_strength_sums_the_representative_strengths_as_every_other_drawing_does(int zoom, string? filter, double lon)
    {
        // "500 to 1,000" is drawn as 750 (the middle, as Strength.Representative, list mode and the detail tiles):
        // a flow of it, "at least 2,000" and "up to 301" has 750 + 2,000 + 301, not the tops of the ranges (1,000 + 2,000 + 301).
        // Each case in a zoom 4 tile of its own (the class shares one database).
        var west = ServerFixture.Place($"Midford {lon}", lon, -47.00, "AU");
        var east = ServerFixture.Place($"Midham {lon}", lon + 6, -47.02, "AU");
        await server.SeedAsync([
            ServerFixture.Movement("Australia", west, east, "2024-09-01", "2024-09-02") with { Strength = new Strength(500, 1000, "500 to 1,000") },
            ServerFixture.Movement("Australia", west, east, "2024-09-03", "2024-09-04") with { Strength = new Strength(2000, null, "at least 2,000") },
            ServerFixture.Movement("Australia", west, east, "2024-09-05", "2024-09-06") with { Strength = new Strength(null, 301, "up to 301") },
        ]);

        var flow = Assert.Single(Layer(await TileAsync(zoom, lon + 3, -47.0, filter), "flows").Features);

        Assert.Equal(3L, Convert.ToInt64(flow.Attributes["count"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3051L, Convert.ToInt64(flow.Attributes["strength"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_dated_flow_tile_follows_an_edit_and_a_delete_through_the_flow_rows()
    {
        // Zoom 4 with dates reads movement_flows (migration 0015): an edit and a delete over HTTP change it at once.
        var west = ServerFixture.Place("Rowford", 120.00, -30.00, "AU");
        var east = ServerFixture.Place("Rowham", 126.00, -30.05, "AU");
        var ids = await server.SeedAsync([
            ServerFixture.Movement("Australia", west, east, "2024-07-01", "2024-07-03"),
            ServerFixture.Movement("Australia", west, east, "2024-07-02", "2024-07-05"),
        ]);
        const string dates = "from=2024-07-01&to=2024-07-31";
        static (long Count, long Strength) Flow(VectorTile tile)
        {
            var flow = Assert.Single(Layer(tile, "flows").Features);
            return (Convert.ToInt64(flow.Attributes["count"], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt64(flow.Attributes["strength"], System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal((2L, 3000L), Flow(await TileAsync(4, 123.0, -30.0, dates)));

        var analyst = server.Client("analyst");
        await analyst.PatchAsync($"/api/movements/{ids[0]}", JsonContent.Create(new { strength = 9000 })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((2L, 10500L), Flow(await TileAsync(4, 123.0, -30.0, dates)));

        await analyst.DeleteAsync($"/api/movements/{ids[1]}").ExpectAsync(HttpStatusCode.NoContent);
        Assert.Equal((1L, 9000L), Flow(await TileAsync(4, 123.0, -30.0, dates)));
        Assert.Empty((await TileAsync(4, 123.0, -30.0, "from=2024-08-01&to=2024-08-31")).Layers.SelectMany(l => l.Features));
    }

    [Fact]
    public async Task The_etag_answers_304_until_an_edit_changes_the_tile_and_only_that_tile()
    {
        var a = ServerFixture.Place("Etagford", 30.10, -10.10, "ZM");
        var b = ServerFixture.Place("Etagham", 30.20, -10.20, "ZM");
        var c = ServerFixture.Place("Otherplace", 35.10, -15.10, "MW");
        var d = ServerFixture.Place("Otherton", 35.20, -15.20, "MW");
        var ids = await server.SeedAsync([ServerFixture.Movement("Zambia", a, b, "2024-01-01", "2024-01-02"), ServerFixture.Movement("Malawi", c, d, "2024-01-01", "2024-01-02")]);
        var edited = TileUrl(9, 30.15, -10.15);
        var untouched = TileUrl(9, 35.15, -15.15);

        var first = await server.Client().GetAsync(edited).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("application/vnd.mapbox-vector-tile", first.Content.Headers.ContentType?.MediaType);
        Assert.True(first.Headers.CacheControl?.NoCache);
        var tag = first.Headers.ETag!;
        var otherTag = (await server.Client().GetAsync(untouched)).Headers.ETag!;
        Assert.Equal(HttpStatusCode.NotModified, (await Conditional(edited, tag)).StatusCode);

        var analyst = server.Client("analyst");
        await analyst.PatchAsync($"/api/movements/{ids[0]}", JsonContent.Create(new { strength = 9000 })).ExpectAsync(HttpStatusCode.OK);

        var after = await Conditional(edited, tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await Conditional(untouched, otherTag)).StatusCode);

        // A new movement is an edit of the tiles it crosses too.
        tag = after.Headers.ETag!;
        await server.SeedAsync([ServerFixture.Movement("Zambia", b, a, "2024-02-01", "2024-02-02")]);
        Assert.Equal(HttpStatusCode.OK, (await Conditional(edited, tag)).StatusCode);
    }

    [Fact]
    public async Task A_route_edited_to_other_places_leaves_its_old_tiles_and_its_flow_ends_at_the_new_destination()
    {
        // The tiles read the stored Web Mercator geometry and route ends (migration 0009): an edit must move them too.
        var a = ServerFixture.Place("Oldstart", 46.10, -19.10, "MG");
        var b = ServerFixture.Place("Oldend", 46.20, -19.20, "MG");
        var id = (await server.SeedAsync([ServerFixture.Movement("Madagascar", a, b, "2024-01-01", "2024-01-02")])).Single();
        Assert.Equal([id], Ids(await TileAsync(9, 46.15, -19.15)));
        Assert.Empty(Ids(await TileAsync(9, 48.15, -22.15)));

        var edit = new { origin = new { name = "Newstart", lon = 48.10, lat = -22.10 }, destination = new { name = "Newend", lon = 48.20, lat = -22.20 } };
        await server.Client("analyst").PatchAsync($"/api/movements/{id}", JsonContent.Create(edit)).ExpectAsync(HttpStatusCode.OK);

        Assert.Empty(Ids(await TileAsync(9, 46.15, -19.15)));
        Assert.Equal([id], Ids(await TileAsync(9, 48.15, -22.15)));
        // Zoom 5 (39 km cells): the flow's head is at the new destination's cell.
        var head = Assert.Single(Layer(await TileAsync(5, 48.15, -22.15), "heads").Features);
        Assert.Equal(48.20, head.Geometry.Coordinates[0].X, 0.4);
        Assert.Equal(-22.20, head.Geometry.Coordinates[0].Y, 0.4);
    }

    [Theory]
    [InlineData("/tiles/movements/23/0/0.mvt", "z")]
    [InlineData("/tiles/movements/-1/0/0.mvt", "z")]
    [InlineData("/tiles/movements/abc/0/0.mvt", "z")]
    [InlineData("/tiles/movements/2/4/0.mvt", "x")]
    [InlineData("/tiles/movements/2/0/4.mvt", "y")]
    [InlineData("/tiles/movements/2/1.5/0.mvt", "x")]
    [InlineData("/tiles/movements/2/0/0.mvt?from=yesterday", "from")]
    public async Task A_tile_address_or_filter_that_does_not_exist_is_a_400_naming_it(string url, string parameter)
    {
        var problem = await (await server.Client().GetAsync(url)).ProblemAsync(400);
        Assert.Contains(parameter, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tilejson_counts_the_movements_and_gives_their_dates_and_the_tile_template()
    {
        var a = ServerFixture.Place("Jsonburg", -100.10, 50.10, "CA");
        var b = ServerFixture.Place("Jsonton", -100.20, 50.20, "CA");
        await server.SeedAsync([ServerFixture.Movement("Canada", a, b, "2019-06-01", "2019-06-03")]);

        var json = await (await server.Client().GetAsync("/tiles/movements/tilejson.json?actor=Canada")).JsonAsync();

        Assert.Equal("3.0.0", json.GetProperty("tilejson").GetString());
        Assert.EndsWith("/tiles/movements/{z}/{x}/{y}.mvt?actor=Canada", json.GetProperty("tiles")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("movements").GetInt64());
        Assert.StartsWith("2019-06-01", json.GetProperty("from").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2019-06-04", json.GetProperty("to").GetString(), StringComparison.Ordinal);
        Assert.Equal(-100.2, json.GetProperty("bounds")[0].GetDouble(), 3);
    }

    [Fact]
    public async Task The_tilejson_lists_the_actors_of_the_movements_the_dates_match_each_spelling_once_and_null_for_none_stated()
    {
        var a = ServerFixture.Place("Actorport", -130.10, 45.10, "US");
        var b = ServerFixture.Place("Actorfield", -130.20, 45.20, "US");
        await server.SeedAsync([
            ServerFixture.Movement("Hezbollah", a, b, "2018-03-01", "2018-03-03"),
            ServerFixture.Movement("Azov", a, b, "2018-03-05", "2018-03-06"),
            ServerFixture.Movement("Azov", b, a, "2018-03-08", "2018-03-09"),
            ServerFixture.Movement("azov", a, b, "2018-03-20", "2018-03-21"),
            ServerFixture.Movement("Nobody", a, b, "2018-03-25", "2018-03-26") with { Actor = null },
            // Before the range: listed without the date filter only.
            ServerFixture.Movement("Rwanda", a, b, "2018-01-01", "2018-01-02"),
        ]);
        const string box = "bbox=-130.5,45,-130,45.5";

        var march = await (await server.Client().GetAsync($"/tiles/movements/tilejson.json?{box}&from=2018-03-01&to=2018-03-31")).JsonAsync();
        var always = await (await server.Client().GetAsync($"/tiles/movements/tilejson.json?{box}")).JsonAsync();
        var april = await (await server.Client().GetAsync($"/tiles/movements/tilejson.json?{box}&from=2018-04-01&to=2018-04-30")).JsonAsync();

        // Spellings as stored, in ordinal order (the client folds them as it assigns colours); null: an actor not stated.
        Assert.Equal<IEnumerable<string?>>(["Azov", "Hezbollah", "azov", null], Actors(march));
        Assert.Equal(5, march.GetProperty("movements").GetInt64());
        Assert.Equal<IEnumerable<string?>>(["Azov", "Hezbollah", "Rwanda", "azov", null], Actors(always));
        Assert.Empty(Actors(april));
        Assert.Equal(0, april.GetProperty("movements").GetInt64());
    }

    private static List<string?> Actors(System.Text.Json.JsonElement json) =>
        [.. json.GetProperty("actors").EnumerateArray().Select(a => a.GetString())];

    private static Layer Layer(VectorTile tile, string name) =>
        tile.Layers.SingleOrDefault(l => l.Name == name) ?? throw new Xunit.Sdk.XunitException($"no layer '{name}' in [{string.Join(", ", tile.Layers.Select(l => l.Name))}]");

    private static long[] Ids(VectorTile tile) =>
        [.. (tile.Layers.SingleOrDefault(l => l.Name == "movements")?.Features ?? []).Select(f => Convert.ToInt64(f.Attributes["id"], System.Globalization.CultureInfo.InvariantCulture)).Order()];

    private async Task<HttpResponseMessage> Conditional(string url, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return await server.Client().SendAsync(request);
    }

    private async Task<VectorTile> TileAsync(int z, double lon, double lat, string? filter = null)
    {
        var url = TileUrl(z, lon, lat) + (filter is null ? "" : "?" + filter);
        var response = await server.Client().GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        var (x, y) = TileOf(z, lon, lat);
        await using var stream = await response.Content.ReadAsStreamAsync();
        return new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z), "id");
    }

    private static string TileUrl(int z, double lon, double lat)
    {
        var (x, y) = TileOf(z, lon, lat);
        return $"/tiles/movements/{z}/{x}/{y}.mvt";
    }

    // The XYZ tile holding a point, by the project's one Web Mercator.
    private static (int X, int Y) TileOf(int z, double lon, double lat)
    {
        var (x, y) = GeoMap.Core.Projections.WebMercator.FromLonLat(lon, lat);
        return (GeoMap.Core.Projections.WebMercator.TileX(x, z), GeoMap.Core.Projections.WebMercator.TileY(y, z));
    }
}

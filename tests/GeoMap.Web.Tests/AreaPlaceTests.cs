using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>
/// A server with a movement from a town to a country, as "sent to Poland" reads, Poland's outline (a box) among the
/// regions, a movement known by Poland only (drawn by its outline alone), and two movements along the same two towns, one
/// stacked on the other.
/// </summary>
public sealed class AreaPlaceFixture : WebServerFixture
{
    /// <summary>The movement to Poland, and the first and second from Lutsk to Kovel.</summary>
    public long ToPoland { get; private set; }

    /// <summary>The movement known by its destination, Poland, only.</summary>
    public long IntoPoland { get; private set; }

    /// <inheritdoc cref="ToPoland"/>
    public long[] ToKovel { get; private set; } = [];

    /// <inheritdoc />
    protected override async Task SeedMoreAsync()
    {
        // Any stored region keeps the server from seeding the real ones: Poland is this box here.
        await using (var region = Database.DataSource.CreateCommand("""
            INSERT INTO regions (code, kind, name, country_code, geom)
            VALUES ('PL', 'country', 'Poland', 'PL', ST_Multi(ST_MakeEnvelope(14.1, 49.0, 24.15, 54.9, 4326)))
            """))
        {
            await region.ExecuteNonQueryAsync();
        }

        await using var command = Database.DataSource.CreateCommand("""
            WITH o AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('area:lutsk', 'Lutsk', 'UA', 'PopulatedPlace', 'PPL', ST_SetSRID(ST_MakePoint(25.33, 50.75), 4326), 'web-tests') RETURNING id, geom),
            d AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('area:poland', 'Poland', 'PL', 'Country', 'PCLI', ST_SetSRID(ST_MakePoint(19.4, 52.1), 4326), 'web-tests') RETURNING id, geom),
            k AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('area:kovel', 'Kovel', 'UA', 'PopulatedPlace', 'PPL', ST_SetSRID(ST_MakePoint(24.71, 51.21), 4326), 'web-tests') RETURNING id, geom),
            routes (n, destination) AS (VALUES (1, 'd'), (2, 'k'), (3, 'k'), (4, 'd'))
            INSERT INTO movements (actor, status, transport_mode, via_place_ids, origin_place_id, destination_place_id, geom, period, time_precision,
                sentence, confidence, created_by, claim_count, source_count)
            SELECT 'Ukraine', 'completed', 'road', '{}'::bigint[], CASE WHEN r.n = 4 THEN NULL ELSE o.id END, CASE r.destination WHEN 'd' THEN d.id ELSE k.id END,
                   CASE WHEN r.n = 4 THEN d.geom ELSE ST_MakeLine(o.geom, CASE r.destination WHEN 'd' THEN d.geom ELSE k.geom END) END,
                   tstzrange('2024-10-10', '2024-10-12'), 'day',
                   'Movement ' || r.n, 0.8, 'web-tests', 1, 1
            FROM o, d, k, routes r ORDER BY r.n
            RETURNING id, sentence;
            """);
        var ids = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids[reader.GetString(1)] = reader.GetInt64(0);
            }
        }

        ToPoland = ids["Movement 1"];
        IntoPoland = ids["Movement 4"];
        ToKovel = [ids["Movement 2"], ids["Movement 3"]];
    }
}

public sealed class AreaPlaceTests(AreaPlaceFixture server) : IClassFixture<AreaPlaceFixture>
{
    [Fact]
    public async Task A_country_destination_is_named_without_a_town_marker_while_the_town_keeps_its_own()
    {
        await using var page = await server.OpenAsync("/?c=22.4,51.4&z=6&from=2024-10-01&to=2024-10-31");
        await page.WaitForRenderAsync();
        // Towns take part in the marker-and-label layout; the country is only written on its point.
        var sides = await page.Page.EvaluateAsync<Dictionary<string, string?>>("() => window.geomap.placeLabelSides()");
        Assert.True(sides.ContainsKey("Lutsk"), string.Join(", ", sides.Keys));
        Assert.False(sides.ContainsKey("Poland"));
        var colours = await page.ColoursAtPlacesAsync((25.33, 50.75));
        Assert.True(colours[0].Take(3).All(v => v >= 245), $"Lutsk's marker has a white centre: {string.Join(',', colours[0])}");
    }

    [Fact]
    public async Task A_movement_to_a_country_ends_at_its_edge_and_the_country_is_outlined_in_the_actors_colour()
    {
        await using var page = await server.OpenAsync("/?c=22.4,51.4&z=6&from=2024-10-01&to=2024-10-31");
        await page.WaitForRenderAsync();

        Assert.Equal(["cur:area:poland"], await page.Page.EvaluateAsync<string[]>("() => window.geomap.outlinedAreas()"));
        // From Lutsk towards Poland's point, the route meets the box's eastern side (24.15) at about 51.02 N.
        var route = await page.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.ToPoland})");
        Assert.Equal(2, route.Length);
        Assert.Equal(24.15, route[1][0], 0.01);
        Assert.Equal(51.02, route[1][1], 0.02);

        // The outline is stroked in Ukraine's colour (the actor of the one movement to it), and the legend explains it.
        var ukraine = await page.Page.EvaluateAsync<string>("() => document.querySelector('#legend li[data-actor=\"Ukraine\"]').dataset.colour");
        var expected = Enumerable.Range(0, 3).Select(i => Convert.ToInt32(ukraine.Substring(1 + (2 * i), 2), 16)).ToArray();
        // The stroke is 2.2 px wide and antialiased: its most covered pixel across the edge.
        var (x, y) = await page.ViewportPixelOfAsync(24.15, 53.5);
        var across = await page.ColoursAtAsync([.. Enumerable.Range(-3, 7).Select(dx => (x + dx, y))]);
        var edge = across.MinBy(c => Enumerable.Range(0, 3).Sum(i => Math.Abs(c[i] - expected[i])))!;
        Assert.True(Enumerable.Range(0, 3).All(i => Math.Abs(edge[i] - expected[i]) < 40), $"outline {string.Join(' ', across.Select(c => string.Join(',', c)))}, Ukraine {ukraine}");
        Assert.Equal(1, await page.Page.Locator("#legend li[data-symbol='area']").CountAsync());

        // The outline was asked simplified for the view's zoom; zoomed in, it is asked again for the deeper zoom, and
        // the arrow still ends on the edge drawn.
        const string Outlines = "() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('/api/places/outlines'))";
        Assert.Contains(await page.Page.EvaluateAsync<string[]>(Outlines), u => u.EndsWith("&zoom=6", StringComparison.Ordinal));
        await page.Page.EvaluateAsync("() => window.geomap.map.getView().setZoom(8)");
        await page.Page.WaitForFunctionAsync($"() => ({Outlines})().some((u) => u.endsWith('&zoom=8'))");
        await page.WaitForRenderAsync();
        var deeper = await page.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.ToPoland})");
        Assert.Equal(24.15, deeper[1][0], 0.01);
    }

    [Fact]
    public async Task A_click_on_an_outlined_country_lists_its_movements_even_one_drawn_by_the_outline_alone()
    {
        await using var page = await server.OpenAsync("/?c=19.5,52.0&z=6&from=2024-10-01&to=2024-10-31");
        await page.WaitForRenderAsync();
        Assert.Null(await page.Page.EvaluateAsync<double[][]?>($"() => window.geomap.drawnRoute({server.IntoPoland})"));

        // Outside the outline, a few pixels west of its edge: nothing opens.
        var (wx, wy) = await page.ViewportPixelOfAsync(14.1, 53.8);
        await page.Page.Mouse.ClickAsync(wx - 12, wy);
        await page.Page.WaitForTimeoutAsync(300);
        Assert.False(await page.Page.Locator("#details h2").IsVisibleAsync());

        // Inside it, far from the arrow and from the country's name: Poland's panel, listing both movements to it.
        var (x, y) = await page.ViewportPixelOfAsync(16.0, 54.0);
        await page.Page.Mouse.ClickAsync(x, y);
        var details = page.Page.Locator("#details");
        await Assertions.Expect(details.Locator("h2")).ToHaveTextAsync("Poland");
        await Assertions.Expect(details.Locator("h3")).ToHaveTextAsync("Movements (2)");
        await Assertions.Expect(details.Locator("li")).ToHaveCountAsync(2);
        await Assertions.Expect(details).ToContainTextAsync($"#{server.ToPoland} Ukraine");
        await Assertions.Expect(details).ToContainTextAsync($"#{server.IntoPoland} Ukraine");

        // The one known by Poland only opens from the list, as any movement does.
        await details.Locator("button", new() { HasText = $"#{server.IntoPoland} " }).ClickAsync();
        await Assertions.Expect(details.Locator("h2")).ToHaveTextAsync($"Movement #{server.IntoPoland}");
    }

    [Fact]
    public async Task A_second_movement_along_the_same_towns_bows_out_beside_the_first()
    {
        await using var page = await server.OpenAsync("/?c=25.0,51.0&z=8&from=2024-10-01&to=2024-10-31");
        await page.WaitForRenderAsync();

        var first = await page.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.ToKovel[0]})");
        var second = await page.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.ToKovel[1]})");
        Assert.Equal(2, first.Length);
        Assert.True(second.Length > 2, $"{second.Length} points");
        Assert.Equal(first[0][0], second[0][0], 6);
        Assert.Equal(first[^1][1], second[^1][1], 6);
        // Its middle lies off the chord's middle, on the left of travel (north-west bound: towards the south-west).
        var middle = second[second.Length / 2];
        var chordMiddle = new[] { (first[0][0] + first[1][0]) / 2, (first[0][1] + first[1][1]) / 2 };
        Assert.True(middle[0] < chordMiddle[0] - 0.01 && middle[1] < chordMiddle[1] - 0.01, $"middle {middle[0]},{middle[1]} chord {chordMiddle[0]},{chordMiddle[1]}");
    }
}

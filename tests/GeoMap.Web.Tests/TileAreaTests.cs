using System.Globalization;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>
/// Tile mode (the Sahel's 2,100 movements) with a country and a region as destinations, far east of them: Boxland
/// (country QZ, the box 30-34 E, 2.5-5 N, its point at 32 E 4 N), reached twice by Kenya from Westtown (28 E, 4 N),
/// the second route stacked on the first, and once from Innertown inside it (33.5 E, 3 N); and Boxshire (region 07 of
/// QY, the box 34.5-36.5 E, 1-3 N, its point at 35.5 E 2 N), reached by Ethiopia from Easttown (34.2 E, 2 N).
/// </summary>
public sealed class TileAreaFixture : WebServerFixture
{
    /// <summary>The two movements to Boxland, by id (the second bows out beside the first).</summary>
    public long[] ToCountry { get; private set; } = [];

    /// <summary>The movement to Boxland from inside it (shown by the outline alone).</summary>
    public long WithinCountry { get; private set; }

    /// <summary>The movement to Boxshire.</summary>
    public long ToRegion { get; private set; }

    /// <inheritdoc />
    protected override async Task SeedMoreAsync()
    {
        await using var command = Database.DataSource.CreateCommand($$"""
            {{TileModeFixture.SahelMovementsSql}}
            INSERT INTO regions (code, kind, name, country_code, geonames_admin1, geom) VALUES
                ('QZ', 'country', 'Boxland', 'QZ', NULL, ST_Multi(ST_MakeEnvelope(30.0, 2.5, 34.0, 5.0, 4326))),
                ('QY-07', 'admin1', 'Boxshire', 'QY', '07', ST_Multi(ST_MakeEnvelope(34.5, 1.0, 36.5, 3.0, 4326)));
            INSERT INTO places (curated_key, name, country_code, admin1_code, kind, feature_code, geom, created_by) VALUES
                ('tilearea:west', 'Westtown', 'QX', NULL, 'PopulatedPlace', 'PPL', ST_SetSRID(ST_MakePoint(28.0, 4.0), 4326), 'web-tests'),
                ('tilearea:boxland', 'Boxland', 'QZ', NULL, 'Country', 'PCLI', ST_SetSRID(ST_MakePoint(32.0, 4.0), 4326), 'web-tests'),
                ('tilearea:inner', 'Innertown', 'QZ', NULL, 'PopulatedPlace', 'PPL', ST_SetSRID(ST_MakePoint(33.5, 3.0), 4326), 'web-tests'),
                ('tilearea:east', 'Easttown', 'QY', NULL, 'PopulatedPlace', 'PPL', ST_SetSRID(ST_MakePoint(34.2, 2.0), 4326), 'web-tests'),
                ('tilearea:boxshire', 'Boxshire', 'QY', '07', 'Region', 'ADM1', ST_SetSRID(ST_MakePoint(35.5, 2.0), 4326), 'web-tests');
            INSERT INTO movements (actor, status, transport_mode, via_place_ids, origin_place_id, destination_place_id, geom, period, time_precision,
                sentence, confidence, created_by, claim_count, source_count)
            SELECT r.actor, 'completed', 'road', '{}'::bigint[], o.id, d.id, ST_MakeLine(o.geom, d.geom), tstzrange('2024-03-01', '2024-03-03'), 'day',
                   'To an area ' || r.n || '.', 0.8, 'web-tests', 1, 1
            FROM (VALUES (1, 'Kenya', 'tilearea:west', 'tilearea:boxland'), (2, 'Kenya', 'tilearea:west', 'tilearea:boxland'),
                         (3, 'Ethiopia', 'tilearea:east', 'tilearea:boxshire'), (4, 'Kenya', 'tilearea:inner', 'tilearea:boxland')) AS r(n, actor, origin, destination)
                 JOIN places o ON o.curated_key = r.origin JOIN places d ON d.curated_key = r.destination
            ORDER BY r.n;
            ANALYZE movements;
            """);
        await command.ExecuteNonQueryAsync();
        await using var ids = Database.DataSource.CreateCommand("SELECT array_agg(id ORDER BY id) FROM movements WHERE sentence LIKE 'To an area %'");
        var all = (long[])(await ids.ExecuteScalarAsync())!;
        ToCountry = [all[0], all[1]];
        ToRegion = all[2];
        WithinCountry = all[3];
    }
}

public sealed class TileAreaTests(TileAreaFixture server) : IClassFixture<TileAreaFixture>
{
    private const string View = "/?c=32.3,3.4&z=8&from=2024-01-01&to=2024-12-31";

    [Fact]
    public async Task Tile_mode_outlines_a_country_and_a_region_and_ends_their_arrows_on_the_edge()
    {
        await using var page = await server.OpenAsync(View);
        await Assertions.Expect(page.Page.Locator("#status")).ToContainTextAsync("drawn from tiles");
        await page.Page.WaitForFunctionAsync("() => window.geomap.outlinedAreas().length === 2");
        await page.WaitForRenderAsync();
        Assert.Equal(["cur:tilearea:boxland", "cur:tilearea:boxshire"], (await page.Page.EvaluateAsync<string[]>("() => window.geomap.outlinedAreas()")).Order());

        // Westtown to Boxland meets the box's western side at 4 N; the stacked second bows north (left of its travel
        // east) and meets it north of that; Easttown to Boxshire meets the region's western side at 2 N.
        var first = await DrawnEndAsync(page, server.ToCountry[0]);
        Assert.Equal(30.0, first[0], 0.01);
        Assert.Equal(4.0, first[1], 0.01);
        var second = await DrawnEndAsync(page, server.ToCountry[1]);
        Assert.Equal(30.0, second[0], 0.01);
        Assert.InRange(second[1], 4.02, 4.2);
        var region = await DrawnEndAsync(page, server.ToRegion);
        Assert.Equal(34.5, region[0], 0.01);
        Assert.Equal(2.0, region[1], 0.01);
        // From inside Boxland: no arrow, the outline shows it (and it is among the movements in view).
        Assert.Null(await page.Page.EvaluateAsync<double[][]?>(FormattableString.Invariant($"() => window.geomap.drawnRoute({server.WithinCountry})")));
        Assert.Contains(server.WithinCountry, await page.ShownIdsAsync());

        // Each outline is stroked in its actor's colour, and the legend explains outlines.
        await AssertStrokedAsync(page, "Kenya", (33.0, 2.5), acrossY: true);
        await AssertStrokedAsync(page, "Ethiopia", (34.5, 2.8), acrossY: false);
        await Assertions.Expect(page.Page.Locator("#legend li[data-symbol='area']")).ToHaveCountAsync(1);

        // Zoomed in, the outlines are asked for the deeper zoom and the arrow still ends on the edge.
        const string Outlines = "() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.includes('/api/places/outlines'))";
        Assert.Contains(await page.Page.EvaluateAsync<string[]>(Outlines), u => u.EndsWith("&zoom=8", StringComparison.Ordinal));
        await page.Page.EvaluateAsync(FormattableString.Invariant($"() => {{ const view = window.geomap.map.getView(); view.setCenter([{Mercator(30.2, 4.0)[0]}, {Mercator(30.2, 4.0)[1]}]); view.setZoom(10); }}"));
        await page.Page.WaitForFunctionAsync($"() => ({Outlines})().some((u) => u.endsWith('&zoom=10'))");
        await page.WaitForRenderAsync();
        await page.WaitForRenderAsync();
        var deeper = await DrawnEndAsync(page, server.ToCountry[0]);
        Assert.Equal(30.0, deeper[0], 0.005);

        // Below the detail zoom flows are drawn, which run between grid cells: no area is outlined.
        await page.Page.EvaluateAsync("() => window.geomap.map.getView().setZoom(6)");
        await page.Page.WaitForFunctionAsync("() => window.geomap.outlinedAreas().length === 0");
        Assert.Empty(page.Errors);
    }

    [Theory]
    [InlineData(33.3, 4.6, "Boxland", 3)]
    [InlineData(34.75, 2.7, "Boxshire", 1)]
    public async Task A_click_inside_an_outline_in_tile_mode_opens_the_area_with_its_movements(double lon, double lat, string name, int movements)
    {
        await using var page = await server.OpenAsync(View);
        await page.Page.WaitForFunctionAsync("() => window.geomap.outlinedAreas().length === 2");
        await page.WaitForRenderAsync();

        var (x, y) = await page.ViewportPixelOfAsync(lon, lat);
        await page.Page.Mouse.ClickAsync(x, y);
        var details = page.Page.Locator("#details");
        await Assertions.Expect(details.Locator("h2")).ToHaveTextAsync(name);
        await Assertions.Expect(details.Locator("h3")).ToHaveTextAsync(FormattableString.Invariant($"Movements ({movements})"));
        Assert.Empty(page.Errors);
    }

    /// <summary>A lon/lat in Web Mercator metres (the map view's coordinates).</summary>
    private static double[] Mercator(double lon, double lat) =>
        [lon * 6378137 * Math.PI / 180, 6378137 * Math.Log(Math.Tan((Math.PI / 4) + (lat * Math.PI / 360)))];

    /// <summary>The last point (lon, lat) of a movement's arrow as the tiles in view draw it.</summary>
    private static async Task<double[]> DrawnEndAsync(BrowserPage page, long id)
    {
        var route = await page.Page.EvaluateAsync<double[][]?>($"() => window.geomap.drawnRoute({id.ToString(CultureInfo.InvariantCulture)})");
        Assert.NotNull(route);
        return route[^1];
    }

    /// <summary>Asserts the outline's stroke, across the edge at a point (<paramref name="acrossY"/> for a horizontal edge: pixels above and below it), is in the actor's colour.</summary>
    private static async Task AssertStrokedAsync(BrowserPage page, string actor, (double Lon, double Lat) onEdge, bool acrossY)
    {
        var colour = await page.Page.EvaluateAsync<string>($"() => document.querySelector('#legend li[data-actor=\"{actor}\"]').dataset.colour");
        var expected = Enumerable.Range(0, 3).Select(i => Convert.ToInt32(colour.Substring(1 + (2 * i), 2), 16)).ToArray();
        // The stroke is 2.2 px wide and antialiased: its most covered pixel across the edge.
        var (x, y) = await page.ViewportPixelOfAsync(onEdge.Lon, onEdge.Lat);
        var across = await page.ColoursAtAsync([.. Enumerable.Range(-3, 7).Select(d => acrossY ? (x, y + d) : (x + d, y))]);
        var edge = across.MinBy(c => Enumerable.Range(0, 3).Sum(i => Math.Abs(c[i] - expected[i])))!;
        Assert.True(Enumerable.Range(0, 3).All(i => Math.Abs(edge[i] - expected[i]) < 40), $"outline {string.Join(' ', across.Select(c => string.Join(',', c)))}, {actor} {colour}");
    }
}

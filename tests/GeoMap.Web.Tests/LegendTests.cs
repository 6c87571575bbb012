using System.Globalization;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>A map with more actors than the legend draws sample arrows for: every actor is still named, none shares a colour.</summary>
public sealed class LegendTests(ManyActorsFixture server) : IClassFixture<ManyActorsFixture>
{
    [Fact]
    public async Task Past_twelve_actors_the_legend_names_the_others_folded_with_their_colours_and_no_two_share_one()
    {
        await using var browser = await server.OpenAsync("/?c=20.0000,50.0000&z=5.00&from=2024-09-01&to=2024-09-30");
        var legend = browser.Page.Locator("#legend");
        Assert.Equal(ManyActorsFixture.Actors.Length, (await browser.ShownIdsAsync()).Length);

        // Twelve with a sample arrow; the three others under "and 3 more actors", folded, each with a dot of its colour.
        await Assertions.Expect(legend.Locator("ul.legend-actors:not(.legend-actors-more) > li")).ToHaveCountAsync(12);
        var more = legend.Locator("details.legend-more");
        await Assertions.Expect(more.Locator("summary")).ToHaveTextAsync("and 3 more actors");
        await Assertions.Expect(more.Locator("li").First).ToBeHiddenAsync();
        await more.Locator("summary").ClickAsync();
        await Assertions.Expect(more.Locator("li")).ToHaveCountAsync(3);
        await Assertions.Expect(more.Locator("li").First).ToBeVisibleAsync();

        var named = await legend.Locator("li[data-actor]").EvaluateAllAsync<string[][]>("(items) => items.map((li) => [li.dataset.actor, li.dataset.colour])");
        Assert.Equal(ManyActorsFixture.Actors.Order(StringComparer.Ordinal), named.Select(n => n[0]).Order(StringComparer.Ordinal));
        Assert.Equal(named.Length, named.Select(n => n[1]).Distinct().Count());
        // The dot is the actor's colour as the map draws it.
        var last = named[^1];
        var dot = await more.Locator($"li[data-actor='{last[0]}'] .dot").EvaluateAsync<string>("(d) => getComputedStyle(d).backgroundColor");
        Assert.Equal(Rgb(last[1]), dot);

        await Assertions.Expect(legend.Locator("li[data-symbol='place']")).ToHaveTextAsync("town, city or base");
        Assert.Empty(browser.Errors);
    }

    private static string Rgb(string hex) => string.Create(CultureInfo.InvariantCulture,
        $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})");
}

/// <summary>The web fixture with fifteen movements in Central Europe in September 2024, each by another actor (NATO members and actors outside the style's table).</summary>
public sealed class ManyActorsFixture : WebServerFixture
{
    /// <summary>The actors, one movement each.</summary>
    public static readonly string[] Actors =
    [
        "Norway", "Lithuania", "Latvia", "Estonia", "Netherlands", "Romania", "Czechia",
        "Hezbollah", "Houthis", "Hamas", "Sudan", "Rwanda", "Mali", "Serbia", "Moldova",
    ];

    /// <inheritdoc />
    protected override async Task SeedMoreAsync()
    {
        // The three movements the base fixture stores are in the Far East, outside this map's range of dates.
        await using var command = Database.DataSource.CreateCommand("""
            INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
            SELECT 'legend:' || i, 'Legend town ' || i, 'PL', 'town', 'PPL', ST_SetSRID(ST_MakePoint(14 + i, 48 + (i % 5)), 4326), 'web-tests'
            FROM generate_series(0, 15) i;
            WITH p AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(geom ORDER BY id) AS points FROM places WHERE curated_key LIKE 'legend:%')
            INSERT INTO movements (actor, status, transport_mode, strength_min, strength_max, strength_text, origin_place_id, via_place_ids,
                destination_place_id, geom, period, time_precision, sentence, confidence, created_by, claim_count, source_count)
            SELECT a.actor, 'completed', 'road', 500, 500, '500', p.ids[a.i], '{}'::bigint[], p.ids[a.i + 1],
                   ST_MakeLine(p.points[a.i], p.points[a.i + 1]), tstzrange('2024-09-10', '2024-09-12'), 'day',
                   a.actor || ' moved 500 troops.', 0.8, 'web-tests', 1, 1
            FROM p, unnest(@actors::text[]) WITH ORDINALITY AS a(actor, i);
            """);
        command.Parameters.AddWithValue("actors", Actors);
        await command.ExecuteNonQueryAsync();
    }
}

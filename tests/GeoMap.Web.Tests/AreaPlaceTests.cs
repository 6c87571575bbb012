namespace GeoMap.Web.Tests;

/// <summary>A server with a movement from a town to a country, as "sent to Poland" reads.</summary>
public sealed class AreaPlaceFixture : WebServerFixture
{
    /// <inheritdoc />
    protected override async Task SeedMoreAsync()
    {
        await using var command = Database.DataSource.CreateCommand("""
            WITH o AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('area:lutsk', 'Lutsk', 'UA', 'PopulatedPlace', 'PPL', ST_SetSRID(ST_MakePoint(25.33, 50.75), 4326), 'web-tests') RETURNING id, geom),
            d AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('area:poland', 'Poland', 'PL', 'Country', 'PCLI', ST_SetSRID(ST_MakePoint(19.4, 52.1), 4326), 'web-tests') RETURNING id, geom)
            INSERT INTO movements (actor, status, transport_mode, via_place_ids, origin_place_id, destination_place_id, geom, period, time_precision,
                sentence, confidence, created_by, claim_count, source_count)
            SELECT 'Ukraine', 'completed', 'road', '{}'::bigint[], o.id, d.id, ST_MakeLine(o.geom, d.geom), tstzrange('2024-10-10', '2024-10-12'), 'day',
                   'A brigade was sent from Lutsk to Poland for training.', 0.8, 'web-tests', 1, 1
            FROM o, d;
            """);
        await command.ExecuteNonQueryAsync();
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
}

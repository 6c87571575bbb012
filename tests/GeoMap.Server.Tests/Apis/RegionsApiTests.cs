namespace GeoMap.Server.Tests.Apis;

/// <summary><c>/api/regions?q=</c>: a region box finds what <c>region=</c> accepts, codes as well as names.</summary>
public sealed class RegionsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("RU-PRI")]
    [InlineData("ru-pri")]
    [InlineData(" RU-PRI ")]
    public async Task An_iso_code_the_movement_query_accepts_is_found_first(string q)
    {
        await SeedAsync();
        var found = await (await server.Client().GetAsync($"/api/regions?q={Uri.EscapeDataString(q)}")).JsonAsync();
        var first = found.EnumerateArray().First();
        Assert.Equal("RU-PRI", first.GetProperty("code").GetString());
        Assert.Equal("Primorsky Krai", first.GetProperty("name").GetString());
        Assert.Equal("RU-PRI", first.GetProperty("matchedName").GetString());
    }

    [Fact]
    public async Task A_name_is_still_found_by_its_beginning_and_a_code_like_word_that_is_no_code_finds_nothing_by_code()
    {
        await SeedAsync();
        var byName = await (await server.Client().GetAsync("/api/regions?q=Primorsk")).JsonAsync();
        Assert.Equal("RU-PRI", byName.EnumerateArray().First().GetProperty("code").GetString());
        var none = await (await server.Client().GetAsync("/api/regions?q=ZZ-QQQ")).JsonAsync();
        Assert.DoesNotContain(none.EnumerateArray(), r => r.GetProperty("code").GetString() == "ZZ-QQQ");
    }

    private async Task SeedAsync()
    {
        await using var command = server.Database.DataSource.CreateCommand(
            """
            INSERT INTO regions (code, kind, name, country_code, geom) VALUES ('RU-PRI', 'admin1', 'Primorsky Krai', 'RU', ST_Multi(ST_MakeEnvelope(130.4, 42.3, 139.0, 48.5, 4326)))
                ON CONFLICT DO NOTHING;
            INSERT INTO region_names (region_code, lang, name, folded) VALUES ('RU-PRI', 'en', 'Primorsky Krai', 'primorsky krai') ON CONFLICT DO NOTHING;
            """);
        await command.ExecuteNonQueryAsync();
    }
}

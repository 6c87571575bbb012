using GeoMap.Core;
using GeoMap.Core.Regions;
using GeoMap.Storage.Repositories;

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

    // Each row: what a person types, and the region it means. The names are the registry's shapes (an English name without
    // the kind word, the local short form and GeoNames' transliteration as alternates), not the cases themselves.
    public static TheoryData<string, string> CommonNames => new()
    {
        { "Kharkiv Oblast", "UA-63" },
        { "kharkiv oblast'", "UA-63" },
        { "oblast de Kharkiv", "UA-63" },
        { "province of Kharkiv", "UA-63" },
        { "Kharkiv Gebiet", "UA-63" },
        { "Kharkivska oblast", "UA-63" },
        { "Kharkiv", "UA-63" },
        { "Zaporizhzhia Oblast", "UA-23" },
        { "Zaporizhzhia region", "UA-23" },
        { "Primorye", "RU-PRI" },
        { "Primorsky Krai", "RU-PRI" },
        { "Primorskiy Kray", "RU-PRI" },
        { "Приморский край", "RU-PRI" },
    };

    [Theory]
    [MemberData(nameof(CommonNames))]
    public async Task A_name_with_or_without_its_kind_word_or_a_short_local_form_is_found_by_the_box_and_by_region(string q, string code)
    {
        await SeedNamedAsync();
        var found = await (await server.Client().GetAsync($"/api/regions?q={Uri.EscapeDataString(q)}")).JsonAsync();
        Assert.Equal(code, found.EnumerateArray().First().GetProperty("code").GetString());

        var movements = await server.Client().GetAsync($"/api/movements?region={Uri.EscapeDataString(q)}");
        Assert.Equal(System.Net.HttpStatusCode.OK, movements.StatusCode);
    }

    [Theory]
    [InlineData("Kharkiv Oblast", "Kharkiv")]
    [InlineData("Zaporizhzhia Oblast", "Zaporizhzhia")]
    public async Task The_box_shows_the_english_name_that_matched_not_a_closer_looking_name_in_another_language(string q, string shown)
    {
        await SeedNamedAsync();
        var found = await (await server.Client().GetAsync($"/api/regions?q={Uri.EscapeDataString(q)}")).JsonAsync();
        Assert.Equal(shown, found.EnumerateArray().First().GetProperty("matchedName").GetString());
    }

    [Theory]
    [InlineData("Kharkif Oblast", "Kharkiv (UA-63)")]
    [InlineData("Zaporizhia Oblast", "Zaporizhzhia (UA-23)")]
    public async Task A_refused_region_suggests_english_names(string region, string suggestion)
    {
        await SeedNamedAsync();
        var problem = await (await server.Client().GetAsync($"/api/movements?region={Uri.EscapeDataString(region)}")).ProblemAsync(400);
        var suggestions = problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains(suggestion, suggestions);
        Assert.DoesNotContain(suggestions, s => s.Contains("Oblastı", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kind_word_alone_or_a_city_word_beside_a_name_is_not_stripped_into_a_region()
    {
        await SeedNamedAsync();
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await server.Client().GetAsync("/api/movements?region=oblast")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await server.Client().GetAsync("/api/movements?region=Kharkiv%20Airport")).StatusCode);
    }

    private async Task SeedNamedAsync()
    {
        static Region Admin1(string code, string name, Dictionary<string, string> names, string[] alternates, double lon, double lat) =>
            new(code, RegionKind.Admin1, name, code[..2], names, GeometryFactories.Wgs84.ToGeometry(new NetTopologySuite.Geometries.Envelope(lon, lon + 2, lat, lat + 1.5)),
                AlternateNames: alternates);

        await new RegionRepository(server.Database.DataSource).UpsertAsync(
            [
                Admin1("UA-63", "Kharkiv", new() { ["en"] = "Kharkiv", ["tr"] = "Harkiv Oblastı", ["uk"] = "Харківська область", ["de"] = "Charkiw" },
                    ["Kharkivs'ka Oblast'", "Khar'kov"], 35.5, 49.0),
                Admin1("UA-23", "Zaporizhzhia", new() { ["en"] = "Zaporizhzhia", ["tr"] = "Zaporijya Oblastı", ["uk"] = "Запорізька область" },
                    ["Zaporiz'ka Oblast'"], 34.5, 46.8),
                Admin1("RU-PRI", "Primorsky Krai", new() { ["en"] = "Primorsky Krai", ["tr"] = "Primorskiy Krayı", ["ru"] = "Приморский край" },
                    ["Primor'ye", "Primorskiy Kray"], 131.0, 43.0),
            ],
            CancellationToken.None);
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

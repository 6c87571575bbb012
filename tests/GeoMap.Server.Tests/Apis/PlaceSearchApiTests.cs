using System.Net;
using System.Text.Json;

namespace GeoMap.Server.Tests.Apis;

/// <summary><c>/api/places?q=</c> searches the whole gazetteer, not only the places movements already use.</summary>
public sealed class PlaceSearchApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string, string> GazetteerNames => new()
    {
        // What the analyst types, the country of the first answer, a word of its name.
        { "Zaporizhzhia", "UA", "Zaporizh" },
        { "Запоріжжя", "UA", "Zaporizh" },
        { "Zapor", "UA", "Zapor" },
        { "Oussouriisk", "RU", "Ussuriysk" },
        { "Kharkiv", "UA", "Kharkiv" },
    };

    [Theory]
    [MemberData(nameof(GazetteerNames))]
    public async Task A_place_never_stored_is_found_in_the_gazetteer_in_any_language(string q, string country, string name)
    {
        var found = await SearchAsync(q);
        Assert.NotEmpty(found);
        var first = found[0].GetProperty("properties");
        var top = string.Join("; ", found.Take(6).Select(f => f.GetProperty("properties")).Select(p => $"{p.GetProperty("name")} {p.GetProperty("countryCode")} {p.GetProperty("kind")} {p.GetProperty("featureCode")}"));
        Assert.True(first.GetProperty("countryCode").GetString() == country, top);
        Assert.Contains(name, first.GetProperty("name").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("kind").GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("countryName").GetString()));
        Assert.StartsWith("gn:", first.GetProperty("key").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Namesakes_are_told_apart_by_their_region()
    {
        var found = await SearchAsync("Aleksandrovka", limit: 40);
        var regions = found.Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("name").GetString() == "Aleksandrovka" && p.GetProperty("regionName").ValueKind == JsonValueKind.String)
            .Select(p => p.GetProperty("regionName").GetString()).Distinct().ToList();
        Assert.True(regions.Count > 1, $"namesakes in several regions: {string.Join(", ", regions)}");
    }

    [Fact]
    public async Task A_stored_place_keeps_its_id_and_a_place_only_stored_is_found_too()
    {
        var ids = await server.SeedAsync([ServerFixture.Movement("Seed", ServerFixture.Place("Qwertyville", 30.1, 50.1), ServerFixture.Place("Qwertytown", 30.2, 50.2), "2024-05-01", "2024-05-02")]);
        Assert.Single(ids);
        var found = await SearchAsync("Qwerty");
        Assert.Equal(["Qwertytown", "Qwertyville"], found.Select(f => f.GetProperty("properties").GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.All(found, f =>
        {
            Assert.True(f.GetProperty("properties").GetProperty("stored").GetBoolean());
            Assert.Equal(JsonValueKind.Number, f.GetProperty("properties").GetProperty("id").ValueKind);
        });
    }

    [Fact]
    public async Task A_gazetteer_place_chosen_by_key_becomes_the_destination_and_the_history_names_it()
    {
        var ids = await server.SeedAsync([ServerFixture.Movement("Russia", ServerFixture.Place("Wrongtown", 132.5, 44.5, "RU"), ServerFixture.Place("Alsowrong", 133, 45, "RU"), "2024-05-01", "2024-05-02")]);
        var zaporizhzhia = (await SearchAsync("Zaporizhzhia")).First(f => f.GetProperty("properties").GetProperty("kind").GetString() == "PopulatedPlace");
        var key = zaporizhzhia.GetProperty("properties").GetProperty("key").GetString();

        var patched = await server.Client("analyst").PatchAsync($"/api/movements/{ids[0]}",
            System.Net.Http.Json.JsonContent.Create(new { destination = new { key }, reason = "The report says Zaporizhzhia, not Primorye." }));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var destination = (await patched.JsonAsync()).GetProperty("properties").GetProperty("destination");
        Assert.Equal(key, destination.GetProperty("key").GetString());
        Assert.Equal("UA", destination.GetProperty("countryCode").GetString());
        Assert.Equal("PopulatedPlace", destination.GetProperty("kind").GetString());

        var edit = (await (await server.Client().GetAsync($"/api/movements/{ids[0]}/edits")).JsonAsync()).GetProperty("edits").EnumerateArray().Last();
        Assert.Equal("The report says Zaporizhzhia, not Primorye.", edit.GetProperty("reason").GetString());
        var change = Assert.Single(edit.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "destination");
        Assert.Equal("Alsowrong (RU)", change.GetProperty("before").GetString());
        Assert.StartsWith("Zaporizh", change.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("(UA)", change.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_place_key_is_refused()
    {
        var ids = await server.SeedAsync([ServerFixture.Movement("Russia", ServerFixture.Place("Keyless", 30, 50), ServerFixture.Place("Keyless2", 31, 51), "2024-05-01", "2024-05-02")]);
        var problem = await (await server.Client("analyst").PatchAsync($"/api/movements/{ids[0]}",
            System.Net.Http.Json.JsonContent.Create(new { destination = new { key = "gn:999999999999" } }))).ProblemAsync(400);
        Assert.Contains("/api/places", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> SearchAsync(string q, int limit = 20)
    {
        var response = await server.Client().GetAsync($"/api/places?q={Uri.EscapeDataString(q)}&limit={limit}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("features").EnumerateArray()];
    }
}

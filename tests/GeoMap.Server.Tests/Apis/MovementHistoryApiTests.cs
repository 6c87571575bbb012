using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GeoMap.Server.Tests.Apis;

/// <summary>The edit history a person can read, and edits that would make a movement invalid or undo a newer change.</summary>
public sealed class MovementHistoryApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string, string?, string> Corrections => new()
    {
        // The PATCH body, the field the history shows, and its value before (null: whatever the seed derived) and after, as a person reads them.
        { """{"actor": "Wagner Group"}""", "actor", "Russia", "Wagner Group" },
        { """{"strength": {"min": 2000, "max": 3000, "text": "2,000 to 3,000"}}""", "strength", "1,500", "2,000–3,000 (\"2,000 to 3,000\")" },
        { """{"strength": 4000}""", "strength", "1,500", "4,000" },
        { """{"status": "planned"}""", "status", "completed", "planned" },
        { """{"kind": "withdrawal"}""", "kind", "unknown", "withdrawal" },
        { """{"mode": "rail"}""", "mode", "road", "rail" },
        { """{"start": "2024-05-03", "end": "2024-05-06"}""", "period", "2024-05-01 – 2024-05-02", "2024-05-03 – 2024-05-05" },
        { """{"unit": "155th Marine Brigade"}""", "unit", "", "155th Marine Brigade" },
        { """{"origin": {"name": "Hand-placed", "lon": 131.5, "lat": 43.5}}""", "origin", "Origin (RU)", "Hand-placed" },
        { """{"claimedBy": "NIS"}""", "claimedBy", null, "NIS" },
        { """{"claimedBy": "NIS", "claimedByCountry": "kr"}""", "claimedByCountry", "", "KR" },
    };

    [Theory]
    [MemberData(nameof(Corrections))]
    public async Task Each_correction_is_listed_as_field_old_and_new_with_who_when_and_why(string body, string field, string? before, string after)
    {
        var id = await SeedAsync();
        var reason = "checked against the report " + field;
        var json = JsonDocument.Parse(body).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value.Clone());
        json["reason"] = reason;
        await server.Client("analyst").PatchAsync($"/api/movements/{id}", JsonContent.Create(json)).ExpectAsync(HttpStatusCode.OK);

        var edits = await EditsAsync(id);
        var edit = edits[^1];
        Assert.Equal("update", edit.GetProperty("action").GetString());
        Assert.Equal("key:test-analyst", edit.GetProperty("editedBy").GetString());
        Assert.True(DateTimeOffset.UtcNow - edit.GetProperty("editedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(5));
        Assert.Equal(reason, edit.GetProperty("reason").GetString());
        var change = Assert.Single(edit.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == field);
        if (before is not null)
        {
            Assert.Equal(before, change.GetProperty("before").GetString() ?? "");
        }

        Assert.Equal(after, change.GetProperty("after").GetString() ?? "");
        // No raw rows: no snake_case column and no place row id is shown.
        Assert.DoesNotContain("_place_id", edit.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deletion_keeps_its_reason()
    {
        var id = await SeedAsync();
        await server.Client("analyst").DeleteAsync($"/api/movements/{id}?reason={Uri.EscapeDataString("false report: the unit never left")}").ExpectAsync(HttpStatusCode.NoContent);
        var edit = (await EditsAsync(id))[^1];
        Assert.Equal("delete", edit.GetProperty("action").GetString());
        Assert.Equal("false report: the unit never left", edit.GetProperty("reason").GetString());
    }

    public static TheoryData<string, string> InvalidEdits => new()
    {
        // A body that would make the movement invalid, and the field the problem must name.
        { """{"strength": {"min": 3000, "max": 2000}}""", "strength" },
        { """{"end": "2024-04-01"}""", "end" },
        { """{"start": "2024-06-01", "end": "2024-05-01"}""", "end" },
        { """{"destination": {"name": "Nowhere", "lon": 200, "lat": 10}}""", "destination.lon" },
        { """{"destination": {"name": "Nowhere", "lon": 10, "lat": -91}}""", "destination.lat" },
        { """{"colour": "red"}""", "colour" },
        { """{"status": "finished"}""", "status" },
        { """{"kind": "parade"}""", "kind" },
        { """{"actor": "Russia", "strength": -5}""", "strength" },
        { """{"actor": "Ukraine", "reason": 12}""", "reason" },
        // A source's country: an ISO 3166-1 alpha-2 code of a country the gazetteer knows, and only with a source.
        { """{"claimedBy": "HUR", "claimedByCountry": "QZ"}""", "claimedByCountry" },
        { """{"claimedBy": "HUR", "claimedByCountry": "Ukraine"}""", "claimedByCountry" },
        { """{"claimedBy": "HUR", "claimedByCountry": "U1"}""", "claimedByCountry" },
        { """{"claimedBy": "HUR", "claimedByCountry": 380}""", "claimedByCountry" },
        { """{"claimedBy": null, "claimedByCountry": "UA"}""", "claimedByCountry" },
        { """{"origin": {"name": "Hand-placed", "lon": 131.5, "lat": 43.5, "countryCode": "QZ"}}""", "origin.countryCode" },
    };

    [Theory]
    [MemberData(nameof(InvalidEdits))]
    public async Task An_edit_that_would_make_the_movement_invalid_is_a_400_naming_the_field_and_nothing_is_saved(string body, string field)
    {
        var id = await SeedAsync();
        var before = await (await server.Client().GetAsync($"/api/movements/{id}")).Content.ReadAsStringAsync();
        var response = await server.Client("analyst").PatchAsync($"/api/movements/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        Assert.Contains(field, problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before, await (await server.Client().GetAsync($"/api/movements/{id}")).Content.ReadAsStringAsync());
        Assert.Single(await EditsAsync(id));
    }

    [Theory]
    [MemberData(nameof(InvalidEdits))]
    public async Task A_claim_correction_that_would_make_the_claim_invalid_is_a_400_naming_the_field_and_nothing_is_saved(string body, string field)
    {
        // The report review corrects one report's claim; the same rules as an edit of the movement.
        var id = await SeedAsync();
        var claimsUrl = $"/api/movements/{id}/claims";
        var claim = (await (await server.Client().GetAsync(claimsUrl)).JsonAsync()).GetProperty("features")[0].GetProperty("properties").GetProperty("claimId").GetInt64();
        var before = await (await server.Client().GetAsync(claimsUrl)).Content.ReadAsStringAsync();
        var response = await server.Client("analyst").PatchAsync($"{claimsUrl}/{claim}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        Assert.Contains(field, problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before, await (await server.Client().GetAsync(claimsUrl)).Content.ReadAsStringAsync());
        Assert.Single(await EditsAsync(id));
    }

    [Fact]
    public async Task An_edit_of_a_movement_changed_meanwhile_is_refused_and_nothing_is_saved()
    {
        var id = await SeedAsync();
        var read = await server.Client().GetAsync($"/api/movements/{id}");
        var etag = read.Headers.ETag;
        Assert.NotNull(etag);
        var claim = (await (await server.Client().GetAsync($"/api/movements/{id}/claims")).JsonAsync()).GetProperty("features")[0].GetProperty("properties").GetProperty("claimId").GetInt64();

        // Someone else corrects it first.
        await server.Client("analyst").PatchAsync($"/api/movements/{id}", JsonContent.Create(new { status = "under_way" })).ExpectAsync(HttpStatusCode.OK);

        foreach (var stale in new Func<HttpClient, Task<HttpResponseMessage>>[]
        {
            c => c.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/movements/{id}") { Content = JsonContent.Create(new { status = "planned" }), Headers = { IfMatch = { etag } } }),
            c => c.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/movements/{id}") { Headers = { IfMatch = { etag } } }),
            // A correction of one report's claim (the report review) decided on the older version too.
            c => c.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/movements/{id}/claims/{claim}") { Content = JsonContent.Create(new { status = "planned" }), Headers = { IfMatch = { etag } } }),
        })
        {
            var problem = await (await stale(server.Client("analyst"))).ProblemAsync(412);
            Assert.Contains("Reload", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var now = await server.Client().GetAsync($"/api/movements/{id}");
        Assert.Equal("under_way", (await now.JsonAsync()).GetProperty("properties").GetProperty("status").GetString());
        Assert.Equal(2, (await EditsAsync(id)).Count);

        // With the current version the edit goes through, and answers the next version.
        var fresh = new HttpRequestMessage(HttpMethod.Patch, $"/api/movements/{id}") { Content = JsonContent.Create(new { status = "planned" }), Headers = { IfMatch = { now.Headers.ETag! } } };
        var ok = await server.Client("analyst").SendAsync(fresh);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(now.Headers.ETag, ok.Headers.ETag);

        // A claim correction with the version just answered goes through and answers the next one.
        var correction = new HttpRequestMessage(HttpMethod.Patch, $"/api/movements/{id}/claims/{claim}") { Content = JsonContent.Create(new { status = "completed" }), Headers = { IfMatch = { ok.Headers.ETag! } } };
        var corrected = await server.Client("analyst").SendAsync(correction);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.NotNull(corrected.Headers.ETag);
        Assert.NotEqual(ok.Headers.ETag, corrected.Headers.ETag);
    }

    private async Task<long> SeedAsync()
    {
        var m = ServerFixture.Movement("Russia", ServerFixture.Place("Origin", 131.9, 43.1, "RU"), ServerFixture.Place("Destination", 131.95, 43.8, "RU"), "2024-05-01", "2024-05-02");
        return (await server.SeedAsync([m]))[0];
    }

    private async Task<List<JsonElement>> EditsAsync(long id) =>
        [.. (await (await server.Client().GetAsync($"/api/movements/{id}/edits")).JsonAsync()).GetProperty("edits").EnumerateArray()];
}

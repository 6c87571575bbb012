using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GeoMap.Core.Reports;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Tests.Hardening;

/// <summary>Inputs that reached PostgreSQL or a library and came back as 500s (issue 17): each is now a 400 naming the field, or a right answer.</summary>
public sealed class HostileInputTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static TheoryData<string, string> NulInQuery => new()
    {
        { "/api/movements?actor=a%00b", "actor" },
        { "/api/movements?region=Ukr%00aine", "region" },
        { "/api/places?q=Kur%00sk", "q" },
        { "/api/regions?q=Kur%00sk", "q" },
        { "/api/reports?from=2024%00", "from" },
        { "/ogc/collections/movements/items?datetime=2024-10-01%00", "datetime" },
        { "/api/overlays?bbox=1,2,3,4%00", "bbox" },
    };

    [Theory]
    [MemberData(nameof(NulInQuery))]
    public async Task A_NUL_in_a_query_parameter_is_a_400_naming_it(string url, string parameter)
    {
        var problem = await (await server.Client().GetAsync(url)).ProblemAsync(400);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains("NUL", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadReportBodies => new()
    {
        { """{"text": "Troops moved to Kursk.\u0000", "publishedAt": "2024-10-18T08:00:00Z"}""", "text", "NUL" },
        { """{"text": "Troops moved to Kursk.", "publishedAt": "2024-10-18T08:00:00Z", "source": "T\u0000ASS"}""", "source", "NUL" },
        { """{"text": "Troops moved to Kursk. \ud800", "publishedAt": "2024-10-18T08:00:00Z"}""", "text", "surrogate" },
        { """{"text": "Troops moved to Kursk.", "publishedAt": "2024-10-18T08:00:00Z", "url": "https://example.org/\udc00"}""", "url", "surrogate" },
        { $$"""{"text": "Troops moved to Kursk.", "publishedAt": "2024-10-18T08:00:00Z", "source": "{{new string('s', 201)}}"}""", "source", "limit is 200" },
        { $$"""{"text": "Troops moved to Kursk.", "publishedAt": "2024-10-18T08:00:00Z", "url": "https://example.org/{{new string('u', 2100)}}"}""", "url", "limit is 2,048" },
    };

    [Theory]
    [MemberData(nameof(BadReportBodies))]
    public async Task A_report_field_with_a_NUL_a_lone_surrogate_or_over_its_limit_is_a_400_naming_it(string body, string field, string hint)
    {
        var problem = await (await server.Client("analyst").PostAsync("/api/reports", Json(body))).ProblemAsync(400);
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
        Assert.Contains(hint, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadMovementBodies => new()
    {
        { """{"actor": "Rus\u0000sia"}""", "actor" },
        { """{"unit": "\ud83d"}""", "unit" },
        { """{"sentence": "\u0000"}""", "sentence" },
        { """{"origin": {"name": "Ku\u0000rsk", "lon": 36.2, "lat": 51.7}}""", "origin.name" },
        { $$"""{"actor": "{{new string('a', 1024 * 1024)}}"}""", "actor" },
        { $$"""{"sentence": "{{new string('a', 5001)}}"}""", "sentence" },
        { """{"reportId": 987654321}""", "reportId" },
        { "{\"via\": [" + string.Join(",", Enumerable.Repeat("""{"name": "Stop", "lon": 30.1, "lat": 50.2}""", 10_000)) + "]}", "via" },
    };

    [Theory]
    [MemberData(nameof(BadMovementBodies))]
    public async Task A_bad_movement_field_that_used_to_reach_PostgreSQL_is_a_400_naming_it(string body, string field)
    {
        var problem = await (await server.Client("analyst").PostAsync("/api/movements", Json(body))).ProblemAsync(400);
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
    }

    public static TheoryData<string> LastDayEver => new()
    {
        "/api/movements?to=9999-12-31",
        "/api/movements?from=2024-01-01&to=9999-12-31",
        "/api/reports?to=9999-12-31",
        "/api/overlays?to=9999-12-31",
        "/api/map.png?bbox=30,44,40,52&size=200x200&to=9999-12-31",
        "/ogc/collections/movements/items?datetime=../9999-12-31",
        "/ogc/collections/movements/items?datetime=9999-12-31",
        "/ogc/collections/reports/items?datetime=../9999-12-31",
        "/ogc/collections/overlays/items?datetime=../9999-12-31",
        "/ogc/collections/places/items?datetime=../9999-12-31",
    };

    [Theory]
    [MemberData(nameof(LastDayEver))]
    public async Task The_last_representable_day_as_an_inclusive_end_is_answered(string url) =>
        await server.Client().GetAsync(url).ExpectAsync(HttpStatusCode.OK);

    public static TheoryData<string> WholeWorldCrossingBoxes => new()
    {
        "/api/overlays?bbox=180,-90,-180,90",
        "/api/movements?bbox=180,-90,-180,90",
        "/ogc/collections/places/items?bbox=180,-90,-180,90",
        "/ogc/collections/overlays/items?bbox=180,-90,-180,90",
        "/ogc/collections/places/items?bbox=180,-90,170,90",
        "/ogc/collections/places/items?bbox=170,10,-170,10",
    };

    [Theory]
    [MemberData(nameof(WholeWorldCrossingBoxes))]
    public async Task A_crossing_box_with_a_side_of_no_width_or_height_is_answered(string url) =>
        await server.Client().GetAsync(url).ExpectAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Patching_the_report_of_a_movement_moves_it_to_that_report()
    {
        var ids = await server.SeedAsync([ServerFixture.Movement("Patch", ServerFixture.Place("Kursk", 36.19, 51.73), ServerFixture.Place("Belgorod", 36.59, 50.6), "2024-10-01", "2024-10-02")]);
        var other = await new ReportRepository(server.Database.DataSource).AddAsync(
            new Report { Text = "other " + Guid.NewGuid().ToString("N"), PublishedAt = DateTimeOffset.UtcNow, Language = "en" }, [], [], "test", CancellationToken.None);
        var otherId = other.Details.Report.Id;

        await server.Client("analyst").PatchAsync($"/api/movements/{ids[0]}", Json($$"""{"reportId": {{otherId}}}""")).ExpectAsync(HttpStatusCode.OK);
        var read = await (await server.Client().GetAsync($"/api/movements/{ids[0]}")).JsonAsync();
        Assert.Equal(otherId, read.GetProperty("properties").GetProperty("reportId").GetInt64());

        var missing = await (await server.Client("analyst").PatchAsync($"/api/movements/{ids[0]}", Json("""{"reportId": 987654321}"""))).ProblemAsync(400);
        Assert.Equal("reportId", missing.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task An_overlay_naming_a_report_that_does_not_exist_is_a_400()
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("Base"), "title" },
            { new StringContent("987654321"), "reportId" },
            { new StringContent("131.8,43.7,132.1,43.9"), "bounds" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]), "file", "scene.png" },
        };
        var problem = await (await server.Client("analyst").PostAsync("/api/overlays", form)).ProblemAsync(400);
        Assert.Equal("reportId", problem.GetProperty("parameter").GetString());
    }

    public static TheoryData<string, string> TruncatedMultipart => new()
    {
        { "/api/reports", "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n\r\nTroops moved to Kur" },
        { "/api/reports", "--b\r\nContent-Disposition: form-data; name=\"publishedAt\"\r\n\r\n2024-10-18" },
        { "/api/reports", "this is not multipart at all" },
        { "/api/overlays", "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBase\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.png\"\r\n\r\n\u0089PNG" },
        { "/api/overlays", "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBa" },
    };

    [Theory]
    [MemberData(nameof(TruncatedMultipart))]
    public async Task A_malformed_or_truncated_multipart_body_is_a_400(string url, string body)
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var problem = await (await server.Client("analyst").PostAsync(url, content)).ProblemAsync(400);
        Assert.Contains("multipart", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}

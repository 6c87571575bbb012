using System.Net.Http.Headers;
using System.Text;

namespace GeoMap.Server.Tests.Apis;

public sealed class BadInputTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, string, string> BadQueries => new()
    {
        { "/api/movements?bbox=30,44,40", "bbox", "four numbers" },
        { "/api/movements?bbox=30,44,abc,52", "bbox", "not a number" },
        { "/api/movements?bbox=30,52,40,44", "bbox", "greater than north" },
        { "/api/movements?bbox=200,44,210,52", "bbox", "outside the valid longitude range" },
        { "/api/movements?from=yesterday", "from", "RFC 3339" },
        { "/api/movements?from=2024-10-10&to=2024-10-01", "datetime", "swap" },
        { "/api/movements?limit=0", "limit", "whole number from 1" },
        { "/api/movements?limit=-5", "limit", "whole number from 1" },
        { "/api/movements?limit=ten", "limit", "whole number" },
        { "/api/movements?cursor=abc", "cursor", "next" },
        { "/api/movements?status=lost", "status", "planned" },
        { "/api/movements?format=xml", "format", "csv" },
        { "/api/movements?view=compact", "view", "use full" },
        { "/api/movements?view=map&format=csv", "view", "CSV always has every column" },
        { "/api/movements?geometry=POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))", "geometry", "not a valid polygon" },
        { "/api/movements?geometry=POINT(1 2)", "geometry", "Polygon or MultiPolygon" },
        { "/api/movements?geometry={\"type\":\"Polygon\",\"coordinates\":[[1,2]]}", "geometry", "GeoJSON" },
        { "/api/movements?geometry=not wkt", "geometry", "not valid WKT" },
        { "/api/movements?bbox=1,2,3,4&region=Ukraine", "region", "only one" },
        { "/ogc/collections/movements/items?datetime=2024-10-01/2024-09-01", "datetime", "ends before it starts" },
        { "/ogc/collections/movements/items?datetime=../..", "datetime", "open at both ends" },
        { "/ogc/collections/movements/items?datetime=2024-13-45", "datetime", "RFC 3339" },
        { "/ogc/collections/movements/items?datetime=a/b/c", "datetime", "slashes" },
        { "/ogc/collections/movements/items?datetime=2024-10-01/soon", "datetime", "end 'soon'" },
        { "/ogc/collections/movements/items?datetime=soon/2024-10-01", "datetime", "start 'soon'" },
        { "/ogc/collections/movements/items?colour=red", "colour", "Unknown parameter" },
        { "/api/places?q=", "q", "empty" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_bad_parameter_is_a_400_problem_naming_it_and_saying_how_to_fix_it(string url, string parameter, string hint)
    {
        var problem = await (await server.Client().GetAsync(url)).ProblemAsync(400);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(hint, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_region_is_a_400_with_suggestions()
    {
        await using (var command = server.Database.DataSource.CreateCommand(
            """
            INSERT INTO regions (code, kind, name, country_code, geom) VALUES ('UA', 'country', 'Ukraine', 'UA', ST_Multi(ST_MakeEnvelope(22, 44, 40, 52, 4326)));
            INSERT INTO region_names (region_code, lang, name, folded) VALUES ('UA', 'en', 'Ukraine', 'ukraine');
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        var ok = await server.Client().GetAsync("/api/movements?region=Ukraine");
        Assert.Equal(System.Net.HttpStatusCode.OK, ok.StatusCode);

        var problem = await (await server.Client().GetAsync("/api/movements?region=Ukrain")).ProblemAsync(400);
        Assert.Equal("region", problem.GetProperty("parameter").GetString());
        Assert.Contains(problem.GetProperty("suggestions").EnumerateArray(), s => s.GetString()!.Contains("Ukraine", StringComparison.Ordinal));
    }

    public static TheoryData<string> Hostile => new()
    {
        "'; DROP TABLE movements; --",
        "1 OR 1=1",
        "../../../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "%00",
        "Robert'); DELETE FROM api_keys; --",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Injection_and_traversal_strings_in_any_parameter_are_harmless(string evil)
    {
        var e = Uri.EscapeDataString(evil);
        var client = server.Client();
        foreach (var url in new[]
        {
            $"/api/movements?actor={e}", $"/api/movements?region={e}", $"/api/movements?bbox={e}", $"/api/movements?geometry={e}",
            $"/api/movements?cursor={e}", $"/api/places?q={e}", $"/api/regions?q={e}", $"/ogc/collections/{e}/items",
            $"/ogc/collections/movements/items/{e}", $"/ogc/collections/movements/items?datetime={e}", $"/tiles/{e}/1/1/1.png",
            $"/api/reports/{e}", $"/api/movements/{e}",
        })
        {
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode is 200 or 400 or 404, $"{url} -> {(int)response.StatusCode}");
            Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var count = server.Database.DataSource.CreateCommand("SELECT (SELECT count(*) FROM api_keys) + (SELECT count(*) FROM information_schema.tables WHERE table_name = 'movements')");
        Assert.Equal(4L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_report_over_the_size_limit_is_a_413()
    {
        var big = new string('a', (5 * 1024 * 1024) + 1);
        var response = await server.Client("analyst").PostAsync("/api/reports?publishedAt=2024-10-14T00:00:00Z", new StringContent(big, Encoding.UTF8, "text/plain"));
        var problem = await response.ProblemAsync(413);
        Assert.Contains("5,242,880", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_with_a_wrong_content_type_is_a_415()
    {
        var response = await server.Client("analyst").PostAsync("/api/reports", new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } });
        var problem = await response.ProblemAsync(415);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var upload = new MultipartFormDataContent { { new ByteArrayContent([0x25, 0x50, 0x44, 0x46]), "file", "report.pdf" } };
        await (await server.Client("analyst").PostAsync("/api/reports", upload)).ProblemAsync(415);
    }

    [Theory]
    [InlineData("/api/reports", "{\"text\": \"unterminated")]
    [InlineData("/api/reports", "[1, 2")]
    [InlineData("/api/movements", "{\"actor\": }")]
    public async Task Invalid_json_is_a_400_problem(string url, string body)
    {
        var response = await server.Client("analyst").PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"actr\": \"Russia\"}", "actr")]
    [InlineData("{\"status\": \"lost\"}", "status")]
    [InlineData("{\"confidence\": 2}", "confidence")]
    [InlineData("{\"origin\": {\"name\": \"X\", \"lon\": 500, \"lat\": 1}}", "origin.lon")]
    [InlineData("{\"start\": \"2024-10-10\", \"end\": \"2024-10-01\"}", "end")]
    [InlineData("{\"destination\": {\"placeId\": 999999999}}", "destination")]
    public async Task A_wrong_movement_field_is_a_400_naming_it(string body, string field)
    {
        var response = await server.Client("analyst").PostAsync("/api/movements", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Unknown_api_paths_and_ids_are_404_problems()
    {
        await (await server.Client().GetAsync("/api/nothing-here")).ProblemAsync(404);
        await (await server.Client().GetAsync("/api/movements/987654321")).ProblemAsync(404);
        await (await server.Client().GetAsync("/api/reports/987654321")).ProblemAsync(404);
        await (await server.Client().GetAsync("/ogc/collections/tanks")).ProblemAsync(404);
        await (await server.Client("analyst").PatchAsync("/api/movements/987654321", new StringContent("{}", Encoding.UTF8, "application/json"))).ProblemAsync(404);
        await (await server.Client("analyst").DeleteAsync("/api/movements/987654321")).ProblemAsync(404);
    }
}

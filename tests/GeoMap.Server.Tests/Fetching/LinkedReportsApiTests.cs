using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GeoMap.Server.Tests.Fetching;

/// <summary>A server allowed to fetch from the loopback interface, where the test pages are served.</summary>
public sealed class LocalLinksServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GeoMap:Links:AllowPrivateAddresses"] = "true",
        ["GeoMap:Links:MinSecondsPerHost"] = "0",
    };
}

public sealed class LinkedReportsApiTests(LocalLinksServerFixture server, PageServer pages) : IClassFixture<LocalLinksServerFixture>, IClassFixture<PageServer>
{
    [Fact]
    public async Task A_report_given_by_its_link_is_stored_from_the_article_with_the_page_date_language_and_movement()
    {
        var response = await server.Client("analyst").PostAsJsonAsync("/api/reports", new { url = pages.Url + "/danish", source = "Frontline Wire" });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var stored = await response.JsonAsync();
        var report = stored.GetProperty("report");
        Assert.StartsWith("Danish soldiers sent to Latvia", report.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Gnomeland", report.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", report.GetProperty("language").GetString());
        Assert.Equal(pages.Url + "/danish", report.GetProperty("url").GetString());
        Assert.Equal("Frontline Wire", report.GetProperty("source").GetString());
        Assert.StartsWith("2025-05-15", report.GetProperty("publishedAt").GetString(), StringComparison.Ordinal);
        var movement = Assert.Single(stored.GetProperty("movements").GetProperty("features").EnumerateArray());
        Assert.Contains("Liep", movement.GetProperty("properties").GetProperty("destination").GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_given_again_or_one_that_redirects_to_a_stored_page_returns_the_stored_report_with_its_provenance()
    {
        var first = await server.Client("analyst").PostAsJsonAsync("/api/reports", new { url = pages.Url + "/ru" });
        var stored = (await first.JsonAsync()).GetProperty("report");
        var extractor = stored.GetProperty("extractor").GetString();
        Assert.StartsWith("GeoMap ", extractor, StringComparison.Ordinal);
        Assert.EndsWith("; SmartReader 0.11.1", extractor, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.Parse(stored.GetProperty("fetchedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));

        var again = await server.Client("analyst").PostAsJsonAsync("/api/reports", new { url = pages.Url + "/ru" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.JsonAsync()).GetProperty("created").GetBoolean());
        Assert.Equal(stored.GetProperty("id").GetInt64(), (await again.JsonAsync()).GetProperty("report").GetProperty("id").GetInt64());

        var viaRedirect = await (await server.Client("analyst").PostAsJsonAsync("/api/reports", new { url = pages.Url + "/moved" })).JsonAsync();
        var direct = await (await server.Client("analyst").PostAsJsonAsync("/api/reports", new { url = pages.Url + "/article" })).JsonAsync();
        Assert.Equal(direct.GetProperty("report").GetProperty("id").GetInt64(), viaRedirect.GetProperty("report").GetProperty("id").GetInt64());

        // A report sent as text records the extractor only.
        var text = await (await server.Client("analyst").PostAsJsonAsync("/api/reports", new { text = $"About 250 Latvian troops ({Guid.NewGuid():N}) moved from Riga to Daugavpils on 3 June 2025.", publishedAt = "2025-06-04" })).JsonAsync();
        Assert.Equal(JsonValueKind.Null, text.GetProperty("report").GetProperty("fetchedAt").ValueKind);
        Assert.DoesNotContain("SmartReader", text.GetProperty("report").GetProperty("extractor").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_line_may_be_a_link_and_a_bad_link_fails_alone()
    {
        var body = string.Join("\n", JsonSerializer.Serialize(new { id = "ko", url = pages.Url + "/ko" }), JsonSerializer.Serialize(new { id = "pdf", url = pages.Url + "/report.pdf" })) + "\n";
        var response = await server.Client("analyst").PostAsync("/api/reports:batch", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        Assert.NotEqual("failed", lines[0].GetProperty("status").GetString());
        Assert.Equal("failed", lines[1].GetProperty("status").GetString());
        Assert.Equal("url", lines[1].GetProperty("field").GetString());
        Assert.Contains("application/pdf", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}

public sealed class LinkSafetyApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("http://127.0.0.1:5432/", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("file:///etc/passwd", "http or https")]
    public async Task By_default_a_server_fetches_nothing_from_private_networks_or_other_schemes(string url, string reason)
    {
        var response = await server.Client("analyst").PostAsJsonAsync("/api/reports", new { url });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("url", problem.GetProperty("parameter").GetString());
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_with_neither_text_nor_link_is_refused_as_before()
    {
        var response = await server.Client("analyst").PostAsJsonAsync("/api/reports", new { publishedAt = "2025-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text", (await response.JsonAsync()).GetProperty("parameter").GetString());
    }
}

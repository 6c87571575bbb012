using System.Net;
using System.Text.Json;

namespace GeoMap.Server.Tests.Interop;

/// <summary>Requests over the size limits get problem details from the real web server (Kestrel), not a bare status.</summary>
public sealed class RequestLimitTests(KestrelServer server) : IClassFixture<KestrelServer>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task A_url_longer_than_the_old_8_KB_limit_but_within_ours_is_served()
    {
        using var client = new HttpClient();
        var response = await client.GetAsync($"{server.Address}/api/movements?actor={new string('a', 150)}&region={new string('b', 150)}&pad={new string('x', 12_000)}");
        // Served by the API (which refuses the unknown parameter in words), not cut off by the web server.
        Assert.NotEqual(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task A_url_over_the_limit_is_a_414_problem_that_says_what_to_do()
    {
        using var client = new HttpClient();
        var problem = await ProblemAsync(await client.GetAsync($"{server.Address}/api/movements?geometry={new string('1', 40_000)}"), HttpStatusCode.RequestUriTooLong);
        Assert.Contains("region=", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_over_the_limit_are_a_431_problem()
    {
        using var client = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{server.Address}/api/movements");
        request.Headers.Add("X-Padding", new string('p', 40_000));
        var problem = await ProblemAsync(await client.SendAsync(request), HttpStatusCode.RequestHeaderFieldsTooLarge);
        Assert.Contains("headers total", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

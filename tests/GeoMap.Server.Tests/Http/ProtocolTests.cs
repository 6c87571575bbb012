using System.Net;
using GeoMap.Server.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GeoMap.Server.Tests.Http;

/// <summary>HTTP itself: HEAD, CORS, security headers, lenient datetimes and limits, keys kept out of the logs.</summary>
public sealed class ProtocolTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string> ReadPaths => new()
    {
        "/ogc",
        "/ogc/collections",
        "/ogc/collections/movements/items?limit=2",
        "/api/movements",
        "/health",
    };

    [Theory]
    [MemberData(nameof(ReadPaths))]
    public async Task HEAD_answers_like_GET_without_a_body(string path)
    {
        var get = await server.Client().GetAsync(path);
        var head = await server.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HEAD_of_a_missing_feature_is_a_404()
    {
        var head = await server.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/ogc/collections/movements/items/987654321"));
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task A_CORS_preflight_for_a_keyed_write_is_allowed_from_any_origin_by_default()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/reports");
        preflight.Headers.Add("Origin", "https://newsroom.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key, content-type");
        var response = await server.Client().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("x-api-key", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cross_origin_read_carries_the_CORS_header_and_exposes_paging_links()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/ogc/collections/places/items?limit=1");
        request.Headers.Add("Origin", "https://qgis-cloud.example");
        var response = await server.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    public static TheoryData<string> AnyResponse => new()
    {
        "/api/movements",
        "/api/no-such-route",
        "/api/movements?limit=ten",
    };

    [Theory]
    [MemberData(nameof(AnyResponse))]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await server.Client().GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_with_a_bare_time_designator_as_GDAL_sends_it_means_the_whole_day()
    {
        var day = await server.Client().GetAsync("/ogc/collections/movements/items?datetime=2024-11-01");
        var gdal = await server.Client().GetAsync("/ogc/collections/movements/items?datetime=2024-11-01T/2024-11-30T");
        var open = await server.Client().GetAsync("/ogc/collections/movements/items?datetime=../2024-11-30T");
        Assert.Equal(HttpStatusCode.OK, day.StatusCode);
        Assert.Equal(HttpStatusCode.OK, gdal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    public static TheoryData<string> HugeLimits => new()
    {
        "/ogc/collections/movements/items?limit=20000",
        "/ogc/collections/places/items?limit=10001",
        "/ogc/collections/reports/items?limit=99999999999999",
        "/api/movements?limit=50000",
    };

    [Theory]
    [MemberData(nameof(HugeLimits))]
    public async Task A_limit_above_the_maximum_is_clamped_not_refused(string path)
    {
        var response = await server.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SecretRedactionTests
{
    private const string Key = "gmk_Q2hhbmdlTWVCdXROb3RUaGlzT25lSXRJc0FUZXN0S2V5";

    public static TheoryData<string, string> Texts => new()
    {
        { $"Request starting GET http://h/api/movements?key={Key}&limit=5", "Request starting GET http://h/api/movements?key=[redacted]&limit=5" },
        { "GET /ogc/items?api_key=hunter2", "GET /ogc/items?api_key=[redacted]" },
        { "GET /ogc/items?limit=3&access_token=abc.def", "GET /ogc/items?limit=3&access_token=[redacted]" },
        { $"key rejected: {Key}", "key rejected: [redacted]" },
        { "GET /api/movements?actor=keystone&monkey=1", "GET /api/movements?actor=keystone&monkey=1" },
        { "no secrets here", "no secrets here" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Keys_and_credential_parameters_are_masked_and_nothing_else(string text, string expected) =>
        Assert.Equal(expected, SecretRedaction.Redact(text));
}

/// <summary>A server whose logs are captured, to prove a key sent in a URL never reaches them.</summary>
public sealed class LogCapturingServer : ServerFixture
{
    public CapturedLogs Logs { get; } = new();

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
}

public sealed class CapturedLogs : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

    public IEnumerable<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Capture(lines);

    public void Dispose()
    {
    }

    private sealed class Capture(System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lines.Enqueue(formatter(state, exception));
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                lines.Enqueue(string.Join(" ", values.Select(v => v.Value)));
            }
        }
    }
}

public sealed class KeyLoggingTests(LogCapturingServer server) : IClassFixture<LogCapturingServer>
{
    [Fact]
    public async Task A_key_put_in_the_URL_by_mistake_is_never_logged()
    {
        var secret = server.Keys["viewer"];
        await server.Client().GetAsync($"/api/movements?key={secret}");
        await server.Client().GetAsync($"/api/movements?limit=2&{secret}");

        Assert.Contains(server.Logs.Lines, l => l.Contains("/api/movements", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains(secret[4..], StringComparison.Ordinal));
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoMap.Server.Tests.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GeoMap.Server.Tests.Feeds;

/// <summary>
/// A news site on the loopback interface with an RSS feed (ETag and 304), an Atom feed carrying whole articles, a
/// rate-limited feed (429, Retry-After), a web page where a feed was expected, and the article pages the RSS links to.
/// </summary>
public sealed class FeedSite : IAsyncLifetime
{
    private WebApplication? app;

    public string Url { get; private set; } = "";

    /// <summary>If-None-Match headers the RSS feed received, in order.</summary>
    public ConcurrentQueue<string> Validators { get; } = new();

    /// <summary>Polls of /changing so far: the first sees one entry, later ones two.</summary>
    public int ChangingPolls;

    /// <summary>Requests of /flaky so far: the first answers 500.</summary>
    public int FlakyRequests;

    private const string First = "<p>About 600 Estonian reservists were sent from Tartu to Narva on 3 March 2025, the Estonian defence forces said on Monday. They will train near the border for two weeks.</p>";
    private const string Second = "<p>A Finnish engineer company moved by rail from Kouvola to Lappeenranta on 4 March 2025, according to the Finnish army, to build river crossings for an exercise.</p>";

    private static string Edition(string? edition) => edition is null ? "" : $"<p>Published in the {edition} edition.</p>";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        // ?edition=… adds a closing line, so that each feed links to articles of its own (a text stored once is stored once).
        app.MapGet("/a/1", (string? edition) => Results.Content(PageServer.Article("en", "Reservists to Narva", "2025-03-04T06:00:00Z", First + Edition(edition)), "text/html; charset=utf-8"));
        app.MapGet("/a/2", (string? edition) => Results.Content(PageServer.Article("en", "Engineers to Lappeenranta", "2025-03-05T06:00:00Z", Second + Edition(edition)), "text/html; charset=utf-8"));
        app.MapGet("/rss", (HttpContext context) =>
        {
            var given = context.Request.Headers.IfNoneMatch.ToString();
            Validators.Enqueue(given);
            context.Response.Headers.ETag = "\"v1\"";
            if (given == "\"v1\"")
            {
                return Results.StatusCode(304);
            }

            return Results.Content($"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Baltic Desk</title><language>en</language>
                <item><title>Reservists to Narva</title><link>{Url}/a/1</link><guid>bd-1</guid><pubDate>Tue, 04 Mar 2025 06:00:00 GMT</pubDate></item>
                <item><title>Engineers to Lappeenranta</title><link>{Url}/a/2</link><guid>bd-2</guid><pubDate>Wed, 05 Mar 2025 06:00:00 GMT</pubDate></item>
                <item><title>Gone</title><link>{Url}/a/missing</link><guid>bd-3</guid><description>Too short.</description></item>
                </channel></rss>
                """, "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/atom", () => Results.Content($"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Whole Stories</title>
              <entry><id>tag:whole,2025:1</id><title>Guards to Daugavpils</title><link href="{Url}/nowhere"/>
                <published>2025-04-02T08:00:00Z</published>
                <content type="html">&lt;p&gt;Some 300 Latvian national guards were moved by road from Riga to Daugavpils on 1 April 2025, the Latvian ministry of defence said. The guards will stay in the region until the end of the month, officials added, and more may follow.&lt;/p&gt;</content></entry>
            </feed>
            """, "application/atom+xml"));
        app.MapGet("/changing", () =>
        {
            var polls = Interlocked.Increment(ref ChangingPolls);
            var second = polls > 1 ? $"<item><title>Engineers to Lappeenranta</title><link>{Url}/a/2?edition=changing</link><guid>ch-2</guid><pubDate>Wed, 05 Mar 2025 06:00:00 GMT</pubDate></item>" : "";
            return Results.Content($"""
                <rss version="2.0"><channel><title>Changing Desk</title>
                <item><title>Reservists to Narva</title><link>{Url}/a/1?edition=changing</link><guid>ch-1</guid><pubDate>Tue, 04 Mar 2025 06:00:00 GMT</pubDate></item>{second}
                </channel></rss>
                """, "application/rss+xml");
        });
        app.MapGet("/flaky", () => Interlocked.Increment(ref FlakyRequests) == 1
            ? Results.StatusCode(500)
            : Results.Content("<rss version=\"2.0\"><channel><title>Flaky</title></channel></rss>", "application/rss+xml"));
        app.MapGet("/many", () => Results.Json(new
        {
            version = "https://jsonfeed.org/version/1.1",
            title = "Backlog Desk",
            items = Enumerable.Range(1, GeoMap.Server.Feeds.FeedPoller.MaxItemsPerPoll + 5).Select(i => new
            {
                id = $"many-{i}",
                date_published = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                content_text = $"Bulletin {i}. A supply column of {i * 10} trucks was reported on the coastal road today, the regional office said in its evening summary, adding that traffic on the road would stay restricted until further notice for civilian vehicles.",
            }),
        }, contentType: "application/feed+json"));
        app.MapGet("/busy", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "7200";
            return Results.StatusCode(429);
        });
        app.MapGet("/page", () => Results.Content("<html><body><p>Welcome to our site.</p></body></html>", "text/html"));
        await app.StartAsync();
        Url = app.Urls.First().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

/// <summary>A server that fetches from the loopback interface and looks for due jobs often.</summary>
public sealed class FeedServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GeoMap:Links:AllowPrivateAddresses"] = "true",
        ["GeoMap:Links:MinSecondsPerHost"] = "0",
        ["GeoMap:Jobs:IdleSeconds"] = "0.2",
    };
}

public sealed class FeedApiTests(FeedServerFixture server, FeedSite site) : IClassFixture<FeedServerFixture>, IClassFixture<FeedSite>
{
    private async Task<JsonElement> AddAsync(string path, object? extra = null)
    {
        var response = await server.Client("analyst").PostAsJsonAsync("/api/sources", extra ?? new { url = site.Url + path });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private async Task<JsonElement> PolledAsync(long id, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var source = await (await server.Client().GetAsync($"/api/sources/{id}")).JsonAsync();
            if (done(source) || DateTime.UtcNow > deadline)
            {
                return source;
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_feed_added_is_polled_its_new_entries_become_reports_and_an_unchanged_feed_costs_one_304()
    {
        var id = (await AddAsync("/rss", new { url = site.Url + "/rss", intervalSeconds = 3600, source = "Baltic Desk" })).GetProperty("id").GetInt64();
        var polled = await PolledAsync(id, s => s.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
        Assert.Equal("rss", polled.GetProperty("format").GetString());
        Assert.Equal((3, 2), (polled.GetProperty("itemsSeen").GetInt32(), polled.GetProperty("reportsStored").GetInt32()));
        Assert.Contains("1 unreadable", polled.GetProperty("lastStatus").GetString(), StringComparison.Ordinal);
        Assert.True(polled.GetProperty("nextPollAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(55));

        var stored = await new Storage.Repositories.ReportRepository(server.Database.DataSource).FindByUrlAsync(site.Url + "/a/1", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("Baltic Desk", stored.Report.SourceAgency);
        Assert.StartsWith("2025-03-04", stored.Report.PublishedAt!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("Narva", stored.Report.Text, StringComparison.Ordinal);

        // Polled again now: the feed's ETag is sent, the site answers 304, nothing is fetched or stored again.
        (await server.Client("analyst").PostAsync($"/api/sources/{id}/poll", null)).EnsureSuccessStatusCode();
        var again = await PolledAsync(id, s => s.GetProperty("lastStatus").GetString() == "not modified");
        Assert.Equal("not modified", again.GetProperty("lastStatus").GetString());
        Assert.Equal(2, again.GetProperty("reportsStored").GetInt32());
        Assert.Contains("\"v1\"", site.Validators);
    }

    [Fact]
    public async Task A_feed_of_whole_articles_is_ingested_from_its_entries_when_the_links_do_not_answer()
    {
        var id = (await AddAsync("/atom")).GetProperty("id").GetInt64();
        var polled = await PolledAsync(id, s => s.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
        Assert.Equal(("atom", "Whole Stories", 1), (polled.GetProperty("format").GetString(), polled.GetProperty("title").GetString(), polled.GetProperty("reportsStored").GetInt32()));
    }

    [Fact]
    public async Task A_rate_limited_feed_waits_as_long_as_it_asks_and_a_page_that_is_no_feed_says_so()
    {
        var busy = (await AddAsync("/busy")).GetProperty("id").GetInt64();
        var page = (await AddAsync("/page")).GetProperty("id").GetInt64();
        var waited = await PolledAsync(busy, s => s.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
        Assert.Contains("429", waited.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True(waited.GetProperty("nextPollAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(110));
        var refused = await PolledAsync(page, s => s.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
        Assert.Contains("It is a web page", refused.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, refused.GetProperty("failures").GetInt32());
    }

    [Fact]
    public async Task Two_polls_of_a_changing_feed_take_the_new_entry_only_and_its_movements_are_on_the_map()
    {
        var id = (await AddAsync("/changing")).GetProperty("id").GetInt64();
        var first = await PolledAsync(id, s => s.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
        Assert.Equal((1, 1), (first.GetProperty("itemsSeen").GetInt32(), first.GetProperty("reportsStored").GetInt32()));

        (await server.Client("analyst").PostAsync($"/api/sources/{id}/poll", null)).EnsureSuccessStatusCode();
        var second = await PolledAsync(id, s => s.GetProperty("itemsSeen").GetInt32() == 2);
        Assert.Equal(2, second.GetProperty("itemsSeen").GetInt32());
        Assert.Contains("2 entries, 1 new: 1 reports stored", second.GetProperty("lastStatus").GetString(), StringComparison.Ordinal);

        // The entries' movements, as the map asks for them: the reservists' move to Narva and the engineers' to Lappeenranta.
        var map = await (await server.Client().GetAsync("/api/movements?bbox=20,55,35,65&from=2025-03-01&to=2025-03-10")).JsonAsync();
        var destinations = map.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("destination").GetProperty("name").GetString()).ToList();
        Assert.Contains("Narva", destinations);
        Assert.Contains("Lappeenranta", destinations);
    }

    [Fact]
    public async Task A_backlog_beyond_one_polls_share_is_taken_by_the_next_poll_at_once()
    {
        var id = (await AddAsync("/many", new { url = site.Url + "/many", intervalSeconds = 3600 })).GetProperty("id").GetInt64();
        var done = await PolledAsync(id, s => s.GetProperty("itemsSeen").GetInt32() == GeoMap.Server.Feeds.FeedPoller.MaxItemsPerPoll + 5);
        Assert.Equal(GeoMap.Server.Feeds.FeedPoller.MaxItemsPerPoll + 5, done.GetProperty("itemsSeen").GetInt32());
        Assert.Contains("5 new", done.GetProperty("lastStatus").GetString(), StringComparison.Ordinal);
        Assert.True(done.GetProperty("nextPollAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(55));
    }

    [Fact]
    public async Task A_feed_that_fails_backs_off_and_recovers_on_its_next_poll()
    {
        var id = (await AddAsync("/flaky", new { url = site.Url + "/flaky", intervalSeconds = 600 })).GetProperty("id").GetInt64();
        var failed = await PolledAsync(id, s => s.GetProperty("lastPolledAt").ValueKind != JsonValueKind.Null);
        Assert.Contains("500", failed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, failed.GetProperty("failures").GetInt32());
        Assert.True(failed.GetProperty("nextPollAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(19)); // twice its interval

        (await server.Client("analyst").PostAsync($"/api/sources/{id}/poll", null)).EnsureSuccessStatusCode();
        var recovered = await PolledAsync(id, s => s.GetProperty("failures").GetInt32() == 0);
        Assert.Equal((0, JsonValueKind.Null), (recovered.GetProperty("failures").GetInt32(), recovered.GetProperty("lastError").ValueKind));
        Assert.Equal("Flaky", recovered.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{\"url\": \"ftp://news.example/feed\"}", "url")]
    [InlineData("{\"url\": \"https://user:secret@news.example/feed\"}", "url")]
    [InlineData("{\"title\": \"no address\"}", "url")]
    [InlineData("{\"url\": \"https://news.example/feed\", \"intervalSeconds\": 5}", "intervalSeconds")]
    [InlineData("{\"url\": \"https://news.example/feed\", \"language\": \"tlh\"}", "language")]
    public async Task Bad_sources_are_refused_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var before = (await (await server.Client().GetAsync("/api/sources")).JsonAsync()).GetArrayLength();
        var response = await server.Client("analyst").PostAsync("/api/sources", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(400);
        Assert.Contains(field, problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before, (await (await server.Client().GetAsync("/api/sources")).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_source_is_added_once_paused_resumed_and_removed_and_viewers_cannot_change_it()
    {
        var url = $"https://news.example/{Guid.NewGuid():N}/feed";
        var added = await AddAsync("", new { url, intervalSeconds = 600 });
        var id = added.GetProperty("id").GetInt64();
        var again = await server.Client("analyst").PostAsJsonAsync("/api/sources", new { url });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.JsonAsync()).GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("viewer").PostAsJsonAsync("/api/sources", new { url = url + "2" })).StatusCode);

        var paused = await (await server.Client("analyst").PatchAsJsonAsync($"/api/sources/{id}", new { state = "paused" })).JsonAsync();
        Assert.Equal(("paused", JsonValueKind.Null), (paused.GetProperty("state").GetString(), paused.GetProperty("nextPollAt").ValueKind));
        await (await server.Client("analyst").PostAsync($"/api/sources/{id}/poll", null)).ProblemAsync(400);

        Assert.Equal(HttpStatusCode.NoContent, (await server.Client("analyst").DeleteAsync($"/api/sources/{id}")).StatusCode);
        await (await server.Client().GetAsync($"/api/sources/{id}")).ProblemAsync(404);
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>Writing flows of the map client: ingest with review and correction, overlay upload until its tiles show.</summary>
public sealed class EditingTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private const string Report =
        "Ukraine's military intelligence said on Tuesday that several thousand North Korean soldiers are being moved by train " +
        "from Vladivostok toward the Kursk region. According to the HUR, between 2,000 and 3,000 North Korean troops arrived in Kursk last week.";

    private static async Task EnterKeyAsync(BrowserPage browser, string key)
    {
        await browser.Page.FillAsync("#api-key", key);
        await browser.Page.ClickAsync("#api-key-form button[type=submit]");
        await Assertions.Expect(browser.Page.Locator("#status")).ToHaveTextAsync("API key saved in this browser.");
    }

    [Fact]
    public async Task Ingest_extracts_reviews_corrects_a_place_and_saves()
    {
        await using var browser = await server.OpenAsync("/?from=2024-10-01&to=2024-11-30");
        await EnterKeyAsync(browser, server.AnalystKey);
        await browser.Page.ClickAsync("summary:has-text('Add a report')");
        await browser.Page.FillAsync("#report-text", Report);
        await browser.Page.FillAsync("#report-published", "2024-11-07T14:30");
        await browser.Page.SelectOptionAsync("#report-language", "en");
        await browser.Page.ClickAsync("#report-analyze");
        var message = browser.Page.Locator("#ingest-message");
        await Assertions.Expect(message).ToContainTextAsync("movement(s) found", new() { Timeout = 30_000 });
        await browser.ScreenshotAsync("08-ingest-review");
        var places = browser.Page.Locator(".review-places li[data-surface='Vladivostok']");
        Assert.True(await places.CountAsync() == 1, await browser.Page.Locator("#ingest").InnerTextAsync());
        Assert.True(await browser.Page.Locator(".review-movements li").CountAsync() >= 1);

        // Replace the resolved Vladivostok by the stored Ussuriysk (the seeded place), as an analyst fixing a wrong match.
        await places.Locator("button:has-text('change')").ClickAsync();
        var search = places.Locator("input[type=search]");
        await search.FillAsync("Ussuriysk");
        await search.PressAsync("Enter");
        await places.Locator(".candidates button:has-text('Ussuriysk')").First.ClickAsync();
        await Assertions.Expect(browser.Page.Locator(".review-places li[data-surface='Vladivostok']")).ToContainTextAsync("Vladivostok → Ussuriysk");
        await Assertions.Expect(browser.Page.Locator(".review-movements")).ToContainTextAsync("Ussuriysk");
        await browser.ScreenshotAsync("09-ingest-corrected");

        await browser.Page.ClickAsync("#report-save");
        await Assertions.Expect(message).ToContainTextAsync("Saved as report #", new() { Timeout = 30_000 });
        var text = await message.InnerTextAsync();
        var reportId = long.Parse(System.Text.RegularExpressions.Regex.Match(text, @"#(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("corrected", text, StringComparison.Ordinal);

        // The stored movements go through Ussuriysk, not Vladivostok, and the correction is in their edit history.
        using var stored = JsonDocument.Parse(await (await browser.Page.APIRequest.GetAsync($"/api/reports/{reportId}")).TextAsync());
        var movements = stored.RootElement.GetProperty("movements").GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(movements);
        var names = movements.SelectMany(m => new[] { m.GetProperty("properties").GetProperty("origin"), m.GetProperty("properties").GetProperty("destination") })
            .Where(p => p.ValueKind == JsonValueKind.Object).Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Ussuriysk", names);
        Assert.DoesNotContain("Vladivostok", names);
        var first = movements.First(m => m.GetProperty("properties").GetProperty("origin").ValueKind == JsonValueKind.Object
            && m.GetProperty("properties").GetProperty("origin").GetProperty("name").GetString() == "Ussuriysk").GetProperty("id").GetInt64();
        var edits = await (await browser.Page.APIRequest.GetAsync($"/api/movements/{first}/edits")).TextAsync();
        Assert.Contains("web-tests", edits, StringComparison.Ordinal);

        // The new movements are on the map after saving.
        await browser.Page.WaitForFunctionAsync($"() => window.geomap.shownIds().includes({first})");
        await browser.ScreenshotAsync("10-ingest-saved");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Uploaded_overlay_is_tiled_its_tiles_load_and_it_covers_the_movement()
    {
        await using var browser = await server.OpenAsync("/?c=131.9500,43.8000&z=9.00&from=2024-10-01&to=2024-11-30");
        await EnterKeyAsync(browser, server.AnalystKey);
        await browser.Page.ClickAsync("summary:has-text('Upload an overlay')");

        // A 512x512 PNG drawn by the browser itself: a grid, so tiles are visibly not blank.
        var dataUrl = await browser.Page.EvaluateAsync<string>("""
            () => { const c = document.createElement('canvas'); c.width = 512; c.height = 512; const g = c.getContext('2d');
              g.fillStyle = '#3a6b35'; g.fillRect(0, 0, 512, 512); g.strokeStyle = '#f2e394'; g.lineWidth = 6;
              for (let i = 0; i <= 512; i += 64) { g.beginPath(); g.moveTo(i, 0); g.lineTo(i, 512); g.moveTo(0, i); g.lineTo(512, i); g.stroke(); }
              return c.toDataURL('image/png'); }
            """);
        var png = Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        await browser.Page.SetInputFilesAsync("#upload-file", new FilePayload { Name = "ussuriysk.png", MimeType = "image/png", Buffer = png });
        await browser.Page.FillAsync("#upload-title", "Ussuriysk base");
        await browser.Page.FillAsync("#upload-source", "test imagery");
        await browser.Page.FillAsync("#upload-acquired", "2024-10-12");
        await browser.Page.FillAsync("#upload-bounds", "131.80,43.70,132.10,43.90");

        var tile = browser.Page.WaitForResponseAsync(r => r.Url.Contains("/tiles/", StringComparison.Ordinal) && r.Status == 200, new() { Timeout = 60_000 });
        await browser.Page.ClickAsync("#upload-form button[type=submit]");
        await Assertions.Expect(browser.Page.Locator("#upload-message")).ToContainTextAsync("is ready", new() { Timeout = 60_000 });
        var response = await tile;
        Assert.Equal("image/png", response.Headers["content-type"]);
        await Assertions.Expect(browser.Page.Locator("#overlay-list")).ToContainTextAsync("Ussuriysk base");
        await Assertions.Expect(browser.Page.Locator("#overlay-list")).ToContainTextAsync("2024-10-12");
        Assert.Matches(@"[?&]o=[0-9a-f-]{36}", browser.Page.Url);
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("11-overlay-tiles");

        // Opacity is per layer.
        var opacity = browser.Page.Locator("#overlay-list input[type=range]").First;
        await opacity.FillAsync("40");
        var layerOpacity = await browser.Page.EvaluateAsync<double>("() => window.geomap.map.getAllLayers().find(l => l.get('overlayId')).getOpacity()");
        Assert.Equal(0.4, layerOpacity, 3);

        // The movement to Ussuriysk lists the overlay as covering it in time and space.
        await browser.Page.ClickAsync("summary:has-text('Region query')");
        await browser.Page.FillAsync("#region-name", "Primorsky");
        await browser.Page.ClickAsync("#region-results button:has-text('Primorsky Krai')");
        await browser.Page.ClickAsync($"#query-results [data-movement='{server.Movements["vladivostok"]}']");
        await Assertions.Expect(browser.Page.Locator("#details")).ToContainTextAsync("Ussuriysk base (2024-10-12)");
        await browser.ScreenshotAsync("12-overlay-covering-movement");
        Assert.Empty(browser.Errors);
    }
}

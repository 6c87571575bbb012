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
    public async Task The_key_saved_in_this_browser_is_in_its_field_after_a_reload_and_goes_with_writes_only()
    {
        await using var browser = await server.OpenAsync("/?from=2024-10-01&to=2024-11-30");
        await browser.WaitUntilReadyAsync();
        await EnterKeyAsync(browser, server.AnalystKey);

        // The page's reads (movements, overlays, photos, the basemap) carry no key; the field shows the stored one once
        // the map is drawn (the client reads it then, not while the map starts).
        var keyed = new List<string>();
        browser.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal) && request.Headers.ContainsKey("x-api-key")) keyed.Add($"{request.Method} {request.Url}");
        };
        await browser.Page.ReloadAsync();
        await browser.WaitUntilReadyAsync();
        await Assertions.Expect(browser.Page.Locator("#api-key")).ToHaveValueAsync(server.AnalystKey);
        await browser.Page.Locator("summary:has-text('Add a report')").ClickAsync();
        Assert.Empty(keyed);
        Assert.Empty(browser.Errors);
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
        var overlayId = Assert.Single(System.Text.RegularExpressions.Regex.Matches(browser.Page.Url, @"[?&]o=([0-9a-f-]{36})")).Groups[1].Value;
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
        // By the server's rule, the one of its photos, and with the overlay's quicklook, as in the overlay list (other
        // tests' overlays may be listed too: this one's is found by its id). The 512 px image over 0.3 degrees is more
        // than 256 px across at its top zoom, so its quicklook is 256 px.
        await Assertions.Expect(browser.Page.Locator("#details h3:has-text('Overlays near it')")).ToHaveTextAsync("Overlays near it (within 5 km and 7 days)");
        foreach (var preview in new[] { $"#movement-overlays img[src='/tiles/{overlayId}/quicklook.png']", $"#overlay-list li[data-overlay='{overlayId}'] img.quicklook" })
        {
            var image = browser.Page.Locator(preview);
            await Assertions.Expect(image).ToHaveAttributeAsync("src", $"/tiles/{overlayId}/quicklook.png");
            await browser.Page.WaitForFunctionAsync("(img) => img.complete && img.naturalWidth > 0", await image.ElementHandleAsync());
            Assert.Equal(256, await image.EvaluateAsync<int>("img => Math.max(img.naturalWidth, img.naturalHeight)"));
        }

        await browser.ScreenshotAsync("12-overlay-covering-movement");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Before_after_swipe_shows_one_overlay_on_each_side_of_the_line()
    {
        await using var setup = await server.OpenAsync("/");
        var before = await UploadAsync(setup.Page, "Before (green)", "#2f9e44", "2024-10-01");
        var after = await UploadAsync(setup.Page, "After (red)", "#e03131", "2024-10-20");

        // No movements in this range, so only the overlays are under the sampled pixels.
        await using var browser = await server.OpenAsync($"/?c=131.9500,43.8000&z=11.00&from=2025-01-01&to=2025-01-31&o={before},{after}");
        await browser.Page.SelectOptionAsync("#swipe-before", before);
        await browser.Page.SelectOptionAsync("#swipe-after", after);
        await browser.Page.CheckAsync("#swipe-on");
        await Assertions.Expect(browser.Page.Locator("#swipe")).ToBeEnabledAsync();
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("13-overlay-swipe");

        var left = await browser.ViewportPixelOfAsync(131.88, 43.75);
        var right = await browser.ViewportPixelOfAsync(132.02, 43.75);
        var colours = await browser.ColoursAtAsync(left, right);
        Assert.True(IsGreen(colours[0]), $"left of the line shows the before overlay: {string.Join(',', colours[0])}");
        Assert.True(IsRed(colours[1]), $"right of the line shows the after overlay: {string.Join(',', colours[1])}");

        // The two overlays share a footprint, so they share one label, oldest first, instead of two labels on top of each other.
        var labels = await browser.Page.EvaluateAsync<string[]>("() => window.geomap.map.getAllLayers().find((l) => l.get('title') === 'Overlay footprints').getSource().getFeatures().map((f) => f.get('label')).filter((l) => l)");
        Assert.Equal(["Before (green) (2024-10-01)\nAfter (red) (2024-10-20)"], labels);

        // The line is drawn on the map, in the middle.
        var divider = browser.Page.Locator("#swipe-divider");
        await Assertions.Expect(divider).ToBeVisibleAsync();
        var mapBox = (await browser.Map.BoundingBoxAsync())!;
        var line = (await divider.BoundingBoxAsync())!;
        Assert.Equal(mapBox.X + (mapBox.Width / 2), line.X + (line.Width / 2), 1.0);

        // Swipe all the way right: the before overlay everywhere, and the line follows.
        await browser.Page.Locator("#swipe").FillAsync("100");
        await browser.WaitForRenderAsync();
        colours = await browser.ColoursAtAsync(left, right);
        Assert.True(IsGreen(colours[0]) && IsGreen(colours[1]), $"{string.Join(',', colours[0])} / {string.Join(',', colours[1])}");
        await Assertions.Expect(divider).ToHaveAttributeAsync("aria-valuenow", "100");

        // From the keyboard: Home puts the line at the left edge (the after overlay everywhere), Shift+Right moves it 10 %.
        await divider.FocusAsync();
        await browser.Page.Keyboard.PressAsync("Home");
        await Assertions.Expect(divider).ToHaveAttributeAsync("aria-valuenow", "0");
        await browser.WaitForRenderAsync();
        colours = await browser.ColoursAtAsync(left, right);
        Assert.True(IsRed(colours[0]) && IsRed(colours[1]), $"{string.Join(',', colours[0])} / {string.Join(',', colours[1])}");
        await browser.Page.Keyboard.PressAsync("Shift+ArrowRight");
        await browser.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(divider).ToHaveAttributeAsync("aria-valuenow", "11");
        Assert.Equal("11", await browser.Page.InputValueAsync("#swipe"));

        // Dragged back to the middle of the map: before on the left, after on the right again.
        line = (await divider.BoundingBoxAsync())!;
        await browser.Page.Mouse.MoveAsync(line.X + (line.Width / 2), line.Y + (line.Height / 2));
        await browser.Page.Mouse.DownAsync();
        await browser.Page.Mouse.MoveAsync(mapBox.X + (mapBox.Width / 2), line.Y + (line.Height / 2), new() { Steps = 8 });
        await browser.Page.Mouse.UpAsync();
        await browser.WaitForRenderAsync();
        Assert.Equal(50, double.Parse(await browser.Page.InputValueAsync("#swipe"), System.Globalization.CultureInfo.InvariantCulture), 0.5);
        colours = await browser.ColoursAtAsync(left, right);
        Assert.True(IsGreen(colours[0]), $"left of the dragged line: {string.Join(',', colours[0])}");
        Assert.True(IsRed(colours[1]), $"right of the dragged line: {string.Join(',', colours[1])}");
        await browser.ScreenshotAsync("14-overlay-swipe-divider");
        Assert.Empty(setup.Errors);
        Assert.Empty(browser.Errors);
    }

    internal static bool IsGreen(int[] rgba) => rgba[1] > rgba[0] + 40 && rgba[1] > rgba[2] + 40;

    internal static bool IsRed(int[] rgba) => rgba[0] > rgba[1] + 60 && rgba[0] > rgba[2] + 60;


    /// <summary>Uploads a one-colour overlay through the API and waits until it is tiled; returns its id.</summary>
    private Task<string> UploadAsync(IPage page, string title, string colour, string acquired) => UploadAsync(page, server.AnalystKey, title, colour, acquired);

    /// <summary>Uploads a one-colour overlay (by default over Ussuriysk) through the API and waits until it is tiled; returns its id.</summary>
    internal static async Task<string> UploadAsync(IPage page, string key, string title, string colour, string acquired, string bounds = "131.80,43.70,132.10,43.90")
    {
        var dataUrl = await page.EvaluateAsync<string>(
            "(colour) => { const c = document.createElement('canvas'); c.width = 256; c.height = 256; const g = c.getContext('2d'); g.fillStyle = colour; g.fillRect(0, 0, 256, 256); return c.toDataURL('image/png'); }",
            colour);
        var form = page.APIRequest.CreateFormData();
        form.Set("title", title);
        form.Set("acquiredAt", acquired + "T00:00:00Z");
        form.Set("bounds", bounds);
        form.Set("file", new FilePayload { Name = "overlay.png", MimeType = "image/png", Buffer = Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]) });
        var response = await page.APIRequest.PostAsync("/api/overlays", new() { Multipart = form, Headers = new Dictionary<string, string> { ["X-Api-Key"] = key } });
        Assert.Equal(202, response.Status);
        using var created = JsonDocument.Parse(await response.TextAsync());
        var id = created.RootElement.GetProperty("id").GetString()!;
        for (var i = 0; i < 120; i++)
        {
            using var status = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/overlays/{id}")).TextAsync());
            var state = status.RootElement.GetProperty("properties").GetProperty("status").GetString();
            if (state == "ready")
            {
                return id;
            }

            Assert.NotEqual("failed", state);
            await Task.Delay(500);
        }

        throw new TimeoutException($"Overlay {title} was not tiled within a minute.");
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>
/// The analyst's workbench: correcting a saved movement field by field (places from the whole gazetteer), deleting one,
/// reading its history; each test adds its own movement through the API, so no test depends on another.
/// </summary>
public sealed class WorkbenchTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private static async Task EnterKeyAsync(BrowserPage browser, string key)
    {
        await browser.Page.FillAsync("#api-key", key);
        await browser.Page.ClickAsync("#api-key-form button[type=submit]");
        await Assertions.Expect(browser.Page.Locator("#status")).ToHaveTextAsync("API key saved in this browser.");
    }

    /// <summary>Adds a movement of Russia from a hand-placed origin to a hand-placed destination, 15-16 October 2024.</summary>
    private async Task<long> AddMovementAsync(BrowserPage browser, string name)
    {
        var response = await browser.Page.APIRequest.PostAsync("/api/movements", new()
        {
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = server.AnalystKey },
            DataObject = new
            {
                actor = "Russia",
                status = "completed",
                mode = "road",
                strength = 1500,
                origin = new { name = name + " origin", lon = 132.2, lat = 43.3, countryCode = "RU" },
                destination = new { name = name + " destination", lon = 132.8, lat = 44.0, countryCode = "RU" },
                start = "2024-10-15",
                end = "2024-10-17",
            },
        });
        Assert.True(response.Status == 201, await response.TextAsync());
        using var doc = JsonDocument.Parse(await response.TextAsync());
        return doc.RootElement.GetProperty("id").GetInt64();
    }

    private static async Task<BrowserPage> OpenWithMovementAsync(WebServerFixture server, Func<BrowserPage, Task<long>> add, Action<long> id)
    {
        var browser = await server.OpenAsync("/?from=2024-10-01&to=2024-11-30");
        await EnterKeyAsync(browser, server.AnalystKey);
        var movementId = await add(browser);
        id(movementId);
        // Reload, so the map loads the movement as an analyst opening GeoMap would see it.
        await browser.Page.ReloadAsync();
        await browser.WaitUntilReadyAsync();
        await browser.Page.EvaluateAsync($"() => window.geomap.openMovement({movementId})");
        await Assertions.Expect(browser.Page.Locator("#details h2")).ToHaveTextAsync($"Movement #{movementId}");
        return browser;
    }

    [Fact]
    public async Task An_analyst_corrects_every_field_chooses_a_gazetteer_place_and_reads_the_change_in_the_history()
    {
        long id = 0;
        await using var browser = await OpenWithMovementAsync(server, b => AddMovementAsync(b, "Edit"), x => id = x);
        var page = browser.Page;
        await page.ClickAsync("#edit-movement");
        await Assertions.Expect(page.Locator("#movement-editor")).ToBeVisibleAsync();

        await page.FillAsync("#edit-actor", "Wagner Group");
        await page.FillAsync("#edit-unit", "Assault detachment 7");
        await page.FillAsync("#edit-strength-min", "2000");
        await page.FillAsync("#edit-strength-max", "3000");
        await page.SelectOptionAsync("#edit-kind", "withdrawal");
        await page.SelectOptionAsync("#edit-status", "planned");
        await page.SelectOptionAsync("#edit-mode", "rail");
        await page.FillAsync("#edit-start", "2024-10-16");
        await page.FillAsync("#edit-end", "2024-10-18");
        await page.FillAsync("#edit-claimed-by", "HUR");

        // Zaporizhzhia is in the gazetteer but no movement has used it: it was "No stored place matches" before. The
        // city (GeoNames writes it Zaporizhia) is told from its oblast by its region and kind.
        await page.ClickAsync("#edit-destination-change");
        await page.FillAsync("#edit-destination-search", "Zaporizhzhia");
        await page.PressAsync("#edit-destination-search", "Enter");
        var choice = page.Locator("#edit-destination .candidates button", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Zaporizhia — .*Ukraine · town") }).First;
        await choice.ClickAsync();
        await Assertions.Expect(page.Locator("#edit-destination-value")).ToHaveTextAsync("Zaporizhia (UA)");
        await page.FillAsync("#edit-reason", "Corrected from the HUR statement");
        await browser.ScreenshotAsync("20-workbench-edit-form");
        await page.ClickAsync("#edit-save");

        // The map has the corrected movement, the panel shows it, the history says who, when, why and what.
        await page.WaitForFunctionAsync($"() => window.geomap.movement({id})?.actor === 'Wagner Group'");
        var onMap = await page.EvaluateAsync<JsonElement>($"() => window.geomap.movement({id})");
        Assert.Equal("planned", onMap.GetProperty("status").GetString());
        Assert.Equal("withdrawal", onMap.GetProperty("kind").GetString());
        Assert.Equal("Zaporizhia", onMap.GetProperty("destination").GetProperty("name").GetString());
        Assert.Equal(3000, onMap.GetProperty("strength").GetProperty("max").GetInt32());
        var details = page.Locator("#details");
        await Assertions.Expect(details.Locator(".actor")).ToContainTextAsync("Wagner Group");
        var history = details.Locator(".history .edit.update").First;
        await Assertions.Expect(history).ToContainTextAsync("web-tests");
        await Assertions.Expect(history).ToContainTextAsync("Reason: Corrected from the HUR statement");
        await Assertions.Expect(history.Locator("li[data-field=actor]")).ToHaveTextAsync("Actor: Russia → Wagner Group");
        await Assertions.Expect(history.Locator("li[data-field=destination]")).ToHaveTextAsync("To: Edit destination (RU) → Zaporizhia (UA)");
        await Assertions.Expect(history.Locator("li[data-field=strength]")).ToHaveTextAsync("Strength: 1,500 → 2,000–3,000");
        await Assertions.Expect(history.Locator("li[data-field=period]")).ToHaveTextAsync("Dates: 2024-10-15 – 2024-10-16 → 2024-10-16 – 2024-10-18");
        foreach (var f in new[] { "unit", "kind", "status", "mode", "claimedBy" })
        {
            await Assertions.Expect(history.Locator($"li[data-field={f}]")).ToHaveCountAsync(1);
        }

        await browser.ScreenshotAsync("21-workbench-history");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_invalid_or_stale_edit_is_explained_and_nothing_is_saved()
    {
        long id = 0;
        await using var browser = await OpenWithMovementAsync(server, b => AddMovementAsync(b, "Stale"), x => id = x);
        var page = browser.Page;
        await page.ClickAsync("#edit-movement");
        await page.FillAsync("#edit-strength-min", "5000");
        await page.FillAsync("#edit-strength-max", "100");
        await page.ClickAsync("#edit-save");
        await Assertions.Expect(page.Locator("#edit-message")).ToContainTextAsync("swap");

        // Someone else corrects the movement while the form is open: saving must not undo that change.
        var other = await page.APIRequest.PatchAsync($"/api/movements/{id}", new()
        {
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = server.AnalystKey },
            DataObject = new { status = "under_way" },
        });
        Assert.Equal(200, other.Status);
        await page.FillAsync("#edit-strength-min", "");
        await page.FillAsync("#edit-strength-max", "");
        await page.SelectOptionAsync("#edit-status", "planned");
        await page.ClickAsync("#edit-save");
        await Assertions.Expect(page.Locator("#edit-message")).ToContainTextAsync("changed by someone else");
        using var stored = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}")).TextAsync());
        Assert.Equal("under_way", stored.RootElement.GetProperty("properties").GetProperty("status").GetString());
        Assert.Equal(1500, stored.RootElement.GetProperty("properties").GetProperty("strength").GetProperty("max").GetInt32());
        Assert.All(browser.Errors, e => Assert.Contains("412", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_analyst_deletes_a_false_movement_with_a_reason()
    {
        long id = 0;
        await using var browser = await OpenWithMovementAsync(server, b => AddMovementAsync(b, "False"), x => id = x);
        var page = browser.Page;
        Assert.Contains(id, await browser.ShownIdsAsync());
        await page.ClickAsync("#edit-movement");
        await page.FillAsync("#edit-reason", "False report: the convoy was filmed in 2022");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.ClickAsync("#edit-delete");

        await page.WaitForFunctionAsync($"() => !window.geomap.shownIds().includes({id})");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync($"Movement #{id} deleted.");
        using var edits = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}/edits")).TextAsync());
        var last = edits.RootElement.GetProperty("edits").EnumerateArray().Last();
        Assert.Equal("delete", last.GetProperty("action").GetString());
        Assert.Equal("False report: the convoy was filmed in 2022", last.GetProperty("reason").GetString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_analyst_adds_a_movement_by_clicking_a_place_marker_and_a_new_place_on_the_map()
    {
        await using (var setup = await server.OpenAsync("/"))
        {
            await AddAsync(setup, new { actor = "Ukraine", status = "completed", origin = Place("Saltmarsh Depot", 31.60, 46.70), destination = Place("Reedbank", 31.90, 46.60), start = "2024-10-05", end = "2024-10-06" });
        }

        await using var browser = await server.OpenAsync("/?c=31.8000,46.7000&z=9.00&from=2024-10-01&to=2024-10-31");
        var page = browser.Page;
        await EnterKeyAsync(browser, server.AnalystKey);
        var before = await browser.ShownIdsAsync();
        await page.ClickAsync("#add-movement-section summary");
        await page.FillAsync("#add-actor", "Russia");
        await page.FillAsync("#add-strength-min", "600");
        await page.FillAsync("#add-strength-max", "800");
        await page.SelectOptionAsync("#add-kind", "withdrawal");
        await page.SelectOptionAsync("#add-mode", "road");

        // The origin: a click on a place marker takes that place.
        await page.ClickAsync("#add-origin-map");
        await Assertions.Expect(page.Locator("#add-hint")).ToHaveTextAsync("Click the origin on the map (Esc cancels).");
        var (ox, oy) = await browser.ViewportPixelOfAsync(31.90, 46.60);
        await page.Mouse.ClickAsync(ox, oy);
        await Assertions.Expect(page.Locator("#add-origin-value")).ToHaveTextAsync("Reedbank");

        // The destination: a click where the gazetteer has nothing makes a new place there, which must be named.
        await page.ClickAsync("#add-destination-map");
        var (dx, dy) = await browser.ViewportPixelOfAsync(32.10, 46.85);
        await page.Mouse.ClickAsync(dx, dy);
        await Assertions.Expect(page.Locator("#add-destination-value")).ToContainTextAsync("new place at 46.85");
        await page.FillAsync("#add-start", "2024-10-20");
        await page.FillAsync("#add-end", "2024-10-18");
        await page.ClickAsync("#add-save");
        await Assertions.Expect(page.Locator("#add-message")).ToContainTextAsync("Name the new place of the destination");
        await page.FillAsync("#add-destination-name", "Ferry Landing Seven");
        await page.ClickAsync("#add-save");
        await Assertions.Expect(page.Locator("#add-message")).ToContainTextAsync("The last day is before the first day");
        await page.FillAsync("#add-end", "2024-10-21");
        // A country the server refuses: its message is shown and nothing is stored.
        await page.FillAsync("#add-destination-country", "U1");
        await page.ClickAsync("#add-save");
        await Assertions.Expect(page.Locator("#add-message")).ToContainTextAsync("destination.countryCode must be a two-letter ISO code");
        Assert.Equal(before, await browser.ShownIdsAsync());

        await page.FillAsync("#add-destination-country", "ua");
        await page.FillAsync("#add-reason", "Seen withdrawing on a drone video");
        await browser.ScreenshotAsync("24-workbench-add-by-clicking");
        await page.ClickAsync("#add-save");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(new Regex(@"^Movement #\d+ added\.$"));
        var id = long.Parse(Regex.Match(await page.Locator("#status").InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync($"() => window.geomap.shownIds().includes({id})");
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync($"Movement #{id}");
        await Assertions.Expect(page.Locator("#details .history .edit-reason")).ToHaveTextAsync("Reason: Seen withdrawing on a drone video");

        using var stored = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}")).TextAsync());
        var m = stored.RootElement.GetProperty("properties");
        Assert.Equal("Russia", m.GetProperty("actor").GetString());
        Assert.Equal("withdrawal", m.GetProperty("kind").GetString());
        Assert.Equal("Reedbank", m.GetProperty("origin").GetProperty("name").GetString());
        var destination = m.GetProperty("destination");
        Assert.Equal("Ferry Landing Seven", destination.GetProperty("name").GetString());
        Assert.Equal("UA", destination.GetProperty("countryCode").GetString());
        Assert.Equal(32.10, destination.GetProperty("lon").GetDouble(), 2);
        Assert.Equal(46.85, destination.GetProperty("lat").GetDouble(), 2);
        Assert.Equal(800, m.GetProperty("strength").GetProperty("max").GetInt32());
        Assert.StartsWith("2024-10-20", m.GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2024-10-22", m.GetProperty("end").GetString(), StringComparison.Ordinal);
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("25-workbench-added");
        Assert.All(browser.Errors, e => Assert.Contains("400", e, StringComparison.Ordinal));
    }

    private async Task AddAsync(BrowserPage browser, object body)
    {
        var response = await browser.Page.APIRequest.PostAsync("/api/movements", new()
        {
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = server.AnalystKey },
            DataObject = body,
        });
        Assert.True(response.Status == 201, await response.TextAsync());
    }

    private static object Place(string name, double lon, double lat) => new { name, lon, lat };

    [Fact]
    public async Task Russia_and_Ukraine_have_their_own_colours_in_the_client_and_in_the_briefing_png()
    {
        await using (var setup = await server.OpenAsync("/"))
        {
            await AddAsync(setup, new { actor = "Russia", status = "completed", strength = 12000, origin = Place("Belgorod", 36.58, 50.60), destination = Place("Kharkiv", 36.23, 49.99), start = "2024-10-10", end = "2024-10-12" });
            await AddAsync(setup, new { actor = "Ukraine", status = "completed", strength = 800, origin = Place("Sumy", 34.80, 50.91), destination = Place("Kursk", 36.19, 51.73), start = "2024-10-10", end = "2024-10-12" });
        }

        await using var browser = await server.OpenAsync("/?c=35.5000,50.8000&z=8.00&from=2024-10-01&to=2024-10-31");
        var legend = browser.Page.Locator("#legend");
        var russia = await legend.Locator("li[data-actor='Russia']").GetAttributeAsync("data-colour");
        var ukraine = await legend.Locator("li[data-actor='Ukraine']").GetAttributeAsync("data-colour");
        // The colours of data/style/map-style.json, which GeoMap.Rendering reads too.
        Assert.Equal("#c62828", russia);
        Assert.Equal("#1565c0", ukraine);

        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("22-workbench-colours");
        var onScreen = await ColourCountsAsync(browser.Page, Convert.ToBase64String(await browser.Page.ScreenshotAsync()), [russia!, ukraine!]);
        Assert.True(onScreen[0] > 50 && onScreen[1] > 20, $"on screen: {onScreen[0]} Russian and {onScreen[1]} Ukrainian pixels");

        var png = await (await browser.Page.APIRequest.GetAsync("/api/map.png?bbox=33.5,49.5,37.5,52&from=2024-10-01&to=2024-10-31&size=1000x800")).BodyAsync();
        var inPng = await ColourCountsAsync(browser.Page, Convert.ToBase64String(png), [russia!, ukraine!]);
        Assert.True(inPng[0] > 50 && inPng[1] > 20, $"in the PNG: {inPng[0]} Russian and {inPng[1]} Ukrainian pixels");
    }

    [Fact]
    public async Task A_planned_movement_known_by_its_destination_only_is_drawn_hollow_a_completed_one_filled()
    {
        await using (var setup = await server.OpenAsync("/"))
        {
            await AddAsync(setup, new { actor = "Belarus", status = "planned", destination = Place("Plannedville", 27.0, 53.0), start = "2024-10-20", end = "2024-10-21" });
            await AddAsync(setup, new { actor = "Belarus", status = "completed", destination = Place("Doneville", 28.5, 53.0), start = "2024-10-20", end = "2024-10-21" });
        }

        await using var browser = await server.OpenAsync("/?c=27.7500,53.0000&z=8.00&from=2024-10-01&to=2024-10-31");
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("23-workbench-planned-point");
        // The arrowhead points down at the place; its middle is (size + 5) px above it, size 7 px for an unknown strength.
        var (px, py) = await browser.PixelOfAsync(27.0, 53.0);
        var (cx, cy) = await browser.PixelOfAsync(28.5, 53.0);
        var box = (await browser.Map.BoundingBoxAsync())!;
        var colours = await browser.ColoursAtAsync((box.X + px, box.Y + py - 12), (box.X + cx, box.Y + cy - 12));
        Assert.True(colours[0].Take(3).All(c => c > 230), $"planned: hollow head, white inside: {string.Join(',', colours[0])}");
        Assert.True(Math.Abs(colours[1][0] - 0xef) < 40 && Math.Abs(colours[1][1] - 0x6c) < 40 && colours[1][2] < 60, $"completed: filled head in Belarus's orange: {string.Join(',', colours[1])}");
        await Assertions.Expect(browser.Page.Locator("#legend li[data-symbol='destination-only']")).ToBeVisibleAsync();
        await Assertions.Expect(browser.Page.Locator("#legend li[data-status='planned']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_withdrawal_has_a_second_arrowhead_behind_the_first_and_the_legend_explains_it()
    {
        await using (var setup = await server.OpenAsync("/"))
        {
            await AddAsync(setup, new { actor = "Ukraine", status = "completed", kind = "withdrawal", strength = 800, origin = Place("Backfield", 24.0, 49.0), destination = Place("Rearton", 24.6, 49.0), start = "2024-10-20", end = "2024-10-21" });
            await AddAsync(setup, new { actor = "Ukraine", status = "completed", kind = "deployment", strength = 800, origin = Place("Sendfield", 24.0, 48.8), destination = Place("Frontton", 24.6, 48.8), start = "2024-10-20", end = "2024-10-21" });
        }

        await using var browser = await server.OpenAsync("/?c=24.3000,48.9000&z=9.00&from=2024-10-01&to=2024-10-31");
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("26-workbench-withdrawal");
        // Both point east; an 800-strong head is 8 px, centred 13 px short of its place; a second one 9 px further back.
        // 23 px back and 4 px up is inside that second head, and beside the line where there is only one head.
        var box = (await browser.Map.BoundingBoxAsync())!;
        var (wx, wy) = await browser.PixelOfAsync(24.6, 49.0);
        var (dx, dy) = await browser.PixelOfAsync(24.6, 48.8);
        var colours = await browser.ColoursAtAsync((box.X + wx - 23, box.Y + wy - 4), (box.X + dx - 23, box.Y + dy - 4));
        static bool Blue(int[] c) => Math.Abs(c[0] - 0x15) < 40 && Math.Abs(c[1] - 0x65) < 40 && Math.Abs(c[2] - 0xc0) < 40;
        Assert.True(Blue(colours[0]), $"withdrawal: a second head in Ukraine's blue: {string.Join(',', colours[0])}");
        Assert.False(Blue(colours[1]), $"deployment: one head only: {string.Join(',', colours[1])}");
        await Assertions.Expect(browser.Page.Locator("#legend li[data-kind='withdrawal']")).ToHaveTextAsync("withdrawal");
        Assert.Empty(browser.Errors);
    }

    /// <summary>How many pixels of a PNG are within a small distance of each colour.</summary>
    private static Task<int[]> ColourCountsAsync(IPage page, string png, string[] colours) =>
        page.EvaluateAsync<int[]>("""
            async ({ png, colours }) => { const img = new Image(); img.src = 'data:image/png;base64,' + png; await img.decode();
              const c = document.createElement('canvas'); c.width = img.width; c.height = img.height; const g = c.getContext('2d');
              g.drawImage(img, 0, 0); const d = g.getImageData(0, 0, c.width, c.height).data;
              const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
              const counts = rgb.map(() => 0);
              for (let i = 0; i < d.length; i += 4) rgb.forEach((x, k) => { if (Math.abs(d[i] - x[0]) < 20 && Math.abs(d[i + 1] - x[1]) < 20 && Math.abs(d[i + 2] - x[2]) < 20) counts[k]++; });
              return counts; }
            """, new { png, colours });
}

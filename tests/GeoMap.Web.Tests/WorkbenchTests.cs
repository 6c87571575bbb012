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
        // A generous timeout: a write checks its countries in the gazetteer, which a server just started may still be loading.
        var response = await browser.Page.APIRequest.PostAsync("/api/movements", new()
        {
            Timeout = 120_000,
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

    private static async Task<BrowserPage> OpenWithMovementAsync(WebServerFixture server, Func<BrowserPage, Task<long>> add, Action<long> id, string view = "")
    {
        var browser = await server.OpenAsync($"/?{view}from=2024-10-01&to=2024-11-30");
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

    /// <summary>Searches a place in a place field's search box and chooses the answer whose line matches.</summary>
    private static async Task ChooseAsync(IPage page, string field, string query, string answer)
    {
        await page.ClickAsync($"#{field}-search-open");
        await page.FillAsync($"#{field}-search", query);
        await page.PressAsync($"#{field}-search", "Enter");
        await page.Locator($"#{field} .candidates button", new() { HasTextRegex = new Regex(answer) }).First.ClickAsync();
    }

    [Fact]
    public async Task An_analyst_corrects_every_field_and_the_route_and_reads_each_change_in_the_history_and_on_the_map()
    {
        long id = 0;
        // The view is where the corrected route will be (Zaporizhzhia Oblast), so that a click there makes a new place.
        await using var browser = await OpenWithMovementAsync(server, b => AddMovementAsync(b, "Edit"), x => id = x, "c=35.6000,47.2000&z=8.00&");
        var page = browser.Page;
        // Melitopol, Tokmak and Zaporizhzhia are in the gazetteer but no movement has used them: "No stored place
        // matches" before issue 13.
        foreach (var name in new[] { "Melitopol", "Tokmak", "Zaporizhzhia" })
        {
            using var found = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/places?q={name}")).TextAsync());
            var hits = found.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
            Assert.NotEmpty(hits);
            Assert.DoesNotContain(hits, p => p.GetProperty("stored").GetBoolean());
        }

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
        await page.FillAsync("#edit-claimed-by-country", "ua");

        // The city (GeoNames writes it Zaporizhia) is told from its oblast by its region and kind.
        await ChooseAsync(page, "edit-destination", "Zaporizhzhia", "^Zaporizhia — .*Ukraine · town");
        await Assertions.Expect(page.Locator("#edit-destination-value")).ToHaveTextAsync("Zaporizhia (UA)");
        await ChooseAsync(page, "edit-origin", "Melitopol", "^Melitopol — .*Ukraine · town");
        await Assertions.Expect(page.Locator("#edit-origin-value")).ToHaveTextAsync("Melitopol (UA)");

        // The route: Tokmak (Ukraine's, not Kyrgyzstan's Tokmok, which GeoNames also calls Tokmak), then a bridge the
        // gazetteer lacks, clicked on the map and named, moved before Tokmak; a third stop added and removed again.
        await page.ClickAsync("#edit-via-add");
        await page.FillAsync("#edit-via-0-search", "Tokmak");
        await page.PressAsync("#edit-via-0-search", "Enter");
        await page.Locator("#edit-via-0 .candidates button", new() { HasTextRegex = new Regex("^Tokmak — .*Ukraine") }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#edit-via-0-value")).ToHaveTextAsync("Tokmak (UA)");
        await page.ClickAsync("#edit-via-add");
        await page.ClickAsync("#edit-via-1-map");
        await Assertions.Expect(page.Locator("#edit-hint")).ToHaveTextAsync("Click the via place on the map (Esc cancels).");
        var (bx, by) = await browser.ViewportPixelOfAsync(36.30, 46.95);
        await page.Mouse.ClickAsync(bx, by);
        await Assertions.Expect(page.Locator("#edit-via-1-value")).ToContainTextAsync("new place at 46.95");
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync($"Movement #{id}");
        await page.ClickAsync("#edit-via-add");
        await page.ClickAsync("#edit-via-2-remove");
        await page.ClickAsync("#edit-via-1-up");
        await Assertions.Expect(page.Locator("#edit-via-list .place-value")).ToHaveTextAsync([new Regex("^new place at 46.95"), new Regex("^Tokmak \\(UA\\)$")]);

        // A new place must be named before anything is saved.
        await page.ClickAsync("#edit-save");
        await Assertions.Expect(page.Locator("#edit-message")).ToHaveTextAsync("Name the new place of the via place (it is not in the gazetteer).");
        await page.FillAsync("#edit-via-1-name", "Molochna bridge");
        await page.FillAsync("#edit-via-1-country", "ua");
        await page.FillAsync("#edit-reason", "Corrected from the HUR statement");
        await browser.ScreenshotAsync("20-workbench-edit-form");
        await page.ClickAsync("#edit-save");

        // The map has the corrected movement, the panel shows it, the history says who, when, why and what.
        await page.WaitForFunctionAsync($"() => window.geomap.movement({id})?.actor === 'Wagner Group'");
        var details = page.Locator("#details");
        await Assertions.Expect(details.Locator(".actor")).ToContainTextAsync("Wagner Group");
        var history = details.Locator(".history .edit.update").First;
        await Assertions.Expect(history).ToContainTextAsync("web-tests");
        await Assertions.Expect(history).ToContainTextAsync("Reason: Corrected from the HUR statement");
        // Every field as old -> new, places by name (with their country), the via places in their order.
        (string Field, string Line)[] lines =
        [
            ("actor", "Actor: Russia → Wagner Group"),
            ("unit", "Unit: (none) → Assault detachment 7"),
            ("strength", "Strength: 1,500 → 2,000–3,000"),
            ("kind", "Kind: unknown → withdrawal"),
            ("status", "Status: completed → planned"),
            ("mode", "Mode: road → rail"),
            ("origin", "From: Edit origin (RU) → Melitopol (UA)"),
            ("via", "Via: (none) → Molochna bridge (UA), Tokmak (UA)"),
            ("destination", "To: Edit destination (RU) → Zaporizhia (UA)"),
            ("period", "Dates: 2024-10-15 – 2024-10-16 → 2024-10-16 – 2024-10-18"),
            // A movement added without a source names none: the key that added it is who edited, not who reported.
            ("claimedBy", "According to: (none) → HUR"),
            ("claimedByCountry", "Source country: (none) → UA"),
        ];
        foreach (var (field, line) in lines)
        {
            await Assertions.Expect(history.Locator($"li[data-field={field}]")).ToHaveTextAsync(line);
        }

        // The map draws the new route: from Melitopol through the bridge and Tokmak to Zaporizhzhia, where the stored
        // movement's places are.
        using var stored = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}")).TextAsync());
        var m = stored.RootElement.GetProperty("properties");
        double[][] places = [.. new[] { m.GetProperty("origin") }.Concat(m.GetProperty("via").EnumerateArray()).Append(m.GetProperty("destination"))
            .Select(p => new[] { p.GetProperty("lon").GetDouble(), p.GetProperty("lat").GetDouble() })];
        Assert.Equal(["Melitopol", "Molochna bridge", "Tokmak", "Zaporizhia"],
            new[] { m.GetProperty("origin") }.Concat(m.GetProperty("via").EnumerateArray()).Append(m.GetProperty("destination")).Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(36.30, places[1][0], 2);
        Assert.Equal(46.95, places[1][1], 2);
        await page.WaitForFunctionAsync($"() => window.geomap.drawnRoute({id})?.length === 4");
        var route = await page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({id})");
        for (var i = 0; i < places.Length; i++)
        {
            Assert.Equal(places[i][0], route[i][0], 4);
            Assert.Equal(places[i][1], route[i][1], 4);
        }

        // Saved, the route is a movement: its draft is gone.
        Assert.Empty(await DraftRouteAsync(page));
        await browser.ScreenshotAsync("21-workbench-history");
        Assert.Empty(browser.Errors);
    }

    /// <summary>The draft route the editor draws (lon/lat, origin first), empty when none is drawn.</summary>
    private static async Task<double[][]> DraftRouteAsync(IPage page) => await page.EvaluateAsync<double[][]>("""
        () => { const layer = window.geomap.map.getLayers().getArray().find((l) => l.get('title') === 'Route being edited');
          const line = layer.getSource().getFeatures().find((f) => f.getGeometry().getType() === 'LineString');
          return line ? line.getGeometry().getCoordinates().map((c) => window.geomap.lonLatOf(c)) : []; }
        """);

    [Fact]
    public async Task While_the_route_is_edited_the_map_shows_it_as_a_draft_each_via_place_on_one_row_and_cancel_removes_it()
    {
        long id = 0;
        await using var browser = await OpenWithMovementAsync(server, b => AddMovementAsync(b, "Draft"), x => id = x, "c=132.4000,43.6500&z=8.00&");
        var page = browser.Page;
        await page.ClickAsync("#edit-movement");
        Assert.Empty(await DraftRouteAsync(page));

        // Two via places: a gazetteer town searched, and a new place clicked on the map (its name still to be given).
        await page.ClickAsync("#edit-via-add");
        await page.FillAsync("#edit-via-0-search", "Ussuriysk");
        await page.PressAsync("#edit-via-0-search", "Enter");
        await page.Locator("#edit-via-0 .candidates button", new() { HasTextRegex = new Regex("^Ussuriysk — ") }).First.ClickAsync();
        await page.ClickAsync("#edit-via-add");
        await page.ClickAsync("#edit-via-1-map");
        var (vx, vy) = await browser.ViewportPixelOfAsync(132.5, 43.5);
        await page.Mouse.ClickAsync(vx, vy);
        await Assertions.Expect(page.Locator("#edit-via-1-value")).ToContainTextAsync("new place at 43.5");

        // The draft: from the origin through both via places, in their order, to the destination; orange, dashed.
        var route = await DraftRouteAsync(page);
        Assert.Equal(4, route.Length);
        (double Lon, double Lat)[] expected = [(132.2, 43.3), (131.95, 43.80), (132.5, 43.5), (132.8, 44.0)];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i].Lon - route[i][0]) < 0.02 && Math.Abs(expected[i].Lat - route[i][1]) < 0.02, $"stop {i}: {route[i][0]}, {route[i][1]}");
        }

        await browser.WaitForRenderAsync();
        var orange = (await ColourCountsAsync(browser, await browser.Map.ScreenshotAsync(), ["#f59f00"]))[0];
        Assert.True(orange > 100, $"{orange} orange pixels of the draft on the map");
        // Moving a via place redraws the draft in the new order.
        await page.ClickAsync("#edit-via-1-up");
        route = await DraftRouteAsync(page);
        Assert.True(Math.Abs(route[1][0] - 132.5) < 0.02, $"the new place first: {route[1][0]}");

        // Each via place is one row in the 360 px panel: its name, then its controls, nothing wrapped or cut off.
        var rows = await page.Locator("#edit-via-list .via-stop").EvaluateAllAsync<double[][]>("""
            (stops) => stops.map((li) => { const row = li.querySelector('.place-field > .row');
              const boxes = [...row.children].map((e) => e.getBoundingClientRect());
              const middles = boxes.map((b) => b.top + b.height / 2);
              const name = row.querySelector('.place-value').getBoundingClientRect();
              return [Math.max(...middles) - Math.min(...middles), row.scrollWidth - row.clientWidth, name.width, row.getBoundingClientRect().height]; })
            """);
        Assert.Equal(2, rows.Length);
        foreach (var r in rows)
        {
            Assert.True(r[0] <= 4, $"controls on one line: their middles {r[0]} px apart");
            Assert.True(r[1] <= 0, $"nothing overflows the row: {r[1]} px");
            Assert.True(r[2] >= 80, $"the name has room to be read: {r[2]} px");
            Assert.True(r[3] <= 32, $"one row high: {r[3]} px");
        }

        Assert.Equal("new place at 43.5000, 132.5000", await page.Locator("#edit-via-1-value").GetAttributeAsync("title"));
        await browser.ScreenshotAsync("27-workbench-edit-draft-route");

        // Cancel: the draft goes, the saved route stays.
        await page.ClickAsync("#edit-cancel");
        await Assertions.Expect(page.Locator("#movement-editor")).ToHaveCountAsync(0);
        Assert.Empty(await DraftRouteAsync(page));
        await browser.WaitForRenderAsync();
        orange = (await ColourCountsAsync(browser, await browser.Map.ScreenshotAsync(), ["#f59f00"]))[0];
        Assert.True(orange < 10, $"{orange} orange pixels left on the map");
        using var stored = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}")).TextAsync());
        Assert.Empty(stored.RootElement.GetProperty("properties").GetProperty("via").EnumerateArray());
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
        await Assertions.Expect(page.Locator("#edit-message")).ToHaveTextAsync("The strength range ends below its start: swap the two numbers.");
        await page.FillAsync("#edit-strength-min", "");
        await page.FillAsync("#edit-strength-max", "");
        await page.FillAsync("#edit-start", "2024-10-20");
        await page.FillAsync("#edit-end", "2024-10-18");
        await page.ClickAsync("#edit-save");
        await Assertions.Expect(page.Locator("#edit-message")).ToHaveTextAsync("The last day is before the first day: swap them.");
        await Assertions.Expect(page.Locator("#edit-end")).ToBeFocusedAsync();
        await page.FillAsync("#edit-start", "2024-10-15");
        await page.FillAsync("#edit-end", "2024-10-16");
        await page.FillAsync("#edit-claimed-by", "HUR");
        await page.FillAsync("#edit-claimed-by-country", "U");
        await page.ClickAsync("#edit-save");
        await Assertions.Expect(page.Locator("#edit-message")).ToHaveTextAsync("The source's country is a two-letter ISO code, such as UA or RU.");
        // Two letters that are no country's code: the server refuses it, naming the field, and the form says so.
        await page.FillAsync("#edit-claimed-by-country", "QZ");
        await page.ClickAsync("#edit-save");
        await Assertions.Expect(page.Locator("#edit-message")).ToContainTextAsync("claimedByCountry 'QZ' is no country's ISO 3166-1 code");
        using (var unchanged = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}")).TextAsync()))
        {
            var p = unchanged.RootElement.GetProperty("properties");
            Assert.False(p.TryGetProperty("claimedBy", out var by) && by.ValueKind != JsonValueKind.Null, "nothing saved: no source");
        }

        using (var edits = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}/edits")).TextAsync()))
        {
            Assert.Equal(["create"], edits.RootElement.GetProperty("edits").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        }

        await page.FillAsync("#edit-claimed-by", "");
        await page.FillAsync("#edit-claimed-by-country", "");

        // Someone else corrects the movement while the form is open: saving must not undo that change.
        var other = await page.APIRequest.PatchAsync($"/api/movements/{id}", new()
        {
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = server.AnalystKey },
            DataObject = new { status = "under_way" },
        });
        Assert.Equal(200, other.Status);
        await page.SelectOptionAsync("#edit-status", "planned");
        await page.ClickAsync("#edit-save");
        await Assertions.Expect(page.Locator("#edit-message")).ToContainTextAsync("changed by someone else");
        // Deleting from the same stale form is refused too: the movement stays.
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.ClickAsync("#edit-delete");
        await Assertions.Expect(page.Locator("#edit-message")).ToContainTextAsync("changed by someone else");
        using var stored = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}")).TextAsync());
        Assert.Equal("under_way", stored.RootElement.GetProperty("properties").GetProperty("status").GetString());
        Assert.Equal(1500, stored.RootElement.GetProperty("properties").GetProperty("strength").GetProperty("max").GetInt32());
        // The refused edits: the unknown country (400) and the stale one (412).
        Assert.All(browser.Errors, e => Assert.Matches("40[0]|412", e));
    }

    [Fact]
    public async Task A_movement_added_by_hand_without_a_source_names_none_and_its_key_is_only_in_the_history()
    {
        long id = 0;
        await using var browser = await OpenWithMovementAsync(server, b => AddMovementAsync(b, "Unsourced"), x => id = x);
        var page = browser.Page;
        // The API: no source on the movement nor on its claim; the key is who created it.
        using (var stored = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}")).TextAsync()))
        {
            var m = stored.RootElement.GetProperty("properties");
            Assert.False(m.TryGetProperty("claimedBy", out var by) && by.ValueKind != JsonValueKind.Null, $"claimedBy: {by}");
            Assert.Equal("key:web-tests", m.GetProperty("createdBy").GetString());
            Assert.Empty(m.GetProperty("corroboration").GetProperty("sources").EnumerateArray());
        }

        using (var claims = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/movements/{id}/claims")).TextAsync()))
        {
            var claim = Assert.Single(claims.RootElement.GetProperty("features").EnumerateArray()).GetProperty("properties");
            Assert.Equal(JsonValueKind.Null, claim.GetProperty("source").ValueKind);
        }

        // The panel: "not stated" as the source and in the claim; the key appears in the history only.
        var details = page.Locator("#details");
        await Assertions.Expect(details.Locator("dt:text-is('Source') + dd")).ToHaveTextAsync("not stated");
        await Assertions.Expect(details.Locator(".claims .claim-head")).ToContainTextAsync("source not stated");
        await Assertions.Expect(details.Locator(".history .edit.create")).ToContainTextAsync("web-tests");
        var panelWithoutHistory = await details.EvaluateAsync<string>("d => { const c = d.cloneNode(true); c.querySelector('.history')?.remove(); return c.textContent; }");
        Assert.DoesNotContain("web-tests", panelWithoutHistory, StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
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
        // Via places, in order: a stored place and a gazetteer one, searched, the second moved before the first.
        await page.ClickAsync("#add-via-add");
        await page.FillAsync("#add-via-0-search", "Saltmarsh");
        await page.PressAsync("#add-via-0-search", "Enter");
        await page.Locator("#add-via-0 .candidates button", new() { HasTextRegex = new Regex("^Saltmarsh Depot") }).First.ClickAsync();
        await page.ClickAsync("#add-via-add");
        await page.FillAsync("#add-via-1-search", "Kherson");
        await page.PressAsync("#add-via-1-search", "Enter");
        await page.Locator("#add-via-1 .candidates button", new() { HasTextRegex = new Regex("^Kherson — .*Ukraine · town") }).First.ClickAsync();
        await page.ClickAsync("#add-via-1-up");
        await Assertions.Expect(page.Locator("#add-via-list .place-value")).ToHaveTextAsync(["Kherson (UA)", "Saltmarsh Depot"]);

        // Whose claim it is, as the editor has it.
        await page.FillAsync("#add-claimed-by", "General Staff of Ukraine");
        await page.FillAsync("#add-claimed-by-country", "ua");
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
        await page.FillAsync("#add-report", "999999");
        await page.ClickAsync("#add-save");
        await Assertions.Expect(page.Locator("#add-message")).ToContainTextAsync("reportId 999999 is not a stored report");
        Assert.Equal(before, await browser.ShownIdsAsync());
        await page.FillAsync("#add-report", "");
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
        Assert.Equal(["Kherson", "Saltmarsh Depot"], m.GetProperty("via").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("General Staff of Ukraine", m.GetProperty("claimedBy").GetString());
        Assert.Equal("UA", m.GetProperty("claimedByCountry").GetString());
        Assert.Equal(800, m.GetProperty("strength").GetProperty("max").GetInt32());
        Assert.StartsWith("2024-10-20", m.GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2024-10-22", m.GetProperty("end").GetString(), StringComparison.Ordinal);
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("25-workbench-added");
        Assert.All(browser.Errors, e => Assert.Contains("400", e, StringComparison.Ordinal));
    }

    private async Task AddAsync(BrowserPage browser, object body)
    {
        // A generous timeout: a write checks its countries in the gazetteer, which a server just started may still be loading.
        var response = await browser.Page.APIRequest.PostAsync("/api/movements", new()
        {
            Timeout = 120_000,
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
        var onScreen = await ColourCountsAsync(browser, await browser.Page.ScreenshotAsync(), [russia!, ukraine!]);
        Assert.True(onScreen[0] > 50 && onScreen[1] > 20, $"on screen: {onScreen[0]} Russian and {onScreen[1]} Ukrainian pixels");

        // The server draws the PNG (the basemap at this scale too): under the clean-clone CI's load of ~30 it once took
        // longer than Playwright's default 30 s for a request (2026-12-04), so this one waits longer.
        var png = await (await browser.Page.APIRequest.GetAsync("/api/map.png?bbox=33.5,49.5,37.5,52&from=2024-10-01&to=2024-10-31&size=1000x800", new() { Timeout = 120_000 })).BodyAsync();
        var inPng = await ColourCountsAsync(browser, png, [russia!, ukraine!]);
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
    private static Task<int[]> ColourCountsAsync(BrowserPage browser, byte[] png, string[] colours) =>
        browser.OverPixelsAsync<int[]>([png], """
            ([g], colours) => { const d = g.getImageData(0, 0, g.canvas.width, g.canvas.height).data;
              const rgb = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
              const counts = rgb.map(() => 0);
              for (let i = 0; i < d.length; i += 4) rgb.forEach((x, k) => { if (Math.abs(d[i] - x[0]) < 20 && Math.abs(d[i + 1] - x[1]) < 20 && Math.abs(d[i + 2] - x[2]) < 20) counts[k]++; });
              return counts; }
            """, colours);
}

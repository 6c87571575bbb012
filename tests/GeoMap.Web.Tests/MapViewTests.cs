using System.Globalization;
using System.Text.RegularExpressions;
using GeoMap.Testing;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>Reading flows of the map client against a real server: movements, time range, region query, URL state.</summary>
public sealed class MapViewTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    private const string AllOf2024Autumn = "from=2024-10-01&to=2024-11-30";

    private long[] All => [.. server.Movements.Values.Order()];

    [Fact]
    public async Task Map_shows_the_seeded_movements_with_legend_and_details_on_click()
    {
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");

        Assert.Equal(All, await browser.ShownIdsAsync());
        var legend = await browser.Page.Locator("#legend").InnerTextAsync();
        Assert.Contains("Russia", legend, StringComparison.Ordinal);
        Assert.Contains("North Korea", legend, StringComparison.Ordinal);
        Assert.Contains("China", legend, StringComparison.Ordinal);
        Assert.Contains("planned", legend, StringComparison.Ordinal);
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("01-map-movements");

        // Click the middle of the Vladivostok -> Ussuriysk arrow.
        var (x, y) = await browser.ViewportPixelOfAsync(131.912, 43.45);
        await browser.Page.Mouse.ClickAsync(x, y);
        var details = browser.Page.Locator("#details");
        await Assertions.Expect(details).ToBeVisibleAsync();
        await Assertions.Expect(details).ToContainTextAsync($"Movement #{server.Movements["vladivostok"]}");
        await Assertions.Expect(details).ToContainTextAsync("1,500");
        await Assertions.Expect(details).ToContainTextAsync("according to NIS");
        await Assertions.Expect(details).ToContainTextAsync("Russia moved 1,500 troops from Vladivostok to Ussuriysk.");
        await Assertions.Expect(details).ToContainTextAsync("2024-10-08");
        await Assertions.Expect(details.Locator("#open-report")).ToBeVisibleAsync();
        await Assertions.Expect(details).ToContainTextAsync("None.");
        await browser.ScreenshotAsync("02-movement-details");

        // The map listed the movements without their details (view=map); the click fetched this one in full.
        var requested = await browser.Page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map((e) => e.name)");
        var listings = requested.Where(u => u.Contains("/api/movements?", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(listings);
        Assert.All(listings, u => Assert.Contains("view=map", u, StringComparison.Ordinal));
        Assert.Contains(requested, u => u.EndsWith($"/api/movements/{server.Movements["vladivostok"]}", StringComparison.Ordinal));

        // The legend folds away: in this view it lies over Pyongyang.
        await browser.Page.ClickAsync("#legend summary");
        await Assertions.Expect(browser.Page.Locator("#legend details")).Not.ToHaveAttributeAsync("open", "");
        await Assertions.Expect(browser.Page.Locator("#legend .legend-actors")).ToBeHiddenAsync();

        // A place marker opens the place with the movements touching it, then its gazetteer entry from one of them.
        (x, y) = await browser.ViewportPixelOfAsync(125.7543, 39.0339);
        await browser.Page.Mouse.ClickAsync(x, y);
        await Assertions.Expect(details.Locator("h2")).ToHaveTextAsync("Pyongyang");
        await Assertions.Expect(details).ToContainTextAsync("North Korea: Pyongyang (KP) → Wonsan (KP)");
        await Assertions.Expect(details).ToContainTextAsync("1871859");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_builtin_basemap_fills_the_land_and_leaves_the_sea_open()
    {
        // Zoom 4.6 draws the 1:50m land, coasts and borders, which the draw worker reads from binary shapes files.
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=4.60&{AllOf2024Autumn}");
        await browser.WaitForRenderAsync();

        // Mongolia's steppe and the Yellow Sea's middle are far from any coast, border, movement or label here.
        var colours = await browser.ColoursAtPlacesAsync((104.0, 46.5), (124.0, 35.0));
        Assert.Equal([0xf4, 0xf1, 0xe8], colours[0][..3]);
        Assert.NotEqual([0xf4, 0xf1, 0xe8], colours[1][..3]);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData(1280, 1.0f)]
    [InlineData(1277, 1.5f)]
    public async Task A_link_with_its_view_has_the_first_basemap_drawn_while_the_client_loads_and_shown_in_its_place(int width, float pixelRatio)
    {
        // The link gives the view before the client has loaded: boot.ts has the draw worker draw its land, coasts and
        // borders meanwhile, and the basemap layer's first request takes that image; at a pixel ratio of 1.5 and an odd
        // width too, where OpenLayers rounds the image it asks for to whole device pixels.
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=4.60&{AllOf2024Autumn}", width, pixelRatio);
        await browser.WaitUntilReadyAsync();
        await browser.WaitForRenderAsync();
        var marks = await browser.Page.EvaluateAsync<double[]>("() => ['geomap:basemap asked ahead', 'geomap:start', 'geomap:basemap drawn ahead'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1)");
        Assert.True(marks[0] >= 0 && marks[0] < marks[1], $"basemap asked for at {marks[0]} ms, the client started at {marks[1]} ms");
        Assert.True(marks[2] >= 0, "the basemap layer had its first image drawn anew instead of taking the one asked for ahead");

        // A fresh image of the view puts every coast and border where the image drawn ahead did: one drawn for another
        // size of the map, or placed between pixels (blurred), would not match it. The basemap image alone is compared
        // (every other layer and the legend hidden), so nothing else that changes meanwhile counts.
        var (ahead, fresh) = await browser.AloneAndRedrawnAsync("name", "land, coasts and borders");
        var (differing, coast, all) = await browser.CompareAsync(ahead, fresh, [0x8f, 0xb0, 0xc4], 24);
        var what = $"{differing} of {all} pixels differ; {coast} coast pixels";
        Assert.True(coast > 300, what);
        Assert.True(differing < all / 2000, what);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_link_with_its_view_has_the_place_names_its_zoom_shows_asked_for_by_the_first_chunk_and_each_once()
    {
        // At zoom 4.6 the basemap names countries and cities, not yet regions or towns (basemapLabels.ts): boot.ts asks
        // for those two lists before the rest of the client has loaded, and the label layers take them.
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=4.60&{AllOf2024Autumn}");
        await browser.WaitUntilReadyAsync();
        await browser.WaitForRenderAsync();
        var found = await browser.Page.EvaluateAsync<double[][]>("""
            () => { const start = performance.getEntriesByName('geomap:start')[0].startTime;
              return ['country-labels.json', 'cities.json', 'region-labels.json', 'towns.json'].map((file) => {
                const asked = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/basemap/' + file));
                return [asked.length, asked.length ? asked[0].startTime - start : 0]; }); }
            """);
        var what = string.Join("; ", found.Select(f => $"{f[0]} requests, the first {f[1]:F0} ms from the client's start"));
        Assert.True(found[0][0] == 1 && found[0][1] < 0, what);
        Assert.True(found[1][0] == 1 && found[1][1] < 0, what);
        Assert.True(found[2][0] == 0 && found[3][0] == 0, what);
        // Their names are on the map: a country's (upper case) and a capital's.
        var labelled = await browser.Page.EvaluateAsync<string[]>("""
            () => window.geomap.map.getAllLayers().filter((l) => ['country-labels', 'cities'].includes(l.get('name')))
              .flatMap((l) => l.getSource().getFeatures().map((f) => f.get('name')))
            """);
        Assert.Contains("Seoul", labelled);
        Assert.Contains("Japan", labelled);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_link_without_a_view_draws_the_basemap_of_the_view_fitted_to_the_movements()
    {
        // Without a centre and zoom the view is fitted to the movements once they are counted: nothing is drawn ahead.
        await using var browser = await server.OpenAsync($"/?{AllOf2024Autumn}");
        await browser.WaitUntilReadyAsync();
        await browser.WaitForRenderAsync();
        Assert.Equal(-1, await browser.Page.EvaluateAsync<double>("() => performance.getEntriesByName('geomap:basemap asked ahead')[0]?.startTime ?? -1"));
        // The basemap of the fitted view is drawn: land fills a good part of the map around the movements.
        var box = (await browser.Map.BoundingBoxAsync())!;
        var png = await browser.Page.ScreenshotAsync(new PageScreenshotOptions { Clip = new Clip { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height } });
        var land = await browser.OverPixelsAsync<double>([png], """
            ([g]) => { const d = g.getImageData(0, 0, g.canvas.width, g.canvas.height).data;
              let land = 0; for (let i = 0; i < d.length; i += 4) if (d[i] === 0xf4 && d[i + 1] === 0xf1 && d[i + 2] === 0xe8) land++;
              return land / (d.length / 4); }
            """);
        Assert.True(land > 0.1, $"land covers {land:P1} of the map");
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData(12.0)]
    [InlineData(13.0)]
    [InlineData(14.0)]
    public async Task The_builtin_basemap_alone_at_city_zoom_shows_the_town_its_name_land_and_sea(double zoom)
    {
        // Sevastopol, on the sea, with no movement near it and no basemap package: only the built-in basemap draws here.
        const double lon = 33.521, lat = 44.608;
        await using var browser = await server.OpenAsync(string.Create(CultureInfo.InvariantCulture, $"/?c={lon:F4},{lat:F4}&z={zoom:F2}&{AllOf2024Autumn}"));
        await browser.WaitUntilReadyAsync();
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync(string.Create(CultureInfo.InvariantCulture, $"basemap-city-zoom-{zoom:F0}"));
        var box = (await browser.Map.BoundingBoxAsync())!;
        var (x, y) = await browser.PixelOfAsync(lon, lat);
        // Over the whole map: land (its fill), sea (the map's background) and the coast between them; near the town, its
        // marker (a grey dot on the place) and its name above it (dark text on a white halo).
        var counts = await browser.OverPixelsAsync<int[]>([await browser.Page.ScreenshotAsync()], """
            ([g], { map, at }) => {
              const near = (d, i, rgb, tol) => Math.abs(d[i] - rgb[0]) <= tol && Math.abs(d[i + 1] - rgb[1]) <= tol && Math.abs(d[i + 2] - rgb[2]) <= tol;
              const whole = g.getImageData(map.x, map.y, map.w, map.h).data;
              let land = 0, sea = 0, coast = 0;
              for (let i = 0; i < whole.length; i += 4) {
                if (near(whole, i, [0xf4, 0xf1, 0xe8], 3)) land++;
                else if (near(whole, i, [0xcf, 0xe1, 0xec], 3)) sea++;
                else if (near(whole, i, [0x8f, 0xb0, 0xc4], 24)) coast++;
              }
              const dot = g.getImageData(at.x - 1, at.y - 1, 3, 3).data;
              let grey = 0;
              for (let i = 0; i < dot.length; i += 4) if (near(dot, i, [0x55, 0x55, 0x55], 40)) grey++;
              const label = g.getImageData(at.x - 60, at.y - 20, 120, 16).data;
              let ink = 0;
              for (let i = 0; i < label.length; i += 4) if (label[i] < 110 && label[i + 1] < 110 && label[i + 2] < 110) ink++;
              return [land, sea, coast, grey, ink, whole.length / 4]; }
            """, new
        {
            map = new { x = (int)box.X, y = (int)box.Y, w = (int)box.Width, h = (int)box.Height },
            at = new { x = (int)Math.Round(box.X + x), y = (int)Math.Round(box.Y + y) },
        });
        var (land, sea, coast, grey, ink, all) = (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        var what = $"zoom {zoom}: land {land}, sea {sea}, coast {coast} of {all} pixels; marker {grey} of 9; name {ink} dark pixels";
        Assert.True(land > all / 10, what);
        Assert.True(sea > all / 50, what);
        Assert.True(coast > 100, what);
        Assert.True(grey >= 5, what);
        Assert.True(ink > 20, what);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Close_places_keep_their_markers_and_put_their_labels_on_free_sides()
    {
        // Zoomed out, Vladivostok and Ussuriysk are a dozen pixels apart: both labels cannot sit on the right.
        await using var browser = await server.OpenAsync($"/?c=131.9000,43.4000&z=4.00&{AllOf2024Autumn}");
        await browser.WaitForRenderAsync();
        var sides = await browser.Page.EvaluateAsync<Dictionary<string, string?>>("() => window.geomap.placeLabelSides()");
        Assert.NotNull(sides["Vladivostok"]);
        Assert.NotNull(sides["Ussuriysk"]);
        Assert.NotEqual(sides["Vladivostok"], sides["Ussuriysk"]);

        // Both markers are drawn (white in the middle), not only the one whose label won.
        var colours = await browser.ColoursAtPlacesAsync((131.8735, 43.1056), (131.9511, 43.8019));
        Assert.All(colours, c => Assert.True(c.Take(3).All(v => v >= 245), $"a place marker's white centre: {string.Join(',', c)}"));
        await browser.ScreenshotAsync("03b-close-places-labelled");

        // Zoomed in, there is room on the right for both.
        await browser.Page.EvaluateAsync("() => window.geomap.map.getView().setZoom(7)");
        await browser.WaitForRenderAsync();
        sides = await browser.Page.EvaluateAsync<Dictionary<string, string?>>("() => window.geomap.placeLabelSides()");
        Assert.Equal("right", sides["Vladivostok"]);
        Assert.Equal("right", sides["Ussuriysk"]);
        Assert.Empty(browser.Errors);
    }


    [Fact]
    public async Task Time_range_hides_and_shows_movements_by_their_period()
    {
        await using var browser = await server.OpenAsync("/?c=128.0000,41.5000&z=6.00&from=2024-10-01&to=2024-10-15");
        Assert.Equal([server.Movements["vladivostok"]], await browser.ShownIdsAsync());
        await browser.ScreenshotAsync("03-time-range-early-october");

        await browser.Page.FillAsync("#time-from", "2024-10-16");
        await browser.Page.FillAsync("#time-to", "2024-10-31");
        await Assertions.Expect(browser.Page.Locator("#time-summary")).ToHaveTextAsync("1 of 3 movements in this range.");
        Assert.Equal([server.Movements["wonsan"]], await browser.ShownIdsAsync());
        Assert.Contains("from=2024-10-16&to=2024-10-31", browser.Page.Url, StringComparison.Ordinal);
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("04-time-range-late-october");

        // Overlap, not containment: a range ending on a movement's first day still shows it.
        await browser.Page.FillAsync("#time-from", "2024-11-01");
        await browser.Page.FillAsync("#time-to", "2024-11-05");
        await Assertions.Expect(browser.Page.Locator("#time-summary")).ToHaveTextAsync("1 of 3 movements in this range.");
        Assert.Equal([server.Movements["dandong"]], await browser.ShownIdsAsync());

        await browser.Page.FillAsync("#time-from", "2024-12-01");
        await browser.Page.FillAsync("#time-to", "2024-12-31");
        Assert.Empty(await browser.ShownIdsAsync());

        await browser.Page.ClickAsync("#time-all");
        Assert.Equal(All, await browser.ShownIdsAsync());

        // Playback with a one-week window moves through the data and stops at its end.
        await browser.Page.FillAsync("#time-from", "2024-10-01");
        await browser.Page.FillAsync("#time-to", "2024-10-07");
        Assert.Empty(await browser.ShownIdsAsync());
        await browser.Page.SelectOptionAsync("#time-step", "7");
        await browser.Page.ClickAsync("#time-play");
        await browser.Page.WaitForFunctionAsync($"() => window.geomap.shownIds().includes({server.Movements["vladivostok"]})");
        await browser.Page.WaitForFunctionAsync($"() => window.geomap.shownIds().includes({server.Movements["dandong"]})", null, new() { Timeout = 15_000 });
        await Assertions.Expect(browser.Page.Locator("#time-play")).ToHaveTextAsync("Play", new() { Timeout = 15_000 });
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Strength_labels_sit_on_the_routes_long_enough_to_carry_them()
    {
        await using var browser = await server.OpenAsync($"/?c=131.9000,43.4500&z=9.00&{AllOf2024Autumn}");
        var labels = await browser.Page.EvaluateAsync<Dictionary<string, string>>("() => window.geomap.strengthLabels()");
        Assert.Equal("1,500 · 8–13 Oct", labels[server.Movements["vladivostok"].ToString(CultureInfo.InvariantCulture)]);
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("03c-strength-labels");

        // Zoomed out to a continent, the 78 km route is a few pixels long: no room for its label.
        await browser.Page.EvaluateAsync("() => window.geomap.map.getView().setZoom(4)");
        await browser.WaitForRenderAsync();
        labels = await browser.Page.EvaluateAsync<Dictionary<string, string>>("() => window.geomap.strengthLabels()");
        Assert.False(labels.ContainsKey(server.Movements["vladivostok"].ToString(CultureInfo.InvariantCulture)));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Timeline_counts_the_movements_in_view_shows_the_range_and_a_drag_or_a_click_on_it_sets_the_range()
    {
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        var page = browser.Page;
        // The axis spans the range (two months): one bar per day with movements, 8 and 20 October and 5 November.
        await page.WaitForFunctionAsync("() => document.body.dataset.timeline === 'day:3'");
        var bars = page.Locator("#timeline rect.bar");
        Assert.Equal(["2024-10-08", "2024-10-20", "2024-11-05"], [.. await bars.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.start)")]);
        await Assertions.Expect(page.Locator("#timeline-caption")).ToContainTextAsync("per day in view: 3");
        var window = page.Locator("#timeline rect.window");
        Assert.Equal("2024-10-01", await window.GetAttributeAsync("data-from"));
        Assert.Equal("2024-11-30", await window.GetAttributeAsync("data-to"));

        // Dragging from 18 October to 2 November sets the range to those days: only the Wonsan movement is in it.
        var chart = page.Locator("#timeline svg");
        var box = (await chart.BoundingBoxAsync())!;
        var axisFrom = DateTime.Parse(await chart.GetAttributeAsync("data-from") ?? "", CultureInfo.InvariantCulture);
        var axisTo = DateTime.Parse(await chart.GetAttributeAsync("data-to") ?? "", CultureInfo.InvariantCulture);
        float X(string date) => box.X + (float)(box.Width * (DateTime.Parse(date, CultureInfo.InvariantCulture).AddHours(12) - axisFrom).TotalDays / (axisTo - axisFrom).TotalDays);
        var y = box.Y + 20;
        await page.Mouse.MoveAsync(X("2024-10-18"), y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(X("2024-10-25"), y, new() { Steps = 4 });
        await page.Mouse.MoveAsync(X("2024-11-02"), y, new() { Steps = 4 });
        await page.Mouse.UpAsync();
        Assert.Equal("2024-10-18", await page.InputValueAsync("#time-from"));
        Assert.Equal("2024-11-02", await page.InputValueAsync("#time-to"));
        Assert.Equal([server.Movements["wonsan"]], await browser.ShownIdsAsync());
        Assert.Equal("2024-10-18", await window.GetAttributeAsync("data-from"));
        Assert.Contains("from=2024-10-18&to=2024-11-02", page.Url, StringComparison.Ordinal);
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("04b-timeline-drag");

        // A click on a bar chooses its day.
        await page.Mouse.ClickAsync(X("2024-11-05"), box.Y + box.Height - 20);
        Assert.Equal("2024-11-05", await page.InputValueAsync("#time-from"));
        Assert.Equal("2024-11-05", await page.InputValueAsync("#time-to"));
        Assert.Equal([server.Movements["dandong"]], await browser.ShownIdsAsync());

        // Typing a range moves the window; the arrow keys on the timeline move the range by one bar.
        await page.FillAsync("#time-from", "2024-10-10");
        await page.FillAsync("#time-to", "2024-10-12");
        Assert.Equal("2024-10-10", await window.GetAttributeAsync("data-from"));
        await chart.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("2024-10-11", await page.InputValueAsync("#time-from"));
        Assert.Equal("2024-10-13", await page.InputValueAsync("#time-to"));

        // The counts are of the part of the world in view: over the Atlantic there are none.
        await page.EvaluateAsync("() => window.geomap.map.getView().setCenter(window.geomap.map.getView().getCenter().map((v, i) => i === 0 ? -3500000 : 3000000))");
        await page.WaitForFunctionAsync("() => document.body.dataset.timeline === 'day:0'");
        Assert.Equal(0, await bars.CountAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_pointer_moving_over_a_map_without_photos_reads_no_canvas_pixels()
    {
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        var page = browser.Page;
        await browser.WaitForRenderAsync();
        Assert.Equal("0", await page.EvaluateAsync<string>("() => document.body.dataset.photosShown"));
        // OpenLayers' hit detection reads canvas pixels, and its first use times thousands of reads: with no photo to
        // hit, hovering must not ask for it.
        await page.EvaluateAsync("""
            () => { window.__reads = 0; for (const c of [CanvasRenderingContext2D, OffscreenCanvasRenderingContext2D]) {
              const read = c.prototype.getImageData; c.prototype.getImageData = function (...a) { window.__reads++; return read.apply(this, a); }; } }
            """);
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        for (var i = 0; i < 10; i++)
        {
            await page.Mouse.MoveAsync(box.X + 100 + (i * 60), box.Y + 100 + (i * 30));
        }

        await page.EvaluateAsync("() => new Promise((r) => requestAnimationFrame(() => r(true)))");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__reads"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_timeline_counts_the_view_once_it_rests_and_a_new_move_cancels_a_count_on_its_way()
    {
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        var page = browser.Page;
        await page.WaitForFunctionAsync("() => document.body.dataset.timeline === 'day:3'");
        var asked = 0;
        var cancelled = 0;
        page.Request += (_, r) => { if (r.Url.Contains("/api/movements/timeline", StringComparison.Ordinal)) Interlocked.Increment(ref asked); };
        page.RequestFailed += (_, r) => { if (r.Url.Contains("/api/movements/timeline", StringComparison.Ordinal)) Interlocked.Increment(ref cancelled); };
        const string Pan = "(dx) => { const v = window.geomap.map.getView(); const [x, y] = v.getCenter(); v.setCenter([x + dx * v.getResolution(), y]); }";

        // Five pans 300 ms apart (the pauses of a user's drags): counted once, after the last. The page stamps each
        // pan's end on its own clock: on a loaded machine a pause may stretch past the 600 ms of rest, and a count
        // for that stop is then right; the test allows exactly those.
        await page.EvaluateAsync("() => { window.moveEnds = []; window.geomap.map.on('moveend', () => window.moveEnds.push(performance.now())); }");
        for (var i = 0; i < 5; i++)
        {
            await page.EvaluateAsync(Pan, i % 2 == 0 ? 40 : -40);
            await page.WaitForFunctionAsync($"() => window.moveEnds.length === {i + 1}");
            await page.WaitForTimeoutAsync(300);
        }

        var ends = await page.EvaluateAsync<double[]>("() => window.moveEnds");
        var restedStops = ends.Zip(ends.Skip(1), (a, b) => b - a).Count(gap => gap >= 590);
        for (var waited = 0; Volatile.Read(ref asked) == 0 && waited < 600; waited++)
        {
            await page.WaitForTimeoutAsync(50);
        }

        await page.WaitForTimeoutAsync(900);
        Assert.InRange(asked, 1, 1 + restedStops);
        Assert.InRange(cancelled, 0, restedStops);
        var cancelledBefore = cancelled;

        // A count still on its way (the server slowed here) when the view moves again is cancelled, and the view
        // reached is counted instead: over the Atlantic, none.
        // Only the first count is held: removing the route before the move instead let Chromium send the held request
        // on, and on a loaded machine its answer could come before the move cancelled it.
        using var testOver = new CancellationTokenSource();
        var routed = 0;
        await page.RouteAsync("**/api/movements/timeline**", async route =>
        {
            try
            {
                if (Interlocked.Increment(ref routed) == 1)
                {
                    await Task.Delay(TimeSpan.FromSeconds(60), testOver.Token);
                }

                await route.ContinueAsync();
            }
            catch (Exception e) when (e is PlaywrightException or OperationCanceledException)
            {
                // The page cancelled it meanwhile, or the test is over.
            }
        });
        var askedBefore = asked;
        await page.EvaluateAsync(Pan, 40);
        for (var waited = 0; Volatile.Read(ref asked) == askedBefore && waited < 600; waited++)
        {
            await page.WaitForTimeoutAsync(50);
        }

        Assert.Equal(askedBefore + 1, asked);
        await page.EvaluateAsync("() => window.geomap.map.getView().setCenter([-3500000, 3000000])");
        await page.WaitForFunctionAsync("() => document.body.dataset.timeline === 'day:0'");
        await testOver.CancelAsync();
        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
        Assert.Equal(cancelledBefore + 1, cancelled);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_clicks_that_draw_a_query_box_open_nothing_under_them()
    {
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        await browser.WaitForRenderAsync();
        await browser.Page.ClickAsync("summary:has-text('Region query')");
        await browser.Page.ClickAsync("#draw-box");
        // The box's first corner on Pyongyang's marker, its last (the click that ends the drawing) on Wonsan's.
        var (x1, y1) = await browser.ViewportPixelOfAsync(125.7543, 39.0339);
        var (x2, y2) = await browser.ViewportPixelOfAsync(127.4436, 39.1528);
        // Each click alone, as a user's: OpenLayers makes two clicks within 250 ms one double click, wherever they are.
        await browser.Page.Mouse.ClickAsync(x1, y1);
        await browser.Page.WaitForTimeoutAsync(400);
        await browser.Page.Mouse.MoveAsync(x2, y2, new() { Steps = 5 });
        await browser.Page.Mouse.ClickAsync(x2, y2);
        await Assertions.Expect(browser.Page.Locator("#query-summary")).ToContainTextAsync("in the box");

        // OpenLayers tells a single click 250 ms after it: neither place opened then.
        await browser.Page.WaitForTimeoutAsync(800);
        await Assertions.Expect(browser.Page.Locator("#details")).ToBeHiddenAsync();

        // The drawing done, a click on a marker opens its place again.
        await browser.Page.Mouse.ClickAsync(x1, y1);
        await Assertions.Expect(browser.Page.Locator("#details h2")).ToHaveTextAsync("Pyongyang");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Drawn_box_and_named_region_query_the_movements_inside_them()
    {
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        await browser.Page.ClickAsync("summary:has-text('Region query')");
        await browser.Page.ClickAsync("#draw-box");
        var (x1, y1) = await browser.ViewportPixelOfAsync(129.5, 45.5);
        var (x2, y2) = await browser.ViewportPixelOfAsync(133.5, 42.0);
        await browser.Page.Mouse.ClickAsync(x1, y1);
        await browser.Page.Mouse.MoveAsync((x1 + x2) / 2, (y1 + y2) / 2, new() { Steps = 5 });
        await browser.Page.Mouse.MoveAsync(x2, y2, new() { Steps = 5 });
        await browser.Page.Mouse.ClickAsync(x2, y2);

        var summary = browser.Page.Locator("#query-summary");
        await Assertions.Expect(summary).ToContainTextAsync("1 movement in the box");
        var listed = await browser.Page.Locator("#query-results [data-movement]").EvaluateAllAsync<long[]>("els => els.map(e => Number(e.dataset.movement))");
        Assert.Equal([server.Movements["vladivostok"]], listed);
        // The timeline counts the movements in the queried area, not in the view (which shows all three).
        await TimelineBarsAsync(browser, "the box", "2024-10-08");
        await browser.ScreenshotAsync("05-region-query-box");

        var csvHref = await browser.Page.Locator("#download-csv").GetAttributeAsync("href");
        var csv = await (await browser.Page.APIRequest.GetAsync(csvHref!)).TextAsync();
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains("Ussuriysk", rows[1], StringComparison.Ordinal);
        var geojson = await (await browser.Page.APIRequest.GetAsync((await browser.Page.Locator("#download-geojson").GetAttributeAsync("href"))!)).TextAsync();
        Assert.Contains("\"FeatureCollection\"", geojson, StringComparison.Ordinal);
        Assert.DoesNotContain("Wonsan", geojson, StringComparison.Ordinal);

        // A polygon around Pyongyang and Wonsan.
        await browser.Page.ClickAsync("#draw-polygon");
        foreach (var (lon, lat) in new[] { (124.5, 40.5), (128.5, 40.5), (128.5, 38.0), (124.5, 38.0) })
        {
            var (x, y) = await browser.ViewportPixelOfAsync(lon, lat);
            await browser.Page.Mouse.ClickAsync(x, y);
        }

        // The last vertex clicked again ends the polygon; a second click 100 ms later makes a double click of the two
        // (OpenLayers: 250 ms at most), which must not zoom the map once the drawing has gone.
        var (fx, fy) = await browser.ViewportPixelOfAsync(124.5, 38.0);
        await browser.Page.Mouse.ClickAsync(fx, fy);
        await browser.Page.WaitForTimeoutAsync(100);
        await browser.Page.Mouse.ClickAsync(fx, fy);
        await Assertions.Expect(summary).ToContainTextAsync("1 movement in the polygon");
        await browser.Page.WaitForTimeoutAsync(600);
        Assert.Equal(6.0, await browser.Page.EvaluateAsync<double>("() => window.geomap.map.getView().getZoom()"), 6);
        listed = await browser.Page.Locator("#query-results [data-movement]").EvaluateAllAsync<long[]>("els => els.map(e => Number(e.dataset.movement))");
        Assert.Equal([server.Movements["wonsan"]], listed);
        await TimelineBarsAsync(browser, "the polygon", "2024-10-20");

        // A region picked by its Russian name.
        await browser.Page.FillAsync("#region-name", "Приморский");
        await browser.Page.ClickAsync("#region-results button:has-text('Primorsky Krai')");
        await Assertions.Expect(summary).ToContainTextAsync("1 movement in Primorsky Krai");
        listed = await browser.Page.Locator("#query-results [data-movement]").EvaluateAllAsync<long[]>("els => els.map(e => Number(e.dataset.movement))");
        Assert.Equal([server.Movements["vladivostok"]], listed);
        await TimelineBarsAsync(browser, "Primorsky Krai", "2024-10-08");
        // A pan does not change the region's counts.
        await browser.Page.EvaluateAsync("() => window.geomap.map.getView().setCenter(window.geomap.map.getView().getCenter().map((v) => v + 200000))");
        await browser.WaitForRenderAsync();
        await TimelineBarsAsync(browser, "Primorsky Krai", "2024-10-08");
        await browser.ScreenshotAsync("06-region-query-by-name");

        // Clicking a result opens its details.
        await browser.Page.ClickAsync($"#query-results [data-movement='{server.Movements["vladivostok"]}']");
        await Assertions.Expect(browser.Page.Locator("#details")).ToContainTextAsync("Ussuriysk");

        // Cleared, the timeline counts in view again.
        await browser.Page.ClickAsync("#query-clear");
        await browser.Page.EvaluateAsync("() => window.geomap.map.getView().setCenter(window.geomap.map.getView().getCenter().map((v) => v - 200000))");
        await TimelineBarsAsync(browser, "view", "2024-10-08", "2024-10-20", "2024-11-05");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_query_cleared_before_its_answer_arrives_lists_nothing()
    {
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        // The region's movements answered slowly, so that Clear comes first.
        await browser.Page.RouteAsync("**/api/movements?*region=*", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        await browser.Page.ClickAsync("summary:has-text('Region query')");
        await browser.Page.FillAsync("#region-name", "Primorsky");
        await browser.Page.ClickAsync("#region-results button:has-text('Primorsky Krai')");
        await Assertions.Expect(browser.Page.Locator("#query-summary")).ToContainTextAsync("Querying Primorsky Krai");
        await browser.Page.ClickAsync("#query-clear");
        // Long enough for the answer to have come and been dropped.
        await browser.Page.WaitForTimeoutAsync(2500);
        Assert.Equal(0, await browser.Page.Locator("#query-results [data-movement]").CountAsync());
        Assert.Equal("", await browser.Page.Locator("#query-summary").TextContentAsync());
        Assert.Empty(browser.Errors);
    }

    /// <summary>Waits until the timeline's bars are the days given and its caption says where it counts.</summary>
    private static async Task TimelineBarsAsync(BrowserPage browser, string where, params string[] days)
    {
        try
        {
            await browser.Page.WaitForFunctionAsync(
                "days => JSON.stringify([...document.querySelectorAll('#timeline rect.bar')].map(b => b.dataset.start)) === JSON.stringify(days)", days);
        }
        catch (TimeoutException)
        {
            // What the page shows instead: the bars, the caption, the status line, the view and any error.
            var seen = await browser.Page.EvaluateAsync<string>(
                "() => JSON.stringify({ bars: [...document.querySelectorAll('#timeline rect.bar')].map(b => b.dataset.start), caption: document.getElementById('timeline-caption')?.textContent, status: document.getElementById('status')?.textContent, timeline: document.body.dataset.timeline, url: location.search })");
            throw new TimeoutException($"the timeline did not show the days {string.Join(", ", days)} in {where}: the page has {seen}; errors: {string.Join("; ", browser.Errors)}");
        }
        await Assertions.Expect(browser.Page.Locator("#timeline-caption")).ToContainTextAsync($"per day in {where}: {days.Length}");
    }

    [Fact]
    public async Task A_shared_link_keeps_the_selected_movement_and_the_queried_area()
    {
        var vladivostok = server.Movements["vladivostok"];
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        var page = browser.Page;
        await page.ClickAsync("summary:has-text('Region query')");
        await page.FillAsync("#region-name", "Primorsky");
        await page.ClickAsync("#region-results button:has-text('Primorsky Krai')");
        await Assertions.Expect(page.Locator("#query-summary")).ToContainTextAsync("1 movement in Primorsky Krai");
        await page.EvaluateAsync($"() => window.geomap.openMovement({vladivostok})");
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync($"Movement #{vladivostok}");
        await page.WaitForFunctionAsync($"() => location.search.includes('m={vladivostok}') && location.search.includes('qr=RU-PRI')");

        // Whoever opens the link sees the same movement open and the same query answered.
        await using var other = await server.OpenAsync("/" + new Uri(page.Url).Query);
        await Assertions.Expect(other.Page.Locator("#details h2")).ToHaveTextAsync($"Movement #{vladivostok}");
        await Assertions.Expect(other.Page.Locator("#query-summary")).ToContainTextAsync("1 movement in Primorsky Krai");
        await Assertions.Expect(other.Page.Locator("#query-results button")).ToHaveCountAsync(1);

        // Closing the details drops the movement from the link; the area stays.
        await other.Page.Keyboard.PressAsync("Escape");
        await other.Page.WaitForFunctionAsync($"() => !location.search.includes('m={vladivostok}') && location.search.includes('qr=RU-PRI')");

        // A drawn area travels as its corners: a box around Pyongyang and Wonsan finds the North Korean movement.
        await using var drawn = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}&qg=125,38.5;128,38.5;128,40;125,40");
        await Assertions.Expect(drawn.Page.Locator("#query-summary")).ToContainTextAsync("1 movement in the shared area");
        await Assertions.Expect(drawn.Page.Locator($"#query-results button[data-movement='{server.Movements["wonsan"]}']")).ToHaveCountAsync(1);
        Assert.Contains("qg=125,38.5;128,38.5;128,40;125,40", drawn.Page.Url, StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
        Assert.Empty(other.Errors);
        Assert.Empty(drawn.Errors);
    }

    [Fact]
    public async Task Url_keeps_centre_zoom_and_range_across_a_reload()
    {
        await using var browser = await server.OpenAsync("/?c=131.5000,43.5000&z=7.00&from=2024-10-01&to=2024-10-15");
        Assert.Equal([server.Movements["vladivostok"]], await browser.ShownIdsAsync());
        Assert.Contains("c=131.5000,43.5000&z=7.00&from=2024-10-01&to=2024-10-15", browser.Page.Url, StringComparison.Ordinal);

        // Pan with the keyboard: the URL follows the view.
        await browser.Page.FocusAsync("#map");
        await browser.Page.Keyboard.PressAsync("ArrowRight");
        await browser.Page.Keyboard.PressAsync("ArrowRight");
        await browser.Page.Keyboard.PressAsync("+");
        await browser.Page.WaitForFunctionAsync("() => !location.search.includes('c=131.5000,43.5000&z=7.00')");
        await Task.Delay(600);
        var shared = new Uri(browser.Page.Url).Query;
        var match = Regex.Match(shared, @"c=(-?[\d.]+),(-?[\d.]+)&z=([\d.]+)");
        Assert.True(match.Success, shared);
        var lon = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(lon > 131.5, $"panning east should move the centre east: {shared}");

        // A fresh page on the shared URL shows the same view and range.
        await using var other = await server.OpenAsync("/" + shared);
        Assert.Equal(shared, new Uri(other.Page.Url).Query);
        var view = await other.Page.EvaluateAsync<double[]>("() => { const v = window.geomap.map.getView(); return [v.getZoom(), window.geomap.range().from, window.geomap.range().to]; }");
        Assert.Equal(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), view[0], 2);
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), (long)view[1]);
        Assert.Equal("2024-10-15", await other.Page.InputValueAsync("#time-to"));
        Assert.Equal([server.Movements["vladivostok"]], await other.ShownIdsAsync());
        await other.ScreenshotAsync("07-url-state-restored");

        await other.Page.ReloadAsync();
        await other.WaitUntilReadyAsync();
        Assert.Equal(shared, new Uri(other.Page.Url).Query);
        Assert.Empty(browser.Errors);
        Assert.Empty(other.Errors);
    }

    [Fact]
    public async Task The_client_gives_the_actors_of_a_map_the_colours_of_the_shared_case_table()
    {
        // data/style/actor-colours.cases.json: GeoMap.Rendering's ActorPalette answers the same cases (StylingTests), so
        // a briefing image and the screen colour the actors of one map alike.
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        foreach (var expected in ActorColourCases.All)
        {
            var colours = await browser.Page.EvaluateAsync<Dictionary<string, string>>(
                "(actors) => Object.fromEntries(window.geomap.assignColours(actors))", expected.Actors);
            Assert.Equal(expected.Colours.OrderBy(c => c.Key, StringComparer.Ordinal), colours.OrderBy(c => c.Key, StringComparer.Ordinal));
        }

        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_client_lists_the_actors_of_a_map_in_the_legend_order_of_the_shared_case_table()
    {
        // data/style/actor-colours.cases.json's 'legend': GeoMap.Rendering's ActorPalette.LegendOrder answers the same
        // cases (StylingTests), so the briefing image and the screen list one map's actors alike.
        await using var browser = await server.OpenAsync($"/?c=128.0000,41.5000&z=6.00&{AllOf2024Autumn}");
        foreach (var expected in ActorColourCases.All.Where(c => c.Legend is not null))
        {
            var order = await browser.Page.EvaluateAsync<string?[]>("(actors) => window.geomap.legendOrder(actors)", expected.Actors);
            Assert.Equal<IEnumerable<string?>>(expected.Legend!, order);
        }

        Assert.Empty(browser.Errors);
    }
}

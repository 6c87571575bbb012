using System.Globalization;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>
/// More movements than the map lists (2,000), so the client draws vector tiles: flows at low zoom, every movement from
/// the detail zoom on, and a legend of what the tiles in view draw. The end-to-end counterpart of the tile API tests.
/// </summary>
public sealed class TileModeTests(TileModeFixture server) : IClassFixture<TileModeFixture>
{
    [Fact]
    public async Task Low_zoom_draws_flows_and_the_detail_zoom_draws_movements_with_a_legend_of_what_is_in_view()
    {
        await using var overview = await server.OpenAsync("/");
        await overview.WaitForRenderAsync();
        await Assertions.Expect(overview.Page.Locator("#status")).ToContainTextAsync("drawn from tiles");
        // Nothing is listed: the worker is not asked for an image of the listed movements (an empty one delayed the flows').
        Assert.False(await overview.Page.EvaluateAsync<bool>("() => window.geomap.map.getLayers().getArray().some((l) => l.get('title') === 'Movements' && !!l.get('redraw') && l.getVisible())"));
        // Flows are not movements: nothing is "shown" by id, but the legend names the actors of the flows in view.
        Assert.Empty(await overview.ShownIdsAsync());
        await Assertions.Expect(overview.Page.Locator("#legend .legend-actors")).ToContainTextAsync("Mali");
        Assert.Equal(0, await overview.Page.Locator("#legend [data-symbol=destination-only]").CountAsync());
        // The counts written at large flows' heads are explained; flows mark no places.
        await Assertions.Expect(overview.Page.Locator("#legend [data-symbol=flow-count]")).ToContainTextAsync("movements along a flow");
        Assert.Equal(0, await overview.Page.Locator("#legend [data-symbol=place]").CountAsync());
        Assert.Empty(overview.Errors);

        // At the lone arrival, zoomed in: the movement known only by its destination, and its symbol in the legend.
        await using var detail = await server.OpenAsync(
            FormattableString.Invariant($"/?c={TileModeFixture.LoneLon},{TileModeFixture.LoneLat}&z=9.00&from=2024-01-01&to=2024-12-31"));
        await detail.WaitForRenderAsync();
        await Assertions.Expect(detail.Page.Locator("#legend [data-symbol=destination-only]")).ToHaveCountAsync(1);
        Assert.Equal([server.LoneId], await detail.ShownIdsAsync());
        await Assertions.Expect(detail.Page.Locator("#legend .legend-actors")).ToContainTextAsync("Burkina Faso");
        await Assertions.Expect(detail.Page.Locator("#legend .legend-actors")).Not.ToContainTextAsync("Mali");
        // Detail tiles mark places, and draw no flows.
        await Assertions.Expect(detail.Page.Locator("#legend [data-symbol=place]")).ToHaveCountAsync(1);
        Assert.Equal(0, await detail.Page.Locator("#legend [data-symbol=flow-count]").CountAsync());
        Assert.Empty(detail.Errors);
    }

    [Fact]
    public async Task The_first_summary_is_asked_for_once_before_the_clients_script_has_arrived()
    {
        await using var page = await server.OpenAsync("/");
        await page.WaitForRenderAsync();
        var timing = await page.Page.EvaluateAsync<double[]>("""
            () => { const all = performance.getEntriesByType('resource');
              const summaries = all.filter((e) => e.name.endsWith('/tiles/movements/tilejson.json?'));
              const script = all.find((e) => e.initiatorType === 'script' && /\/assets\/index-[^/]*\.js$/.test(e.name));
              return [summaries.length, summaries[0]?.startTime ?? -1, script?.responseEnd ?? -1]; }
            """);
        Assert.Equal(1, timing[0]);
        Assert.True(timing[2] > 0, "the bundle's timing");
        Assert.True(timing[1] < timing[2], $"summary asked for at {timing[1]} ms, bundle arrived at {timing[2]} ms");
    }

    [Fact]
    public async Task The_draw_worker_handles_the_requests_it_is_started_with_before_any_message()
    {
        // The page gives the worker the first view's basemap files in its name (drawClient.ts: messages posted before
        // it has started wait for a task of the page's main thread, busy then with the main chunk and first frames). A
        // second worker of the page's own script, started with one file to fetch and sent nothing, fetches it.
        // An image asked for in the name is drawn too (boot.ts: the first view's basemap), and the images asked for
        // after it, by messages, of another size and of the first size again, each come at their size with the borders
        // drawn: the worker draws on two canvases in turn, made ready ahead.
        await using var page = await server.OpenAsync("/");
        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Page.Request += (_, r) => { if (r.Url.EndsWith("/basemap/region-borders.3857.bin?started", StringComparison.Ordinal)) asked.TrySetResult(r.Url); };
        var images = page.Page.EvaluateAsync<string>("""
            () => new Promise((resolve, reject) => {
              const script = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/assets\/drawWorker-[^/]*\.js$/.test(n));
              // North-east Asia at about zoom 4 (EPSG:3857), where first-level region borders are many.
              const frame = { extent: [12000000, 3500000, 16000000, 6500000], resolution: 10000, pixelRatio: 1 };
              const render = (id, width, height) => ({ type: 'render', channel: `test-${id}`, id, names: ['test-borders'], frame, width, height });
              const startup = [
                { type: 'file', name: 'test-borders', url: '/basemap/region-borders.3857.bin?started', paint: { kind: 'stroke', colour: '#000000', width: 1 } },
                { type: 'prefetch', names: ['test-borders'] },
                render(1, 400, 300),
              ];
              const worker = (window.startedWorker = new Worker(script, { type: 'module', name: JSON.stringify(startup) }));
              const seen = [];
              worker.onmessage = (e) => {
                const m = e.data;
                if (m.type === 'error') reject(new Error(m.message));
                if (m.type !== 'image') return;
                const canvas = new OffscreenCanvas(m.bitmap.width, m.bitmap.height);
                const ctx = canvas.getContext('2d');
                ctx.drawImage(m.bitmap, 0, 0);
                const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
                let inked = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
                seen.push(`${m.ids.join('+')}: ${m.bitmap.width}x${m.bitmap.height} ${inked > 500 ? 'inked' : `${inked} px inked`}`);
                if (m.ids[0] === 1) { worker.postMessage(render(2, 320, 200)); }
                else if (m.ids[0] === 2) { worker.postMessage(render(3, 400, 300)); }
                else resolve(seen.join('; '));
              };
            })
            """);
        Assert.EndsWith("?started", await asked.Task.WaitAsync(TimeSpan.FromSeconds(60)), StringComparison.Ordinal);
        Assert.Equal("1: 400x300 inked; 2: 320x200 inked; 3: 400x300 inked", await images.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_draw_worker_says_it_is_warm_first_and_the_client_waits_for_it_before_loading_the_map()
    {
        // The worker's first drawing waits for two tasks of the page's main thread (Chromium sets up a worker's canvas
        // from there): boot.ts loads the rest of the client once the worker has drawn once, or after 300 ms.
        await using var page = await server.OpenAsync("/");
        await page.WaitForRenderAsync();
        var marks = await page.Page.EvaluateAsync<double[]>("""
            () => ['geomap:boot', 'geomap:worker warm', 'geomap:start'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1)
            """);
        var (boot, warm, start) = (marks[0], marks[1], marks[2]);
        Assert.True(warm > 0, "the worker said it was warm");
        // On a loaded machine the worker may take longer than the 300 ms the client waits for it.
        Assert.True(start > Math.Min(warm, boot + 300), $"boot at {boot} ms, warm at {warm} ms, the map client started at {start} ms");

        // A worker of the page's own script says so first, before any image.
        var first = await page.Page.EvaluateAsync<string>("""
            () => new Promise((resolve) => {
              const script = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/assets\/drawWorker-[^/]*\.js$/.test(n));
              const worker = new Worker(script, { type: 'module', name: '[]' });
              worker.onmessage = (e) => { resolve(JSON.stringify(e.data)); worker.terminate(); };
            })
            """);
        Assert.Equal("""{"type":"warm"}""", first);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task The_map_client_loads_when_the_draw_worker_never_starts()
    {
        // Without a word from the worker (its script refused here), boot.ts loads the rest of the client (at once, or
        // after 300 ms), whose first load says that the worker did not start.
        await using var session = await server.NewPageAsync();
        var page = session.Page;
        await page.RouteAsync(new System.Text.RegularExpressions.Regex("/assets/drawWorker-[^/]*\\.js"), route => route.AbortAsync());
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('geomap:start').length === 1", null, new() { Timeout = 30_000 });
        Assert.Empty(await page.EvaluateAsync<double[]>("() => performance.getEntriesByName('geomap:worker warm').map((m) => m.startTime)"));
        Assert.NotEqual("", await page.Locator("#time-range").InnerHTMLAsync());
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("drawing worker did not start", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_flow_tile_that_never_answers_does_not_hold_the_map()
    {
        // One of the first view's flow tiles (their address carries the range) is held for the whole test: after 15 s
        // (movementTiles.ts tileTimeoutMs) the flows' image stops waiting for it and is drawn with the others' flows.
        var held = await LoadHoldingOneTileAsync("/", "/tiles/movements/\\d+/\\d+/\\d+\\.mvt\\?from=", async page =>
        {
            var sent = await page.EvaluateAsync<int>("() => performance.getEntriesByName('geomap:flows sent').length");
            Assert.True(sent >= 1, "the other tiles' flows were sent to the worker");
        });
        Assert.True(held >= 2, $"{held} flow tiles asked for");
    }

    [Fact]
    public async Task A_detail_tile_that_never_answers_does_not_hold_the_map()
    {
        // At a detail zoom, one of the view's detail tiles (no range in their address) is held for the whole test: after
        // 15 s (movementTiles.ts tileTimeoutMs) OpenLayers counts it failed and the map's render completes without it.
        var held = await LoadHoldingOneTileAsync("/?c=22.55,13.25&z=8.50&from=2024-01-01&to=2024-12-31", "/tiles/movements/\\d+/\\d+/\\d+\\.mvt$", _ => Task.CompletedTask);
        Assert.True(held >= 1, "a detail tile was asked for");
    }

    /// <summary>
    /// Loads a page whose first request matching the pattern never answers (aborted once the checks are done) and waits
    /// for the map's first render, then runs the checks while that request is still held; how many requests matched.
    /// </summary>
    private async Task<int> LoadHoldingOneTileAsync(string url, string pattern, Func<IPage, Task> whileHeld)
    {
        await using var session = await server.NewPageAsync();
        var page = session.Page;
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = 0;
        await page.RouteAsync(new System.Text.RegularExpressions.Regex(pattern), async route =>
        {
            if (Interlocked.Increment(ref held) == 1)
            {
                await released.Task;
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        try
        {
            await page.GotoAsync(url);
            await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new() { Timeout = 90_000 });
            await whileHeld(page);
        }
        finally
        {
            released.TrySetResult();
        }

        return held;
    }

    [Fact]
    public async Task A_link_with_its_view_and_range_has_the_first_flow_tiles_asked_for_by_the_first_chunk_and_each_once()
    {
        // The link gives the view and the range: boot.ts asks for the first view's flow tiles as soon as the summary
        // says the movements are drawn from tiles, and the flows' image takes them instead of asking again.
        await using var page = await server.OpenAsync(FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=7.00&from=2024-08-01&to=2024-08-08"));
        await page.WaitUntilReadyAsync();
        await page.WaitForRenderAsync();
        var found = await page.Page.EvaluateAsync<double[]>("""
            () => { const tiles = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/tiles\/movements\/\d+\/\d+\/\d+\.mvt/.test(n));
              return [tiles.length, new Set(tiles).size, performance.getEntriesByName('geomap:flow tiles asked ahead').length, performance.getEntriesByName('geomap:flow tile').length]; }
            """);
        var what = $"{found[0]} flow tile requests, {found[1]} tiles, asked ahead {found[2]} times, {found[3]} tiles read";
        Assert.True(found[2] == 1, what);
        Assert.True(found[3] >= 2, what);
        Assert.True(found[0] == found[1], what);
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.geomap.flowLines().length > 0"), "no flow drawn in view");
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_link_with_its_view_and_range_has_the_first_flows_drawn_while_the_client_loads_and_shown_in_their_place()
    {
        // boot.ts has the first view's flow tiles read while the draw worker starts and the worker draw them
        // (flowTiles.ts): the flows' layer takes that image, and the page does not send the worker the flows again.
        await using var page = await server.OpenAsync(FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=7.00&from=2024-08-01&to=2024-08-08"));
        await page.WaitUntilReadyAsync();
        await page.WaitForRenderAsync();
        var marks = await page.Page.EvaluateAsync<int[]>("() => ['geomap:flows asked ahead', 'geomap:flows drawn ahead', 'geomap:flows sent'].map((n) => performance.getEntriesByName(n).length)");
        Assert.Equal([1, 1, 0], marks);

        // A fresh image of the flows (every other layer and the legend hidden) has every flow where the image drawn ahead
        // has it, in Sudan's colour: one drawn for another view, or before the map's actors had their colours, would not.
        var (ahead, fresh) = await page.AloneAndRedrawnAsync("title", "Movement flows (drawn)");
        var sudan = (await MapColoursAsync(page)).Colours["sudan"];
        var rgb = new[] { 1, 3, 5 }.Select(i => Convert.ToInt32(sudan.Substring(i, 2), 16)).ToArray();
        var (differing, inSudans, all) = await page.CompareAsync(ahead, fresh, rgb, 24);
        var what = $"{differing} of {all} pixels differ; {inSudans} in Sudan's colour {sudan}";
        Assert.True(inSudans > 100, what);
        Assert.True(differing < all / 2000, what);
        Assert.Empty(page.Errors);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_flow_tile_of_the_first_view_that_fails_is_asked_for_again_and_the_page_sends_the_flows(int failures)
    {
        // The first answer for one of the first view's flow tiles is a server error: nothing is drawn ahead (the worker
        // would draw a view with a hole), the flows' layer asks for that tile again and sends the worker the flows. When
        // that answer is an error too (a server error passes), the tile is asked for a third time after a wait.
        string? failing = null;
        var (session, asked) = await LoadWithFailingTilesAsync(
            FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=7.00&from=2024-08-01&to=2024-08-08"),
            "/tiles/movements/\\d+/\\d+/\\d+\\.mvt\\?from=", 500,
            (url, nth) => (Interlocked.CompareExchange(ref failing, url, null) ?? url) == url && nth <= failures);
        await using (session)
        {
            var page = session.Page;
            var marks = await page.EvaluateAsync<int[]>("() => ['geomap:flow tiles asked ahead', 'geomap:flows asked ahead', 'geomap:flows sent'].map((n) => performance.getEntriesByName(n).length)");
            Assert.Equal([1, 0, 1], marks);
            var again = asked.Where(a => a.Value > 1).Select(a => (a.Key, a.Value)).ToArray();
            Assert.True(again.Length == 1 && again[0] == (failing, failures + 1), $"asked for: {string.Join(", ", asked)}");
            Assert.True(await page.EvaluateAsync<bool>("() => window.geomap.flowLines().length > 0"), "no flow drawn in view");
            // The tile answered in the end: the status line says nothing of it; the failed answers are the page's only errors.
            await AssertQuietAfterFailuresAsync(session, "500");
        }
    }

    [Fact]
    public async Task Detail_tiles_whose_first_answer_is_a_server_error_are_asked_for_again_and_drawn()
    {
        // Every detail tile's first answer is a 503 (a server restarting, its database away): each is asked for again
        // after a wait, and the lone arrival's is drawn; the status line says nothing of them.
        var (session, asked) = await LoadWithFailingTilesAsync(
            FormattableString.Invariant($"/?c={TileModeFixture.LoneLon},{TileModeFixture.LoneLat}&z=9.00&from=2024-01-01&to=2024-12-31"),
            "/tiles/movements/\\d+/\\d+/\\d+\\.mvt$", 503, (_, nth) => nth == 1);
        await using (session)
        {
            await session.Page.WaitForFunctionAsync($"() => window.geomap.shownIds().includes({server.LoneId})", null, new() { Timeout = 30_000 });
            Assert.NotEmpty(asked);
            Assert.All(asked, a => Assert.Equal(2, a.Value));
            await AssertQuietAfterFailuresAsync(session, "503");
        }
    }

    /// <summary>
    /// Loads a page whose tile requests matching the pattern are answered with <paramref name="status"/> where
    /// <paramref name="fails"/> says so (given the address and which request for it this is, 1 the first), else by
    /// the server, and waits for its first render; how many times each address was asked for.
    /// </summary>
    private async Task<(BrowserPage Session, System.Collections.Concurrent.ConcurrentDictionary<string, int> Asked)> LoadWithFailingTilesAsync(
        string url, string pattern, int status, Func<string, int, bool> fails)
    {
        var session = await server.NewPageAsync();
        var asked = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        try
        {
            await session.Page.RouteAsync(new System.Text.RegularExpressions.Regex(pattern), async route =>
            {
                var nth = asked.AddOrUpdate(route.Request.Url, 1, (_, n) => n + 1);
                if (fails(route.Request.Url, nth)) await route.FulfillAsync(new() { Status = status, Body = "failed on purpose" });
                else await route.ContinueAsync();
            });
            await session.Page.GotoAsync(url);
            await session.Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new() { Timeout = 60_000 });
            return (session, asked);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>The tiles answered in the end: the status line says nothing of them, and the failed answers are the page's only errors.</summary>
    private static async Task AssertQuietAfterFailuresAsync(BrowserPage session, string status)
    {
        Assert.DoesNotContain("Could not", await session.Page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.All(session.Errors, e => Assert.Contains(status, e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Flow_tiles_arriving_one_after_another_are_drawn_once_they_are_all_in()
    {
        // The first view's flow tiles come back 20 ms apart (held by the test): the flows' image waits for every tile
        // of the view (movementTiles.ts prepareFlows), so the worker is sent the flows once, after the last, not once
        // per tile.
        await using var session = await server.NewPageAsync();
        var page = session.Page;
        var asked = 0;
        await page.RouteAsync(new System.Text.RegularExpressions.Regex("/tiles/movements/\\d+/\\d+/\\d+\\.mvt"), async route =>
        {
            var order = Interlocked.Increment(ref asked);
            await Task.Delay(1000 + (order * 20));
            await route.ContinueAsync();
        });
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new() { Timeout = 60_000 });

        var marks = await page.EvaluateAsync<double[][]>("""
            () => ['geomap:flow tile', 'geomap:flows sent'].map((n) => performance.getEntriesByName(n).map((m) => m.startTime))
            """);
        var (read, sent) = (marks[0], marks[1]);
        Assert.True(read.Length >= 4, $"{read.Length} flow tiles read");
        Assert.Single(sent);
        Assert.True(sent[0] >= read.Max(), $"flows sent at {sent[0]} ms, the last tile read at {read.Max()} ms");
    }

    [Fact]
    public async Task A_pan_within_the_flows_image_fetches_the_tiles_it_brings_into_view_and_draws_them()
    {
        // The flows' image covers 1.5 times the view, so a short pan asks OpenLayers for no new image; the tiles the pan
        // brings into view are fetched all the same once the view rests, and the image is drawn again with them.
        // The view's right edge is put 5 px short of the next zoom-7 tile column beyond it, then moved 40 px on.
        await using var page = await server.OpenAsync(FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=7.00&from=2024-08-01&to=2024-08-08"));
        await page.WaitForRenderAsync();
        var next = await page.Page.EvaluateAsync<int>("""
            () => {
              const map = window.geomap.map, view = map.getView(), res = view.getResolution();
              const half = 20037508.342789244, width = (2 * half) / 128;
              const right = view.calculateExtent(map.getSize())[2];
              const column = Math.floor((right + half) / width) + 1;
              view.setCenter([column * width - half - 5 * res - (map.getSize()[0] / 2) * res, view.getCenter()[1]]);
              return column;
            }
            """);
        await page.WaitForRenderAsync();
        // An image of this view (padded by a quarter of the view's width each side), whatever the one before covered.
        await page.Page.EvaluateAsync("() => window.geomap.map.getAllLayers().find((l) => l.get('title') === 'Movement flows (drawn)').get('redraw')()");
        var column = new System.Text.RegularExpressions.Regex(FormattableString.Invariant($"/tiles/movements/7/{next}/\\d+\\.mvt"));
        var before = await page.Page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map((e) => e.name)");
        Assert.DoesNotContain(before, column.IsMatch);

        var asked = page.Page.WaitForRequestAsync(column, new() { Timeout = 30_000 });
        await page.Page.EvaluateAsync("""
            () => {
              const layer = window.geomap.map.getAllLayers().find((l) => l.get('title') === 'Movement flows (drawn)');
              window.flowsRedrawn = new Promise((resolve) => layer.getSource().once('imageloadend', () => resolve(true)));
              const view = window.geomap.map.getView();
              view.setCenter([view.getCenter()[0] + 40 * view.getResolution(), view.getCenter()[1]]);
            }
            """);
        await asked;
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.flowsRedrawn"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Detail_tiles_carry_strength_labels_and_draw_a_country_as_its_name_not_a_town_marker()
    {
        await using var page = await server.OpenAsync("/?c=22.55,13.25&z=8.50&from=2024-01-01&to=2024-12-31");
        await page.WaitForRenderAsync();
        var labels = await page.Page.EvaluateAsync<Dictionary<string, string>>("() => window.geomap.strengthLabels()");
        // Strength and dates (1-2 July; every movement of these tiles is of 2024, so no year), as list mode writes them.
        Assert.Equal("2,000–3,000 · 1–2 Jul", labels[server.LabelledId.ToString(CultureInfo.InvariantCulture)]);
        await Assertions.Expect(page.Page.Locator("#legend [data-symbol=labels]")).ToHaveTextAsync("1,500 · 8–13 Oct troops · dates (2024)");
        var places = await page.Page.EvaluateAsync<Dictionary<string, bool>>("() => window.geomap.tilePlaces()");
        Assert.True(places["Labelland"]);
        Assert.False(places["Labelfrom"]);

        // Outside the range the label goes with its movement (and the movement: its times are numbers in the tiles).
        await using var before = await server.OpenAsync("/?c=22.55,13.25&z=8.50&from=2024-01-01&to=2024-02-01");
        await before.WaitForRenderAsync();
        Assert.False((await before.Page.EvaluateAsync<Dictionary<string, string>>("() => window.geomap.strengthLabels()")).ContainsKey(server.LabelledId.ToString(CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(server.LabelledId, await before.ShownIdsAsync());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Detail_tiles_label_dates_width_by_the_middle_of_a_range_and_fan_out_stacked_routes()
    {
        await using var page = await server.OpenAsync(FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=9.00&from=2024-08-01&to=2024-08-31"));
        await page.WaitForRenderAsync();
        var labels = await page.Page.EvaluateAsync<Dictionary<string, string>>("() => window.geomap.strengthLabels()");
        Assert.Equal("800–12,000 · 1–2 Aug", labels[Id(server.FanIds[0])]);
        Assert.Equal("300 · 5 Aug", labels[Id(server.FanIds[1])]);
        Assert.Equal("7 Aug", labels[Id(server.FanIds[2])]);

        // The first of the stack straight along its parallel, the second bowing north (left of its travel east), the one
        // back south (left of its own), further as the third; by at most 8 px a step at the tile's zoom (here less than
        // 0.12 of the length a step), so the curve stays in the tiles its line was chosen by.
        var pixel = 360.0 / (256 * 512);
        double[] Bows(double[][] route) => [.. route.Select(p => (Mercator(p[1]) - Mercator(TileModeFixture.FanLat)) * 180 / Math.PI / pixel)];
        var first = Bows(await page.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.FanIds[0]})"));
        var second = Bows(await page.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.FanIds[1]})"));
        var back = Bows(await page.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.FanIds[2]})"));
        Assert.All(first, b => Assert.InRange(b, -0.5, 0.5));
        Assert.InRange(second.Max(), 7, 8.5);
        Assert.InRange(back.Min(), -16.5, -14);

        // 800-12,000 is drawn by 6,400, in the class 1,000-10,000 (the tiles gave its top, 12,000, before).
        await using var range = await server.OpenAsync(FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=9.00&from=2024-08-01&to=2024-08-02"));
        await range.WaitForRenderAsync();
        Assert.Equal([server.FanIds[0]], await range.ShownIdsAsync());
        await Assertions.Expect(range.Page.Locator("#legend .legend-strength")).ToHaveTextAsync("1,000 – 10,000 troops");
        Assert.Empty(page.Errors);
        Assert.Empty(range.Errors);
    }

    [Fact]
    public async Task Actors_whose_colours_collided_alone_get_the_colours_assigned_over_the_maps_actors_in_every_view()
    {
        // Niger, Burkina Faso and Sudan all prefer the reserve's fourth colour (FNV-1a of the name, slot 3 of 9): coloured
        // one actor at a time, as tile mode did, all three were the same purple. Now the map assigns once over the
        // summary's actors, as list mode over the movements it lists.
        await using var page = await server.OpenAsync("/?from=2024-01-01&to=2024-12-31");
        await page.WaitForRenderAsync();
        var (actors, expected) = await MapColoursAsync(page);
        Assert.Superset(new HashSet<string?> { "Burkina Faso", "Chad", "Mali", "Niger", "Sudan" }, actors.ToHashSet());

        // Every pair apart as data/style/actor-colours.cases.json's assignment demands (map-style.json's distance).
        var labs = expected.Values.Select(GeoMap.Rendering.Styling.Oklab.Of).ToList();
        var nearest = labs.SelectMany((x, i) => labs.Skip(i + 1).Select(y => GeoMap.Rendering.Styling.Oklab.Distance(x, y))).Min();
        Assert.True(nearest >= 0.08, $"two actors' colours are {nearest:0.000} apart in OKLab");
        Assert.Equal(3, new[] { "niger", "burkina faso", "sudan" }.Select(a => expected[a]).Distinct().Count());

        // The flows in view are drawn (and explained) in those colours...
        await Assertions.Expect(page.Page.Locator("#legend [data-actor=Niger]")).ToHaveAttributeAsync("data-colour", expected["niger"]);
        await Assertions.Expect(page.Page.Locator("#legend [data-actor=Mali]")).ToHaveAttributeAsync("data-colour", expected["mali"]);

        // ...and so are the movements of the detail tiles loaded after a zoom and a pan, whatever else those tiles hold.
        foreach (var (actor, lon, lat) in new[] { ("Burkina Faso", TileModeFixture.LoneLon, TileModeFixture.LoneLat), ("Sudan", TileModeFixture.FanMiddleLon, TileModeFixture.FanLat) })
        {
            await page.Page.EvaluateAsync(FormattableString.Invariant($"() => {{ const view = window.geomap.map.getView(); view.setCenter([{lon * 20037508.342789244 / 180}, {Mercator(lat) * 20037508.342789244 / Math.PI}]); view.setZoom(9); }}"));
            await page.WaitForRenderAsync();
            await Assertions.Expect(page.Page.Locator($"#legend .legend-actors [data-actor='{actor}']")).ToHaveAttributeAsync("data-colour", expected[actor.ToLowerInvariant()]);
        }

        // A range holding Sudan's movements only: its colour stays (assigned over every actor stored, not the range's).
        await using var august = await server.OpenAsync(FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=9.00&from=2024-08-01&to=2024-08-08"));
        await august.WaitForRenderAsync();
        await Assertions.Expect(august.Page.Locator("#legend .legend-actors [data-actor=Sudan]")).ToHaveAttributeAsync("data-colour", expected["sudan"]);
        Assert.Empty(page.Errors);
        Assert.Empty(august.Errors);
    }

    [Fact]
    public async Task Flows_are_drawn_by_the_worker_in_their_actors_colour_a_click_on_one_zooms_in_and_another_range_takes_them_away()
    {
        // Sudan's three movements between Fanwest and Faneast, a degree apart: two flows (one each way) between two grid
        // cells at zoom 7, drawn by the draw worker into its image of the view (no OpenLayers feature to hit there).
        var url = FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=7.00&from=2024-08-01&to=2024-08-08");
        await using var page = await server.OpenAsync(url);
        await page.WaitForRenderAsync();
        var flows = await page.Page.EvaluateAsync<FlowLine[]>("() => window.geomap.flowLines()");
        Assert.NotEmpty(flows);
        Assert.All(flows, f => Assert.Equal("Sudan", f.Actor));
        // Two west to east, one back (a flow's piece is in every tile its line or the tile's buffer reaches).
        Assert.Equal([1, 2], flows.Select(f => f.Count).Distinct().Order());
        var sudan = (await MapColoursAsync(page)).Colours["sudan"];
        var box = await page.Map.BoundingBoxAsync() ?? throw new InvalidOperationException("The map has no box.");
        var at = (X: box.X + (float)flows[0].Pixel[0], Y: box.Y + (float)flows[0].Pixel[1]);
        var colour = (await page.ColoursAtAsync(at))[0];
        Assert.True(Near(colour, sudan), $"the flow's middle is rgb({colour[0]},{colour[1]},{colour[2]}), not Sudan's {sudan}");

        // A click on the line is a click on the flow: the map zooms in towards its movements.
        await page.Page.Mouse.ClickAsync(at.X, at.Y);
        await page.Page.WaitForFunctionAsync("() => window.geomap.map.getView().getZoom() > 7.5");

        // A week without them: no flow there, and the place it was drawn shows none.
        await using var later = await server.OpenAsync(FormattableString.Invariant($"/?c={TileModeFixture.FanMiddleLon},{TileModeFixture.FanLat}&z=7.00&from=2024-08-20&to=2024-08-27"));
        await later.WaitForRenderAsync();
        Assert.DoesNotContain(await later.Page.EvaluateAsync<FlowLine[]>("() => window.geomap.flowLines()"), f => f.Actor == "Sudan");
        var empty = (await later.ColoursAtAsync(at))[0];
        Assert.False(Near(empty, sudan), $"rgb({empty[0]},{empty[1]},{empty[2]}) is still Sudan's colour");
        Assert.Empty(page.Errors);
        Assert.Empty(later.Errors);
    }

    [Fact]
    public async Task The_counts_of_large_flows_are_written_beside_their_heads_by_the_worker()
    {
        // The Sahel's flows in the middle of the map, clear of the legend.
        await using var page = await server.OpenAsync("/?c=5.0,15.0&z=5.00&from=2024-01-01&to=2024-12-31");
        await page.WaitForRenderAsync();
        var counts = await page.Page.EvaluateAsync<FlowCount[]>("() => window.geomap.flowCounts()");
        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.True(c.Count >= 5, $"a count of {c.Count} is written"));
        Assert.Equal(counts.Select(c => c.Count).OrderDescending(), counts.Select(c => c.Count));

        // The largest is drawn whatever else is (nothing before it can hide it): dark text on its white halo there.
        var box = await page.Map.BoundingBoxAsync() ?? throw new InvalidOperationException("The map has no box.");
        var (x, y) = (box.X + (float)counts[0].Pixel[0], box.Y + (float)counts[0].Pixel[1]);
        var around = await page.ColoursAtAsync([.. from dx in Enumerable.Range(-6, 13) from dy in Enumerable.Range(-3, 7) select (x + dx, y + dy)]);
        Assert.Contains(around, c => c[0] < 90 && c[1] < 90 && c[2] < 90);
        Assert.Contains(around, c => c[0] > 240 && c[1] > 240 && c[2] > 240);
        Assert.Empty(page.Errors);
    }

    /// <summary>A flow's count as window.geomap.flowCounts() gives it.</summary>
    private sealed class FlowCount
    {
        public int Count { get; set; }

        public double[] Pixel { get; set; } = [];
    }

    /// <summary>
    /// The actors of the tile summary and the colours the map gives them (by lower-cased name): assigned once over every
    /// actor stored, as the client does.
    /// </summary>
    private static async Task<(string?[] Actors, Dictionary<string, string> Colours)> MapColoursAsync(BrowserPage page)
    {
        var actors = await page.Page.EvaluateAsync<string?[]>("() => fetch('/tiles/movements/tilejson.json').then((r) => r.json()).then((j) => j.actors)");
        return (actors, await page.Page.EvaluateAsync<Dictionary<string, string>>("(actors) => Object.fromEntries(window.geomap.assignColours(actors))", actors));
    }

    /// <summary>A flow line as window.geomap.flowLines() gives it.</summary>
    private sealed class FlowLine
    {
        public string? Actor { get; set; }

        public int Count { get; set; }

        public double[] Pixel { get; set; } = [];
    }

    /// <summary>Whether an RGBA colour is the hex colour (#rrggbb), give or take anti-aliasing.</summary>
    private static bool Near(int[] rgba, string hex)
    {
        var rgb = Convert.FromHexString(hex.TrimStart('#')[..6]);
        return Math.Abs(rgba[0] - rgb[0]) <= 12 && Math.Abs(rgba[1] - rgb[1]) <= 12 && Math.Abs(rgba[2] - rgb[2]) <= 12;
    }

    private static double Mercator(double lat) => Math.Log(Math.Tan((Math.PI / 4) + (lat * Math.PI / 360)));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The web fixture with 2,100 generated movements in the Sahel and one known only by its destination in Chad.</summary>
public sealed class TileModeFixture : WebServerFixture
{
    /// <summary>Where the lone movement arrives.</summary>
    public const double LoneLon = 19.5, LoneLat = 15.5;

    /// <summary>The id of a movement of 2,000-3,000 from a town to a country, east of the others.</summary>
    public long LabelledId { get; private set; }

    /// <summary>The id of the movement known only by its destination.</summary>
    public long LoneId { get; private set; }

    /// <summary>Where a stack of routes runs along one parallel, from 25.6°E to 26.6°E.</summary>
    public const double FanMiddleLon = 26.1, FanLat = 14.0;

    /// <summary>The stack, by id: 800-12,000 west to east on 1-2 August 2024, 300 likewise on 5 August, and one back east to west on 7 August.</summary>
    public long[] FanIds { get; private set; } = [];

    /// <summary>
    /// 2,100 movements of Mali and Niger between 60 towns in the Sahel (0-10 E, 12-18 N) in 2024, more than the map
    /// lists: generated in the database (2,100 through the ingest path would take minutes of claim linking), as
    /// bench/client seeds; deterministic (setseed).
    /// </summary>
    public const string SahelMovementsSql = """
        SELECT setseed(0.5);
        INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
        SELECT 'tiles:' || i, 'Sahel place ' || i, 'ML', 'town', 'PPL', ST_SetSRID(ST_MakePoint(random() * 10, 12 + random() * 6), 4326), 'web-tests'
        FROM generate_series(0, 59) i;
        WITH p AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(geom ORDER BY id) AS points FROM places WHERE curated_key LIKE 'tiles:%'),
        r AS (
            SELECT i, 1 + floor(random() * 60)::int AS o, 1 + floor(random() * 60)::int AS d,
                   (ARRAY['Mali', 'Niger'])[1 + floor(random() * 2)::int] AS actor, floor(random() * 300)::int AS first
            FROM generate_series(1, 2100) i
        )
        INSERT INTO movements (actor, status, transport_mode, strength_min, strength_max, strength_text, origin_place_id, via_place_ids,
            destination_place_id, geom, period, time_precision, sentence, confidence, created_by, claim_count, source_count)
        SELECT r.actor, 'completed', 'road', 200, 200, '200', p.ids[r.o], '{}'::bigint[], p.ids[r.d],
               ST_MakeLine(p.points[r.o], p.points[r.d]),
               tstzrange('2024-01-01'::timestamptz + make_interval(days => r.first), '2024-01-01'::timestamptz + make_interval(days => r.first + 2)),
               'day', 'Generated movement ' || r.i || '.', 0.8, 'web-tests', 1, 1
        FROM r, p
        WHERE r.o <> r.d;
        """;

    /// <inheritdoc />
    protected override async Task SeedMoreAsync()
    {
        await using var command = Database.DataSource.CreateCommand($$"""
            {{SahelMovementsSql}}
            WITH lone AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('tiles:lone', 'Lonetown', 'TD', 'town', 'PPL', ST_SetSRID(ST_MakePoint({{LoneLon.ToString(CultureInfo.InvariantCulture)}}, {{LoneLat.ToString(CultureInfo.InvariantCulture)}}), 4326), 'web-tests')
                RETURNING id, geom)
            INSERT INTO movements (actor, status, transport_mode, via_place_ids, destination_place_id, geom, period, time_precision,
                sentence, confidence, created_by, claim_count, source_count)
            SELECT 'Burkina Faso', 'completed', 'road', '{}'::bigint[], lone.id, lone.geom, tstzrange('2024-06-01', '2024-06-03'), 'day',
                   'A battalion arrived at Lonetown.', 0.8, 'web-tests', 1, 1
            FROM lone;
            WITH f AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('tiles:labelfrom', 'Labelfrom', 'TD', 'town', 'PPL', ST_SetSRID(ST_MakePoint(22.0, 13.0), 4326), 'web-tests') RETURNING id, geom),
            t AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('tiles:labelland', 'Labelland', 'SD', 'country', 'PCLI', ST_SetSRID(ST_MakePoint(23.1, 13.5), 4326), 'web-tests') RETURNING id, geom)
            INSERT INTO movements (actor, status, transport_mode, strength_min, strength_max, strength_text, origin_place_id, via_place_ids,
                destination_place_id, geom, period, time_precision, sentence, confidence, created_by, claim_count, source_count)
            SELECT 'Chad', 'completed', 'road', 2000, 3000, '2,000-3,000', f.id, '{}'::bigint[], t.id, ST_MakeLine(f.geom, t.geom),
                   tstzrange('2024-07-01', '2024-07-03'), 'day', 'Two to three thousand crossed.', 0.8, 'web-tests', 1, 1
            FROM f, t;
            WITH w AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('tiles:fanwest', 'Fanwest', 'SD', 'town', 'PPL', ST_SetSRID(ST_MakePoint(25.6, 14.0), 4326), 'web-tests') RETURNING id, geom),
            e AS (
                INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
                VALUES ('tiles:faneast', 'Faneast', 'SD', 'town', 'PPL', ST_SetSRID(ST_MakePoint(26.6, 14.0), 4326), 'web-tests') RETURNING id, geom)
            INSERT INTO movements (actor, status, transport_mode, strength_min, strength_max, strength_text, origin_place_id, via_place_ids,
                destination_place_id, geom, period, time_precision, sentence, confidence, created_by, claim_count, source_count)
            SELECT 'Sudan', 'completed', 'road', s.smin, s.smax, 'as reported', CASE WHEN s.back THEN e.id ELSE w.id END, '{}'::bigint[],
                   CASE WHEN s.back THEN w.id ELSE e.id END, CASE WHEN s.back THEN ST_MakeLine(e.geom, w.geom) ELSE ST_MakeLine(w.geom, e.geom) END,
                   tstzrange(s.first, s.last), 'day', 'Fanned ' || s.n || '.', 0.8, 'web-tests', 1, 1
            FROM w, e, (VALUES (1, 800, 12000, false, '2024-08-01'::timestamptz, '2024-08-03'::timestamptz),
                               (2, 300, 300, false, '2024-08-05', '2024-08-06'),
                               (3, NULL, NULL, true, '2024-08-07', '2024-08-08')) AS s(n, smin, smax, back, first, last)
            ORDER BY s.n;
            ANALYZE movements;
            """);
        await command.ExecuteNonQueryAsync();
        await using var id = Database.DataSource.CreateCommand("SELECT id FROM movements WHERE actor = 'Burkina Faso'");
        LoneId = (long)(await id.ExecuteScalarAsync())!;
        await using var labelled = Database.DataSource.CreateCommand("SELECT id FROM movements WHERE actor = 'Chad'");
        LabelledId = (long)(await labelled.ExecuteScalarAsync())!;
        await using var fan = Database.DataSource.CreateCommand("SELECT array_agg(id ORDER BY id) FROM movements WHERE actor = 'Sudan'");
        FanIds = (long[])(await fan.ExecuteScalarAsync())!;
    }
}

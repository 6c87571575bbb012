// bench/client: 10,000 or 100,000 movements in view in the web client, in headless Chromium against a real server on
// loopback. Measures the time to the first complete render (navigation start -> the client's 'geomap:first-render'
// mark, set at OpenLayers' rendercomplete once the movements are drawn), the CPU time the server and the browser spent
// on it, the movement requests (the listing, or the vector tiles), and frame times (requestAnimationFrame deltas)
// while the map is panned by mouse drags and zoomed by the wheel. Prints a Markdown table for RESULTS.md.
using System.Globalization;
using GeoMap.Storage;
using GeoMap.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoMap.Bench.Client;

/// <summary>The benchmark's entry point (a class, not top-level statements: the server's Program must stay visible).</summary>
internal static class ClientBench
{
    public static async Task<int> Main(string[] args)
    {
        // --diagnose [COUNT] [trace.json]: instead of measuring, attribute the late frames to the work done in them (Diagnose.cs).
        // --diagnose-layers: what one frame of a scripted pan or zoom costs with each group of layers shown.
        // --diagnose-load COUNT [trace.json]: the request timeline of two cold loads, from navigation start.
        var layerCosts = args.Length > 0 && args[0] == "--diagnose-layers";
        var loadTimeline = args.Length > 0 && args[0] == "--diagnose-load";
        var diagnose = layerCosts || loadTimeline || (args.Length > 0 && args[0] == "--diagnose");
        // --diagnose COUNT [trace.json] too (10,000 without a count).
        var counted = loadTimeline || (diagnose && !layerCosts && args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out _));
        var tracePath = diagnose && !layerCosts && args.Length > (counted ? 2 : 1) ? Path.GetFullPath(args[^1]) : null;
        args = counted ? args[1..2] : diagnose ? [] : args;
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var root = FindRoot();
        if (!File.Exists(Path.Combine(root, "src", "GeoMap.Server", "wwwroot", "index.html")))
        {
            Console.Error.WriteLine("The web client is not built: run `npm ci && npm run build` in src/GeoMap.Web first.");
            return 1;
        }

        var cluster = await TestCluster.GetAsync();
        var database = await TestCluster.CreateDatabaseAsync("bench_client");
        try
        {
            var connectionString = cluster.ConnectionStringFor(database);
            await using (var dataSource = GeoMapDataSource.Create(connectionString))
            {
                var seeded = System.Diagnostics.Stopwatch.StartNew();
                await SeedAsync(dataSource, count);
                Console.Error.WriteLine($"seeded {count} movements in {seeded.Elapsed.TotalSeconds:F1} s");
            }

            var app = Program.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], b =>
            {
                b.Configuration["GeoMap:Database:ConnectionString"] = connectionString;
                b.Configuration["Logging:LogLevel:Default"] = "Warning";
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                // Without the omnibox popup's WebUI: headless Chromium made one for every new context's window, a renderer
                // that spent 0.8-1.2 s of CPU (its own scripts) during each cold load measured here, beside the page on
                // two cores (trace of 2026-12-04). A browser a user has open made it once, when its window opened.
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"],
            });

            await ServerQuiet.WaitAsync(app);
            if (diagnose)
            {
                await (loadTimeline ? Diagnose.LoadTimelineAsync(browser, address, loads: 2, tracePath)
                    : layerCosts ? Diagnose.LayerCostsAsync(browser, address) : Diagnose.RunAsync(browser, address, loads: 2, tracePath));
                await app.StopAsync();
                await app.DisposeAsync();
                return 0;
            }

            var firstRenders = new List<double>();
            // MachineSpeed's probe before each measured load (ms; higher: a slower machine then).
            var speeds = new List<double>();
            var cpu = new List<double>();
        var fetched = new List<double>();
        var responses = new List<(double Ms, double Bytes)>();
            var tileTimes = new List<double>();
            var tileBytes = new List<double>();
            var frames = new List<double>();
            var shown = 0L;
        Dictionary<string, double>? renderSplit = null;
            // The first load after the server started pays for its JIT and first connections (2.9 s to the first
            // byte of the first request, bench/client --diagnose-load), which a running server has paid long before:
            // it is measured apart and not counted among the cold loads (cold: the browser's cache, not the server).
            // A second load is not measured: .NET's tiered JIT recompiles the server's hot methods after their first
            // 30 calls: the server spent 0.7 s of CPU in the first load measured after one warm-up, 0.1 s in the third
            // (2026-12-04).
            var firstAfterStart = double.NaN;
            var firstPass = new List<double>();
            for (var warm = 0; warm < 2; warm++)
            {
                await using var warmUp = await FirstLoad.NewContextAsync(browser);
                var page = await FirstLoad.NewPageAsync(warmUp);
                await FirstLoad.OpenAsync(page, address);
                if (warm == 0)
                {
                    firstAfterStart = await page.EvaluateAsync<double>("() => performance.getEntriesByName('geomap:first-render')[0].startTime");
                }
                else
                {
                    // The same panning and zooming once before the measured loads: the server makes (and keeps) the
                    // tiles of the views it passes, as a running server has made those of the views its users look at.
                    // Its frames, with the server making those tiles beside the browser, are reported on a row of their own.
                    firstPass = await InteractAsync(page);
                    firstPass.Sort();
                }
            }

            await ServerQuiet.WaitAsync(app);

            for (var run = 0; run < runs; run++)
            {
                // A fresh context each run: no HTTP cache, so every run is a cold load of the client, basemap and movements.
                await using var context = await FirstLoad.NewContextAsync(browser);
                var page = await FirstLoad.NewPageAsync(context);
                var errors = new List<string>();
                page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
                speeds.Add(MachineSpeed.ProbeMs());
                var cpuBefore = ProcessTreeCpu.Snapshot();
                await FirstLoad.OpenAsync(page, address);
                var cpuAfter = ProcessTreeCpu.Snapshot();
                cpu.Add(ProcessTreeCpu.SecondsBetween(cpuBefore, cpuAfter) * 1000);
                var byKind = string.Join(", ", ProcessTreeCpu.MsByKind(cpuBefore, cpuAfter).OrderByDescending(k => k.Value).Select(k => FormattableString.Invariant($"{k.Key} {k.Value:F0}")));
                firstRenders.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByName('geomap:first-render')[0].startTime"));
                // Per load, on standard error: when the client's marks came and when the first render's tiles were asked for and arrived.
                Console.Error.WriteLine("load " + (run + 1) + FormattableString.Invariant($" (machine speed probe {speeds[^1]:F0} ms; CPU to the first render: {cpu[^1]:F0} ms: {byKind}; ms from navigation): ") + await page.EvaluateAsync<string>("""
                    () => {
                      const mark = (n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN);
                      const tiles = performance.getEntriesByType('resource').filter((r) => r.name.includes('.mvt'));
                      const main = performance.getEntriesByType('resource').find((r) => r.name.includes('/assets/main-'));
                      return `main chunk ${Math.round(main?.responseEnd ?? NaN)}, boot ${mark('geomap:boot')}, start ${mark('geomap:start')}, summary read ${mark('geomap:movements-fetched')}, `
                        + `tiles asked ${Math.round(Math.min(...tiles.map((t) => t.startTime)))}-${Math.round(Math.max(...tiles.map((t) => t.startTime)))}, last tile byte ${Math.round(Math.max(...tiles.map((t) => t.responseEnd)))}, first render ${mark('geomap:first-render')}`
                        // The client's steps of the first load (drawClient.ts firstLoadMark): flow tiles read, flows sent to the draw worker, its images.
                        + '; ' + performance.getEntriesByType('mark').filter((m) => !['geomap:boot', 'geomap:start', 'geomap:movements-fetched', 'geomap:first-render'].includes(m.name) && m.name.startsWith('geomap:'))
                          .map((m) => `${m.name.slice(7)} ${Math.round(m.startTime)}`).join(', ');
                    }
                    """));
            fetched.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByName('geomap:movements-fetched')[0].startTime"));
            var response = await page.EvaluateAsync<double[]>("() => { const e = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/movements?')); return e ? [e.responseEnd - e.requestStart, e.encodedBodySize] : [NaN, NaN]; }");
            responses.Add((response[0], response[1]));
            // The tiles of the first render: request to last byte and size, as the browser saw them.
            var tiles = await page.EvaluateAsync<double[][]>("() => performance.getEntriesByType('resource').filter((r) => r.name.includes('.mvt')).map((e) => [e.responseEnd - e.requestStart, e.encodedBodySize])");
            tileTimes.AddRange(tiles.Select(t => t[0]));
            tileBytes.AddRange(tiles.Select(t => t[1]));
                await page.WaitForFunctionAsync("() => document.body.dataset.movementsShown !== undefined");
                shown = long.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.movementsShown"), CultureInfo.InvariantCulture);
            if (run == 0)
            {
                var split = await page.EvaluateAsync<Dictionary<string, double>>(RenderSplitScript);
                Console.Error.WriteLine("full re-render (ms): " + string.Join(", ", split.Select(kv => $"{kv.Key} {kv.Value:F0}")));
                renderSplit = split;
            }

                // Per load, on standard error (not in RESULTS.md): its frames, the CPU of the server (this process), of
                // the server and browser, and of the whole machine (the database's processes are not below this one),
                // the requests the server was slow to answer, and what the database did. These showed the database's
                // work competing with the browser's frames on two cores (2026-12-04).
                var serverBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var treeBefore = ProcessTreeCpu.Snapshot();
                var machineBefore = MachineBusyMs();
                var databaseBefore = await DatabaseStatsAsync(connectionString);
                var interactFrom = await page.EvaluateAsync<double>("() => performance.now()");
                var runFrames = await InteractAsync(page);
                var serverCpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - serverBefore).TotalMilliseconds;
                var treeCpu = ProcessTreeCpu.SecondsBetween(treeBefore, ProcessTreeCpu.Snapshot()) * 1000;
                var machineCpu = MachineBusyMs() - machineBefore;
                var databaseAfter = await DatabaseStatsAsync(connectionString);
                var slow = await page.EvaluateAsync<string[]>("(t) => performance.getEntriesByType('resource').filter((r) => r.startTime >= t && r.responseStart - r.requestStart > 50).map((r) => `${Math.round(r.responseStart - r.requestStart)} ms ${r.name.replace(location.origin, '')}`)", interactFrom);
                frames.AddRange(runFrames);
                runFrames.Sort();
                Console.Error.WriteLine($"load {run + 1}: {runFrames.Count} frames, p95 {Percentile(runFrames, 0.95):F1}, p99 {Percentile(runFrames, 0.99):F1} ms, {runFrames.Count(f => f >= 50)} of 50 ms or more; CPU while panning and zooming: server {serverCpu:F0} ms, server and browser {treeCpu:F0} ms, the machine {machineCpu:F0} ms");
                Console.Error.WriteLine($"  requests waiting 50 ms or more for their first byte: {slow.Length}{(slow.Length > 0 ? ": " + string.Join(", ", slow.Take(8)) : "")}");
                Console.Error.WriteLine("  database: " + string.Join(", ", databaseAfter.Select((v, i) => $"{DatabaseStatNames[i]} {v - databaseBefore[i]}")));
                if (errors.Count > 0)
                {
                    Console.Error.WriteLine("console errors: " + string.Join(" | ", errors));
                }

                if (run == 0)
                {
                    // After the frames are recorded: wait for the last redraw, so the screenshot shows the map as it settles.
                    await page.EvaluateAsync("() => new Promise((resolve) => { window.geomap.map.once('rendercomplete', () => resolve(true)); window.geomap.map.render(); })");
                    Directory.CreateDirectory(Path.Combine(root, "test-output", "screenshots"));
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(root, "test-output", "screenshots", $"bench-{count}-movements.png") });
                }
            }

            await app.StopAsync();
            await app.DisposeAsync();

            frames.Sort();
            firstRenders.Sort();
            cpu.Sort();
            speeds.Sort();
        fetched.Sort();
            tileTimes.Sort();
            tileBytes.Sort();
            string Ms(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
            Console.WriteLine($"| movements stored / in the time range | {count} / {shown} |");
            Console.WriteLine($"| first complete render, median of {runs} cold loads (ms) | {Ms(firstRenders[firstRenders.Count / 2])} (min {Ms(firstRenders[0])}, max {Ms(firstRenders[^1])}) |");
            Console.WriteLine($"| first complete render of the first load after the server started (not counted above) (ms) | {Ms(firstAfterStart)} |");
            Console.WriteLine($"| CPU time of a cold load to its first render, server + browser (all cores), median (ms) | {Ms(cpu[cpu.Count / 2])} (min {Ms(cpu[0])}, max {Ms(cpu[^1])}) |");
            Console.WriteLine($"| of which: movements summary (listing or tile summary) fetched, median (ms) | {Ms(fetched[fetched.Count / 2])} |");
        var slowest = responses.OrderBy(r => r.Ms).ElementAt(responses.Count / 2);
        if (!double.IsNaN(slowest.Ms))
        {
            Console.WriteLine($"| of which: the movement listing (GET /api/movements?view=map), request to last byte, median (ms) | {Ms(slowest.Ms)} ({(slowest.Bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture)} MB) |");
        }

        if (tileTimes.Count > 0)
        {
            Console.WriteLine($"| movement tiles of the first render: per load / request to last byte p50, p99 (ms) / bytes p50, max | {tileTimes.Count / runs} / {Ms(Percentile(tileTimes, 0.50))}, {Ms(Percentile(tileTimes, 0.99))} / {tileBytes[tileBytes.Count / 2]:F0}, {tileBytes[^1]:F0} |");
        }

        Console.WriteLine($"| frames measured while panning and zooming | {frames.Count} |");
        if (renderSplit is not null)
        {
            Console.WriteLine($"| one full re-render on the main thread: all layers / places / basemap labels (ms) | {Ms(renderSplit["all"])} / {Ms(renderSplit["places"])} / {Ms(renderSplit["labels"])} |");
            Console.WriteLine($"| one full redraw in the draw worker, request to image: movements / land, coasts and borders (ms) | {Ms(renderSplit["movements"])} / {Ms(renderSplit["basemap"])} |");
        }

            Console.WriteLine($"| frame time p50 / p95 / p99 / max (ms) | {Ms(Percentile(frames, 0.50))} / {Ms(Percentile(frames, 0.95))} / {Ms(Percentile(frames, 0.99))} / {Ms(frames[^1])} |");
            Console.WriteLine($"| frame time p95 / p99 of the first panning and zooming after the server started, its tiles made meanwhile (not counted above) (ms) | {Ms(Percentile(firstPass, 0.95))} / {Ms(Percentile(firstPass, 0.99))} |");
            Console.WriteLine($"| machine speed probe before each load: a fixed 1-core workload (MachineSpeed.cs), median (ms; higher is a slower machine) | {Ms(speeds[speeds.Count / 2])} (min {Ms(speeds[0])}, max {Ms(speeds[^1])}) |");
            return 0;
        }
        finally
        {
            await cluster.DropDatabaseAsync(database, CancellationToken.None);
        }
    }

    // Where a full re-render's time goes. On the main thread: every layer, then places and basemap labels alone
    // (median of 3 forced renders). In the draw worker (layers with a 'redraw' handle): the time from asking for a new
    // image of the movements (the flows in tile mode), and of the basemap's land, coasts and borders, to having it
    // (median of 3).
    private const string RenderSplitScript = """
        async () => {
          const map = window.geomap.map;
          const layers = map.getAllLayers();
          const visible = layers.map((l) => l.getVisible());
          const time = (show) => {
            layers.forEach((l, i) => l.setVisible(visible[i] && show(l)));
            const samples = [];
            for (let i = 0; i < 3; i++) { layers.forEach((l) => l.changed()); const t0 = performance.now(); map.renderSync(); samples.push(performance.now() - t0); }
            return samples.sort((a, b) => a - b)[1];
          };
          const out = {
            all: time(() => true),
            places: time((l) => l.get('title') === 'Places'),
            labels: time((l) => !!l.get('basemap') && !l.get('redraw')),
          };
          layers.forEach((l, i) => l.setVisible(visible[i]));
          map.renderSync();
          // Movements: the flows in tile mode (drawn by the worker since 2026-12-04), the listed movements in list mode.
          const drawn = (title) => layers.find((l) => l.get('title') === title && !!l.get('redraw'));
          for (const [key, layer] of [['movements', drawn('Movement flows (drawn)') ?? drawn('Movements')], ['basemap', layers.find((l) => !!l.get('basemap') && !!l.get('redraw'))]]) {
            const samples = [];
            for (let i = 0; layer && i < 3; i++) samples.push(await layer.get('redraw')());
            out[key] = samples.length ? samples.sort((a, b) => a - b)[1] : NaN;
          }
          return out;
        }
        """;

    // Pans with mouse drags in four directions and zooms in and out with the wheel, recording every frame's duration.
    // phase (diagnose mode only) is told what is happening: drag, drag-settle, wheel, wheel-settle.
    internal static async Task<List<double>> InteractAsync(IPage page, Func<string, Task>? phase = null)
    {
        await page.EvaluateAsync("""
            () => { window.__frames = []; window.__recording = true; let last = performance.now();
              const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__recording) requestAnimationFrame(tick); };
              requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); }); }
            """);
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        var cx = box.X + (box.Width / 2);
        var cy = box.Y + (box.Height / 2);
        foreach (var (dx, dy) in new[] { (250f, 0f), (0f, 180f), (-250f, 0f), (0f, -180f) })
        {
            await page.Mouse.MoveAsync(cx, cy);
            if (phase is not null)
            {
                await phase("drag");
            }

            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(cx + dx, cy + dy, new() { Steps = 40 });
            await page.Mouse.UpAsync();
            if (phase is not null)
            {
                await phase("drag-settle");
            }

            await page.WaitForTimeoutAsync(300);
        }

        foreach (var delta in new[] { -240f, -240f, -240f, 240f, 240f, 240f })
        {
            await page.Mouse.MoveAsync(cx, cy);
            if (phase is not null)
            {
                await phase("wheel");
            }

            await page.Mouse.WheelAsync(0, delta);
            if (phase is not null)
            {
                await phase("wheel-settle");
            }

            await page.WaitForTimeoutAsync(450);
        }

        var frames = await page.EvaluateAsync<double[]>("() => { window.__recording = false; return window.__frames; }");
        return [.. frames];
    }

    private static readonly string[] DatabaseStatNames = ["commits", "rows returned", "rows fetched", "blocks hit", "blocks read", "autovacuums", "autoanalyzes"];

    // The database's counters (pg_stat_database, pg_stat_user_tables), in the order of DatabaseStatNames.
    private static async Task<long[]> DatabaseStatsAsync(string connectionString)
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("""
            SELECT d.xact_commit, d.tup_returned, d.tup_fetched, d.blks_hit, d.blks_read,
                   (SELECT coalesce(sum(autovacuum_count), 0)::bigint FROM pg_stat_user_tables), (SELECT coalesce(sum(autoanalyze_count), 0)::bigint FROM pg_stat_user_tables)
            FROM pg_stat_database d WHERE d.datname = current_database()
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, 7).Select(i => reader.GetInt64(i)).ToArray();
    }

    // CPU time the whole machine spent busy (every process, the database's too; /proc/stat, all cores), in ms.
    private static double MachineBusyMs()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
        var busy = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return busy * 1000.0 / 100;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    // Movements spread over north-east Asia, all in view at the benchmark's zoom: 8 actors, every status, strengths from
    // 50 to 20,000, a third with a via point, periods through 2024, between 400 places. Generated by PostgreSQL itself
    // (100,000 through the ingest path would take an hour of claim linking); deterministic (setseed), so runs compare.
    // Each movement is its own tracked movement with one source, as the map draws it; there are no claims or reports.
    private static async Task SeedAsync(Npgsql.NpgsqlDataSource dataSource, int count)
    {
        // One command of several statements (setseed holds for the session), so the count is written in, not bound.
        await using var command = dataSource.CreateCommand($$"""
            SELECT setseed(0.20241008);
            INSERT INTO places (curated_key, name, country_code, kind, feature_code, geom, created_by)
            SELECT 'bench:' || i, 'Place ' || i, 'XX', 'town', 'PPL', ST_SetSRID(ST_MakePoint(112 + random() * 26, 32 + random() * 16), 4326), 'bench'
            FROM generate_series(0, 399) i;
            WITH p AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(geom ORDER BY id) AS points FROM places WHERE created_by = 'bench'),
            r AS (
                SELECT i, 1 + floor(random() * 400)::int AS o, 1 + floor(random() * 400)::int AS d,
                       CASE WHEN random() < 1.0 / 3 THEN 1 + floor(random() * 400)::int END AS v,
                       (ARRAY['Russia', 'North Korea', 'China', 'South Korea', 'Japan', 'United States', 'Mongolia', 'Unknown group'])[1 + floor(random() * 8)::int] AS actor,
                       (ARRAY['completed', 'under_way', 'planned'])[1 + floor(random() * 3)::int] AS status,
                       round(50 * power(400, random()))::int AS strength,
                       floor(random() * 350)::int AS first, 1 + floor(random() * 9)::int AS days
                FROM generate_series(1, {{count}}) i
            )
            INSERT INTO movements (actor, status, transport_mode, strength_min, strength_max, strength_text, origin_place_id, via_place_ids,
                destination_place_id, geom, period, time_precision, sentence, confidence, created_by, claim_count, source_count)
            SELECT r.actor, r.status, 'road', r.strength, r.strength, r.strength::text, p.ids[r.o],
                   CASE WHEN r.v IS NULL THEN '{}'::bigint[] ELSE ARRAY[p.ids[r.v]] END, p.ids[r.d],
                   CASE WHEN r.v IS NULL THEN ST_MakeLine(p.points[r.o], p.points[r.d]) ELSE ST_MakeLine(ARRAY[p.points[r.o], p.points[r.v], p.points[r.d]]) END,
                   tstzrange('2024-01-01'::timestamptz + make_interval(days => r.first), '2024-01-01'::timestamptz + make_interval(days => r.first + r.days)),
                   'day', 'Benchmark movement ' || r.i || '.', 0.8, 'bench', 1, 1
            FROM r, p;
            """);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();

        // Vacuumed and analyzed as autovacuum keeps a database that grew over time: left to autovacuum, the freshly
        // seeded tables were vacuumed and analyzed (3 and 4 times) during the measured panning and zooming.
        await using var vacuum = dataSource.CreateCommand("VACUUM ANALYZE");
        vacuum.CommandTimeout = 0;
        await vacuum.ExecuteNonQueryAsync();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GeoMap.sln not found above " + AppContext.BaseDirectory);
    }
}

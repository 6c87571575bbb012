// bench/client --diagnose: which frames are late, and what the main thread did in them. Not part of the measured run:
// the instrumentation (a wrapper around every layer's render) costs a little time of its own.
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace GeoMap.Bench.Client;

/// <summary>
/// Attributes each requestAnimationFrame delta of the benchmark's interaction to the work done in it: OpenLayers'
/// frame (per layer: render, declutter, deferred labels), input event handling, and what the view was doing
/// (interacting, animating). Optionally writes a Chromium trace of one load for chrome://tracing or Perfetto.
/// </summary>
internal static class Diagnose
{
    // Wraps the map's frame and every layer's render/declutter/deferred passes; records [start, duration, label].
    private const string InstrumentScript = """
        () => {
          const map = window.geomap.map;
          const work = window.__work = [];
          const name = (l) => l.get('title') ?? (l.get('basemap') ? 'basemap ' + (l.get('name') ?? '?') : l.constructor.name);
          const wrap = (obj, method, label) => {
            const orig = obj[method];
            if (typeof orig !== 'function') return;
            obj[method] = function (...args) {
              const t0 = performance.now();
              try { return orig.apply(this, args); } finally { work.push([t0, performance.now() - t0, label]); }
            };
          };
          wrap(map, 'renderFrame_', 'frame');
          // Worker-drawn layers: when their images were being drawn (request to arrival), as [start, end, name].
          window.__drawing = [];
          for (const l of map.getAllLayers().filter((l) => l.get('redraw'))) {
            const src = l.getSource();
            let t0 = 0;
            src.on('imageloadstart', () => { t0 = performance.now(); });
            src.on('imageloadend', () => window.__drawing.push([t0, performance.now(), name(l)]));
          }
          for (const l of map.getAllLayers()) {
            const n = name(l);
            wrap(l, 'render', 'render ' + n);
            wrap(l, 'renderDeclutter', 'declutter ' + n);
            wrap(l, 'renderDeferred', 'deferred ' + n);
          }
          window.__events = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__events.push([e.processingStart, e.processingEnd - e.processingStart, 'input ' + e.name, e.startTime, e.duration]);
          }).observe({ type: 'event', durationThreshold: 16, buffered: false });
          window.__loaf = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) window.__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration, render: e.renderStart, style: e.styleAndLayoutStart, scripts: e.scripts.map((s) => [s.invoker, Math.round(s.duration)]) });
          }).observe({ type: 'long-animation-frame', buffered: false });
          window.__hints = [];
          const view = map.getView();
          window.__phase = 'start';
          window.__frameLog = [];
          let last = performance.now();
          window.__diagRecording = true;
          const tick = (t) => {
            window.__frameLog.push([last, t, window.__phase, view.getInteracting(), view.getAnimating()]);
            last = t;
            if (window.__diagRecording) requestAnimationFrame(tick);
          };
          requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
        }
        """;

    // Pans (or zooms) the view by script for 90 frames inside a view interaction, as a drag does, with only some layers
    // visible: per frame, OpenLayers' render (JS) and what follows it before the next task (style, paint and the
    // commit, where Chromium plays the canvas's recorded drawing back in software).
    private const string LayerCostScript = """
        async ([mode]) => {
          const map = window.geomap.map;
          const view = map.getView();
          const layers = map.getAllLayers();
          const visible = layers.map((l) => l.getVisible());
          const groups = {
            all: () => true,
            'no movements': (l) => !(l.get('title') ?? '').startsWith('Movement'),
            'no basemap': (l) => !l.get('basemap'),
            'basemap only': (l) => !!l.get('basemap'),
            'basemap without labels': (l) => !!l.get('basemap') && !l.getDeclutter(),
            'movements only': (l) => (l.get('title') ?? '').startsWith('Movement'),
            'places only': (l) => l.get('title') === 'Places',
            nothing: () => false,
          };
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          const afterCommit = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(performance.now()); c.port2.postMessage(0); });
          const out = {};
          const center0 = view.getCenter(), res0 = view.getResolution();
          for (const [name, show] of Object.entries(groups)) {
            layers.forEach((l, i) => l.setVisible(visible[i] && show(l)));
            map.renderSync();
            await frame(); await frame();
            view.beginInteraction();
            const js = [], after = [];
            for (let i = 0; i < 90; i++) {
              await frame();
              if (mode === 'zoom') view.setResolution(res0 * Math.pow(1.01, i % 45 < 23 ? i % 45 : 45 - i % 45));
              else view.setCenter([center0[0] + res0 * 4 * (i % 45 < 23 ? i % 45 : 45 - i % 45), center0[1]]);
              const t0 = performance.now();
              map.renderSync();
              const t1 = performance.now();
              const t2 = await afterCommit();
              js.push(t1 - t0); after.push(t2 - t1);
            }
            view.endInteraction();
            view.setCenter(center0); view.setResolution(res0);
            const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
            const p90 = (a) => a.sort((x, y) => x - y)[Math.floor(a.length * 0.9)];
            out[name] = [med(js), p90(js), med(after), p90(after)];
          }
          layers.forEach((l, i) => l.setVisible(visible[i]));
          map.renderSync();
          return out;
        }
        """;

    /// <summary>
    /// Prints where a cold load's time goes, for <paramref name="loads"/> loads in fresh contexts: every request
    /// (start, time to first byte, last byte, size; in order of start) and the client's marks, from navigation start.
    /// </summary>
    /// <remarks>With <paramref name="tracePath"/>, writes a Chromium trace of the last load (the server warm by then) and its main thread's CPU profile beside it (.cpuprofile).</remarks>
    public static async Task LoadTimelineAsync(IBrowser browser, string address, int loads, string? tracePath)
    {
        for (var load = 0; load < loads; load++)
        {
            await using var context = await FirstLoad.NewContextAsync(browser);
            var page = await FirstLoad.NewPageAsync(context);
            page.Console += (_, m) => { if (m.Type == "error") Console.Error.WriteLine("console: " + m.Text); };
            var trace = tracePath is not null && load == loads - 1 ? await Trace.StartAsync(context, page) : null;
            // The last load is profiled (V8's sampling profiler, main thread): the functions that took the most time.
            var profiler = load == loads - 1 ? await context.NewCDPSessionAsync(page) : null;
            if (profiler is not null)
            {
                await profiler.SendAsync("Profiler.enable");
                await profiler.SendAsync("Profiler.setSamplingInterval", new() { ["interval"] = 500 });
                await profiler.SendAsync("Profiler.start");
            }

            await FirstLoad.OpenAsync(page, address);
            if (profiler is not null)
            {
                var profile = (await profiler.SendAsync("Profiler.stop"))!.Value.GetProperty("profile");
                PrintProfile(profile);
                if (tracePath is not null)
                {
                    // The whole profile too (Chromium DevTools' Performance panel and speedscope open it): who called what.
                    var profilePath = Path.ChangeExtension(tracePath, ".cpuprofile");
                    await File.WriteAllTextAsync(profilePath, profile.GetRawText());
                    Console.Error.WriteLine($"profile written to {profilePath}");
                }
            }

            if (trace is not null)
            {
                await trace.StopAsync(tracePath!);
                Console.Error.WriteLine($"trace written to {tracePath}");
                Console.Error.Write(trace.CpuToFirstRender());
            }

            var lines = await page.EvaluateAsync<string[]>("""
                () => {
                  const f = (v) => v.toFixed(0).padStart(6);
                  const rows = performance.getEntriesByType('resource').map((e) => [e.startTime,
                    `${f(e.startTime)} ${f(e.requestStart)} ${f(e.responseStart)} ${f(e.responseEnd)} ${String(e.encodedBodySize).padStart(8)}  ${e.name.replace(location.origin, '')}`]);
                  for (const m of performance.getEntriesByType('mark')) rows.push([m.startTime, `${f(m.startTime)}  mark ${m.name}`]);
                  const nav = performance.getEntriesByType('navigation')[0];
                  rows.push([nav.domContentLoadedEventEnd, `${f(nav.domContentLoadedEventEnd)}  DOMContentLoaded done`]);
                  return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
                }
                """);
            // The draw worker's own requests (the basemap files it fetches), on the page's clock.
            var origin = await page.EvaluateAsync<double>("() => performance.timeOrigin");
            foreach (var worker in page.Workers)
            {
                lines = [.. lines, .. await worker.EvaluateAsync<string[]>("""
                    (pageOrigin) => {
                      const shift = performance.timeOrigin - pageOrigin;
                      const f = (v) => (v + shift).toFixed(0).padStart(6);
                      return performance.getEntriesByType('resource').map((e) =>
                        `${f(e.startTime)} ${f(e.requestStart)} ${f(e.responseStart)} ${f(e.responseEnd)} ${String(e.encodedBodySize).padStart(8)}  (worker) ${e.name.replace(location.origin, '')}`);
                    }
                    """, origin)];
            }

            lines = [.. lines.OrderBy(l => double.Parse(l[..6], CultureInfo.InvariantCulture))];
            Console.Error.WriteLine($"load {load + 1}: start, request start, first byte, last byte (ms from navigation), bytes, url");
            foreach (var line in lines)
            {
                Console.Error.WriteLine(line);
            }
        }
    }

    // The main thread's self time per function (url:line:column, as the sampling profiler saw it), the largest first.
    private static void PrintProfile(JsonElement profile)
    {
        var self = new Dictionary<int, string>();
        foreach (var node in profile.GetProperty("nodes").EnumerateArray())
        {
            var frame = node.GetProperty("callFrame");
            var url = frame.GetProperty("url").GetString() ?? "";
            self[node.GetProperty("id").GetInt32()] = $"{frame.GetProperty("functionName").GetString()} {url[(url.LastIndexOf('/') + 1)..]}:{frame.GetProperty("lineNumber").GetInt32() + 1}:{frame.GetProperty("columnNumber").GetInt32() + 1}";
        }

        var samples = profile.GetProperty("samples").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var deltas = profile.GetProperty("timeDeltas").EnumerateArray().Select(e => e.GetDouble() / 1000).ToArray();
        var totals = new Dictionary<string, double>();
        for (var i = 1; i < samples.Length; i++)
        {
            var name = self[samples[i - 1]];
            totals[name] = totals.GetValueOrDefault(name) + deltas[i];
        }

        Console.Error.WriteLine("main thread self time by function (ms):");
        foreach (var (name, ms) in totals.OrderByDescending(kv => kv.Value).Take(30))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F1}  {name}"));
        }
    }

    /// <summary>Prints, per group of visible layers, what one frame of a scripted pan and zoom costs.</summary>
    public static async Task LayerCostsAsync(IBrowser browser, string address)
    {
        await using var context = await FirstLoad.NewContextAsync(browser);
        var page = await FirstLoad.NewPageAsync(context);
        page.Console += (_, m) => Console.Error.WriteLine("console: " + m.Text);
        await FirstLoad.OpenAsync(page, address);
        await page.WaitForTimeoutAsync(1000);
        Console.Error.WriteLine("canvases: " + await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#map canvas')].map((c) => c.width + 'x' + c.height).join(', ')"));
        // Hovering the map (not dragging) looks for a feature under the pointer on every move.
        var hover = await page.EvaluateAsync<double[]>("""
            () => {
              const vp = window.geomap.map.getViewport();
              const r = vp.getBoundingClientRect();
              const times = [];
              const map = window.geomap.map;
              const px = [r.width / 2, r.height / 2];
              for (const l of map.getAllLayers().filter((l) => l.getVisible() && l.get('title'))) {
                const t0 = performance.now();
                map.forEachFeatureAtPixel(px, () => true, { hitTolerance: 5, layerFilter: (x) => x === l });
                console.log('hit ' + l.get('title') + ' ' + (performance.now() - t0).toFixed(1));
              }
              for (let i = 0; i < 21; i++) {
                const t0 = performance.now();
                vp.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + r.width / 2 + i * 7, clientY: r.top + r.height / 2 + i * 3, bubbles: true, isPrimary: true, pointerId: 1, pointerType: 'mouse' }));
                times.push(performance.now() - t0);
              }
              const first = times.shift();
              return [first, times.sort((a, b) => a - b)[10], times[19]];
            }
            """);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hover (pointermove handling): first {hover[0]:F1} ms, then median {hover[1]:F1}, max {hover[2]:F1}"));
        // The movement listing: server time to first byte, transfer, parse; in the map's view and in full.
        foreach (var view in new[] { "map", "full" })
        {
            var t = await page.EvaluateAsync<double[]>("""
                async (view) => {
                  const url = `/api/movements?limit=10000&view=${view}&n=${Math.random()}`;
                  const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
                  const text = await response.text();
                  const t0 = performance.now();
                  JSON.parse(text);
                  const parse = performance.now() - t0;
                  const e = performance.getEntriesByName(new URL(url, location.href).href)[0];
                  return [e.responseStart - e.requestStart, e.responseEnd - e.responseStart, parse, text.length / 1e6, e.encodedBodySize / 1e6];
                }
                """, view);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"listing view={view}: server {t[0]:F0} ms to first byte, transfer {t[1]:F0} ms, JSON.parse {t[2]:F0} ms, {t[3]:F1} MB ({t[4]:F1} MB on the wire)"));
        }

        // Layers drawn off the main thread: how long a new image takes, from the request to the image.
        var workerDraws = await page.EvaluateAsync<Dictionary<string, double>>("""
            async () => {
              const out = {};
              for (const l of window.geomap.map.getAllLayers().filter((l) => l.get('redraw'))) {
                const times = [];
                for (let i = 0; i < 5; i++) times.push(await l.get('redraw')());
                out[l.get('title') ?? l.get('name')] = times.sort((a, b) => a - b)[2];
              }
              return out;
            }
            """);
        foreach (var (name, ms) in workerDraws)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worker redraw of {name}: {ms:F1} ms from request to image (median of 5)"));
        }
        foreach (var mode in new[] { "pan", "zoom" })
        {
            var costs = await page.EvaluateAsync<Dictionary<string, double[]>>(LayerCostScript, new object[] { mode });
            Console.Error.WriteLine($"{mode}: layers shown | OL render median / p90 | then style+paint+commit median / p90 (ms)");
            foreach (var (name, v) in costs)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {v[0],5:F1} / {v[1],5:F1} | {v[2],5:F1} / {v[3],5:F1}"));
            }
        }
    }

    /// <summary>Runs <paramref name="loads"/> instrumented loads and prints where the late frames' time went.</summary>
    public static async Task RunAsync(IBrowser browser, string address, int loads, string? tracePath)
    {
        var frames = new List<Frame>();
        for (var load = 0; load < loads; load++)
        {
            await using var context = await FirstLoad.NewContextAsync(browser);
            var page = await FirstLoad.NewPageAsync(context);
            await FirstLoad.OpenAsync(page, address);
            await page.WaitForTimeoutAsync(500);
            Trace? trace = tracePath is not null && load == 0 ? await Trace.StartAsync(context, page) : null;

            await page.EvaluateAsync(InstrumentScript);
            await ClientBench.InteractAsync(page, phase => page.EvaluateAsync($"() => {{ window.__phase = '{phase}'; }}"));
            await page.EvaluateAsync("() => { window.__diagRecording = false; }");
            if (trace is not null)
            {
                await trace.StopAsync(tracePath!);
                Console.Error.WriteLine($"trace written to {tracePath}");
            }

            var json = await page.EvaluateAsync<JsonElement>("() => ({ frames: window.__frameLog, work: window.__work, events: window.__events, loaf: window.__loaf, drawing: window.__drawing })");
            frames.AddRange(Attribute(json));
            if (load == 0)
            {
                foreach (var loaf in json.GetProperty("loaf").EnumerateArray().Take(40))
                {
                    Console.Error.WriteLine("long animation frame: " + loaf.GetRawText());
                }
            }
        }

        Report(frames);
    }

    // A Chromium trace over CDP (Tracing.start/end), since Playwright for .NET has no browser-level tracing.
    private sealed class Trace
    {
        private readonly ICDPSession session;
        private readonly List<JsonElement> events = [];
        private readonly TaskCompletionSource done = new();

        private Trace(ICDPSession session)
        {
            this.session = session;
            session.Event("Tracing.dataCollected").OnEvent += (_, e) =>
            {
                lock (events)
                {
                    events.AddRange(e!.Value.GetProperty("value").EnumerateArray().Select(v => v.Clone()));
                }
            };
            session.Event("Tracing.tracingComplete").OnEvent += (_, _) => done.TrySetResult();
        }

        public static async Task<Trace> StartAsync(IBrowserContext context, IPage page)
        {
            var trace = new Trace(await context.NewCDPSessionAsync(page));
            await trace.session.SendAsync("Tracing.start", new()
            {
                ["transferMode"] = "ReportEvents",
                ["traceConfig"] = new Dictionary<string, object>
                {
                    ["includedCategories"] = new[] { "devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "blink", "blink.user_timing", "cc", "gpu", "viz", "v8", "toplevel", "benchmark", "input",
                        // V8's sampling profiler in every isolate, the draw worker's too (ProfileChunk events per thread).
                        "disabled-by-default-v8.cpu_profiler" },
                },
            });
            return trace;
        }

        public async Task StopAsync(string path)
        {
            await session.SendAsync("Tracing.end");
            await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await using var file = File.Create(path);
            lock (events)
            {
                JsonSerializer.Serialize(file, new { traceEvents = events });
            }
        }

        /// <summary>
        /// CPU time per thread from the navigation's first request to the client's first-render mark (or the trace's
        /// end), summed over each thread's outermost trace events (their thread time, <c>tdur</c>): the page's process
        /// thread by thread, with the main thread's ten costliest tasks; the browser's other processes as totals.
        /// Wall times under load say little; these move much less.
        /// </summary>
        public string CpuToFirstRender()
        {
            List<JsonElement> all;
            lock (events)
            {
                all = [.. events];
            }

            var threads = new Dictionary<(long Pid, long Tid), string>();
            var processes = new Dictionary<long, string>();
            foreach (var e in all.Where(e => Str(e, "ph") == "M"))
            {
                var name = e.TryGetProperty("args", out var a) ? Str(a, "name") : "";
                if (Str(e, "name") == "thread_name") threads[(Num(e, "pid"), Num(e, "tid"))] = name;
                if (Str(e, "name") == "process_name") processes[Num(e, "pid")] = name;
            }

            var start = all.Where(e => Str(e, "name") == "ResourceSendRequest").Select(e => Num(e, "ts")).DefaultIfEmpty(0).Min();
            // The page's process: the one whose draw worker ran.
            var page = threads.Where(t => t.Value == "DedicatedWorker thread").Select(t => t.Key.Pid).FirstOrDefault();
            var marks = all.Where(e => Num(e, "pid") == page && Str(e, "name") == "geomap:first-render").Select(e => Num(e, "ts")).ToList();
            var end = marks.Count > 0 ? marks.Min() : long.MaxValue;
            var tops = new Dictionary<(long Pid, long Tid), List<JsonElement>>();
            foreach (var group in all.Where(e => Str(e, "ph") == "X" && e.TryGetProperty("tdur", out _) && Num(e, "ts") >= start && Num(e, "ts") < end)
                         .GroupBy(e => (Num(e, "pid"), Num(e, "tid"))))
            {
                var outer = new List<JsonElement>();
                var until = long.MinValue;
                foreach (var e in group.OrderBy(e => Num(e, "ts")).ThenByDescending(e => Num(e, "dur")))
                {
                    if (Num(e, "ts") < until) continue;
                    outer.Add(e);
                    until = Num(e, "ts") + Num(e, "dur");
                }

                tops[group.Key] = outer;
            }

            if (tops.Count == 0) return "CPU time: the trace holds no timed events.\n";
            var last = marks.Count > 0 ? end : tops.Values.SelectMany(t => t).Max(e => Num(e, "ts") + Num(e, "dur"));
            var sb = new StringBuilder();
            sb.AppendLine(CultureInfo.InvariantCulture, $"CPU time from navigation to {(marks.Count > 0 ? "the first-render mark" : "the end of the trace")} ({Ms(last - start):F0} ms of wall time), by thread (ms):");
            foreach (var group in tops.Where(t => t.Key.Pid == page).GroupBy(t => threads.GetValueOrDefault(t.Key, "?")).OrderByDescending(g => g.Sum(t => Cpu(t.Value))))
            {
                var cpu = Ms(group.Sum(t => Cpu(t.Value)));
                if (cpu >= 1) sb.AppendLine(CultureInfo.InvariantCulture, $"  {cpu,7:F0}  page: {group.Key} ({group.Count()} thread{(group.Count() == 1 ? "" : "s")})");
            }

            foreach (var group in tops.Where(t => t.Key.Pid != page).GroupBy(t => processes.GetValueOrDefault(t.Key.Pid, $"process {t.Key.Pid}")).OrderByDescending(g => g.Sum(t => Cpu(t.Value))))
            {
                var cpu = Ms(group.Sum(t => Cpu(t.Value)));
                if (cpu >= 1) sb.AppendLine(CultureInfo.InvariantCulture, $"  {cpu,7:F0}  {group.Key} (all threads)");
            }

            // The main thread's costliest tasks, each named by the costliest event inside it that says what ran.
            var main = tops.FirstOrDefault(t => t.Key.Pid == page && threads.GetValueOrDefault(t.Key) == "CrRendererMain");
            if (main.Value is null) return sb.ToString();
            string[] telling = ["v8.evaluateModule", "EvaluateScript", "FireAnimationFrame", "TimerFire", "XHRLoad", "EventDispatch", "ParseHTML", "UpdateLayoutTree", "Layout", "Paint", "Commit", "MinorGC", "MajorGC", "FunctionCall"];
            var inMain = all.Where(e => Num(e, "pid") == page && Num(e, "tid") == main.Key.Tid && Str(e, "ph") == "X" && telling.Contains(Str(e, "name"))).ToList();
            sb.AppendLine("  the main thread's costliest tasks (ms from navigation: CPU ms, what ran):");
            foreach (var task in main.Value.OrderByDescending(e => Num(e, "tdur")).Take(10).OrderBy(e => Num(e, "ts")))
            {
                var from = Num(task, "ts");
                var to = from + Num(task, "dur");
                var what = inMain.Where(e => Num(e, "ts") >= from && Num(e, "ts") < to).OrderByDescending(e => Num(e, "tdur")).Select(e => Str(e, "name")).FirstOrDefault() ?? Str(task, "name");
                sb.AppendLine(CultureInfo.InvariantCulture, $"    {Ms(from - start),6:F0}: {Ms(Num(task, "tdur")),5:F0}  {what}");
            }

            return sb.ToString();
        }

        private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

        private static long Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? (long)v.GetDouble() : 0;

        private static double Ms(long us) => us / 1000.0;

        private static long Cpu(IEnumerable<JsonElement> es) => es.Sum(e => Num(e, "tdur"));
    }

    private sealed record Frame(double Delta, string Phase, bool Interacting, bool Animating, Dictionary<string, double> Work, bool WorkerDrawing)
    {
        public double Total => Work.Where(kv => kv.Key != "frame").Sum(kv => kv.Value);

        public double OpenLayers => Work.GetValueOrDefault("frame");
    }

    // Each frame's delta covers (previous tick, this tick]: the work that started in that interval made it late or not.
    private static IEnumerable<Frame> Attribute(JsonElement json)
    {
        var work = json.GetProperty("work").EnumerateArray().Select(w => (Start: w[0].GetDouble(), Ms: w[1].GetDouble(), Label: w[2].GetString()!))
            .Concat(json.GetProperty("events").EnumerateArray().Select(e => (Start: e[0].GetDouble(), Ms: e[1].GetDouble(), Label: e[2].GetString()!)))
            .OrderBy(w => w.Start).ToList();
        var drawing = json.GetProperty("drawing").EnumerateArray().Select(d => (Start: d[0].GetDouble(), End: d[1].GetDouble())).ToList();
        foreach (var f in json.GetProperty("frames").EnumerateArray())
        {
            double from = f[0].GetDouble(), to = f[1].GetDouble();
            var workerDrawing = drawing.Any(d => d.Start < to && d.End > from);
            var sums = new Dictionary<string, double>();
            foreach (var w in work.Where(w => w.Start >= from && w.Start < to))
            {
                sums[w.Label] = sums.GetValueOrDefault(w.Label) + w.Ms;
            }

            yield return new Frame(to - from, f[2].GetString()!, f[3].GetBoolean(), f[4].GetBoolean(), sums, workerDrawing);
        }
    }

    private static void Report(List<Frame> frames)
    {
        string Ms(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{frames.Count} frames; late (>= 25 ms, i.e. 33.3 ms or more): {frames.Count(f => f.Delta >= 25)}");
        sb.AppendLine("| phase | view state | frames | late | late share of all frames | median OL frame ms (on time / late) |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var g in frames.GroupBy(f => (Phase: Kind(f.Phase), State: f.Interacting ? "interacting" : f.Animating ? "animating" : "still")).OrderBy(g => g.Key.Phase).ThenBy(g => g.Key.State))
        {
            var late = g.Where(f => f.Delta >= 25).ToList();
            var onTime = g.Where(f => f.Delta < 25).ToList();
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key.Phase} | {g.Key.State} | {g.Count()} | {late.Count} | {Ms(100.0 * late.Count / frames.Count)} % | {Ms(Median(onTime.Select(f => f.OpenLayers)))} / {Ms(Median(late.Select(f => f.OpenLayers)))} |");
        }

        var overlapping = frames.Where(f => f.WorkerDrawing).ToList();
        sb.AppendLine(CultureInfo.InvariantCulture, $"While the draw worker was drawing: {overlapping.Count} frames, {overlapping.Count(f => f.Delta >= 25)} late; otherwise {frames.Count - overlapping.Count} frames, {frames.Count(f => !f.WorkerDrawing && f.Delta >= 25)} late.");
        sb.AppendLine();
        sb.AppendLine("Late frames by the largest piece of main-thread work in them:");
        foreach (var g in frames.Where(f => f.Delta >= 25).GroupBy(f => f.Work.Where(kv => kv.Key != "frame").OrderByDescending(kv => kv.Value).Select(kv => kv.Value < 8 ? "(nothing over 8 ms)" : kv.Key).FirstOrDefault() ?? "(no recorded work)").OrderByDescending(g => g.Count()))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {g.Count(),4} frames, delta median {Ms(Median(g.Select(f => f.Delta)))} ms, that work median {Ms(Median(g.Select(f => f.Work.Where(kv => kv.Key != "frame").Max(kv => (double?)kv.Value) ?? 0)))} ms, OL frame median {Ms(Median(g.Select(f => f.OpenLayers)))} ms: {g.Key}");
        }

        sb.AppendLine();
        sb.AppendLine("Mean main-thread work per frame by label (late frames / on-time frames, ms):");
        var labels = frames.SelectMany(f => f.Work.Keys).Distinct().Order();
        var lateFrames = frames.Where(f => f.Delta >= 25).ToList();
        var onTimeFrames = frames.Where(f => f.Delta < 25).ToList();
        foreach (var label in labels)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {Ms(lateFrames.Average(f => f.Work.GetValueOrDefault(label))),7} / {Ms(onTimeFrames.Average(f => f.Work.GetValueOrDefault(label))),6}  {label}");
        }

        sb.AppendLine();
        sb.AppendLine("Delta histogram (ms): " + string.Join(", ", frames.GroupBy(f => Math.Round(f.Delta / 16.667)).OrderBy(g => g.Key).Select(g => $"{Ms(g.Key * 16.667)}: {g.Count()}")));
        Console.Error.Write(sb.ToString());
    }

    private static string Kind(string phase) => phase.StartsWith("drag", StringComparison.Ordinal) ? "drag" : phase.StartsWith("wheel", StringComparison.Ordinal) ? "wheel" : phase;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

// bench/soak driver: a mixed read load at a fixed concurrency plus one writer, against a running `geomap serve`.
//   overlay BASE KEY                       upload a generated 2048x2048 PNG overlay and wait until it is tiled; prints its id
//   run BASE KEY PID SECONDS CONCURRENCY OVERLAY OUT.tsv
//       readers: OGC movement items (varied bbox and datetime), /api/movements?view=map, overlay tiles, place search;
//       writer: a new report every 2 s; every 10 s one line: second, requests, non-2xx by status, p50, p99, max (ms),
//       server RSS (MB), reports written; a summary line at the end.
//   budgets BASE KEY OUT.md                every budget exceeded on purpose, each answer timed (Budgets.cs)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length >= 3 && args[0] == "overlay")
{
    Console.WriteLine(await Overlay.UploadAsync(args[1], args[2]));
    return 0;
}

if (args.Length >= 4 && args[0] == "budgets")
{
    return await Budgets.RunAsync(args[1].TrimEnd('/'), args[2], args[3]);
}

if (args.Length < 8 || args[0] != "run")
{
    Console.Error.WriteLine("usage: SoakBench overlay BASE KEY | run BASE KEY PID SECONDS CONCURRENCY OVERLAY OUT.tsv | budgets BASE KEY OUT.md");
    return 2;
}

var (baseUrl, key, pid) = (args[1].TrimEnd('/'), args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
var seconds = int.Parse(args[4], CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[5], CultureInfo.InvariantCulture);
var overlayId = args[6];
var output = args[7];

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency + 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
var tiles = await Overlay.TilesAsync(http, overlayId);
var samples = new ConcurrentQueue<Sample>();
var writes = 0;
var writeFailures = new ConcurrentQueue<string>();
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));

var readers = Enumerable.Range(0, concurrency).Select(n => Task.Run(async () =>
{
    var random = new Random(1000 + n);
    while (!stop.IsCancellationRequested)
    {
        var (kind, url) = Load.Next(random, tiles);
        var watch = Stopwatch.StartNew();
        int status;
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            status = 0;
        }

        samples.Enqueue(new Sample(kind, status, watch.Elapsed.TotalMilliseconds, url));
    }
})).ToList();

var writer = Task.Run(async () =>
{
    var random = new Random(7);
    var n = 0;
    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
    while (await timer.WaitForNextTickAsync(CancellationToken.None) && !stop.IsCancellationRequested)
    {
        n++;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new StringContent(JsonSerializer.Serialize(Load.Report(random, n)), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, CancellationToken.None);
            samples.Enqueue(new Sample("write", (int)response.StatusCode, watch.Elapsed.TotalMilliseconds, "/api/reports"));
            if ((int)response.StatusCode is 200 or 201)
            {
                Interlocked.Increment(ref writes);
            }
            else
            {
                writeFailures.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            samples.Enqueue(new Sample("write", 0, watch.Elapsed.TotalMilliseconds, "/api/reports"));
            writeFailures.Enqueue(e.Message);
        }
    }
});

await using var tsv = new StreamWriter(output);
await tsv.WriteLineAsync("second\trequests\trps\tnon2xx\tp50_ms\tp99_ms\tmax_ms\trss_mb\twrites\tload1");
var all = new List<Sample>();
var clock = Stopwatch.StartNew();
using (var tick = new PeriodicTimer(TimeSpan.FromSeconds(10)))
{
    while (await tick.WaitForNextTickAsync(CancellationToken.None))
    {
        var window = Drain(samples);
        all.AddRange(window);
        var line = Line((int)Math.Round(clock.Elapsed.TotalSeconds), window, 10, Rss(pid), Volatile.Read(ref writes));
        await tsv.WriteLineAsync(line);
        await tsv.FlushAsync();
        Console.WriteLine(line);
        if (stop.IsCancellationRequested)
        {
            break;
        }
    }
}

await Task.WhenAll(readers);
await writer;
all.AddRange(Drain(samples));

// Summary: per kind, and every non-2xx status with an example URL.
await using var summary = new StreamWriter(Path.ChangeExtension(output, ".summary.tsv"));
await summary.WriteLineAsync("kind\trequests\tnon2xx\tp50_ms\tp99_ms\tmax_ms");
foreach (var group in all.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(all.GroupBy(_ => "all").Single()))
{
    var ms = group.Select(s => s.Ms).Order().ToArray();
    await summary.WriteLineAsync(FormattableString.Invariant(
        $"{group.Key}\t{ms.Length}\t{group.Count(s => s.Status is < 200 or > 299)}\t{Percentile(ms, 0.5):F1}\t{Percentile(ms, 0.99):F1}\t{ms[^1]:F1}"));
}

foreach (var bad in all.Where(s => s.Status is < 200 or > 299).GroupBy(s => s.Status))
{
    await summary.WriteLineAsync($"status {bad.Key}\t{bad.Count()}\te.g. {bad.First().Url}");
}

foreach (var failure in writeFailures.Take(5))
{
    await summary.WriteLineAsync($"write failure\t{failure.ReplaceLineEndings(" ")[..Math.Min(300, failure.Length)]}");
}

await summary.WriteLineAsync($"writes\t{writes}");
return 0;

static List<Sample> Drain(ConcurrentQueue<Sample> queue)
{
    var list = new List<Sample>();
    while (queue.TryDequeue(out var s))
    {
        list.Add(s);
    }

    return list;
}

static string Line(int second, List<Sample> window, int length, double rss, int writes)
{
    var ms = window.Select(s => s.Ms).Order().ToArray();
    var bad = window.Where(s => s.Status is < 200 or > 299).GroupBy(s => s.Status).Select(g => $"{g.Key}x{g.Count()}");
    var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
    return FormattableString.Invariant(
        $"{second}\t{ms.Length}\t{ms.Length / (double)length:F0}\t{(bad.Any() ? string.Join(",", bad) : "0")}\t{Percentile(ms, 0.5):F1}\t{Percentile(ms, 0.99):F1}\t{(ms.Length > 0 ? ms[^1] : 0):F1}\t{rss:F0}\t{writes}\t{load}");
}

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

static double Rss(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
    catch (IOException)
    {
        return double.NaN;
    }
}

/// <summary>One request: what, its status (0: no answer), its latency and URL.</summary>
internal sealed record Sample(string Kind, int Status, double Ms, string Url);

/// <summary>The mix of requests and the reports the writer posts.</summary>
internal static class Load
{
    // The area and time span of bench/query's generator (MovementGenerator), so boxes and intervals hit data.
    private const double West = -10, East = 150, South = 10, North = 70;
    private static readonly DateTime Start = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private const int Days = 730;

    private static readonly string[] Prefixes = ["Kur", "Bel", "Kyi", "Khar", "Odes", "Ussur", "Vlad", "Mins", "Lviv", "Don", "Zap", "Sev", "Ros", "War", "Ber", "Par", "Sam", "Nov", "Kra", "Mos"];

    private static readonly (string Town, string Country)[] Towns =
    [
        ("Kursk", "Russia"), ("Belgorod", "Russia"), ("Voronezh", "Russia"), ("Rostov-on-Don", "Russia"), ("Pskov", "Russia"),
        ("Kharkiv", "Ukraine"), ("Poltava", "Ukraine"), ("Dnipro", "Ukraine"), ("Zaporizhzhia", "Ukraine"), ("Sumy", "Ukraine"),
        ("Brest", "Belarus"), ("Gomel", "Belarus"), ("Rzeszow", "Poland"), ("Lublin", "Poland"), ("Constanta", "Romania"),
        ("Ussuriysk", "Russia"), ("Vladivostok", "Russia"), ("Khabarovsk", "Russia"), ("Kaliningrad", "Russia"), ("Murmansk", "Russia"),
    ];

    private static readonly string[] Forces = ["soldiers", "troops", "paratroopers", "marines", "special forces"];
    private static readonly string[] Means = ["by rail", "by road", "in trucks", "by train", "aboard a transport ship"];

    public static (string Kind, string Url) Next(Random random, IReadOnlyList<string> tiles)
    {
        var roll = random.NextDouble();
        if (roll < 0.35)
        {
            var (box, from, to) = Window(random);
            return ("ogc", $"/ogc/collections/movements/items?bbox={box}&datetime={from:yyyy-MM-dd'T'HH:mm:ss'Z'}/{to:yyyy-MM-dd'T'HH:mm:ss'Z'}&limit=100");
        }

        if (roll < 0.60)
        {
            var (box, from, to) = Window(random);
            return ("map", $"/api/movements?view=map&bbox={box}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&limit=500");
        }

        if (roll < 0.85)
        {
            return ("tile", tiles[random.Next(tiles.Count)]);
        }

        return ("places", $"/api/places?q={Prefixes[random.Next(Prefixes.Length)]}&limit=20");
    }

    /// <summary>A box of 1-10 degrees and an interval of 7-90 days inside the generator's span.</summary>
    private static (string Box, DateTime From, DateTime To) Window(Random random)
    {
        var size = 1 + (random.NextDouble() * 9);
        var west = West + (random.NextDouble() * (East - West - size));
        var south = South + (random.NextDouble() * (North - South - size));
        var from = Start.AddDays(random.Next(Days - 90));
        return (FormattableString.Invariant($"{west:F3},{south:F3},{west + size:F3},{south + size:F3}"), from, from.AddDays(7 + random.Next(84)));
    }

    /// <summary>A new short news report (unique text, so each is stored) naming a movement between two towns.</summary>
    public static object Report(Random random, int n)
    {
        var from = Towns[random.Next(Towns.Length)];
        var to = Towns[random.Next(Towns.Length)];
        var day = 1 + random.Next(27);
        var strength = (1 + random.Next(60)) * 100;
        var text = $"{to.Town}, {to.Country} (soak {n}) - About {strength:N0} {Forces[random.Next(Forces.Length)]} moved from {from.Town} to {to.Town} "
            + $"{Means[random.Next(Means.Length)]} between {day} and {day + 1} November 2024, officials said on Monday. "
            + $"Local residents in {to.Town} reported columns of vehicles on the main road overnight, report number {n}.";
        return new { text, publishedAt = "2024-11-30T08:00:00Z", source = "Soak Wire", language = "en" };
    }
}

/// <summary>The overlay whose tiles the readers fetch.</summary>
internal static class Overlay
{
    /// <summary>Uploads a generated PNG over eastern Ukraine and waits until it is tiled.</summary>
    public static async Task<string> UploadAsync(string baseUrl, string key)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Png(2048, 2048)) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "soak.png" },
            { new StringContent("soak overlay"), "title" },
            { new StringContent("34,47,38,51"), "bounds" },
            { new StringContent("2024-11-01T00:00:00Z"), "acquiredAt" },
        };
        using var response = await http.PostAsync("/api/overlays", form);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"overlay upload: {(int)response.StatusCode} {body}");
        }

        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        for (var i = 0; i < 600; i++)
        {
            var status = JsonDocument.Parse(await http.GetStringAsync($"/api/overlays/{id}")).RootElement;
            var state = status.TryGetProperty("properties", out var p) ? p.GetProperty("status").GetString() : status.GetProperty("status").GetString();
            if (state == "ready")
            {
                return id;
            }

            if (state == "failed")
            {
                throw new InvalidOperationException("overlay tiling failed: " + status);
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException("overlay not tiled after 10 minutes");
    }

    /// <summary>Tile URLs inside the overlay's pyramid, from its TileJSON (zoom range and bounds).</summary>
    public static async Task<IReadOnlyList<string>> TilesAsync(HttpClient http, string id)
    {
        var tileJson = JsonDocument.Parse(await http.GetStringAsync($"/tiles/{id}/tilejson.json")).RootElement;
        var min = tileJson.GetProperty("minzoom").GetInt32();
        var max = tileJson.GetProperty("maxzoom").GetInt32();
        var b = tileJson.GetProperty("bounds").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var urls = new List<string>();
        for (var z = min; z <= max; z++)
        {
            var (x0, y0) = Tile(b[0], b[3], z);
            var (x1, y1) = Tile(b[2], b[1], z);
            for (var x = x0; x <= x1; x++)
            {
                for (var y = y0; y <= y1; y++)
                {
                    urls.Add($"/tiles/{id}/{z}/{x}/{y}.png");
                }
            }
        }

        return urls;
    }

    private static (int X, int Y) Tile(double lon, double lat, int z)
    {
        var n = 1 << z;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var r = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - (Math.Log(Math.Tan(r) + (1 / Math.Cos(r))) / Math.PI)) / 2 * n);
        return (Math.Clamp(x, 0, n - 1), Math.Clamp(y, 0, n - 1));
    }

    /// <summary>An RGB PNG with a pattern that does not compress to nothing.</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte((byte)(x ^ y));
                raw.WriteByte((byte)((x * 7) + (y * 3)));
                raw.WriteByte((byte)((x + y) / 16));
            }
        }

        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(z);
        }

        var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    /// <summary>The CRC-32 of a PNG chunk (ISO 3309, as zlib computes it).</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

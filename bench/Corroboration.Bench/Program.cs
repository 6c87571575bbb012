using System.Diagnostics;
using System.Globalization;
using GeoMap.Bench.Corroboration;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Server.Ingest;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;
using Npgsql;

// bench/corroboration (issue 12): grouping quality and ingest cost of claims and tracked movements.
//   quality [movements] [seed] [out.md]           a seeded stream into an empty database: pairwise precision/recall of the
//                                                  grouping, duplicate detection, source counts
//   rate [background claims] [movements] [seed] [out.md]
//                                                  ingest rate with and without claims against a database holding the
//                                                  background claims
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var ct = CancellationToken.None;
var verb = args.Length > 0 ? args[0] : "quality";
var settings = Settings();
await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), ct);
var dataSource = database.DataSource;
var store = new ReportStore(new ReportRepository(dataSource, settings), Microsoft.Extensions.Options.Options.Create(settings));

if (verb == "quality")
{
    var count = Arg(1, 300);
    var seed = Arg(2, 12);
    var output = args.Length > 3 ? args[3] : "quality.md";
    await Truncate(dataSource);
    var (towns, movements, reports) = ReportStream.Generate(new StreamSettings(seed, count, 30, 44, 40, 52, 60, new DateOnly(2024, 1, 1), 365, 910_000_000));
    var cpu = await CpuClock.StartAsync(dataSource);
    var stored = new Dictionary<long, GeneratedReport>();
    var refused = 0;
    foreach (var r in reports)
    {
        try
        {
            var result = await store.StoreAsync(ToReport(r, "bench"), Mentions(r), [r.Claim], "bench", ct);
            stored[result.Details.Report.Id] = r;
        }
        catch (CorroborationException)
        {
            refused++;
        }
    }

    var (wall, benchCpu, pgCpu) = await cpu.StopAsync();
    var quality = await Quality.MeasureAsync(dataSource, stored, ct);
    File.WriteAllLines(Path.ChangeExtension(output, ".details.txt"), quality.Details);
    File.WriteAllText(output, quality.Markdown(count, seed, movements, reports, refused, wall, benchCpu, pgCpu));
    Console.WriteLine(quality.Summary);
    return 0;
}

if (verb == "rate")
{
    var background = Arg(1, 100_000);
    var count = Arg(2, 150);
    var seed = Arg(3, 21);
    var output = args.Length > 4 ? args[4] : "rate.md";
    // REUSE_BACKGROUND=1 keeps a background an earlier run loaded (give another seed, so that the texts are new): for
    // profiling one change after another; a measurement to report loads it afresh.
    var loaded = Environment.GetEnvironmentVariable("REUSE_BACKGROUND") == "1" && await Background.FindAsync(dataSource, background, ct) is { } found
        ? found
        : await Background.LoadAsync(dataSource, background, ct);
    var lines = new List<string>
    {
        $"Background: {loaded.Claims:N0} claims of {loaded.Movements:N0} tracked movements from {loaded.Reports:N0} reports (with fingerprints), " +
        $"{loaded.Places:N0} places, loaded by COPY in {loaded.Seconds:F0} s; generated like the stream over a region three times as wide and three years.",
        "",
        "| Mode | Reports | Claims | Wall s | Reports/s | Bench CPU s | PostgreSQL CPU s | CPU ms per report | Copies P / R | Load before → after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    };

    // Warm-up, not measured: a server that has been running has compiled its ingest path (tiered JIT), so the first
    // hundreds of reports of a fresh process measure the JIT compiler, not ingest.
    var (_, _, warmUp) = ReportStream.Generate(new StreamSettings(seed + 3, 40, 30, 44, 40, 52, 60, new DateOnly(2024, 1, 1), 365, 920_000_000 + ((seed + 3) * 1_000)));
    await Ingest(warmUp, withClaims: true, clients: 2);
    await Ingest(warmUp.Select(r => r with { Text = r.Text + " (no claims)" }).ToList(), withClaims: false, clients: 1);
    Console.Error.WriteLine($"warmed up on {warmUp.Count} reports");

    // Same stream shape, other seeds, so that the modes store different texts (ingest is idempotent by text) and none
    // is a copy of another's reports. Several clients at once is how a server ingests: reports of places too far apart to
    // be one movement link at the same time (ClaimLinker's area locks).
    foreach (var (mode, withClaims, clients, s) in new[]
    {
        ("reports and mentions, no claims, 1 client", false, 1, seed), ("reports with claims, grouping on, 1 client", true, 1, seed + 1),
        ("reports with claims, grouping on, 4 clients", true, 4, seed + 2),
    }.Where((_, i) => Environment.GetEnvironmentVariable("RATE_MODES") is not { Length: > 0 } only || only.Contains((char)('1' + i)))) // RATE_MODES=23: some modes only
    {
        var (_, _, reports) = ReportStream.Generate(new StreamSettings(s, count, 30, 44, 40, 52, 60, new DateOnly(2024, 1, 1), 365, 920_000_000 + (s * 1_000)));
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var cpu = await CpuClock.StartAsync(dataSource);
        var (claims, copies) = await Ingest(reports, withClaims, clients);

        var (wall, benchCpu, pgCpu) = await cpu.StopAsync();
        var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {mode} | {reports.Count} | {claims} | {wall:F1} | {reports.Count / wall:F0} | {benchCpu:F1} | {pgCpu:F1} | {1000 * (benchCpu + pgCpu) / reports.Count:F1} | {copies} | {load} → {loadAfter} |"));
        Console.WriteLine(lines[^1]);
    }

    File.WriteAllLines(output, lines);
    return 0;

    // Each client stores one report at a time, the next of the stream. Returns the number of claims stored and the
    // precision / recall of the copies recognised, as the quality run counts them, against the history of this run.
    async Task<(int Claims, string Copies)> Ingest(IReadOnlyList<GeneratedReport> reports, bool withClaims, int clients)
    {
        var claims = 0;
        var next = -1;
        var stored = new (long Id, long? CopyOf)[reports.Count];
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < reports.Count; i = Interlocked.Increment(ref next))
            {
                var r = reports[i];
                var result = await store.StoreAsync(ToReport(r, "bench-rate"), Mentions(r), withClaims ? [r.Claim] : [], "bench-rate", ct);
                Interlocked.Add(ref claims, result.Details.Claims.Count);
                stored[i] = (result.Details.Report.Id, result.Details.Report.CopyOfReportId);
            }
        })));

        var byStoredId = reports.Select((r, i) => (r, stored[i].Id)).ToDictionary(x => x.Id, x => x.r);
        var marked = reports.Select((r, i) => (Report: r, stored[i].CopyOf)).Where(x => x.CopyOf is not null).ToList();
        var right = marked.Count(x => x.Report.Origin != "original" && byStoredId.TryGetValue(x.CopyOf!.Value, out var o) && (o.CopyOf ?? o.Id) == x.Report.CopyOf);
        var truth = reports.Count(r => r.Origin != "original");
        return (claims, string.Create(CultureInfo.InvariantCulture, $"{(marked.Count == 0 ? 1 : (double)right / marked.Count):F3} / {(truth == 0 ? 1 : (double)right / truth):F3}"));
    }
}

Console.Error.WriteLine("usage: quality [movements] [seed] [out.md] | rate [background claims] [movements] [seed] [out.md]");
return 2;

// The defaults of appsettings.Example.json, or a threshold tried from the environment as the server reads it
// (GeoMap__Corroboration__OriginKm=50), so that a change of a setting can be measured without a build.
static GroupingSettings Settings()
{
    var settings = new GroupingSettings();
    foreach (var property in typeof(GroupingSettings).GetProperties())
    {
        if (Environment.GetEnvironmentVariable("GeoMap__Corroboration__" + property.Name) is { Length: > 0 } value)
        {
            property.SetValue(settings, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
            Console.Error.WriteLine($"GeoMap:Corroboration:{property.Name} = {value}");
        }
    }

    settings.Validate();
    return settings;
}

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;

static Report ToReport(GeneratedReport r, string tag) => new()
{
    Text = r.Text,
    Url = $"https://bench.example/{tag}/{r.Id}",
    Language = "en",
    PublishedAt = r.Published,
    SourceAgency = r.Outlet,
};

static List<Mention> Mentions(GeneratedReport r)
{
    var result = new List<Mention>();
    foreach (var place in new[] { r.Claim.Origin, r.Claim.Destination })
    {
        var at = place is null ? -1 : r.Text.IndexOf(place.Name, StringComparison.Ordinal);
        if (place is not null && at >= 0)
        {
            result.Add(new Mention(place.Name, at, at + place.Name.Length, place, 0.9));
        }
    }

    return result;
}

static async Task Truncate(NpgsqlDataSource dataSource)
{
    await using var command = dataSource.CreateCommand("TRUNCATE claims, movements, mentions, report_bands, reports, places, flag_decisions, movement_edits RESTART IDENTITY CASCADE");
    command.CommandTimeout = 0;
    await command.ExecuteNonQueryAsync();
}

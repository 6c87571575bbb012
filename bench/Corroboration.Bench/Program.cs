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
    var loaded = await Background.LoadAsync(dataSource, background, ct);
    var lines = new List<string>
    {
        $"Background: {loaded.Claims:N0} claims of {loaded.Movements:N0} tracked movements from {loaded.Reports:N0} reports (with fingerprints), " +
        $"{loaded.Places:N0} places, loaded by COPY in {loaded.Seconds:F0} s; generated like the stream over a region three times as wide and three years.",
        "",
        "| Mode | Reports | Claims | Wall s | Reports/s | Bench CPU s | PostgreSQL CPU s | CPU ms per report | Load before → after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    };

    // Same stream shape, other seeds, so that the modes store different texts (ingest is idempotent by text) and none
    // is a copy of another's reports. Several clients at once is how a server ingests: reports of places too far apart to
    // be one movement link at the same time (ClaimLinker's area locks).
    foreach (var (mode, withClaims, clients, s) in new[]
    {
        ("reports and mentions, no claims, 1 client", false, 1, seed), ("reports with claims, grouping on, 1 client", true, 1, seed + 1),
        ("reports with claims, grouping on, 4 clients", true, 4, seed + 2),
    })
    {
        var (_, _, reports) = ReportStream.Generate(new StreamSettings(s, count, 30, 44, 40, 52, 60, new DateOnly(2024, 1, 1), 365, 920_000_000 + (s * 1_000)));
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var cpu = await CpuClock.StartAsync(dataSource);
        var claims = 0;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < reports.Count; i = Interlocked.Increment(ref next))
            {
                var r = reports[i];
                var result = await store.StoreAsync(ToReport(r, "bench-rate"), Mentions(r), withClaims ? [r.Claim] : [], "bench-rate", ct);
                Interlocked.Add(ref claims, result.Details.Claims.Count);
            }
        })));

        var (wall, benchCpu, pgCpu) = await cpu.StopAsync();
        var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {mode} | {reports.Count} | {claims} | {wall:F1} | {reports.Count / wall:F0} | {benchCpu:F1} | {pgCpu:F1} | {1000 * (benchCpu + pgCpu) / reports.Count:F1} | {load} → {loadAfter} |"));
        Console.WriteLine(lines[^1]);
    }

    File.WriteAllLines(output, lines);
    return 0;
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

using System.Diagnostics;
using System.Globalization;
using GeoMap.Bench.Query;
using GeoMap.Core.Queries;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;

// bench/query: region + 31-day query over a million movements, through GeoMap.Storage and as plain SQL
// through psql, in the same run on the same database.
//   load [count] [seed]             generate and COPY the movements (skipped when already loaded)
//   run  [boxes] [seed] [results]   measure and write the results file
//   tiles [per zoom] [seed]         movement vector tiles through Storage and psql, side by side (TileBench.cs)
//   explain [per zoom] [seed]       the same tiles' pages touched, from EXPLAIN (ANALYZE, BUFFERS): counts, not times
//   compare [per zoom] [seed]       the flow tiles from movement_flows against those from the movements, byte for byte
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var ct = CancellationToken.None;
var verb = args.Length > 0 ? args[0] : "run";
await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), ct);

if (verb == "load")
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
    await using (var existing = database.DataSource.CreateCommand("SELECT count(*) FROM movements WHERE created_by = 'bench'"))
    {
        if ((long)(await existing.ExecuteScalarAsync(ct))! == count)
        {
            Console.WriteLine($"already loaded: {count} movements");
            return 0;
        }
    }

    var elapsed = await MovementGenerator.LoadAsync(database.DataSource, count, seed, ct);
    Console.WriteLine($"loaded {count} movements in {elapsed.TotalSeconds:F1} s (incl. VACUUM ANALYZE)");
    File.WriteAllText(Environment.GetEnvironmentVariable("LOAD_TIME_FILE") ?? "load-time.txt", elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture));
    return 0;
}

if (verb == "explain")
{
    // explain [per zoom] [seed]: the pages each zoom's tiles touch, from EXPLAIN (ANALYZE, BUFFERS) (TileBench.cs).
    var perZoom = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
    var tileSeed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
    Console.WriteLine(await TileBench.ExplainAsync(database.DataSource, perZoom, tileSeed, ct));
    return 0;
}

if (verb == "compare")
{
    // compare [per zoom] [seed]: the flow tiles from movement_flows against those from the movements (TileBench.cs).
    var perZoom = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
    var tileSeed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
    Console.WriteLine(await TileBench.CompareAsync(database.DataSource, perZoom, tileSeed, ct));
    return 0;
}

if (verb == "tiles")
{
    // tiles [per zoom] [seed]: movement vector tiles through Storage and through psql (TileBench.cs); prints a table.
    var perZoom = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
    var tileSeed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
    var stored = (long)(await database.DataSource.CreateCommand("SELECT count(*) FROM movements").ExecuteScalarAsync(ct))!;
    Console.WriteLine($"{stored:N0} movements stored.\n");
    Console.WriteLine(await TileBench.RunAsync(database.DataSource, ToUrl(database), perZoom, tileSeed, ct));
    return 0;
}

var boxes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var querySeed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
var results = args.Length > 3 ? args[3] : "RESULTS.md";
var random = new Random(querySeed);
var queries = Enumerable.Range(0, boxes).Select(_ =>
{
    var size = 1 + random.NextDouble() * 4;
    var west = MovementGenerator.West + random.NextDouble() * (MovementGenerator.East - MovementGenerator.West - size);
    var south = MovementGenerator.South + random.NextDouble() * (MovementGenerator.North - MovementGenerator.South - size);
    var from = MovementGenerator.Start.AddDays(random.Next(MovementGenerator.Days - 31));
    return new MovementQuery
    {
        Region = RegionFilter.ForBox(new BoundingBox(Math.Round(west, 4), Math.Round(south, 4), Math.Round(west + size, 4), Math.Round(south + size, 4))),
        From = from,
        To = from.AddDays(31).AddTicks(-10),
        Limit = 100,
    };
}).ToList();

var repository = new MovementRepository(database.DataSource);
foreach (var q in queries)
{
    await repository.QueryAsync(q, ct); // warm the pool and the buffer cache for both paths alike
}

// The two paths alternate query by query, so load from other processes hits both alike. psql is a
// long-lived co-process running the repository's own SQL with its parameters inlined; \timing
// measures its client round trip.
await using var psql = await PsqlSession.StartAsync(ToUrl(database), ct);
foreach (var q in queries)
{
    await psql.TimeAsync(RepositorySql.Literal(q), ct); // warm psql's side too
}

var storageMs = new List<double>();
var psqlMs = new List<double>();
var returned = new List<int>();
foreach (var q in queries)
{
    var watch = Stopwatch.StartNew();
    var page = await repository.QueryAsync(q, ct);
    storageMs.Add(watch.Elapsed.TotalMilliseconds);
    returned.Add(page.Items.Count);
    psqlMs.Add(await psql.TimeAsync(RepositorySql.Literal(q), ct));
}

double P(List<double> xs, double p) { var s = xs.Order().ToList(); return s[Math.Max(0, (int)Math.Ceiling(p * s.Count) - 1)]; }
var total = (long)(await database.DataSource.CreateCommand("SELECT count(*) FROM movements").ExecuteScalarAsync(ct))!;
var loadTime = File.Exists("load-time.txt") ? File.ReadAllText("load-time.txt").Trim() + " s" : "(loaded in an earlier run)";
var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
var mem = File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim();
var report = $"""
# bench/query results

Written by `bench/query/run.sh` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.
Machine: {Environment.ProcessorCount} cores ({cpu}), {mem} RAM, PostgreSQL 15 + PostGIS 3.3 (the managed cluster, shared_buffers 256MB).

Data: {total:N0} movements (seeded generator, seed 42) over Europe and Asia (lon {MovementGenerator.West}..{MovementGenerator.East}, lat {MovementGenerator.South}..{MovementGenerator.North}), 2023-2024, each a line of 0.5-4 degrees lasting 1-10 days.
Load time of the rows (binary COPY + VACUUM ANALYZE): {loadTime}.

Queries: {boxes} random boxes of 1-5 degrees (seed {querySeed}), each with a random 31-day window, limit 100. After one unmeasured pass of each path, the two paths alternate query by query, so load from other processes hits both alike.
Mean rows returned: {returned.Average():F1} (max {returned.Max()}).

| path | p50 ms | p99 ms | mean ms |
|---|---|---|---|
| GeoMap.Storage `MovementRepository.QueryAsync` (one query, places joined, mapped to Movement) | {P(storageMs, 0.5):F2} | {P(storageMs, 0.99):F2} | {storageMs.Average():F2} |
| the same SQL through psql (`\timing`) | {P(psqlMs, 0.5):F2} | {P(psqlMs, 0.99):F2} | {psqlMs.Average():F2} |
| ratio Storage / psql | {P(storageMs, 0.5) / P(psqlMs, 0.5):F2} | {P(storageMs, 0.99) / P(psqlMs, 0.99):F2} | |

Targets: p50 under 5 ms (Storage), ratio under 1.3.
""";
File.WriteAllText(results, report);
Console.WriteLine(report);
return 0;

static string ToUrl(GeoMapDatabase db)
{
    if (db.Cluster is { } cluster)
    {
        return cluster.PsqlUrl();
    }

    // Npgsql hides the password in DataSource.ConnectionString; rebuild the URL from what was configured.
    var b = new Npgsql.NpgsqlConnectionStringBuilder(GeoMapDataSource.NormalizeConnectionString(Environment.GetEnvironmentVariable(DatabaseOptions.ConnectionStringVariable)!));
    return $"postgresql://{Uri.EscapeDataString(b.Username ?? "")}:{Uri.EscapeDataString(b.Password ?? "")}@{b.Host}:{b.Port}/{b.Database}";
}

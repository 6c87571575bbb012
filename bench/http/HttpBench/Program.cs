using System.Diagnostics;
using System.Globalization;
using GeoMap.Core.Queries;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;

// bench/http driver.
//   queries COUNT SEED FILE          write COUNT random bbox + 31-day datetime query strings (one per line) for wrk
//   storage FILE CONCURRENCY SECONDS run the same queries through GeoMap.Storage alone, as the OGC items endpoint
//                                    does (page + numberMatched), with CONCURRENCY workers; prints one result line
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// The area and time span of bench/query's seeded generator (MovementGenerator), so boxes hit data.
const double West = -10, East = 150, South = 10, North = 70;
var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
const int Days = 730;

if (args.Length >= 4 && args[0] == "queries")
{
    var random = new Random(int.Parse(args[2], CultureInfo.InvariantCulture));
    var lines = Enumerable.Range(0, int.Parse(args[1], CultureInfo.InvariantCulture)).Select(_ =>
    {
        var size = 1 + (random.NextDouble() * 4);
        var west = West + (random.NextDouble() * (East - West - size));
        var south = South + (random.NextDouble() * (North - South - size));
        var from = start.AddDays(random.Next(Days - 31));
        var to = from.AddDays(31).AddSeconds(-1);
        return FormattableString.Invariant(
            $"bbox={west:F4},{south:F4},{west + size:F4},{south + size:F4}&datetime={from:yyyy-MM-dd'T'HH:mm:ss'Z'}/{to:yyyy-MM-dd'T'HH:mm:ss'Z'}&limit=100");
    });
    await File.WriteAllLinesAsync(args[3], lines);
    return 0;
}

if (args.Length >= 4 && args[0] == "storage")
{
    var queries = (await File.ReadAllLinesAsync(args[1])).Select(Parse).ToArray();
    var concurrency = int.Parse(args[2], CultureInfo.InvariantCulture);
    var duration = TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture));
    await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), CancellationToken.None, migrate: false);
    var repository = new MovementRepository(database.DataSource);

    async Task OneAsync(MovementQuery q)
    {
        // Exactly the endpoint's database work: a first page brings numberMatched with its rows; only a
        // later page (never the case here) would count separately.
        var page = await repository.QueryAsync(q, CancellationToken.None, countTotal: true);
        if (page.TotalMatched is null)
        {
            await repository.CountAsync(q with { After = null }, CancellationToken.None);
        }
    }

    foreach (var q in queries.Take(200))
    {
        await OneAsync(q);
    }

    var latencies = new List<double>[concurrency];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
    {
        latencies[worker] = [];
        while (clock.Elapsed < duration)
        {
            var q = queries[(int)((uint)Interlocked.Increment(ref next) % queries.Length)];
            var watch = Stopwatch.StartNew();
            await OneAsync(q);
            latencies[worker].Add(watch.Elapsed.TotalMilliseconds);
        }
    }));
    var elapsed = clock.Elapsed.TotalSeconds;
    var all = latencies.SelectMany(l => l).Order().ToArray();
    double P(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
    Console.WriteLine(FormattableString.Invariant($"storage c={concurrency} requests={all.Length} rps={all.Length / elapsed:F1} p50={P(0.50):F2} p99={P(0.99):F2}"));
    return 0;
}

Console.Error.WriteLine("usage: HttpBench queries COUNT SEED FILE | storage FILE CONCURRENCY SECONDS");
return 2;

static MovementQuery Parse(string line)
{
    var parts = line.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    var times = parts["datetime"].Split('/');
    return new MovementQuery
    {
        Region = RegionFilter.ForBox(BoundingBox.Parse(parts["bbox"])),
        From = DateTimeOffset.Parse(times[0], CultureInfo.InvariantCulture),
        To = DateTimeOffset.Parse(times[1], CultureInfo.InvariantCulture),
        Limit = int.Parse(parts["limit"], CultureInfo.InvariantCulture),
    };
}

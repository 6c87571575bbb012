using System.Diagnostics;
using System.Globalization;
using GazetteerImport.Bench;
using GeoMap.Core.Registry;
using GeoMap.Geoparsing.Gazetteer;

// Usage (from the repository root; bench/gazetteer-import/run.sh drives it):
//   GazetteerImport.Bench generate --out DIR [--places N] [--names N] [--seed S]
//       writes allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt into DIR
//   GazetteerImport.Bench load --cache FILE
//       times loading the cache a `geomap gazetteer import --cache FILE` wrote, and describes what it holds
//   GazetteerImport.Bench stages FILE...
//       builds the gazetteer with these dumps in-process (no cache kept) and times each stage
var inv = CultureInfo.InvariantCulture;
var command = args.Length > 0 ? args[0] : "";
switch (command)
{
    case "generate":
    {
        var outDir = Arg("--out") ?? throw new ArgumentException("--out DIR is required");
        var places = long.Parse(Arg("--places") ?? "12400000", inv);
        var names = long.Parse(Arg("--names") ?? "16000000", inv);
        var seed = ulong.Parse(Arg("--seed") ?? "20241018", inv);
        Directory.CreateDirectory(outDir);
        var watch = Stopwatch.StartNew();
        var seeds = Seeds.Read(DataPaths.FindDataDirectory());
        var writer = new DumpWriter(seeds, seed);
        Console.WriteLine($"seeds: {seeds.Towns.Count} towns, {seeds.Countries.Count} countries, {seeds.Admin1.Count} first-level and {seeds.Admin2.Count} second-level areas");
        DumpWriter.WriteCodes(Path.Combine(outDir, "admin1CodesASCII.txt"), seeds.Admin1);
        DumpWriter.WriteCodes(Path.Combine(outDir, "admin2Codes.txt"), seeds.Admin2);
        writer.WritePlaces(Path.Combine(outDir, "allCountries.txt"), places);
        Console.WriteLine($"allCountries.txt: {places} rows ({writer.FixedRows} from the registry) after {watch.Elapsed.TotalSeconds:F0} s");
        writer.WriteAlternateNames(Path.Combine(outDir, "alternateNamesV2.txt"), names);
        Console.WriteLine($"alternateNamesV2.txt: {names} rows after {watch.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    case "load":
    {
        var cache = Arg("--cache") ?? throw new ArgumentException("--cache FILE is required");
        var options = new GazetteerOptions { CachePath = cache };
        var sources = GazetteerSources.Resolve(options);
        var watch = Stopwatch.StartNew();
        var gazetteer = GazetteerCache.TryRead(cache, GazetteerLoader.Fingerprint(sources, options.ResolveDataDirectory()));
        var seconds = watch.Elapsed.TotalSeconds;
        if (gazetteer is null)
        {
            Console.Error.WriteLine($"{cache} is missing or stale: run geomap gazetteer import first.");
            return 1;
        }

        var heldMb = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        static int Duplicated(IEnumerable<GazetteerEntry> entries, Func<GazetteerEntry, string> key) =>
            entries.GroupBy(key, StringComparer.Ordinal).Count(g => g.Count() > 1);
        var countries = gazetteer.Entries.Where(e => e.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)).ToList();
        var admin1 = gazetteer.Entries.Where(e => e.FeatureCode == "ADM1").ToList();
        var admin2 = gazetteer.Entries.Where(e => e.FeatureCode == "ADM2").ToList();

        // Tab-separated key/value lines that run.sh reads.
        Console.WriteLine($"load_seconds\t{seconds.ToString("F2", inv)}");
        Console.WriteLine($"entries\t{gazetteer.Count}");
        Console.WriteLine($"folded_names\t{gazetteer.Folded.Count}");
        Console.WriteLine($"held_mb\t{heldMb.ToString("F0", inv)}");
        Console.WriteLine($"peak_mb\t{peakMb.ToString("F0", inv)}");
        Console.WriteLine($"countries\t{countries.Count}\t{Duplicated(countries, e => e.CountryCode)}");
        Console.WriteLine($"admin1\t{admin1.Count}\t{Duplicated(admin1.Where(e => e.Admin1Code.Length > 0), e => e.CountryCode + "." + e.Admin1Code)}");
        Console.WriteLine($"admin2\t{admin2.Count}\t{Duplicated(admin2, e => e.CountryCode + "." + e.Admin1Code + "." + e.Admin2Code)}\t{admin2.Count(e => e.GeonameId != 0)}");
        return 0;
    }

    case "stages":
    {
        // The import's stages, timed in-process: where the time and the collections go.
        var options = new GazetteerOptions { ForceRebuild = true };
        foreach (var file in args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            options.GeoNamesFiles.Add(file);
        }

        var watch = Stopwatch.StartNew();
        var stage = "";
        var stageStart = TimeSpan.Zero;
        var pauseStart = TimeSpan.Zero;
        void Close(string next)
        {
            if (stage.Length > 0)
            {
                var pause = GC.GetTotalPauseDuration() - pauseStart;
                Console.WriteLine($"{stage}\t{(watch.Elapsed - stageStart).TotalSeconds.ToString("F1", inv)}\t{pause.TotalSeconds.ToString("F1", inv)}\t{(GC.GetTotalMemory(false) / 1048576.0).ToString("F0", inv)}");
            }

            (stage, stageStart, pauseStart) = (next, watch.Elapsed, GC.GetTotalPauseDuration());
        }

        var progress = new StageProgress(p =>
        {
            if (p.Stage != stage)
            {
                Close(p.Stage);
            }
        });
        var gazetteer = GazetteerLoader.Build(GazetteerSources.Resolve(options), options, progress);
        Close("write cache");
        var cache = Path.Combine(Path.GetTempPath(), $"gazetteer-stages-{Environment.ProcessId}.bin");
        GazetteerCache.Write(gazetteer, "stages", cache);
        File.Delete(cache);
        Close("");
        Console.WriteLine($"total\t{watch.Elapsed.TotalSeconds.ToString("F1", inv)}\t{GC.GetTotalPauseDuration().TotalSeconds.ToString("F1", inv)}\t{(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0).ToString("F0", inv)}");
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: GazetteerImport.Bench generate --out DIR [--places N] [--names N] [--seed S] | load --cache FILE | stages FILE...");
        return 2;
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

/// <summary>Calls back synchronously (Progress&lt;T&gt; would post to the thread pool and lose the timing).</summary>
internal sealed class StageProgress(Action<GazetteerProgress> report) : IProgress<GazetteerProgress>
{
    public void Report(GazetteerProgress value) => report(value);
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Recognition;
using GeoParse.Bench;

// Usage: GeoParse.Bench [--eval DIR] [--out FILE] [--errors FILE] [--speed-seconds N] [--weights Name=value,...] [--only NAME,...]
// --only limits a tuning run to some corpora (LGL,GeoVirus); RESULTS.md should come from a run over all of them.
// --weights overrides ResolverWeights properties, for tuning runs (RESULTS.md should come from the defaults).
var evalDir = Arg("--eval") ?? Environment.GetEnvironmentVariable("GEOMAP_EVAL") ?? "../shared/eval";
var outPath = Arg("--out") ?? "bench/geoparse/RESULTS.md";
var errorsPath = Arg("--errors");
var speedSeconds = double.Parse(Arg("--speed-seconds") ?? "10", CultureInfo.InvariantCulture);
if (!args.Contains("--warm-cache-only") && !Directory.Exists(evalDir))
{
    Console.Error.WriteLine($"Evaluation corpora not found in {evalDir}; pass --eval DIR.");
    return 2;
}

if (args.Contains("--warm-cache-only"))
{
    GazetteerLoader.Load(new GazetteerOptions());
    return 0;
}

var loadBefore = ResultsReport.LoadAverage();
var loadWatch = Stopwatch.StartNew();
var gazetteer = GazetteerLoader.Load(new GazetteerOptions());
var loadSeconds = loadWatch.Elapsed.TotalSeconds;
Console.WriteLine($"gazetteer: {gazetteer.Count} entries, loaded in {loadSeconds:F2} s");

if (Arg("--explain") is { } explainId)
{
    // Prints what the system found in one document, with each candidate's codes, for error analysis.
    var doc = new[] { "geovirus.jsonl", "wiktor.jsonl", "tudloc.jsonl", "lgl.jsonl" }.Select(f => Path.Combine(evalDir, f)).Where(File.Exists)
        .SelectMany(EvalCorpus.Read).First(d => d.Id == explainId);
    var recognizer = new PlaceRecognizer(gazetteer, ParseWeights(Arg("--weights")));
    foreach (var c in recognizer.FindCandidates(doc.Text))
    {
        Console.WriteLine($"{c.Start}\t{c.Surface}\t{c.Cue}");
        foreach (var e in c.Entries.Take(args.Contains("--all") ? int.MaxValue : 12))
        {
            var g = gazetteer[e];
            Console.WriteLine($"\t{g} {g.CountryCode}.{g.Admin1Code} pop={g.Population}");
        }
    }

    foreach (var m in recognizer.Recognize(doc.Text))
    {
        Console.WriteLine($"=> {m.Start}\t{m.Surface}\t{m.Place.Name} {m.Place.Key} {m.Place.CountryCode}.{m.Place.Admin1Code} {m.Confidence}");
    }

    return 0;
}

using var errorLog = errorsPath is null ? null : new StreamWriter(errorsPath);
var places = new PlaceRecognizer(gazetteer, ParseWeights(Arg("--weights")));
var evaluator = new Evaluator(places, errorLog);
var results = new List<(string Name, Metrics M, bool Recognition)>();
// What each corpus annotates as a toponym: GeoVirus, WikToR and TUD-Loc the places themselves (literal mentions; not
// "University of [California]" nor "Russian"), LGL also places inside longer names and demonyms ("Russian"), as
// GeoWebNews does.
MentionType[] literal = [MentionType.Literal], all = [.. Enum.GetValues<MentionType>()];
foreach (var (file, name, recognition, scopeTypes) in new[] { ("geovirus.jsonl", "GeoVirus", true, literal), ("wiktor.jsonl", "WikToR", false, literal), ("tudloc.jsonl", "TUD-Loc", true, literal), ("lgl.jsonl", "LGL", true, all) })
{
    var only = Arg("--only");
    if (only is not null && !only.Split(',').Contains(name, StringComparer.OrdinalIgnoreCase))
    {
        continue;
    }

    var scope = scopeTypes.ToHashSet();
    var path = Path.Combine(evalDir, file);
    if (!File.Exists(path))
    {
        continue;
    }

    var m = evaluator.Evaluate(EvalCorpus.Read(path), recognition, scope);
    results.Add((name, m, recognition));
    var (p, r, f) = m.Recognition(exact: true);
    Console.WriteLine(FormattableString.Invariant($"{name}: P={p:F3} R={r:F3} F1={f:F3} acc161={m.Accuracy161:F3} AUC={m.Auc:F3} gold-span acc161={m.GoldSpanAccuracy161:F3} AUC={m.GoldSpanAuc:F3} strict={m.StrictAccuracy161:F3} ceiling={m.GoldSpanCeiling:F3}"));
}

// Speed: GeoVirus texts, one thread, after a warm-up pass.
var texts = EvalCorpus.Read(Path.Combine(evalDir, "geovirus.jsonl")).Select(d => d.Text).ToList();
foreach (var t in texts)
{
    places.Recognize(t);
}

var articles = 0;
var speedWatch = Stopwatch.StartNew();
while (speedWatch.Elapsed.TotalSeconds < speedSeconds)
{
    foreach (var t in texts)
    {
        places.Recognize(t);
        articles++;
    }
}

var perSecond = articles / speedWatch.Elapsed.TotalSeconds;
var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
Console.WriteLine(FormattableString.Invariant($"speed: {perSecond:F0} articles/s; peak memory {peakMb:F0} MB"));
File.WriteAllText(outPath, ResultsReport.Render(results, loadSeconds, perSecond, peakMb, gazetteer.Count, loadBefore));
Console.WriteLine($"wrote {outPath}");
return 0;

static GeoMap.Geoparsing.Resolution.ResolverWeights ParseWeights(string? spec)
{
    var w = new GeoMap.Geoparsing.Resolution.ResolverWeights();
    foreach (var pair in (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
    {
        var (name, value) = (pair.Split('=')[0].Trim(), pair.Split('=')[1].Trim());
        var property = typeof(GeoMap.Geoparsing.Resolution.ResolverWeights).GetProperty(name)
            ?? throw new ArgumentException($"--weights: no weight named {name}");
        w = w with { };
        property.SetValue(w, double.Parse(value, CultureInfo.InvariantCulture));
    }

    return w;
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GeoMap.Core.Registry;
using GeoMap.Geoparsing.Gazetteer;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap gazetteer build|import|lookup</c>: compile the gazetteer cache, merge GeoNames dumps, inspect names.</summary>
public static class GazetteerCommands
{
    /// <summary>Builds the <c>gazetteer</c> command.</summary>
    /// <returns>The command with its subcommands.</returns>
    public static Command Create()
    {
        var gazetteer = new Command("gazetteer", "Compile and inspect the gazetteer (GeoNames, countries, regions, curated places).");
        gazetteer.Subcommands.Add(Build());
        gazetteer.Subcommands.Add(Import());
        gazetteer.Subcommands.Add(Lookup());
        return gazetteer;
    }

    private static Option<string?> CacheOption() => new("--cache") { Description = "Cache file (default: data/cache/gazetteer.bin, or GEOMAP_GAZETTEER_CACHE)." };

    private static Option<string?> DataOption() => new("--data") { Description = "Data folder holding registry/ and gazetteer/ (default: found from the working folder, or GEOMAP_DATA)." };

    private static Command Build()
    {
        var cache = CacheOption();
        var data = DataOption();
        var ifNeeded = new Option<bool>("--if-needed") { Description = "Only when the cache is missing or older than its sources (the setup and test scripts use this)." };
        var json = CliJson.Option();
        var command = new Command("build", "Compile the gazetteer cache from the registry data, the curated lists and any imported GeoNames dumps.") { json };
        command.Options.Add(cache);
        command.Options.Add(data);
        command.Options.Add(ifNeeded);
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliErrors.Run(() =>
        {
            var options = new GazetteerOptions { CachePath = parse.GetValue(cache), DataDirectory = parse.GetValue(data), ForceRebuild = !parse.GetValue(ifNeeded) };
            return Compile(options, parse.GetValue(json), cancellationToken);
        })));
        return command;
    }

    private static Command Import()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "GeoNames dumps: allCountries.txt (or a country file), alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt.", Arity = ArgumentArity.OneOrMore };
        var minPopulation = new Option<long>("--min-population") { Description = "Smallest population of an ordinary populated place to keep.", DefaultValueFactory = _ => 500 };
        var replace = new Option<bool>("--replace") { Description = "Forget the files imported before; by default they are kept and these are added." };
        var cache = CacheOption();
        var data = DataOption();
        var json = CliJson.Option();
        var command = new Command("import", "Merge full GeoNames dumps into the gazetteer (streamed), and remember them for later rebuilds.") { json };
        command.Arguments.Add(files);
        command.Options.Add(minPopulation);
        command.Options.Add(replace);
        command.Options.Add(cache);
        command.Options.Add(data);
        command.SetAction((parse, cancellationToken) => Task.FromResult(CliErrors.Run(() =>
        {
            var options = new GazetteerOptions
            {
                CachePath = parse.GetValue(cache), DataDirectory = parse.GetValue(data), ForceRebuild = true,
                MinImportPopulation = parse.GetValue(minPopulation),
            };

            // Files imported earlier stay (allCountries.txt today, admin2Codes.txt tomorrow), unless --replace or gone from disk.
            var list = options.ResolveImportListPath();
            if (!parse.GetValue(replace) && File.Exists(list))
            {
                foreach (var earlier in File.ReadAllLines(list).Where(l => l.Length > 0))
                {
                    if (File.Exists(earlier))
                    {
                        options.GeoNamesFiles.Add(earlier);
                    }
                    else
                    {
                        (parse.GetValue(json) ? CliConsole.Error() : AnsiConsole.Console).MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]Left out {earlier}: imported before, no longer on disk.[/]");
                    }
                }
            }

            foreach (var f in parse.GetValue(files) ?? [])
            {
                if (!f.Exists)
                {
                    throw new FileNotFoundException($"file not found: {f.FullName}", f.FullName);
                }

                if (GeoNamesReader.Detect(f.FullName) is null)
                {
                    throw new FormatException($"{f.FullName} is not a GeoNames table (places, alternate names, admin1 or admin2 codes).");
                }

                if (!options.GeoNamesFiles.Contains(f.FullName, StringComparer.Ordinal))
                {
                    options.GeoNamesFiles.Add(f.FullName);
                }
            }

            var code = Compile(options, parse.GetValue(json), cancellationToken);
            File.WriteAllLines(list, options.GeoNamesFiles);
            // With --json, standard output holds the JSON document only; remarks go to standard error.
            (parse.GetValue(json) ? CliConsole.Error() : AnsiConsole.Console).MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Recorded the imported files in {list}; later builds include them.");
            return code;
        })));
        return command;
    }

    private static Command Lookup()
    {
        var name = new Argument<string>("NAME") { Description = "A place name as written in a text (Oussouriisk, Pékin, Corée du Nord)." };
        var json = CliJson.Option();
        var command = new Command("lookup", "Show the gazetteer entries a name matches, and how.") { json };
        command.Arguments.Add(name);
        command.SetAction(parse => CliErrors.Run(() =>
        {
            var gazetteer = GazetteerLoader.Load();
            var (entries, kind) = gazetteer.Lookup(parse.GetValue(name) ?? "");
            if (parse.GetValue(json))
            {
                // Every match, most populous first, with the place fields the API writes for a place.
                CliJson.Write(new
                {
                    match = kind.ToString().ToLowerInvariant(),
                    entries = entries.Select(i => gazetteer[i]).OrderByDescending(e => e.Population).Select(e => new
                    {
                        key = e.Key, name = e.Name, countryCode = e.CountryCode, featureCode = e.FeatureCode, population = e.Population, lat = e.Lat, lon = e.Lon,
                    }),
                });
                return 0;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{entries.Length} entries ({kind} match)");
            var table = new Table().AddColumns("key", "name", "country", "feature", "population", "lat", "lon");
            foreach (var e in entries.Select(i => gazetteer[i]).OrderByDescending(e => e.Population).Take(25))
            {
                table.AddRow(e.Key, Markup.Escape(e.Name), e.CountryCode, e.FeatureCode, e.Population.ToString(CultureInfo.InvariantCulture),
                    e.Lat.ToString("0.####", CultureInfo.InvariantCulture), e.Lon.ToString("0.####", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static int Compile(GazetteerOptions options, bool json, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        Gazetteer? gazetteer = null;
        if (json || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            // A log or a pipe gets the summary line only: a progress display there would print stale stages.
            gazetteer = GazetteerLoader.Load(options, null, cancellationToken);
        }
        else
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var progress = new SpectreProgress(ctx);
                    gazetteer = GazetteerLoader.Load(options, progress, cancellationToken);
                    progress.CompleteAll();
                });
        }

        if (json)
        {
            CliJson.Write(new { places = gazetteer!.Count, names = gazetteer.Folded.Count, seconds = Math.Round(watch.Elapsed.TotalSeconds, 2), cache = options.ResolveCachePath() });
            return 0;
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]Compiled[/] {gazetteer!.Count} places, {gazetteer.Folded.Count} names, in {watch.Elapsed.TotalSeconds:F1} s -> {options.ResolveCachePath()}");
        return 0;
    }

    /// <summary>Shows each build stage as a Spectre.Console progress task, synchronously (no synchronization context in a CLI).</summary>
    private sealed class SpectreProgress(ProgressContext context) : IProgress<GazetteerProgress>
    {
        private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);

        public void Report(GazetteerProgress value)
        {
            if (!tasks.TryGetValue(value.Stage, out var task))
            {
                foreach (var previous in tasks.Values)
                {
                    Finish(previous);
                }

                tasks[value.Stage] = task = context.AddTask(Markup.Escape(value.Stage), maxValue: Math.Max(1, value.Total));
            }

            task.MaxValue = Math.Max(1, value.Total);
            task.Value = Math.Min(value.Done, task.MaxValue);
        }

        public void CompleteAll()
        {
            foreach (var t in tasks.Values)
            {
                Finish(t);
            }
        }

        // A finished stage shows its own duration, not the time since it started.
        private static void Finish(ProgressTask task)
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}

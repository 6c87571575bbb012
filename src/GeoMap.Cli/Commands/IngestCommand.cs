using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Corroboration;
using GeoMap.Server.Fetching;
using GeoMap.Server.Ingest;
using GeoMap.Server.Json;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary>
/// <c>geomap ingest --jsonl FILE</c>: bulk import (issue 18) of JSON lines of reports into the database, through the API's
/// own ingest path (<see cref="BatchImport"/>), with a progress bar, a summary of stored / duplicate / failed lines and
/// the reason of each failure, resumable after an interruption.
/// </summary>
/// <remarks>
/// Progress is saved beside the input (<c>FILE.progress.json</c>) as the offset after the last line whose result is
/// known; running the same command again after an interruption continues there, and a finished import removes it. Storing
/// is idempotent by text, so starting over (<c>--restart</c>, or a changed file) stores nothing twice.
/// </remarks>
public static class IngestCommand
{
    /// <summary>Most failures kept in the progress file and listed in the summary: a file of bad lines is fixed by pattern.</summary>
    private const int MaxFailuresKept = 1_000;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var jsonl = new Option<FileInfo?>("--jsonl")
        {
            Description = "JSON lines to import, one report a line: {\"text\", \"publishedAt\", \"url\"?, \"source\"?, \"language\"?, \"id\"?} " +
                          "(\"published\" and \"lang\" as in 'geomap extract --jsonl' are read too; a line with a url and no text is fetched).",
        };
        var urls = new Argument<string[]>("URL") { Description = "Addresses of report pages to fetch and store (instead of --jsonl): the article's text, date and language are read from the page.", Arity = ArgumentArity.ZeroOrMore };
        var published = new Option<string?>("--published") { Description = "Publication time for lines without one (RFC 3339 or YYYY-MM-DD)." };
        var source = new Option<string?>("--source") { Description = "Agency or outlet for lines without one." };
        var lang = new Option<string?>("--lang") { Description = "Language for lines without one (en, fr, de, es, it, pl, ru, uk, ko, ar or auto)." };
        var parallel = new Option<int>("--parallel") { Description = "Lines analysed at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var restart = new Option<bool>("--restart") { Description = "Start from the first line even when an earlier run of this file was interrupted." };
        var json = CliJson.Option();
        var command = new Command("ingest", "Store reports from their web pages (URL...) or many at once from a JSON lines file (--jsonl), with a progress bar; resumable, and idempotent (a report already stored is counted as a duplicate).")
        {
            urls, jsonl, published, source, lang, parallel, restart, json,
        };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(() =>
        {
            // Checked once, before anything is read: every line would fail on them alike.
            var defaults = new ReportSubmissions.Defaults(parse.GetValue(published), parse.GetValue(source), parse.GetValue(lang)).Checked();
            var file = parse.GetValue(jsonl);
            var addresses = parse.GetValue(urls) ?? [];
            if ((file is null) == (addresses.Length == 0))
            {
                throw new ArgumentException("Give either addresses of report pages (geomap ingest URL...) or a file (geomap ingest --jsonl FILE).");
            }

            return file is not null
                ? RunAsync(file, defaults, parse.GetValue(parallel), parse.GetValue(restart), parse.GetValue(json), cancellationToken)
                : FetchAsync(addresses, defaults, parse.GetValue(parallel), parse.GetValue(json), cancellationToken);
        }));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, ReportSubmissions.Defaults defaults, int parallel, bool restart, bool json, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"No such file: {file.FullName}", file.FullName);
        }

        if (parallel is < 1 or > 256)
        {
            throw new ArgumentException("--parallel must be between 1 and 256.");
        }


        var errors = CliConsole.Error();
        var progressPath = file.FullName + ".progress.json";
        var saved = restart ? null : Progress.Read(progressPath, file);
        if (restart)
        {
            File.Delete(progressPath);
        }

        var state = saved ?? Progress.Start(file);
        if (saved is not null && !json)
        {
            errors.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Resuming {file.Name} after line {saved.Line:N0} ({saved.Counts.Lines:N0} lines done before); --restart starts over.");
        }

        await using var importer = await Importer.OpenAsync(cancellationToken).ConfigureAwait(false);
        var batch = importer.Batch;
        var settings = new BatchSettings(parallel, TimeSpan.FromMinutes(5), defaults, MaxReportBytes);

        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        stream.Seek(state.Offset, SeekOrigin.Begin);
        var lines = BatchLines.ReadAsync(stream, 5L * 1024 * 1024, state.Offset, state.Line + 1, cancellationToken: cancellationToken);
        var saveWatch = Stopwatch.StartNew();
        var canSave = true;
        void Save(bool force)
        {
            if (!canSave || (!force && saveWatch.ElapsedMilliseconds < 1000))
            {
                return;
            }

            saveWatch.Restart();
            try
            {
                state.Write(progressPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                canSave = false;
                errors.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"[yellow]warning:[/] cannot save progress to {progressPath} ({e.Message}); an interrupted import will start over (stored reports are skipped as duplicates).");
            }
        }

        ValueTask OnResult(BatchLineResult result)
        {
            state.Add(result);
            Save(force: false);
            return ValueTask.CompletedTask;
        }

        var interrupted = false;
        try
        {
            if (json || !AnsiConsole.Profile.Capabilities.Interactive)
            {
                // A log gets a line every ten seconds instead of a bar.
                var lastReport = Stopwatch.StartNew();
                await batch.RunAsync(lines, settings, "cli:" + Environment.UserName, result =>
                {
                    if (!json && lastReport.Elapsed.TotalSeconds >= 10)
                    {
                        lastReport.Restart();
                        errors.WriteLine(Describe(state, file.Length));
                    }

                    return OnResult(result);
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask(Markup.Escape(file.Name), maxValue: Math.Max(1, file.Length));
                        task.Value = state.Offset;
                        await batch.RunAsync(lines, settings, "cli:" + Environment.UserName, result =>
                        {
                            task.Value = result.EndOffset;
                            task.Description = Markup.Escape(Describe(state, file.Length));
                            return OnResult(result);
                        }, cancellationToken).ConfigureAwait(false);
                        task.Value = task.MaxValue;
                        task.StopTask();
                    }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException)
        {
            Save(force: true);
            throw;
        }

        if (interrupted)
        {
            Save(force: true);
            errors.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[yellow]Interrupted[/] after line {state.Line:N0}: run the same command again to continue from there.");
            return CliErrors.Failure;
        }

        File.Delete(progressPath);
        if (json)
        {
            CliJson.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("file", file.FullName);
                w.WriteBoolean("resumed", saved is not null);
                w.WritePropertyName("summary");
                BatchJson.WriteCounts(w, state.Counts);
                w.WriteStartArray("failures");
                foreach (var failure in state.Failures)
                {
                    BatchJson.WriteLine(w, failure);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return state.Counts.Failed == 0 ? 0 : CliErrors.Failure;
        }

        var counts = state.Counts;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]Imported[/] {file.Name}: {counts.Lines:N0} lines, {counts.Stored:N0} stored ({counts.Movements:N0} movements), {counts.Duplicates:N0} already stored, {counts.Failed:N0} failed.");
        if (counts.Failed > 0)
        {
            errors.MarkupLine("[red]Failed lines[/] (nothing of them was stored; fix them and run the import again, stored lines are skipped):");
            foreach (var failure in state.Failures)
            {
                errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {failure.Line}{(failure.Id is { } id ? $" (id {id})" : "")}: {failure.Field}: {failure.Error}"));
            }

            if (counts.Failed > state.Failures.Count)
            {
                errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {counts.Failed - state.Failures.Count:N0} more."));
            }

            return CliErrors.Failure;
        }

        return 0;
    }

    /// <summary>Longest report, as the server's default <c>MaxReportBytes</c>.</summary>
    private const long MaxReportBytes = 5L * 1024 * 1024;

    /// <summary>The command line fetches for the machine's own user, who may read the networks it stands in.</summary>
    private static readonly LinkSettings CommandLineLinks = new() { AllowPrivateAddresses = true };

    /// <summary><c>geomap ingest URL...</c>: each page fetched, its article stored; one line per address.</summary>
    private static async Task<int> FetchAsync(string[] urls, ReportSubmissions.Defaults defaults, int parallel, bool json, CancellationToken cancellationToken)
    {
        await using var importer = await Importer.OpenAsync(cancellationToken).ConfigureAwait(false);
        var batch = importer.Batch;
        var lines = urls.Select((url, i) => new BatchLine(i + 1, JsonSerializer.Serialize(new { id = url, url }), i + 1)).ToAsyncEnumerable();
        var results = new List<BatchLineResult>();
        var counts = new BatchCounts();
        await batch.RunAsync(lines, new BatchSettings(Math.Max(1, parallel), TimeSpan.FromMinutes(2), defaults, MaxReportBytes), "cli:" + Environment.UserName,
            result =>
            {
                results.Add(result);
                counts = counts.Add(result);
                return ValueTask.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            CliJson.Write(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("results");
                foreach (var result in results)
                {
                    BatchJson.WriteLine(w, result);
                }

                w.WriteEndArray();
                w.WritePropertyName("summary");
                BatchJson.WriteCounts(w, counts);
                w.WriteEndObject();
            });
        }
        else
        {
            var errors = CliConsole.Error();
            foreach (var result in results)
            {
                var url = urls[result.Line - 1];
                if (result.Status == BatchLineStatus.Failed)
                {
                    errors.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]failed[/] {url}: {result.Error}");
                }
                else
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                        $"{(result.Status == BatchLineStatus.Stored ? "[green]stored[/]" : "already stored")} {url}: report {result.ReportId}, {result.Movements} movements");
                }
            }
        }

        return counts.Failed == 0 ? 0 : CliErrors.Failure;
    }

    private static string Describe(Progress state, long length) => string.Create(CultureInfo.InvariantCulture,
        $"line {state.Line:N0} ({100.0 * state.Offset / Math.Max(1, length):F0} %): {state.Counts.Stored:N0} stored, {state.Counts.Duplicates:N0} duplicates, {state.Counts.Failed:N0} failed");

    /// <summary>The database and the ingest path a command stores through, as the server builds them.</summary>
    private sealed class Importer : IAsyncDisposable
    {
        private readonly GeoMapDatabase database;
        private readonly PageFetcher fetcher;

        private Importer(GeoMapDatabase database)
        {
            this.database = database;
            var grouping = new GroupingSettings();
            var reports = new ReportRepository(database.DataSource, grouping);
            var ingest = new ReportIngest(Analyzers.Create(), reports, new ReportStore(reports, Microsoft.Extensions.Options.Options.Create(grouping)));
            fetcher = new PageFetcher(CommandLineLinks);
            Batch = new BatchImport(ingest, new LinkedReports(fetcher));
        }

        public BatchImport Batch { get; }

        public static async Task<Importer> OpenAsync(CancellationToken cancellationToken) =>
            new(await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false));

        public async ValueTask DisposeAsync()
        {
            fetcher.Dispose();
            await database.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>How far an import got: saved beside the input, read back to resume it.</summary>
    private sealed class Progress
    {
        private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

        public required string File { get; init; }

        public required long Length { get; init; }

        public required DateTime Modified { get; init; }

        public long Offset { get; set; }

        public int Line { get; set; }

        public BatchCounts Counts { get; set; } = new();

        public List<BatchLineResult> Failures { get; init; } = [];

        public static Progress Start(FileInfo file) => new() { File = file.FullName, Length = file.Length, Modified = file.LastWriteTimeUtc };

        /// <summary>The saved progress of this very file (same path, size and time), or null.</summary>
        public static Progress? Read(string path, FileInfo file)
        {
            if (!System.IO.File.Exists(path))
            {
                return null;
            }

            try
            {
                var saved = JsonSerializer.Deserialize<Progress>(System.IO.File.ReadAllText(path), Options);
                return saved is not null && saved.File == file.FullName && saved.Length == file.Length && saved.Modified == file.LastWriteTimeUtc
                    && saved.Offset >= 0 && saved.Offset <= file.Length && saved.Line >= 0
                    ? saved
                    : null;
            }
            catch (JsonException)
            {
                // Unreadable progress (a crash while writing it): start over, which stores nothing twice.
                return null;
            }
        }

        public void Add(BatchLineResult result)
        {
            Offset = result.EndOffset;
            Line = result.Line;
            Counts = Counts.Add(result);
            if (result.Status == BatchLineStatus.Failed && Failures.Count < MaxFailuresKept)
            {
                Failures.Add(result);
            }
        }

        /// <summary>Writes atomically: a crash leaves the previous progress or the new one, never half a file.</summary>
        public void Write(string path)
        {
            var temporary = path + ".tmp";
            System.IO.File.WriteAllText(temporary, JsonSerializer.Serialize(this, Options));
            System.IO.File.Move(temporary, path, overwrite: true);
        }
    }
}

using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Queries;
using GeoMap.Core.Reports;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Server.Ingest;

/// <summary>One line of a batch as read: its 1-based number, its text, and the byte offset just past it.</summary>
/// <param name="Number">1-based line number in the input.</param>
/// <param name="Json">The line, without its line break (empty when <paramref name="ReadError"/> is set).</param>
/// <param name="EndOffset">Bytes of the input up to and including this line's break: where a resumed import starts.</param>
/// <param name="ReadError">Why the line could not be read as text (too long, not UTF-8), or null.</param>
public readonly record struct BatchLine(int Number, string Json, long EndOffset, string? ReadError = null);

/// <summary>What became of one line.</summary>
public enum BatchLineStatus
{
    /// <summary>Stored as a new report.</summary>
    Stored,

    /// <summary>Its text was stored before (now, earlier in the batch, or by another client): nothing new stored.</summary>
    Duplicate,

    /// <summary>Refused; <see cref="BatchLineResult.Field"/> and <see cref="BatchLineResult.Error"/> say why. Nothing of it stored.</summary>
    Failed,
}

/// <summary>The result of one line, given in input order.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Id">The line's own <c>id</c> as JSON text (echoed so the caller can match), or null.</param>
/// <param name="Status">Stored, duplicate or failed.</param>
/// <param name="ReportId">The stored report (also for a duplicate), or null when failed.</param>
/// <param name="Movements">Movements the stored report holds.</param>
/// <param name="Field">For a failure, the field at fault (<c>line</c> when the line is not a JSON object).</param>
/// <param name="Error">For a failure, what is wrong and how to fix it.</param>
/// <param name="EndOffset">See <see cref="BatchLine.EndOffset"/>.</param>
public sealed record BatchLineResult(int Line, string? Id, BatchLineStatus Status, long? ReportId, int Movements, string? Field, string? Error, long EndOffset);

/// <summary>Counts of a batch.</summary>
/// <param name="Stored">Lines stored as new reports.</param>
/// <param name="Duplicates">Lines whose text was already stored.</param>
/// <param name="Failed">Lines refused.</param>
/// <param name="Movements">Movements in the reports stored now.</param>
public sealed record BatchCounts(int Stored = 0, int Duplicates = 0, int Failed = 0, int Movements = 0)
{
    /// <summary>These counts with one more result.</summary>
    public BatchCounts Add(BatchLineResult result) => result.Status switch
    {
        BatchLineStatus.Stored => this with { Stored = Stored + 1, Movements = Movements + result.Movements },
        BatchLineStatus.Duplicate => this with { Duplicates = Duplicates + 1 },
        _ => this with { Failed = Failed + 1 },
    };

    /// <summary>Lines accounted for.</summary>
    public int Lines => Stored + Duplicates + Failed;
}

/// <summary>How a batch runs.</summary>
/// <param name="Parallelism">Lines analysed and stored at once (analysis is CPU work: about one per core).</param>
/// <param name="LineTimeout">Time budget of one line's analysis and storage; past it the line fails alone. Zero: none.</param>
/// <param name="Defaults">Values for fields a line leaves out.</param>
/// <param name="MaxReportBytes">Longest report text, in UTF-8 bytes, also for the article of a line given by its link only.</param>
public sealed record BatchSettings(int Parallelism, TimeSpan LineTimeout, ReportSubmissions.Defaults Defaults, long MaxReportBytes);

/// <summary>
/// Bulk import (issue 18): JSON lines of reports (<see cref="ReportSubmissions"/>' fields, one object a line) through the
/// one ingest path, <see cref="ReportIngest"/>, several at once, each line's result given in input order. Used by
/// <c>geomap ingest --jsonl</c> and <c>POST /api/reports:batch</c>.
/// </summary>
/// <remarks>
/// A line stands alone: a line that is not JSON, lacks a field, is too long, cannot be analysed or takes too long fails
/// with its reason and the batch goes on; nothing of a failed line is stored (each report is one transaction). Storing is
/// idempotent by text, so sending a batch again (or resuming an interrupted one from an earlier line) stores nothing
/// twice. An error of the database itself stops the batch: every line before it keeps its result.
/// </remarks>
/// <param name="ingest">The ingest path.</param>
/// <param name="links">Fetches the page of a line that has a <c>url</c> and no <c>text</c>; null refuses such lines.</param>
public sealed class BatchImport(ReportIngest ingest, Fetching.LinkedReports? links = null)
{
    /// <summary>Longest <c>id</c> echoed back, in characters.</summary>
    private const int MaxIdLength = 200;

    /// <summary>Runs the batch, calling <paramref name="onResult"/> once per non-blank line, in input order.</summary>
    /// <remarks>
    /// Reports are committed without waiting for the disk, and a line is given as stored (or as a duplicate of a stored
    /// report) only after a flush that began once its report was stored (<see cref="ReportIngest.FlushAsync"/>): one disk
    /// wait covers every line stored before it, instead of one wait per report inside each line's transaction, where it
    /// held the line's locks and its worker. A line given is on disk, so a resumed import that starts after it loses nothing.
    /// </remarks>
    public async Task RunAsync(
        IAsyncEnumerable<BatchLine> lines, BatchSettings settings, string createdBy, Func<BatchLineResult, ValueTask> onResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(onResult);
        var parallelism = Math.Max(1, settings.Parallelism);
        using var slots = new SemaphoreSlim(parallelism);
        var pending = new Queue<(Task<(BatchLineResult Result, long Stored)> Task, string? Text)>();

        // Lines with one text run one after the other, in input order: the first is stored and the later ones are its
        // duplicates, as a reader of the batch expects, instead of whichever finished its analysis first.
        var running = new Dictionary<string, Task<(BatchLineResult Result, long Stored)>>(StringComparer.Ordinal);

        // Durability: each line that finishes draws the next number of 'finished'; a flush covers the lines whose numbers
        // were drawn before it began.
        long finished = 0, durable = 0, flushCovers = 0;
        Task? flush = null;

        async Task EndFlushAsync()
        {
            await flush!.ConfigureAwait(false);
            durable = Math.Max(durable, flushCovers);
            flush = null;
        }

        // Gives the oldest line's result when it is known and on disk. Unless wait is set, returns false instead of waiting
        // for the line or for a flush (which it starts), so that more lines are read and started meanwhile.
        async Task<bool> EmitAsync(bool wait)
        {
            var (task, text) = pending.Peek();
            if (!task.IsCompleted && !wait)
            {
                return false;
            }

            var (result, number) = await task.ConfigureAwait(false);
            while (result.Status != BatchLineStatus.Failed && number > durable)
            {
                if (flush is { IsCompleted: true })
                {
                    await EndFlushAsync().ConfigureAwait(false);
                    continue;
                }

                if (flush is null)
                {
                    flushCovers = Volatile.Read(ref finished);
                    flush = ingest.FlushAsync(cancellationToken);
                }

                if (!wait)
                {
                    return false;
                }

                await EndFlushAsync().ConfigureAwait(false);
            }

            pending.Dequeue();
            if (text is not null && running.TryGetValue(text, out var last) && last == task)
            {
                running.Remove(text);
            }

            await onResult(result).ConfigureAwait(false);
            return true;
        }

        try
        {
            await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (line.ReadError is null && string.IsNullOrWhiteSpace(line.Json))
                {
                    continue;
                }

                // Results leave in input order: a slow line holds back those after it, at most a few windows' worth.
                while (pending.Count > 0 && await EmitAsync(wait: pending.Count >= parallelism * 4).ConfigureAwait(false))
                {
                }

                var text = TextOf(line);
                var earlier = text is not null && running.TryGetValue(text, out var same) ? same : null;
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var task = Task.Run(
                    async () =>
                    {
                        try
                        {
                            if (earlier is not null)
                            {
                                await ((Task)earlier).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                            }

                            var result = await ImportAsync(line, settings, createdBy, cancellationToken).ConfigureAwait(false);
                            return (result, Interlocked.Increment(ref finished));
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    cancellationToken);
                if (text is not null)
                {
                    running[text] = task;
                }

                pending.Enqueue((task, text));
            }

            while (pending.Count > 0)
            {
                await EmitAsync(wait: true).ConfigureAwait(false);
            }
        }
        finally
        {
            // Lines still running when the batch stops (cancelled, or a database error) finish before the semaphore goes.
            foreach (var (task, _) in pending)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Their results are not given: the caller resumes from the last line given.
                }
            }

            if (flush is not null)
            {
                try
                {
                    await flush.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Nothing was given on its account.
                }
            }
        }
    }

    // The line's text as the key of one report (see ReportIngest: one report a text), or null when the line has none
    // that can be read here; the line's own import says what is wrong with it.
    private static string? TextOf(BatchLine line)
    {
        if (line.ReadError is not null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line.Json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                ? Report.ComputeHash(text.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<BatchLineResult> ImportAsync(BatchLine line, BatchSettings settings, string createdBy, CancellationToken cancellationToken)
    {
        BatchLineResult Failed(string? id, string field, string error) => new(line.Number, id, BatchLineStatus.Failed, null, 0, field, error, line.EndOffset);

        if (line.ReadError is { } readError)
        {
            return Failed(null, "line", readError);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.Json);
        }
        catch (JsonException e)
        {
            return Failed(null, "line", $"The line is not valid JSON ({e.Message}); each line must be one object such as {{\"text\": \"…\", \"publishedAt\": \"2024-10-14\"}}.");
        }

        using (document)
        {
            var id = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var idValue) ? Clip(idValue.GetRawText()) : null;
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (settings.LineTimeout > TimeSpan.Zero)
            {
                budget.CancelAfter(settings.LineTimeout);
            }

            try
            {
                var fields = ReportSubmissions.Read(document.RootElement, settings.Defaults);
                var result = fields.IsLinkOnly && links is not null
                    ? await ingest.IngestLinkAsync(fields, links, settings.MaxReportBytes, createdBy, budget.Token, deferDurability: true).ConfigureAwait(false)
                    : await ingest.IngestAsync(ReportSubmissions.Create(fields), createdBy, budget.Token, deferDurability: true).ConfigureAwait(false);
                return new BatchLineResult(line.Number, id, result.Created ? BatchLineStatus.Stored : BatchLineStatus.Duplicate,
                    result.Details.Report.Id, result.Details.Movements.Count, null, null, line.EndOffset);
            }
            catch (InvalidQueryException e)
            {
                return Failed(id, e.Parameter, e.Message);
            }
            catch (UnusableInputException e)
            {
                return Failed(id, "text", e.Message);
            }
            catch (CorroborationException e)
            {
                return Failed(id, e.Parameter, e.Message);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return Failed(id, "text", string.Create(CultureInfo.InvariantCulture,
                    $"The report took longer than the limit of {settings.LineTimeout.TotalSeconds:0.###} s and was not stored; split it or raise the limit."));
            }
        }
    }

    private static string Clip(string id) => id.Length <= MaxIdLength ? id : string.Concat(id.AsSpan(0, MaxIdLength - 3), "...");
}

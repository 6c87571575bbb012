using GeoMap.Core.Corroboration;
using GeoMap.Core.Reports;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Ingest;

/// <summary>A report as submitted, before extraction.</summary>
/// <param name="Text">The text (plain or HTML).</param>
/// <param name="PublishedAt">Publication time; relative dates in the text are read against it.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Source">The agency or outlet.</param>
/// <param name="Language">ISO 639-1 code, or null/"auto" to detect.</param>
/// <param name="FetchedAt">When the text was fetched from <paramref name="Url"/>, for a report given by its link.</param>
/// <param name="Reader">The article reader that took the text from the page (e.g. "SmartReader 0.11.1"), for a fetched report.</param>
public sealed record ReportSubmission(string Text, DateTimeOffset PublishedAt, string? Url, string? Source, string? Language, DateTimeOffset? FetchedAt = null, string? Reader = null)
{
    /// <summary>The report to store.</summary>
    public Report ToReport(string? detectedLanguage) => new()
    {
        Text = Text,
        PublishedAt = PublishedAt,
        Url = Url,
        SourceAgency = Source,
        FetchedAt = FetchedAt,
        Extractor = Reader is null ? ReportAnalyzer.Version : $"{ReportAnalyzer.Version}; {Reader}",
        Language = detectedLanguage ?? (Language is { } l && !l.Equals("auto", StringComparison.OrdinalIgnoreCase) ? l : null),
    };
}

/// <summary>The one ingest path, used by <c>POST /api/reports</c> and <c>geomap serve --sample-data</c>: extract, then store idempotently.</summary>
public sealed class ReportIngest(ReportAnalyzer analyzer, ReportRepository reports, ReportStore store)
{
    /// <summary>
    /// Stores a report given by its link only (<see cref="ReportSubmissions.ReportFields.IsLinkOnly"/>): a report already
    /// stored with that address (or with the address the link redirects to) is returned as it is, without storing it twice;
    /// otherwise the page is fetched and its article ingested.
    /// </summary>
    /// <param name="fields">The line or request, with its <c>url</c>.</param>
    /// <param name="links">Fetches the page.</param>
    /// <param name="maxReportBytes">Longest article, in UTF-8 bytes.</param>
    /// <param name="createdBy">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="deferDurability">Commit without waiting for the disk; the caller calls <see cref="FlushAsync"/> before it says the report is stored.</param>
    /// <exception cref="GeoMap.Core.Queries.InvalidQueryException">From <see cref="Fetching.LinkedReports.FetchAsync"/>.</exception>
    public async Task<IngestResult> IngestLinkAsync(
        ReportSubmissions.ReportFields fields, Fetching.LinkedReports links, long maxReportBytes, string createdBy, CancellationToken cancellationToken,
        bool deferDurability = false)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(links);
        if (fields.Url?.Trim() is { Length: > 0 } url && await reports.FindByUrlAsync(url, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return new IngestResult(known, Created: false);
        }

        var submission = await links.FetchAsync(fields, maxReportBytes, cancellationToken).ConfigureAwait(false);
        if (submission.Url is { } final && final != fields.Url?.Trim() && await reports.FindByUrlAsync(final, cancellationToken).ConfigureAwait(false) is { } moved)
        {
            return new IngestResult(moved, Created: false);
        }

        return await IngestAsync(submission, createdBy, cancellationToken, deferDurability).ConfigureAwait(false);
    }

    /// <summary>Extracts places and movements without storing anything (dry run).</summary>
    /// <exception cref="UnusableInputException">When the text cannot be analyzed (empty, binary, unknown language).</exception>
    public AnalysisResult Analyze(ReportSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return analyzer.Analyze(submission.Text, submission.PublishedAt, submission.Language ?? "auto", cancellationToken);
    }

    /// <summary>
    /// Stores the report with its mentions and movements; when the same text was ingested before, returns the stored
    /// report unchanged with <see cref="IngestResult.Created"/> false.
    /// </summary>
    /// <param name="submission">The report as submitted.</param>
    /// <param name="createdBy">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="deferDurability">Commit without waiting for the disk; the caller calls <see cref="FlushAsync"/> before it says the report is stored.</param>
    public async Task<IngestResult> IngestAsync(ReportSubmission submission, string createdBy, CancellationToken cancellationToken, bool deferDurability = false)
    {
        ArgumentNullException.ThrowIfNull(submission);

        // The hash check first: re-submitting a report costs one indexed lookup, not a full extraction.
        var existing = await reports.FindByHashAsync(Report.ComputeHash(submission.Text), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new IngestResult(existing, Created: false);
        }

        var analysis = Analyze(submission, cancellationToken);
        return await store.StoreAsync(submission.ToReport(analysis.Language), analysis.Places, analysis.Movements, createdBy, cancellationToken, deferDurability).ConfigureAwait(false);
    }

    /// <summary>Returns once every report stored so far (also with deferred durability) is on disk: <see cref="ReportRepository.FlushAsync"/>.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => reports.FlushAsync(cancellationToken);
}

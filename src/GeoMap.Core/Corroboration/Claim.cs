using GeoMap.Core.Movements;

namespace GeoMap.Core.Corroboration;

/// <summary>What one report says about one movement: an extracted (or hand-entered) movement, where it was read, and
/// which tracked movement it is linked to.</summary>
/// <remarks>
/// A claim is a <see cref="Movement"/> as one report states it. Claims that describe the same real movement are linked
/// to one tracked movement (the thing on the map) by <see cref="GroupingRule"/>; the tracked movement's fields are
/// derived from its claims by <see cref="ClaimDerivation"/>.
/// </remarks>
public sealed record Claim
{
    /// <summary>Claim id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The tracked movement it is linked to; 0 before it is linked.</summary>
    public long MovementId { get; init; }

    /// <summary>The movement as the report states it.</summary>
    public required Movement Statement { get; init; }

    /// <summary>When the report was published (null for a claim an analyst entered by hand).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The outlet or agency that published the report, if known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The report's url, if known.</summary>
    public string? ReportUrl { get; init; }

    /// <summary>When the report is a near-copy of an earlier one (a syndicated wire, a rewrite): that original report.</summary>
    public long? CopyOfReportId { get; init; }

    /// <summary>The outlet of the original when the report is a copy, else <see cref="Outlet"/>.</summary>
    public string? OriginalOutlet { get; init; }

    /// <summary>Why it is linked to its tracked movement, in words.</summary>
    public string? LinkReason { get; init; }

    /// <summary>Who linked it: <c>rule</c> (on ingest), <c>analyst</c> (a merge or split), or <c>migration</c> (not yet grouped).</summary>
    public string LinkedBy { get; init; } = "rule";

    /// <summary>
    /// The independent source this claim comes from: whom the report attributes it to (the NIS, the Kremlin), else the
    /// outlet of the original report (copies of one agency's wire are that agency), else the original report itself.
    /// </summary>
    /// <remarks>
    /// Three outlets quoting the same intelligence service are one source: the service. Two copies of one wire are one
    /// source: the wire. This is the analyst's question "how many independent sources say this".
    /// </remarks>
    public string SourceKey =>
        Normalized(Statement.Source?.Name) is { } claimedBy ? claimedBy
        : Normalized(OriginalOutlet ?? Outlet) is { } outlet ? outlet
        : (CopyOfReportId ?? Statement.ReportId) is { } report ? $"report {report}"
        : $"claim {Id}";

    /// <summary>
    /// The source as a person reads it: who claims it, else the outlet, else the report; null when nothing names one (a
    /// claim entered by hand that names no source and no report).
    /// </summary>
    /// <remarks>
    /// Never the analyst (or API key) who entered the claim: that is who edited, kept in the history
    /// (<see cref="Movement.CreatedBy"/>), not who reported it.
    /// </remarks>
    public string? SourceName =>
        Statement.Source?.Name is { Length: > 0 } claimedBy ? claimedBy
        : OriginalOutlet ?? Outlet ?? (Statement.ReportId is { } report ? $"report {report}" : null);

    /// <summary><see cref="SourceName"/>, or "source not stated", for sentences (a contradiction's detail).</summary>
    public string SourceNameOrNotStated => SourceName ?? NotStated;

    /// <summary>The words for a claim whose source is not stated.</summary>
    public const string NotStated = "source not stated";

    private static string? Normalized(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : string.Join(' ', name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

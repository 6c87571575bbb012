using GeoMap.Core.Movements;

namespace GeoMap.Core.Corroboration;

/// <summary>What the claims of a tracked movement say together: how many, from how many independent sources, who
/// claimed which strength, how the status changed, and where they contradict each other.</summary>
public sealed record Corroboration
{
    /// <summary>How many claims are linked.</summary>
    public int ClaimCount { get; init; }

    /// <summary>How many independent sources (see <see cref="Claim.SourceKey"/>) the claims come from.</summary>
    public int SourceCount { get; init; }

    /// <summary>
    /// The independent sources by name, most claims first; a claim entered by hand that names no source counts in
    /// <see cref="SourceCount"/> but has no name to list.
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Who claimed which strength, in claim order (claims without a strength left out).</summary>
    public IReadOnlyList<StrengthClaim> StrengthClaims { get; init; } = [];

    /// <summary>Each claim's status in the order the reports were published; the last one is the movement's status.</summary>
    public IReadOnlyList<StatusChange> StatusHistory { get; init; } = [];

    /// <summary>Where the claims disagree.</summary>
    public IReadOnlyList<Contradiction> Flags { get; init; } = [];

    /// <summary>The earliest publication among the claims' reports.</summary>
    public DateTimeOffset? FirstReportedAt { get; init; }

    /// <summary>The latest publication among the claims' reports.</summary>
    public DateTimeOffset? LastReportedAt { get; init; }
}

/// <summary>One claimed strength.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Source">Who claims it (<see cref="Claim.SourceName"/>); null when not stated.</param>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound.</param>
/// <param name="Text">The words of the report.</param>
public sealed record StrengthClaim(long ClaimId, string? Source, int? Min, int? Max, string Text);

/// <summary>One claim's status, as of its report's publication.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="At">When its report was published.</param>
/// <param name="Status">The status it claims.</param>
/// <param name="Source">Who claims it (<see cref="Claim.SourceName"/>); null when not stated.</param>
public sealed record StatusChange(long ClaimId, DateTimeOffset? At, MovementStatus Status, string? Source);

/// <summary>A disagreement between the claims of one tracked movement.</summary>
/// <param name="Kind"><c>strength</c>, <c>destination</c> or <c>status</c> (see <see cref="ContradictionKinds"/>).</param>
/// <param name="Detail">The disagreement in words ("1500 (NIS) vs 3000 (JSDF)").</param>
/// <param name="Signature">What was compared, so that an analyst's decision holds until the disagreement itself changes.</param>
/// <param name="State"><c>open</c>, or <c>confirmed</c> / <c>dismissed</c> by an analyst.</param>
public sealed record Contradiction(string Kind, string Detail, string Signature, string State = "open");

/// <summary>The kinds of <see cref="Contradiction"/>.</summary>
public static class ContradictionKinds
{
    /// <summary>Claimed strengths differ by more than <see cref="GroupingSettings.StrengthRatio"/>.</summary>
    public const string Strength = "strength";

    /// <summary>Claimed destinations lie farther apart than <see cref="GroupingSettings.DestinationFlagKm"/>.</summary>
    public const string Destination = "destination";

    /// <summary>Some claims say planned, others completed or under way.</summary>
    public const string Status = "status";

    /// <summary>Every kind.</summary>
    public static readonly IReadOnlyList<string> All = [Strength, Destination, Status];
}

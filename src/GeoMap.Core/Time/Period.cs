namespace GeoMap.Core.Time;

/// <summary>A half-open time interval [Start, End) in UTC; either end may be open (null).</summary>
/// <remarks>
/// Stored as a PostgreSQL tstzrange '[start,end)'. A day-precision event "8 to 13 October" is
/// [10-08T00:00Z, 10-14T00:00Z). An instant is represented with Start == End and is treated as
/// the closed range [t, t].
/// </remarks>
public sealed record Period
{
    /// <summary>Creates a period; throws when the end precedes the start.</summary>
    public Period(DateTimeOffset? start, DateTimeOffset? end, TimePrecision precision = TimePrecision.Day)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new ArgumentException($"The period ends ({e:O}) before it starts ({s:O}).", nameof(end));
        }

        Start = start?.ToUniversalTime();
        End = end?.ToUniversalTime();
        Precision = precision;
    }

    /// <summary>Inclusive start, or null for "since ever".</summary>
    public DateTimeOffset? Start { get; }

    /// <summary>Exclusive end, or null for "still going".</summary>
    public DateTimeOffset? End { get; }

    /// <summary>How precisely the text gave the time.</summary>
    public TimePrecision Precision { get; }

    /// <summary>An unbounded period.</summary>
    public static Period Unbounded { get; } = new(null, null, TimePrecision.Unknown);

    /// <summary>The whole UTC days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static Period Days(DateOnly first, DateOnly last) =>
        new(new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            TimePrecision.Day);

    /// <summary>True when the two periods share at least one instant.</summary>
    public bool Overlaps(Period other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Before(Start, other.End, other.IsInstant) && Before(other.Start, End, IsInstant);
    }

    /// <summary>True when start and end are the same instant.</summary>
    public bool IsInstant => Start is { } s && End is { } e && s == e;

    private static bool Before(DateTimeOffset? start, DateTimeOffset? end, bool endInclusive) =>
        start is null || end is null || start < end || (endInclusive && start == end);
}

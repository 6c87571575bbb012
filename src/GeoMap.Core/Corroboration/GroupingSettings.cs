namespace GeoMap.Core.Corroboration;

/// <summary>The thresholds of the grouping rule and of the contradiction flags (<c>GeoMap:Corroboration</c> in settings).</summary>
/// <remarks>See <see cref="GroupingRule"/> for how each is used. Every value must be positive.</remarks>
public sealed record GroupingSettings
{
    /// <summary>Two destinations this close (km) can be the same movement's. A city and a base beside it are a few km apart.</summary>
    public double DestinationKm { get; init; } = 50;

    /// <summary>Two origins this close (km) can be the same movement's; reports name origins more loosely than destinations.</summary>
    public double OriginKm { get; init; } = 100;

    /// <summary>
    /// Two different towns (populated places) are one movement's destination, or origin, only this close (km): a city and
    /// a suburb or satellite town. Farther apart they are two destinations even within <see cref="DestinationKm"/>, which
    /// is for a town and a place named beside it (a base, a port, a station) or the region around it.
    /// </summary>
    public double TownKm { get; init; } = 20;

    /// <summary>Periods this many days apart still count as adjacent (one report's "8 October", another's "from the 10th").</summary>
    public double GapDays { get; init; } = 3;

    /// <summary>A claim without dates is taken to describe the days before its publication, this many of them.</summary>
    public double UndatedDays { get; init; } = 14;

    /// <summary>Claimed strengths disagree when the largest is more than this many times the smallest.</summary>
    public double StrengthRatio { get; init; } = 1.5;

    /// <summary>Destinations of one tracked movement farther apart than this (km) raise a destination flag.</summary>
    public double DestinationFlagKm { get; init; } = 10;

    /// <summary>A claim compatible with more tracked movements than this is too vague to place: its report is refused.</summary>
    public int MaxCandidates { get; init; } = 200;

    /// <summary>A report whose claims would link to more tracked movements than this is refused.</summary>
    public int MaxLinksPerReport { get; init; } = 100;

    /// <summary>Two reports whose estimated word-pair (Jaccard) similarity reaches this are a copy and its original.</summary>
    public double DuplicateSimilarity { get; init; } = 0.5;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        Check(DestinationKm > 0, nameof(DestinationKm));
        Check(OriginKm > 0, nameof(OriginKm));
        Check(TownKm > 0, nameof(TownKm));
        Check(GapDays >= 0, nameof(GapDays));
        Check(UndatedDays > 0, nameof(UndatedDays));
        Check(StrengthRatio >= 1, nameof(StrengthRatio));
        Check(DestinationFlagKm > 0, nameof(DestinationFlagKm));
        Check(MaxCandidates > 0, nameof(MaxCandidates));
        Check(MaxLinksPerReport > 0, nameof(MaxLinksPerReport));
        Check(DuplicateSimilarity is > 0 and <= 1, nameof(DuplicateSimilarity));
    }

    private static void Check(bool ok, string name)
    {
        if (!ok)
        {
            throw new ArgumentException($"GeoMap:Corroboration:{name} is out of range (see appsettings.Example.json).", name);
        }
    }
}

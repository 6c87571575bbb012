namespace GeoMap.Core.Movements;

/// <summary>How many: an exact number, a range, or a bound ("up to 10,000", "several thousand").</summary>
/// <param name="Min">Lower bound, inclusive; null when only an upper bound is known.</param>
/// <param name="Max">Upper bound, inclusive; null when only a lower bound is known.</param>
/// <param name="Text">The words the report used ("1 500", "douze mille").</param>
public sealed record Strength(int? Min, int? Max, string Text)
{
    /// <summary>An exact count.</summary>
    public static Strength Exactly(int count, string text) => new(count, count, text);

    /// <summary>True when the report gave one number.</summary>
    public bool IsExact => Min is not null && Min == Max;

    /// <summary>A single number to draw or sort by: the exact value, the midpoint, or the known bound.</summary>
    public int? Representative => (Min, Max) switch
    {
        ({ } a, { } b) => a + ((b - a) / 2),
        ({ } a, null) => a,
        (null, { } b) => b,
        _ => null,
    };
}

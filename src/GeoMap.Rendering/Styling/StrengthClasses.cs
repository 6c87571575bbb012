using GeoMap.Core.Movements;

namespace GeoMap.Rendering.Styling;

/// <summary>Arrow widths by strength, in classes a reader can match against the legend.</summary>
public static class StrengthClasses
{
    /// <summary>The classes: upper bound (inclusive; null for the last), label, and width in pixels at scale 1.</summary>
    public static IReadOnlyList<(int? UpTo, string Label, float Width)> All { get; } =
    [
        (1_000, "up to 1,000", 3.5f),
        (10_000, "1,000 – 10,000", 6f),
        (50_000, "10,000 – 50,000", 9f),
        (null, "over 50,000", 13f),
    ];

    /// <summary>Width for a movement whose strength is not stated.</summary>
    public const float UnknownWidth = 2.5f;

    /// <summary>Arrow width at scale 1 for a strength.</summary>
    public static float WidthOf(Strength? strength)
    {
        if (strength?.Representative is not { } count)
        {
            return UnknownWidth;
        }

        foreach (var (upTo, _, width) in All)
        {
            if (upTo is null || count <= upTo)
            {
                return width;
            }
        }

        return All[^1].Width;
    }
}

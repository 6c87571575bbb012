using GeoMap.Core.Movements;

namespace GeoMap.Rendering.Styling;

/// <summary>Arrow widths by strength, in classes a reader can match against the legend (<see cref="MovementStyle"/>, shared with the web client).</summary>
public static class StrengthClasses
{
    /// <summary>The classes: upper bound (inclusive; null for the last), label, and width in pixels at scale 1.</summary>
    public static IReadOnlyList<(int? UpTo, string Label, float Width)> All => MovementStyle.Default.WidthClasses;

    /// <summary>Width for a movement whose strength is not stated.</summary>
    public static float UnknownWidth => MovementStyle.Default.UnknownWidth;

    /// <summary>Arrow width at scale 1 for a strength (its representative: the number, the middle of a range, its one bound).</summary>
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

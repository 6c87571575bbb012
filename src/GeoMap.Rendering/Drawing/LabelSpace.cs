using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Rectangles already taken on the image, so that labels do not overlap each other or the panels.</summary>
public sealed class LabelSpace
{
    private readonly List<SKRect> taken = [];
    private readonly SKRect bounds;

    /// <summary>Creates an empty space for an image of the given size.</summary>
    public LabelSpace(int width, int height) => bounds = new SKRect(0, 0, width, height);

    /// <summary>Marks a rectangle as taken.</summary>
    public void Take(SKRect rect) => taken.Add(rect);

    /// <summary>True when the rectangle lies inside the image and touches nothing taken.</summary>
    public bool IsFree(SKRect rect) => bounds.Contains(rect) && !taken.Any(t => t.IntersectsWith(rect));

    /// <summary>How many taken rectangles the rectangle touches.</summary>
    public int Overlaps(SKRect rect) => taken.Count(t => t.IntersectsWith(rect));

    /// <summary>Takes the rectangle when it is free; returns whether it was.</summary>
    public bool TryTake(SKRect rect)
    {
        if (!IsFree(rect))
        {
            return false;
        }

        taken.Add(rect);
        return true;
    }
}

using GeoMap.Core.Movements;
using GeoMap.Core.Queries;
using GeoMap.Rendering.Drawing;
using GeoMap.Rendering.Projection;
using SkiaSharp;

namespace GeoMap.Rendering.Tests.Drawing;

/// <summary>Movements along the same two places fan out instead of hiding each other.</summary>
public sealed class StackedMovementTests
{
    private static readonly MapViewport Viewport = new(new BoundingBox(34, 48, 40, 52), 1000, 700);

    [Fact]
    public void Movements_between_the_same_places_either_way_are_numbered_by_id_and_others_stand_alone()
    {
        var first = Scenes.Move(7, "Russia", MovementStatus.Completed, 500, Scenes.Belgorod, Scenes.Kharkiv);
        var second = Scenes.Move(3, "Russia", MovementStatus.Planned, 900, Scenes.Belgorod, Scenes.Kharkiv);
        var third = Scenes.Move(9, "Wagner Group", MovementStatus.Completed, null, Scenes.Belgorod, Scenes.Kharkiv);
        var back = Scenes.Move(4, "Ukraine", MovementStatus.Completed, 100, Scenes.Kharkiv, Scenes.Belgorod);
        var via = Scenes.Move(5, "Russia", MovementStatus.Completed, 100, Scenes.Belgorod, Scenes.Sumy, Scenes.Kharkiv);

        var stacks = MovementGeometry.Stacks([first, second, third, back, via]);

        // The one back (id 4) is numbered with those out, so that it bows away from them.
        Assert.Equal([2, 0, 3, 1], new[] { first, second, third, back }.Select(m => stacks[m]));
        Assert.False(stacks.ContainsKey(via));
    }

    [Fact]
    public void The_first_movement_of_a_stack_runs_straight_and_each_further_one_bows_further_out()
    {
        var movement = Scenes.Move(1, "Russia", MovementStatus.Completed, 500, Scenes.Kursk, Scenes.Kharkiv);
        var a = Viewport.ToPixel(Scenes.Kursk.Lon, Scenes.Kursk.Lat);
        var b = Viewport.ToPixel(Scenes.Kharkiv.Lon, Scenes.Kharkiv.Lat);

        var bows = Enumerable.Range(0, MovementGeometry.MaxFan + 2).Select(stack =>
        {
            using var geometry = MovementGeometry.Create(movement, Viewport, 13, 7, stack)!;
            using var measure = new SKPathMeasure(geometry.Shaft);
            measure.GetPosition(measure.Length / 2, out var middle);
            // Off the straight line between the places (the shaft stops short of the tip, so its middle also slides along it).
            var chord = b - a;
            return Math.Abs((chord.X * (middle.Y - a.Y)) - (chord.Y * (middle.X - a.X))) / chord.Length;
        }).ToList();

        Assert.True(bows[0] < 0.5, $"the first bows {bows[0]:0.0} px");
        for (var i = 1; i <= MovementGeometry.MaxFan; i++)
        {
            Assert.True(bows[i] > bows[i - 1] + 5, $"stack {i} bows {bows[i]:0.0} px, stack {i - 1} {bows[i - 1]:0.0} px");
        }

        Assert.Equal(bows[MovementGeometry.MaxFan], bows[MovementGeometry.MaxFan + 1], 3);
    }
}

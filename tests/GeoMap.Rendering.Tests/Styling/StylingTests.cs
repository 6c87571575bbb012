using GeoMap.Core.Movements;
using GeoMap.Rendering.Styling;

namespace GeoMap.Rendering.Tests.Styling;

public class StylingTests
{
    [Fact]
    public void An_actor_keeps_its_colour_from_map_to_map()
    {
        var alone = ActorPalette.Assign(["North Korea"]);
        var withOthers = ActorPalette.Assign(["Russia", "north korea", "Ukraine"]);
        Assert.Equal(alone["North Korea"], ActorPalette.Colors[ActorPalette.Preferred("North Korea")]);
        Assert.Equal(ActorPalette.Preferred("North Korea"), ActorPalette.Preferred("  north KOREA "));
        Assert.Equal(3, withOthers.Count);
        Assert.True(withOthers.ContainsKey("North Korea"));
    }

    [Fact]
    public void Actors_on_one_map_get_different_colours_while_the_palette_lasts()
    {
        var actors = Enumerable.Range(1, ActorPalette.Colors.Count).Select(i => $"Actor {i}").ToList();
        var colors = ActorPalette.Assign(actors);
        Assert.Equal(actors.Count, colors.Values.Distinct().Count());
    }

    [Theory]
    [InlineData(null, StrengthClasses.UnknownWidth)]
    [InlineData(300, 3.5f)]
    [InlineData(1_000, 3.5f)]
    [InlineData(1_500, 6f)]
    [InlineData(12_000, 9f)]
    [InlineData(100_000, 13f)]
    public void Arrow_width_grows_with_strength(int? count, float width)
    {
        var strength = count is { } c ? Strength.Exactly(c, "") : null;
        Assert.Equal(width, StrengthClasses.WidthOf(strength));
    }

    [Fact]
    public void A_range_is_drawn_at_its_midpoint()
    {
        Assert.Equal(9f, StrengthClasses.WidthOf(new Strength(10_000, 20_000, "10 to 20 thousand")));
    }
}

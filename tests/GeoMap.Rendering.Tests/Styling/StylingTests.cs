using GeoMap.Core.Movements;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Tests.Styling;

public class StylingTests
{
    public static TheoryData<string, string> TableColours => new()
    {
        // Actors of the style table (data/style/map-style.json, which the web client reads too) and their colour.
        { "Russia", "#c62828" },
        { "russian federation", "#c62828" },
        { "Ukraine", "#1565c0" },
        { "Wagner Group", "#7b1f3a" },
        { "North Korea", "#6a1b9a" },
        { "  DPRK ", "#6a1b9a" },
        { "Belarus", "#ef6c00" },
    };

    [Theory]
    [MemberData(nameof(TableColours))]
    public void An_actor_of_the_style_table_has_its_own_colour(string actor, string colour)
    {
        Assert.Equal(SKColor.Parse(colour), ActorPalette.Assign([actor, "Some other actor"])[actor]);
    }

    [Fact]
    public void Russia_Ukraine_and_Wagner_Group_never_share_a_colour()
    {
        var colours = ActorPalette.Assign(["Russia", "Ukraine", "Wagner Group", "Africa Corps", "Belarus", "North Korea"]);
        Assert.Equal(6, colours.Values.Distinct().Count());
    }

    [Fact]
    public void An_actor_outside_the_table_keeps_its_colour_from_map_to_map()
    {
        var alone = ActorPalette.Assign(["Azov Brigade"]);
        var withOthers = ActorPalette.Assign(["Russia", "azov brigade", "Ukraine"]);
        Assert.Equal(alone["Azov Brigade"], ActorPalette.Colors[ActorPalette.Preferred("Azov Brigade")]);
        Assert.Equal(alone["Azov Brigade"], withOthers["Azov Brigade"]);
        Assert.Equal(ActorPalette.Preferred("Azov Brigade"), ActorPalette.Preferred("  azov BRIGADE "));
    }

    [Fact]
    public void Actors_on_one_map_get_different_colours_while_the_reserve_lasts()
    {
        var actors = Enumerable.Range(1, ActorPalette.Colors.Count).Select(i => $"Actor {i}").Concat(["Russia", "Ukraine"]).ToList();
        var colors = ActorPalette.Assign(actors);
        Assert.Equal(actors.Count, colors.Values.Distinct().Count());
    }

    [Theory]
    [InlineData(null, 2.5f)]
    [InlineData(300, 3.5f)]
    [InlineData(1_000, 3.5f)]
    [InlineData(1_500, 5.5f)]
    [InlineData(12_000, 8f)]
    [InlineData(100_000, 11f)]
    public void Arrow_width_grows_with_strength(int? count, float width)
    {
        var strength = count is { } c ? Strength.Exactly(c, "") : null;
        Assert.Equal(width, StrengthClasses.WidthOf(strength));
    }

    [Fact]
    public void A_range_is_drawn_at_its_midpoint()
    {
        Assert.Equal(8f, StrengthClasses.WidthOf(new Strength(10_000, 20_000, "10 to 20 thousand")));
    }

    [Fact]
    public void A_planned_movement_is_dashed_with_an_open_head_and_a_completed_one_solid()
    {
        var planned = MovementStyle.Default.Stroke(MovementStatus.Planned, 4, 4);
        var completed = MovementStyle.Default.Stroke(MovementStatus.Completed, 4, 4);
        Assert.True(planned.Open);
        Assert.Equal([12f, 8f], planned.Dash!);
        Assert.False(completed.Open);
        Assert.Null(completed.Dash);
    }
}

using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Rendering.Styling;
using GeoMap.Testing;
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

    [Theory]
    [MemberData(nameof(ActorColourCases.Names), MemberType = typeof(ActorColourCases))]
    public void The_actors_of_a_map_get_the_colours_of_the_shared_case_table(string name)
    {
        // data/style/actor-colours.cases.json: the web client's assignColours answers the same cases (MapStyleTests).
        var expected = ActorColourCases.Named(name);
        var colours = ActorPalette.AssignHex(expected.Actors);
        Assert.Equal(expected.Colours.OrderBy(c => c.Key, StringComparer.Ordinal), colours.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ActorColourCases.Names), MemberType = typeof(ActorColourCases))]
    public void The_legend_lists_the_actors_of_a_map_in_the_order_of_the_shared_case_table(string name)
    {
        // The web client's legendOrder answers the same cases (MapViewTests): both legends list one map's actors alike.
        var expected = ActorColourCases.Named(name);
        if (expected.Legend is not { } legend)
        {
            return;
        }

        Assert.Equal(legend, ActorPalette.LegendOrder(expected.Actors));
    }

    [Theory]
    [MemberData(nameof(ActorColourCases.Names), MemberType = typeof(ActorColourCases))]
    public void No_two_actors_of_one_map_share_a_colour_and_none_is_the_grey_of_an_unstated_actor(string name)
    {
        var actors = ActorColourCases.Named(name).Actors;
        var colours = ActorPalette.Assign(actors);
        var distinct = actors.OfType<string>().Where(a => a.Trim().Length > 0)
            .Select(a => MovementStyle.Default.Actor(MovementStyle.Key(a))?.Id ?? MovementStyle.Key(a)).Distinct().Count();
        Assert.Equal(distinct, colours.Values.Distinct().Count());
        Assert.DoesNotContain(ActorPalette.Unattributed, colours.Values);
    }

    [Fact]
    public void Actors_of_one_map_without_a_fixed_colour_stay_apart_in_OKLab_while_colours_can_be_found()
    {
        // Thirty-two NATO members in one arc of hues, then twenty actors outside the table: no two of the made colours
        // are nearer than the style's distance halved twice (the last step before only the exact colour is refused).
        var actors = ActorColourCases.All.SelectMany(c => c.Actors).Concat(Enumerable.Range(1, 20).Select(i => $"Group {i}")).ToList();
        var labs = ActorPalette.AssignHex(actors).Values.Distinct().Select(Oklab.Of).ToList();
        var nearest = labs.SelectMany((x, i) => labs.Skip(i + 1).Select(y => Oklab.Distance(x, y))).Min();
        Assert.True(nearest >= MovementStyle.Default.Generated.Distance / 4, $"two colours {nearest:0.000} apart");
    }

    [Theory]
    [InlineData("Norway", 170, 290)]
    [InlineData("Lithuania", 170, 290)]
    [InlineData("Czechia", 170, 290)]
    [InlineData("Azov", 225, 275)]
    public void An_actor_listed_by_side_without_a_colour_takes_one_of_its_sides_hues(string actor, double from, double to)
    {
        // With every NATO member on the map NATO's list is spent and colours are made in its arc: they stay in the family.
        var everyone = ActorColourCases.All.SelectMany(c => c.Actors).Append(actor).ToList();
        foreach (var colours in new[] { ActorPalette.AssignHex([actor]), ActorPalette.AssignHex(everyone) })
        {
            var (_, a, b) = Oklab.Of(colours[MovementStyle.Key(actor)]);
            var hue = (Math.Atan2(b, a) * 180 / Math.PI + 360) % 360;
            Assert.InRange(hue, from - 2, to + 2);
        }
    }

    [Fact]
    public void An_actor_listed_by_side_without_a_colour_keeps_its_colour_from_map_to_map_where_it_can()
    {
        var alone = ActorPalette.Assign(["Norway"]);
        var withOthers = ActorPalette.Assign(["Russia", "NORWAY", "Ukraine", "United States"]);
        Assert.Equal(alone["Norway"], withOthers["Norway"]);
    }

    [Fact]
    public void Fixed_colours_are_far_apart_in_OKLab()
    {
        // Fixed colours are kept whatever else is on the map, so the table itself must not hold two alike.
        var style = JsonDocument.Parse(File.ReadAllText(Path.Combine(ReferenceImages.RepositoryRoot(), "data", "style", "map-style.json"))).RootElement;
        var fixedColours = style.GetProperty("actors").EnumerateArray()
            .Where(a => a.TryGetProperty("colour", out _))
            .Select(a => (Name: a.GetProperty("name").GetString()!, Lab: Oklab.Of(a.GetProperty("colour").GetString()!)))
            .Append((Name: "unattributed", Lab: Oklab.Of(style.GetProperty("unattributed").GetString()!))).ToList();
        foreach (var (x, i) in fixedColours.Select((x, i) => (x, i)))
        {
            foreach (var y in fixedColours.Skip(i + 1))
            {
                Assert.True(Oklab.Distance(x.Lab, y.Lab) >= 0.08, $"{x.Name} and {y.Name} are {Oklab.Distance(x.Lab, y.Lab):0.000} apart");
            }
        }
    }

    [Fact]
    public void An_actor_outside_the_table_keeps_its_colour_from_map_to_map()
    {
        var alone = ActorPalette.Assign(["Hezbollah"]);
        var withOthers = ActorPalette.Assign(["Russia", "hezbollah", "Ukraine"]);
        Assert.Equal(alone["Hezbollah"], ActorPalette.Colors[ActorPalette.Preferred("Hezbollah")]);
        Assert.Equal(alone["Hezbollah"], withOthers["Hezbollah"]);
        Assert.Equal(ActorPalette.Preferred("Hezbollah"), ActorPalette.Preferred("  hezBOLLAH "));
    }

    [Fact]
    public void Every_spelling_given_finds_its_colour()
    {
        var colours = ActorPalette.Assign(["Russia", " russia ", "RU", "Czechia", "Czech Republic"]);
        Assert.Equal(colours["Russia"], colours[" russia "]);
        Assert.Equal(colours["Russia"], colours["RU"]);
        Assert.Equal(colours["Czechia"], colours["Czech Republic"]);
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

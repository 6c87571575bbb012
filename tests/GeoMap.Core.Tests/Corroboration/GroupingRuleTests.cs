using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using static GeoMap.Core.Tests.Corroboration.Claims;

namespace GeoMap.Core.Tests.Corroboration;

public sealed class GroupingRuleTests
{
    private static readonly GroupingSettings Settings = new();

    // The movement already tracked: Russia, 1,500, to Ussuriysk, 8-13 October, per the NIS via Yonhap.
    private static Movement Known() => Tracked(Of(to: Ussuriysk, from: Vladivostok));

    public static TheoryData<string, Claim, bool, string> Cases => new()
    {
        { "the same movement reworded by another outlet", Of(to: Ussuriysk, days: "2024-10-10..2024-10-12", source: "Japan's defence ministry", outlet: "Kyodo"), true, "same destination Ussuriysk" },
        { "the same movement with a different strength", Of(to: Ussuriysk, strength: 3000, source: "Japan's defence ministry", outlet: "Kyodo"), true, "periods overlap" },
        { "the same movement to the base beside the city", Of(to: UssuriyskBase, days: "2024-10-13..2024-10-14"), true, "km from Ussuriysk" },
        { "the same movement a day after the period", Of(to: Ussuriysk, days: "2024-10-15..2024-10-15"), true, "periods adjacent" },
        { "the same movement without dates, reported a few days later", Of(to: Ussuriysk, days: null, published: "2024-10-16"), true, "periods overlap" },
        { "the same movement with no actor named", Of(actor: null, to: Ussuriysk), true, "actor unknown on one side" },
        { "a different movement to the same city a month later", Of(to: Ussuriysk, days: "2024-11-12..2024-11-15", published: "2024-11-16"), false, "days apart" },
        { "the same movement reported under way", Of(to: Ussuriysk, status: MovementStatus.UnderWay, kind: MovementKind.Transit), true, "a transit ends in the other" },
        { "the same movement whose verb was not read", Of(to: Ussuriysk, kind: MovementKind.Unknown), true, "same destination Ussuriysk" },
        { "the same deployment named as such", Of(to: Ussuriysk), true, "same kind deployment" },
        { "a withdrawal from the same place", Of(from: Ussuriysk, to: null, days: "2024-10-10..2024-10-12", kind: MovementKind.Withdrawal), false, "opposite direction" },
        { "a withdrawal from the same place to the movement's origin", Of(from: Ussuriysk, to: Vladivostok, kind: MovementKind.Withdrawal), false, "opposite direction" },
        { "a withdrawal from a place the movement does not name", Of(from: Khabarovsk, to: null, kind: MovementKind.Withdrawal), false, "origins Khabarovsk and Vladivostok" },
        { "a withdrawal of the same force to the same place", Of(to: Ussuriysk, kind: MovementKind.Withdrawal), false, "different kinds (withdrawal and deployment)" },
        { "an advance on the same city", Of(to: Ussuriysk, kind: MovementKind.Advance), false, "different kinds (advance and deployment)" },
        { "another actor moving to the same city at the same time", Of(actor: "North Korea", to: Ussuriysk), false, "different actors" },
        { "the same actor to a city 650 km away", Of(to: Khabarovsk), false, "destinations Khabarovsk and Ussuriysk" },
        { "the same actor to another town 30 km away", Of(to: TownNorthOfUssuriysk), false, "for two different towns" },
        { "the same actor to a suburb 8 km away", Of(to: SuburbOfUssuriysk), true, "km from Ussuriysk" },
        { "the same actor back to where the movement left from", Of(to: Vladivostok), false, "opposite direction" },
        { "a claim that names no place", Of(to: null), false, "names no place" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Grouping_rule_links_claims_of_one_movement_and_explains_why(string situation, Claim claim, bool linked, string because)
    {
        var test = GroupingRule.Test(claim, Known(), Settings);
        Assert.True(linked == test.Linked, $"{situation}: expected linked={linked}, got {test.Linked} ({test.Reason})");
        Assert.Contains(because, test.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closer_movement_scores_higher_than_a_farther_one()
    {
        var claim = Of(to: Ussuriysk);
        var exact = GroupingRule.Test(claim, Known(), Settings);
        var nearby = GroupingRule.Test(claim, Tracked(Of(to: UssuriyskBase)), Settings);
        Assert.True(exact.Linked && nearby.Linked);
        Assert.True(exact.Score > nearby.Score);
    }

    [Fact]
    public void Thresholds_are_settings()
    {
        var tight = new GroupingSettings { DestinationKm = 2 };
        Assert.False(GroupingRule.Test(Of(to: UssuriyskBase), Known(), tight).Linked);
        var wide = new GroupingSettings { DestinationKm = 100, TownKm = 100 };
        Assert.True(GroupingRule.Test(Of(to: Vladivostok), Known(), wide).Linked);
        Assert.False(GroupingRule.Test(Of(to: TownNorthOfUssuriysk), Known(), Settings).Linked);
        Assert.True(GroupingRule.Test(Of(to: TownNorthOfUssuriysk), Known(), new GroupingSettings { TownKm = 40 }).Linked);
        Assert.Throws<ArgumentException>(() => new GroupingSettings { GapDays = -1 }.Validate());
    }
}

using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using static GeoMap.Core.Tests.Corroboration.Claims;

namespace GeoMap.Core.Tests.Corroboration;

public sealed class ClaimDerivationTests
{
    [Fact]
    public void Strength_is_the_claimed_range_with_who_claimed_what_and_a_contradiction_flag()
    {
        var m = Tracked(
            Of(to: Ussuriysk, strength: 1500, source: "NIS"),
            Of(to: Ussuriysk, strength: 3000, source: "Japan's defence ministry", outlet: "Kyodo"),
            Of(to: Ussuriysk, strength: 1500, source: "NIS", outlet: "Korea Herald"));
        Assert.Equal(1500, m.Strength!.Min);
        Assert.Equal(3000, m.Strength.Max);
        Assert.Equal(3, m.Corroboration!.ClaimCount);
        Assert.Equal(2, m.Corroboration.SourceCount);
        Assert.Equal(["NIS", "Japan's defence ministry"], m.Corroboration.Sources);
        Assert.Contains(m.Corroboration.StrengthClaims, s => s.Source == "Japan's defence ministry" && s.Min == 3000);
        var flag = Assert.Single(m.Corroboration.Flags);
        Assert.Equal(ContradictionKinds.Strength, flag.Kind);
        Assert.Equal("1,500 (NIS) vs 3,000 (Japan's defence ministry)", flag.Detail);
    }

    [Theory]
    [InlineData(new[] { MovementKind.Transit, MovementKind.Deployment }, MovementKind.Deployment)]
    [InlineData(new[] { MovementKind.Transit, MovementKind.Unknown }, MovementKind.Transit)]
    [InlineData(new[] { MovementKind.Unknown, MovementKind.Unknown }, MovementKind.Unknown)]
    [InlineData(new[] { MovementKind.Advance, MovementKind.Transit, MovementKind.Transit }, MovementKind.Advance)]
    public void Kind_is_what_the_claims_say_a_transit_yielding_to_what_it_became(MovementKind[] claimed, MovementKind derived)
    {
        var m = Tracked(claimed.Select((k, i) => Of(to: Ussuriysk, kind: k, source: $"source {i}")).ToArray());
        Assert.Equal(derived, m.Kind);
    }

    [Theory]
    [InlineData(new[] { "UA" }, "UA")]
    [InlineData(new[] { "UA", "UA" }, "UA")]
    [InlineData(new[] { "UA", "RU" }, null)]
    [InlineData(new[] { "KR", null }, null)]
    [InlineData(new string?[] { null }, null)]
    public void The_source_keeps_its_country_when_every_claim_gives_the_same(string?[] countries, string? derived)
    {
        var m = Tracked(countries.Select((c, i) => Of(to: Ussuriysk, source: $"source {i}", sourceCountry: c)).ToArray());
        Assert.Equal(derived, m.Source!.CountryCode);
    }

    /// <summary>A claim an analyst entered by hand, naming no source and no report: only its key says who typed it.</summary>
    private static Claim ByHand()
    {
        var c = Of(to: Ussuriysk, source: "", outlet: null);
        return c with { PublishedAt = null, Statement = c.Statement with { ReportId = null, Source = null, CreatedBy = "key:alice" } };
    }

    [Fact]
    public void A_claim_entered_by_hand_without_a_source_is_no_ones_word_not_the_word_of_the_key_that_entered_it()
    {
        var alone = Tracked(ByHand());
        Assert.Null(alone.Source);
        Assert.Null(ByHand().SourceName);
        Assert.Equal(1, alone.Corroboration!.SourceCount);
        Assert.Empty(alone.Corroboration.Sources);
        Assert.All(alone.Corroboration.StatusHistory, s => Assert.Null(s.Source));
        Assert.Equal("key:alice", alone.CreatedBy);

        // Beside a named source: that source is the movement's, and a contradiction says the other is not stated.
        var mixed = Tracked(Of(to: Ussuriysk, status: MovementStatus.Planned, published: "2024-10-05", source: "TASS"), ByHand());
        Assert.Equal("TASS", mixed.Source!.Name);
        Assert.Equal(2, mixed.Corroboration!.SourceCount);
        Assert.Equal(["TASS"], mixed.Corroboration.Sources);
        var flag = Assert.Single(mixed.Corroboration.Flags, f => f.Kind == ContradictionKinds.Status);
        Assert.Equal("planned (TASS) vs completed (source not stated)", flag.Detail);
        Assert.DoesNotContain("alice", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Close_strengths_raise_no_flag()
    {
        var m = Tracked(Of(to: Ussuriysk, strength: 1500), Of(to: Ussuriysk, strength: 2000, source: "JSDF"));
        Assert.Empty(m.Corroboration!.Flags);
    }

    [Fact]
    public void Copies_of_one_wire_are_one_source_and_do_not_outvote_a_second_agency()
    {
        // Three outlets run Yonhap's wire unattributed, saying Khabarovsk; Kyodo says Ussuriysk. Copies count once.
        var original = Of(to: Khabarovsk, source: "", outlet: "Yonhap", days: "2024-10-08..2024-10-13");
        var copies = new[] { Of(to: Khabarovsk, source: "", outlet: "Korea Herald", copyOf: 1), Of(to: Khabarovsk, source: "", outlet: "Korea Times", copyOf: 1) }
            .Select(c => c with { OriginalOutlet = "Yonhap" });
        var other = Of(to: Ussuriysk, source: "", outlet: "Kyodo");
        var m = Tracked([original, .. copies, other]);
        Assert.Equal(2, m.Corroboration!.SourceCount);
        Assert.Equal(4, m.Corroboration.ClaimCount);
        Assert.Contains(m.Corroboration.Flags, f => f.Kind == ContradictionKinds.Destination);
    }

    [Fact]
    public void Latest_report_sets_the_status_and_the_history_keeps_every_claim()
    {
        var m = Tracked(
            Of(to: Ussuriysk, status: MovementStatus.Planned, published: "2024-10-05", source: "TASS"),
            Of(to: Ussuriysk, status: MovementStatus.Completed, published: "2024-10-18", source: "NIS"));
        Assert.Equal(MovementStatus.Completed, m.Status);
        Assert.Equal([MovementStatus.Planned, MovementStatus.Completed], m.Corroboration!.StatusHistory.Select(s => s.Status));
        Assert.Contains(m.Corroboration.Flags, f => f.Kind == ContradictionKinds.Status && f.Detail.StartsWith("planned (TASS) vs completed (NIS)", StringComparison.Ordinal));
    }

    [Fact]
    public void Best_supported_period_and_route_win()
    {
        var m = Tracked(
            Of(to: Ussuriysk, from: Vladivostok, days: "2024-10-08..2024-10-13", source: "NIS"),
            Of(to: Ussuriysk, days: "2024-10-08..2024-10-13", source: "JSDF"),
            Of(to: UssuriyskBase, days: "2024-10-10..2024-10-10", source: "TASS"));
        Assert.Equal(Ussuriysk, m.Destination);
        Assert.Equal(Vladivostok, m.Origin);
        Assert.Equal(new DateTimeOffset(2024, 10, 8, 0, 0, 0, TimeSpan.Zero), m.Period.Start);
    }

    [Fact]
    public void Confidence_grows_with_independent_sources_and_drops_with_contradictions()
    {
        var one = Tracked(Of(to: Ussuriysk));
        var two = Tracked(Of(to: Ussuriysk), Of(to: Ussuriysk, source: "JSDF", outlet: "Kyodo"));
        var copy = Tracked(Of(to: Ussuriysk), Of(to: Ussuriysk));
        var disagreeing = Tracked(Of(to: Ussuriysk), Of(to: Ussuriysk, strength: 6000, source: "JSDF", outlet: "Kyodo"));
        Assert.True(two.Confidence > one.Confidence);
        Assert.Equal(one.Confidence, copy.Confidence, 6);
        Assert.True(disagreeing.Confidence < two.Confidence);
    }

    [Fact]
    public void An_analysts_decision_on_a_flag_holds_until_the_disagreement_changes()
    {
        var claims = new[] { Of(to: Ussuriysk, strength: 1500), Of(to: Ussuriysk, strength: 3000, source: "JSDF") };
        var signature = Tracked(claims).Corroboration!.Flags[0].Signature;
        var decided = new Dictionary<(string, string), string> { [(ContradictionKinds.Strength, signature)] = "dismissed" };
        Assert.Equal("dismissed", ClaimDerivation.Derive(claims, new GroupingSettings(), decided).Corroboration!.Flags[0].State);
        var widened = ClaimDerivation.Derive([.. claims, Of(to: Ussuriysk, strength: 12000, source: "TASS")], new GroupingSettings(), decided);
        Assert.Equal("open", widened.Corroboration!.Flags[0].State);
    }
}

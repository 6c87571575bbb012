using GeoMap.Geoparsing.Duplicates;

namespace GeoMap.Geoparsing.Tests.Duplicates;

public sealed class ReportFingerprintTests
{
    // Written for these tests: one wire story, and what other outlets make of it.
    private const string Wire =
        "SEOUL, Oct. 18 (Yonhap) -- Russia moved about 1,500 special operations troops to a base near the far eastern city of " +
        "Ussuriysk between Oct. 8 and 13, South Korea's spy agency said Friday. The troops were carried by a navy landing ship " +
        "from Vladivostok, the National Intelligence Service said in a statement, adding that satellite images showed new tents " +
        "and vehicles at the base. The agency said a further deployment could follow before the end of the month. Seoul " +
        "summoned the Russian ambassador on Friday afternoon to protest, the foreign ministry said. Moscow has not commented.";

    private const string Syndicated =
        "Russia moved about 1,500 special operations troops to a base near the far eastern city of " +
        "Ussuriysk between Oct. 8 and 13, South Korea's spy agency said Friday. The troops were carried by a navy landing ship " +
        "from Vladivostok, the National Intelligence Service said in a statement, adding that satellite images showed new tents " +
        "and vehicles at the base. The agency said a further deployment could follow before the end of the month. Seoul " +
        "summoned the Russian ambassador on Friday afternoon to protest, the foreign ministry said. Moscow has not commented. " +
        "(Yonhap, via The Korea Herald) Copyright 2024. All rights reserved.";

    private const string Rewrite =
        "South Korea's intelligence service says Russia has shifted roughly 1,500 special operations troops to a base near " +
        "Ussuriysk. The troops were carried by a navy landing ship from Vladivostok, the National Intelligence Service said " +
        "in a statement, adding that satellite images showed new tents and vehicles at the base. The agency said a further " +
        "deployment could follow before the end of the month. Seoul summoned the Russian ambassador on Friday to protest, " +
        "the foreign ministry said.";

    private const string SameTopic =
        "TOKYO -- Japan's defence ministry believes as many as 3,000 Russian soldiers arrived in Primorye in mid-October, " +
        "officials told reporters on Saturday, citing radar tracks of landing ships leaving Vladivostok. The ministry did not " +
        "say where the troops were based. Analysts in Tokyo said the build-up near Ussuriysk fits a pattern of exercises held " +
        "each autumn, while Seoul has protested to Moscow over what it calls a deployment of special operations troops.";

    public static TheoryData<string, string, bool> Cases => new()
    {
        { "a syndicated copy with another dateline and footer", Syndicated, true },
        { "another outlet's rewrite keeping most sentences", Rewrite, true },
        { "an unrelated report on the same movement", SameTopic, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Near_copies_are_recognised_and_independent_reports_are_not(string situation, string text, bool copy)
    {
        var similarity = ReportFingerprint.Of(Wire)!.Similarity(ReportFingerprint.Of(text)!);
        Assert.True(copy == similarity >= 0.5, $"{situation}: similarity {similarity:0.00}");
        var shareBand = ReportFingerprint.Of(Wire)!.BandKeys().Intersect(ReportFingerprint.Of(text)!.BandKeys()).Any();
        Assert.True(!copy || shareBand, $"{situation}: a copy must share a band to be found");
    }

    [Fact]
    public void Case_accents_and_punctuation_do_not_change_the_fingerprint()
    {
        var a = ReportFingerprint.Of("Les troupes sont arrivées à Oussouriisk, selon le NIS.")!;
        var b = ReportFingerprint.Of("LES TROUPES SONT ARRIVEES A OUSSOURIISK -- SELON LE NIS")!;
        Assert.Equal(1.0, a.Similarity(b));
        Assert.Equal(a.Signature, ReportFingerprint.FromSignature(a.Signature).Signature);
    }

    [Fact]
    public void A_text_of_one_word_has_no_fingerprint() => Assert.Null(ReportFingerprint.Of("Ussuriysk"));
}

using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>A plural county noun after a list of names makes each of them a county: local news writes the noun once.</summary>
public class CountyListTests
{
    public static TheoryData<string, string[], string> Lists => new()
    {
        { "Deputies from Hardin, Jasper and Tyler counties searched the woods overnight.", ["Hardin", "Jasper", "Tyler"], "TX" },
        { "In Hardin and Tyler counties, schools opened two hours late.", ["Hardin", "Tyler"], "TX" },
        { "The levy failed in Yamhill, Polk, and Marion counties on Tuesday.", ["Yamhill", "Polk", "Marion"], "OR" },
        { "Crews cleared roads in Iberville and Ascension parishes after the storm.", ["Iberville", "Ascension"], "LA" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_name_before_a_plural_county_noun_is_that_county(string text, string[] names, string state)
    {
        var found = TestGazetteer.Recognizer.Recognize(text);
        foreach (var name in names)
        {
            var m = Assert.Single(found, m => m.Surface == name);
            Assert.Equal("ADM2", m.Place.FeatureCode);
            Assert.Equal(("US", state), (m.Place.CountryCode, m.Place.Admin1Code));
        }
    }

    [Fact]
    public void A_given_span_in_such_a_list_is_the_county_too()
    {
        const string text = "Volunteers from Hardin and Tyler counties filled sandbags.";
        var start = text.IndexOf("Tyler", StringComparison.Ordinal);
        var resolved = Assert.Single(TestGazetteer.Recognizer.ResolveSpans(text, [(start, start + "Tyler".Length)]));
        Assert.Equal("ADM2", TestGazetteer.Instance[resolved.Entry].FeatureCode);
    }

    [Theory]
    [InlineData("Tyler and Jasper sent crews to help the counties nearby.", "Tyler")]
    [InlineData("Crews from Tyler and two counties nearby helped.", "Tyler")]
    public void Names_not_listed_before_the_noun_stay_towns(string text, string town)
    {
        var m = Assert.Single(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == town);
        Assert.Equal(GeoMap.Core.Places.PlaceKind.PopulatedPlace, m.Place.Kind);
    }
}

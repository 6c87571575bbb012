using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Resolution;

/// <summary>A town and a county named by two toponyms of one article are read as the pair that fits: the county holds the town.</summary>
public class CountyPairTests
{
    public static TheoryData<string, string, string> Pairs => new()
    {
        // Neither name alone says which state: Paris is best known in France, Henry County lies in ten states.
        { "A Paris woman was charged with theft on Friday. She will appear before the Henry County court next month.", "Paris", "TN" },
        { "A Paris woman was charged with theft on Friday. She will appear before the Henry County court next month.", "Henry County", "TN" },
        // Athens is best known in Greece; Clarke County holds the Georgia one.
        { "Voters in Athens approved the school levy. Clarke County officials counted the ballots overnight.", "Athens", "GA" },
        { "Voters in Athens approved the school levy. Clarke County officials counted the ballots overnight.", "Clarke County", "GA" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_town_and_the_county_that_holds_it_decide_each_other(string text, string surface, string admin1)
    {
        var m = TestGazetteer.Recognizer.Recognize(text).First(m => m.Surface == surface);
        Assert.Equal("US", m.Place.CountryCode);
        Assert.Equal(admin1, m.Place.Admin1Code);
    }

    [Theory]
    [InlineData("The ministers met in Paris on Monday; a delegation from Henry County, Virginia, watched the talks.", "Paris", "FR")]
    public void A_county_that_holds_no_namesake_of_the_town_changes_nothing(string text, string surface, string country) =>
        Assert.Equal(country, TestGazetteer.Recognizer.Recognize(text).First(m => m.Surface == surface).Place.CountryCode);
}

using GeoMap.Core.Places;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Resolution;

/// <summary>Names shared by a capital and a state, and country names that are towns of the county a local article is about.</summary>
public class CapitalAndCountyTests
{
    private static Mention Resolve(string text, string surface) =>
        TestGazetteer.Recognizer.Recognize(text).First(m => m.Surface == surface);

    private static bool IsDistrictOfColumbia(Place p) => p.CountryCode == "US" && p.Admin1Code == "DC";

    [Theory]
    // A region named after its seat (the Gaza governorate and Gaza City) yields a bare name to the
    // seat, and the seat then carries the region's weight against a namesake region elsewhere (Gaza, a Mozambican province).
    [InlineData("Rockets were fired from Gaza toward southern Israel overnight.", "Gaza", "PS")]
    [InlineData("Israeli officials said the border with Gaza would stay closed.", "Gaza", "PS")]
    [InlineData("Aid trucks waited for hours before they could enter Gaza.", "Gaza", "PS")]
    public void A_name_shared_by_a_region_and_its_seat_is_the_seat_before_a_namesake_elsewhere(string text, string surface, string country)
    {
        var p = Resolve(text, surface).Place;
        Assert.Equal(country, p.CountryCode);
        Assert.Equal(PlaceKind.PopulatedPlace, p.Kind);
    }

    [Theory]
    [InlineData("The senator flew back to Washington on Monday to vote on the budget.")]
    [InlineData("Officials in Washington and Moscow traded accusations over the treaty.")]
    [InlineData("The ambassador said Washington would not lift the sanctions this year.")]
    public void A_bare_Washington_in_news_is_the_capital(string text) =>
        Assert.True(IsDistrictOfColumbia(Resolve(text, "Washington").Place));

    [Theory]
    [InlineData("Apple growers in the state of Washington expect a small harvest.")]
    [InlineData("Measles cases were confirmed in Oregon, Washington and Idaho last week.")]
    [InlineData("Wildfires burned in Montana, Washington, Idaho and Oregon.")]
    public void Washington_written_as_a_state_or_listed_with_states_is_the_state(string text)
    {
        var p = Resolve(text, "Washington").Place;
        Assert.Equal(PlaceKind.Region, p.Kind);
        Assert.Equal("WA", p.Admin1Code);
    }

    public static TheoryData<string, string, string> TownsOfTheCounty => new()
    {
        // The article names the county twice; the country name is the county's town (the county seat here).
        { "Anderson County commissioners met on Monday. Later, the Anderson County sheriff said the road into Palestine will stay closed while crews repair the bridge.", "Palestine", "TX" },
        // Two towns that lie only in one county, and a country's name that is also a town of that county.
        { "Volunteers from Shakopee and Belle Plaine cleaned the river bank on Saturday. The cleanup ends at the park in Jordan.", "Jordan", "MN" },
    };

    [Theory]
    [MemberData(nameof(TownsOfTheCounty))]
    public void A_country_name_is_the_town_of_the_county_the_article_is_about(string text, string surface, string admin1)
    {
        var p = Resolve(text, surface).Place;
        Assert.Equal(PlaceKind.PopulatedPlace, p.Kind);
        Assert.Equal("US", p.CountryCode);
        Assert.Equal(admin1, p.Admin1Code);
    }

    [Theory]
    [InlineData("Farmers in Texas and Oklahoma asked Congress for drought relief; exports to Jordan fell.", "Jordan")]
    [InlineData("Refugees from Lebanon arrived in Ohio and Michigan this spring.", "Lebanon")]
    public void A_state_alone_does_not_turn_a_country_name_into_a_town(string text, string surface) =>
        Assert.Equal(PlaceKind.Country, Resolve(text, surface).Place.Kind);
}

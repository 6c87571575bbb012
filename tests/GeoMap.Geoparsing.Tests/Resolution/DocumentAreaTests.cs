using GeoMap.Core.Places;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Resolution;

/// <summary>The states and counties an article establishes decide between namesakes, as a local reader would.</summary>
public class DocumentAreaTests
{
    private static Mention Resolve(string text, string surface) =>
        TestGazetteer.Recognizer.Recognize(text).First(m => m.Surface == surface);

    public static TheoryData<string, string, string, string> Namesakes => new()
    {
        // A town and the county it lies in, named in different sentences: the one pair that fits.
        { "Firefighters from Rapides Parish answered the call. The house in Alexandria was a total loss, the fire chief said.", "Alexandria", "US", "LA" },
        { "The Muscogee County school board met on Tuesday. Teachers in Columbus will get a raise next year.", "Columbus", "US", "GA" },
        // A county named with a town of its state elsewhere: the county of that state.
        { "Deputies from Anderson County searched the woods. The suspect was later found near Palestine by Texas Rangers.", "Anderson County", "US", "TX" },
        // A town named like a capital, in an article about the town's state: the state decides, not the capital's fame.
        { "Police in Paris arrested a man on Sunday. He had driven up from Dallas, Texas, a week before.", "Paris", "US", "TX" },
        { "The Dublin school board met on Monday. Most Dublin parents work in Columbus, Ohio.", "Dublin", "US", "OH" },
        // A state named like a country ("Georgia") places the article as firmly as another state once it is read as the state.
        { "Voters across Georgia went to the polls. Atlanta counted its ballots late. Officials in Texas finished first.", "Atlanta", "US", "GA" },
        { "Food banks in Georgia ran short this winter. Atlanta asked for help. Aid groups in Texas sent trucks.", "Atlanta", "US", "GA" },
    };

    [Theory]
    [MemberData(nameof(Namesakes))]
    public void The_articles_areas_choose_between_namesakes(string text, string surface, string country, string admin1)
    {
        var m = Resolve(text, surface);
        Assert.Equal(country, m.Place.CountryCode);
        Assert.Equal(admin1, m.Place.Admin1Code);
    }

    [Theory]
    [InlineData("Officials in Paris said the talks with the Elysee would resume after the summit in Brussels and Berlin.", "Paris", "FR")]
    [InlineData("The flight from London landed in Madrid; passengers went on to Lisbon and Rome.", "London", "GB")]
    [InlineData("Cases were confirmed in Illinois, Texas, Kentucky and South Carolina; travellers from Cairo were screened.", "Cairo", "EG")]
    public void A_city_known_worldwide_stays_itself_without_local_evidence(string text, string surface, string country) =>
        Assert.Equal(country, Resolve(text, surface).Place.CountryCode);

    [Theory]
    [InlineData("The US and France signed the accord; the US will pay half.", "US")]
    [InlineData("Talks between the UK and Norway ended without a deal.", "UK")]
    public void A_short_acronym_of_a_country_is_the_country_not_a_village_spelled_like_it(string text, string surface)
    {
        var m = Resolve(text, surface);
        Assert.Equal(PlaceKind.Country, m.Place.Kind);
    }
}

/// <summary>Given spans (gold-span mode) are read like recognised names: a demonym is a mention of its country.</summary>
public class GivenSpanTests
{
    [Theory]
    [InlineData("Two Americans were among the passengers.", "Americans", "US")]
    [InlineData("The Sudanese delegation arrived late.", "Sudanese", "SD")]
    [InlineData("Palestinians gathered in the square.", "Palestinians", "PS")]
    // Demonyms that villages bear as names (a Serbian village is also "Russian", a Texas town "Canadian"): still the country.
    [InlineData("A Russian tanker docked at dawn.", "Russian", "RU")]
    [InlineData("Two Canadian hikers were rescued on Sunday.", "Canadian", "CA")]
    public void A_given_demonym_resolves_to_its_country(string text, string surface, string country)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        var r = TestGazetteer.Recognizer.ResolveSpans(text, [(start, start + surface.Length)]).Single();
        Assert.True(r.Entry >= 0);
        Assert.Equal(country, TestGazetteer.Recognizer.Gazetteer[r.Entry].CountryCode);
        Assert.Equal(MentionType.Demonym, r.Candidate.Type);
    }

    [Theory]
    [InlineData("The county fair in Mona drew a large crowd.", "Mona")]
    [InlineData("The bus from Pana was late again.", "Pana")]
    public void A_given_town_name_that_merely_begins_like_a_country_stays_the_town(string text, string surface)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        var r = TestGazetteer.Recognizer.ResolveSpans(text, [(start, start + surface.Length)]).Single();
        Assert.Equal(MentionType.Literal, r.Candidate.Type);
        Assert.Equal(PlaceKind.PopulatedPlace, TestGazetteer.Recognizer.Gazetteer[r.Entry].Kind);
    }

    [Theory]
    [InlineData("Flood warnings went out for Avoyelles and two other parishes.", "Avoyelles", "LA")]
    [InlineData("The fair moved from Muscogee Co. to a bigger ground this year.", "Muscogee Co.", "GA")]
    public void A_given_county_name_written_without_its_county_noun_is_the_county(string text, string surface, string admin1)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        var r = TestGazetteer.Recognizer.ResolveSpans(text, [(start, start + surface.Length)]).Single();
        var place = TestGazetteer.Recognizer.Gazetteer[r.Entry];
        Assert.Equal("ADM2", place.FeatureCode);
        Assert.Equal(admin1, place.Admin1Code);
    }

    [Fact]
    public void A_given_name_the_gazetteer_lacks_gets_no_answer()
    {
        const string text = "They met at Qwxzville on Friday.";
        var r = TestGazetteer.Recognizer.ResolveSpans(text, [(12, 21)]).Single();
        Assert.Equal(-1, r.Entry);
    }
}

using GeoMap.Core.Places;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Resolution;

public class ToponymResolverTests
{
    private static Mention Resolve(string text, string surface) =>
        TestGazetteer.Recognizer.Recognize(text).First(m => m.Surface == surface);

    [Fact]
    public void Oussouriisk_resolves_to_Ussuriysk()
    {
        var m = Resolve("Environ 1 500 soldats ont été transférés à Oussouriisk.", "Oussouriisk");
        Assert.Equal(2014006, m.Place.GeonameId);
        Assert.Equal("RU", m.Place.CountryCode);
        Assert.InRange(m.Confidence, 0.3, 1.0);
    }

    public static TheoryData<string, string, long> Cases => new()
    {
        { "Le président s'est rendu à Pékin pour un sommet.", "Pékin", 1816670L },
        { "The delegation flew on to Pekin, Illinois, where the plant is located.", "Pekin", 4905599L },
        { "Les troupes ont quitté Koursk jeudi.", "Koursk", 538560L },
        { "Shelling hit Kharkov overnight.", "Kharkov", 706483L },
        { "Le ministère a convoqué l'ambassadeur à Séoul.", "Séoul", 1835848L },
        { "The Kremlin said Moscow would respond.", "Moscow", 524901L },
        { "Pyongyang a confirmé l'envoi de troupes.", "Pyongyang", 1871859L },
        { "La Corée du Nord a démenti.", "Corée du Nord", 1873107L },
        { "Ukraine said it had retaken ground.", "Ukraine", 690791L },
        { "Des navires ont quitté Novorossiisk pour la Crimée.", "Novorossiisk", 518255L },
        { "Les soldats ont été vus près d'Orcha, en Biélorussie.", "Orcha", 624079L },
        { "Die Truppen wurden nach Chabarowsk verlegt.", "Chabarowsk", 2022890L },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_to_the_expected_geonames_entry(string text, string surface, long geonameId) =>
        Assert.Equal(geonameId, Resolve(text, surface).Place.GeonameId);

    [Fact]
    public void A_region_word_selects_the_region()
    {
        var m = Resolve("Fighting continued in the Kursk region on Sunday.", "Kursk");
        Assert.Equal(PlaceKind.Region, m.Place.Kind);
        Assert.Equal("RU", m.Place.CountryCode);
    }

    [Theory]
    [InlineData("The Kursk governor resigned on Saturday.", PlaceKind.Region)]
    [InlineData("Kursk's governor resigned on Saturday.", PlaceKind.Region)]
    [InlineData("The Kremlin named a new governor of Kursk.", PlaceKind.Region)]
    [InlineData("The governor flew to Kursk on Saturday.", PlaceKind.PopulatedPlace)]
    public void A_governor_beside_the_name_selects_the_region(string text, PlaceKind kind)
    {
        var m = Resolve(text, "Kursk");
        Assert.Equal(kind, m.Place.Kind);
        Assert.Equal("RU", m.Place.CountryCode);
    }

    [Fact]
    public void Without_a_region_word_the_city_wins()
    {
        var m = Resolve("A train left Kursk on Sunday.", "Kursk");
        Assert.Equal(PlaceKind.PopulatedPlace, m.Place.Kind);
    }

    [Theory]
    [InlineData("Georgia's capital Tbilisi saw protests, and Georgia's government resigned.", "GE")]
    [InlineData("Atlanta is the largest city of Georgia, ahead of Savannah and Augusta, in the United States.", "US")]
    public void The_document_context_chooses_between_homonyms(string text, string country) =>
        Assert.Equal(country, Resolve(text, "Georgia").Place.CountryCode);

    [Fact]
    public void Paris_means_Texas_when_the_text_is_about_Texas()
    {
        var m = Resolve("Storms hit Paris, Texas, and nearby Sherman and Denison, in north Texas.", "Paris");
        Assert.Equal("US", m.Place.CountryCode);
    }

    [Fact]
    public void A_base_named_as_such_resolves_to_the_curated_facility()
    {
        var m = TestGazetteer.Recognizer.Recognize("Les soldats ont rejoint la base navale de Vladivostok.").Single(x => x.Place.CuratedKey == "naval:vladivostok");
        Assert.Equal(PlaceKind.Port, m.Place.Kind);
    }

    [Fact]
    public void Near_pulls_an_ambiguous_place_toward_its_anchor()
    {
        // Several Mikhaylovka exist across Russia and Ukraine; one lies next to Ussuriysk in Primorsky Krai.
        var m = Resolve("Troops were seen at Mikhaylovka, near Ussuriysk.", "Mikhaylovka");
        Assert.Equal("RU", m.Place.CountryCode);
        Assert.Equal("59", m.Place.Admin1Code);
    }

    [Fact]
    public void Border_with_prefers_the_country()
    {
        var m = Resolve("Units massed near the border with Georgia.", "Georgia");
        Assert.Equal(PlaceKind.Country, m.Place.Kind);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        const string text = "Des soldats nord-coréens ont été vus à Oussouriisk, près de Vladivostok, puis à Koursk.";
        var a = TestGazetteer.Recognizer.Recognize(text);
        var b = TestGazetteer.Recognizer.Recognize(text);
        Assert.Equal(a, b);
    }
}

public class ResolveSpansTests
{
    [Fact]
    public void A_given_span_followed_by_near_is_still_resolved()
    {
        // Linking the "near" cue replaces the candidate with an updated copy; the span must keep its result.
        const string text = "The battalion moved to Ussuriysk, near Vladivostok, on Monday.";
        var start = text.IndexOf("Ussuriysk", StringComparison.Ordinal);
        var anchor = text.IndexOf("Vladivostok", StringComparison.Ordinal);
        var resolved = TestGazetteer.Recognizer.ResolveSpans(text, [(start, start + 9), (anchor, anchor + 11)]);
        Assert.Equal(2, resolved.Count);
        Assert.Equal(2014006L, TestGazetteer.Recognizer.Gazetteer[resolved[0].Entry].GeonameId);
        Assert.Equal(2013348L, TestGazetteer.Recognizer.Gazetteer[resolved[1].Entry].GeonameId);
    }
}

public class SentenceCueTests
{
    private static List<GeoMap.Core.Places.Mention> All(string text, string surface) =>
        [.. TestGazetteer.Recognizer.Recognize(text).Where(m => m.Surface == surface)];

    [Fact]
    public void A_county_and_state_in_the_same_sentence_pick_the_town_for_every_mention()
    {
        var found = All("Bedford is a small city in Taylor County, Iowa. The Bedford post office opened in 1855; Bedford grew slowly.", "Bedford");
        Assert.Equal(3, found.Count);
        Assert.All(found, m => Assert.Equal(("US", "IA"), (m.Place.CountryCode, m.Place.Admin1Code)));
    }

    [Fact]
    public void The_county_is_recognised_as_one_place_in_its_state()
    {
        var county = Assert.Single(TestGazetteer.Recognizer.Recognize("Bedford is a small city in Taylor County, Iowa."), m => m.Surface == "Taylor County");
        Assert.Equal(PlaceKind.Region, county.Place.Kind);
        Assert.Equal("IA", county.Place.Admin1Code);
    }

    [Fact]
    public void A_county_is_qualified_by_its_state()
    {
        // Dallas County exists in Texas, Alabama, Arkansas, Missouri and Iowa.
        var county = Assert.Single(TestGazetteer.Recognizer.Recognize("Linden is a small city in Dallas County, Iowa."), m => m.Surface == "Dallas County");
        Assert.Equal("IA", county.Place.Admin1Code);
    }

    [Fact]
    public void A_region_in_apposition_decides_that_mention_only()
    {
        var found = All("Augusta is a small city in Eau Claire County, Wisconsin. It was named after Augusta, Maine, in 1856.", "Augusta");
        Assert.Equal(2, found.Count);
        Assert.Equal("WI", found[0].Place.Admin1Code);
        Assert.Equal(4957003L, found[1].Place.GeonameId); // Augusta, Maine
    }

    [Fact]
    public void A_country_name_beside_a_state_stays_the_country()
    {
        // Arcade, New York was once called China: a state in the sentence must not turn the country into the town.
        var china = Assert.Single(All("Toys made in China were recalled by a retailer in New York on Friday.", "China"));
        Assert.Equal(PlaceKind.Country, china.Place.Kind);
    }
}

public class AreaNameTests
{
    private static List<GeoMap.Core.Places.Mention> All(string text, string surface) =>
        [.. TestGazetteer.Recognizer.Recognize(text).Where(m => m.Surface == surface)];

    [Theory]
    [InlineData("Cases rose in Mexico, New York and California this week.", "Mexico", PlaceKind.Country)]
    [InlineData("Cases rose in Mexico, New York and California this week.", "California", PlaceKind.Region)]
    [InlineData("Officials in Oregon and Washington, as well as Pennsylvania, raised the alert.", "Oregon", PlaceKind.Region)]
    [InlineData("Birds flying from Iowa and Texas crossed the Atlantic in autumn.", "Atlantic", PlaceKind.WaterBody)]
    public void A_country_or_state_name_in_a_us_story_stays_the_country_or_state(string text, string surface, PlaceKind kind) =>
        Assert.Equal(kind, Assert.Single(All(text, surface)).Place.Kind);

    [Fact]
    public void A_town_defined_as_such_keeps_the_name_when_other_places_come_first()
    {
        var found = All("Snow fell in Canada. Peru is a city in Indiana. Peru has a circus museum.", "Peru");
        Assert.Equal(2, found.Count);
        Assert.All(found, m => Assert.Equal((PlaceKind.PopulatedPlace, "IN"), (m.Place.Kind, m.Place.Admin1Code)));
    }

    [Fact]
    public void A_town_defined_as_such_keeps_the_name()
    {
        var found = All("Mexico is a town in Oswego County, New York, United States. Mexico has a small harbour.", "Mexico");
        Assert.Equal(2, found.Count);
        Assert.All(found, m => Assert.Equal((PlaceKind.PopulatedPlace, "NY"), (m.Place.Kind, m.Place.Admin1Code)));
    }
}

public class NamesakeTests
{
    private static GeoMap.Core.Places.Mention One(string text, string surface) =>
        TestGazetteer.Recognizer.Recognize(text).First(m => m.Surface == surface);

    [Fact]
    public void An_old_name_of_a_megacity_still_means_it() =>
        Assert.Equal("IN", One("Floods hit Calcutta and Delhi this week.", "Calcutta").Place.CountryCode);

    [Fact]
    public void A_municipality_named_like_its_seat_gives_way_to_the_town()
    {
        var m = One("Protests spread from Chile to Brazil; in Porto Alegre, Rio Grande do Sul, and in Santiago crowds gathered.", "Santiago");
        Assert.NotEqual("ADM2", m.Place.FeatureCode);
    }
}

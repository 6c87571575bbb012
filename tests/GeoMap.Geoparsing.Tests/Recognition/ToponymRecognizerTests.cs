using GeoMap.Core.Places;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

public class ToponymRecognizerTests
{
    private static string[] Surfaces(string text) => [.. TestGazetteer.Recognizer.Recognize(text).Select(m => m.Surface)];

    private static string[] LiteralSurfaces(string text) =>
        [.. TestGazetteer.Recognizer.Recognize(text).Where(m => m.Type == MentionType.Literal).Select(m => m.Surface)];

    public static TheoryData<string, string[]> Sentences => new()
    {
        { "Les renforts sont arrivés à Oussouriisk, près de Vladivostok, la semaine dernière.", ["Oussouriisk", "Vladivostok"] },
        { "Pyongyang a envoyé des troupes en Russie, selon Séoul.", ["Pyongyang", "Russie", "Séoul"] },
        { "Des navires ont traversé la mer du Japon vers le kraï du Primorié.", ["mer du Japon", "kraï du Primorié"] },
        { "Ships crossed the Sea of Japan towards Primorsky Krai.", ["Sea of Japan", "Primorsky Krai"] },
        { "La Corée du Nord et la Corée du Sud restent techniquement en guerre.", ["Corée du Nord", "Corée du Sud"] },
        { "Fighting continued around Kharkiv and in the Kursk region.", ["Kharkiv", "Kursk"] },
        { "Une délégation s'est rendue à Pékin puis à Koursk.", ["Pékin", "Koursk"] },
        { "Troops left Yelnya and Klintsy for the Pogonovo training ground.", ["Yelnya", "Klintsy", "Pogonovo"] },
        { "The U.S. and the U.K. sent envoys to Canada.", ["U.S.", "U.K.", "Canada"] },
        { "Observers from Côte d'Ivoire and the People's Republic of China arrived.", ["Côte d'Ivoire", "People's Republic of China"] },
        { "Horses were moved between NSW and Queensland, then to the EU.", ["NSW", "Queensland", "EU"] },
        { "The depot lies in Queen Anne's County, Maryland.", ["Queen Anne's County", "Maryland"] },
        { "The strain could spread into Western Europe and Central Luzon.", ["Western Europe", "Central Luzon"] },
        { "South Africa sent observers to North Dallas.", ["South Africa", "North Dallas"] },
        { "Convoys crossed the Salinas Valley towards Da Nang International Airport.", ["Salinas Valley", "Da Nang International Airport"] },
        // A joint dateline: names joined by a slash are places; a code has a digit or a one-letter part ("A/California/7/2009").
        { "Kharkiv/Vladivostok, 3 May - Convoys left Klintsy.", ["Kharkiv", "Vladivostok", "Klintsy"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Finds_the_places_of_a_sentence(string text, string[] expected) =>
        Assert.Equal(expected, Surfaces(text));

    public static TheoryData<string, string> NotPlaces => new()
    {
        { "Le vice-ministre Kim Hong-kyun a convoqué l'ambassadeur.", "Kim" },
        { "NATO Secretary General Mark Rutte spoke on Tuesday.", "Mark" },
        { "Le secrétaire général de l'Otan, Mark Rutte, a réagi.", "Otan" },
        { "NATO allies met in private.", "NATO" },
        { "It was a nice gesture. Nice words were exchanged, said the nice envoy.", "Nice" },
        { "Split decisions are rare. The vote was split.", "Split" },
        { "President Moon Jae-in met reporters.", "Moon" },
        { "Canadian officials met their German counterparts.", "Canadian" },
        { "Les autorités ont confirmé un cas de Marburg virus.", "Marburg" },
        { "The team was led by Thomas Dunn. Dunn said the risk was low.", "Dunn" },
        { "The United States Department of Agriculture confirmed the case.", "United States" },
        { "Mr Kemp told the New York Times he was surprised.", "New York" },
        { "Samples went to Michigan State University for testing.", "Michigan" },
        { "A spokeswoman for the U.S. Department of Agriculture confirmed it.", "U.S." },
        { "The Peanut Corporation of America recalled its products.", "America" },
        { "Tests were run at the University of Georgia laboratory.", "Georgia" },
        { "Aid pledges rose to US$10,000 per family.", "US" },
        { "The vaccine contains an A/California/7/2009-like virus.", "California" },
        { "Plans are already made to cull the flock.", "Plans" },
        { "Cases were reported in the Summer of 2008.", "Summer" },
        { "It was confirmed by Dr. William Raub on Monday.", "Raub" },
        { "Mohammed Ali, 31, was convicted. Ali said he was unaware.", "Ali" },
        { "There is no danger, Hartl said on Friday.", "Hartl" },
        { "Paris Hilton arrived late to the gala.", "Paris" },
        { "A fire broke out on Dublin Road overnight.", "Dublin" },
    };

    [Theory]
    [InlineData("A fire broke out on Dublin Road overnight.", "Dublin")]
    [InlineData("Jean-Pierre Morel chaired the session.", "Jean")]
    [InlineData("Jean-Pierre Morel chaired the session.", "Pierre")]
    [InlineData("The award went to Nina Webb-Lawton last spring.", "Lawton")]
    [InlineData("He told Agence France-Presse that talks would resume.", "France")]
    [InlineData("The column was written by Rachel Min-ji Han last week.", "Han")]
    public void A_street_or_a_hyphenated_personal_name_names_no_place(string text, string word) =>
        Assert.DoesNotContain(word, Surfaces(text));

    [Theory]
    [MemberData(nameof(NotPlaces))]
    public void Person_names_organisations_and_common_words_are_not_places(string text, string word) =>
        Assert.DoesNotContain(word, LiteralSurfaces(text));

    public static TheoryData<string, string, MentionType, string, string> Typed => new()
    {
        // A place inside a longer name: an agency, a party tag, a hyphenated modifier, a university.
        { "A trooper of the Ohio Department of Public Safety stopped the car.", "Ohio", MentionType.Embedded, "US", "OH" },
        { "The Chicago Police Department said the road was closed.", "Chicago", MentionType.Embedded, "US", "IL" },
        { "The bill was filed by Rep. Anna Moore, D-Columbus, on Tuesday.", "Columbus", MentionType.Embedded, "US", "" },
        { "Sources in the U.S.-backed council disagreed.", "U.S.", MentionType.Embedded, "US", "" },
        { "Tests were run at the University of Kansas laboratory.", "Kansas", MentionType.Embedded, "US", "KS" },
        // A city opening the name of an organisation, a building or an event: a capitalized ordinary word follows it.
        { "Volunteers of the Nashville Symphony Chorus sang on Sunday.", "Nashville", MentionType.Embedded, "US", "TN" },
        { "Tickets for the Denver Jazz Festival sold out in an hour.", "Denver", MentionType.Embedded, "US", "CO" },
        // A hyphenated word that is no name as a whole: its places, joined to a modifier or to another name.
        { "Flights to Atlanta-area airports were delayed by fog.", "Atlanta", MentionType.Embedded, "US", "GA" },
        { "Flood water reached the Fargo-Moorhead suburbs by Friday.", "Fargo", MentionType.Embedded, "US", "ND" },
        { "Traffic on the Dallas-Houston corridor grew again.", "Houston", MentionType.Embedded, "US", "TX" },
        // A demonym is a mention of its country; plural and two-word forms too.
        { "The Malaysian government denied the claim.", "Malaysian", MentionType.Demonym, "MY", "" },
        { "Two Canadians and a Sri Lankan were rescued.", "Sri Lankan", MentionType.Demonym, "LK", "" },
        { "Palestinian officials met in the morning.", "Palestinian", MentionType.Demonym, "PS", "" },
        // "-an" in place of the name's last letter; a demonym that drops more is declared by the language.
        { "Two Kenyan runners led the race.", "Kenyan", MentionType.Demonym, "KE", "" },
        { "A Moroccan trawler was towed into port.", "Moroccan", MentionType.Demonym, "MA", "" },
        { "A Honduran court delayed the ruling.", "Honduran", MentionType.Demonym, "HN", "" },
        // A town's name is no demonym because it looks like a country's name with "-an" after it (Cana-da, Cana-an).
        { "Canaan will see the largest increase in the school budget.", "Canaan", MentionType.Literal, "US", "" },
        // A demonym the gazetteer also lists among its country's names is still the people's adjective.
        { "Gunmen attacked a convoy near two Pakistani towns.", "Pakistani", MentionType.Demonym, "PK", "" },
        { "The talks were chaired by an Azerbaijani diplomat.", "Azerbaijani", MentionType.Demonym, "AZ", "" },
        // An older, shorter name of a country is the country, though it looks like an adjective of it.
        { "Rice is grown in Guyana and Surinam.", "Surinam", MentionType.Literal, "SR", "" },
        // US state abbreviations as newspapers write them after a town: the state, with its dot.
        { "She grew up in Wheeling, W.Va., before moving west.", "W.Va.", MentionType.Literal, "US", "WV" },
        { "The plant in Topeka, Kan. closed last year.", "Kan.", MentionType.Literal, "US", "KS" },
        { "He moved from Sacramento, Calif., in 1990.", "Calif.", MentionType.Literal, "US", "CA" },
        { "Lawmakers in Columbia, S.C., voted on Monday.", "S.C.", MentionType.Literal, "US", "SC" },
        // ... also when some village elsewhere bears the letters as its own name (Flå, Norway).
        { "A trade fair opened in Tampa, Fla., this week.", "Fla.", MentionType.Literal, "US", "FL" },
        // Demonyms no suffix forms from the country's name, declared by the language; plurals too.
        { "An Irish charity paid for the new wells.", "Irish", MentionType.Demonym, "IE", "" },
        { "Two Cypriots were among the passengers.", "Cypriots", MentionType.Demonym, "CY", "" },
        { "The Saudi delegation left early.", "Saudi", MentionType.Demonym, "SA", "" },
        { "The British embassy issued a warning.", "British", MentionType.Demonym, "GB", "" },
        { "The vote was postponed, said Greek officials.", "Greek", MentionType.Demonym, "GR", "" },
        // A breakaway region the curated list holds, and its people's adjective.
        { "Shelling was reported near the border of South Ossetia.", "South Ossetia", MentionType.Literal, "GE", "" },
        { "South Ossetian officials closed the crossing.", "South Ossetian", MentionType.Demonym, "GE", "" },
        // Newspapers' short forms of their largest cities.
        { "Bus fares in L.A. will rise in March.", "L.A.", MentionType.Literal, "US", "CA" },
        { "A Phila. judge set bail on Tuesday.", "Phila.", MentionType.Literal, "US", "PA" },
    };

    [Theory]
    [InlineData("The rally was led by Mayor Dana Green of the county.", "Green")]
    [InlineData("The plan was drafted by Alan Pruett, the club treasurer.", "Alan")]
    [InlineData("Ticket sales are handled by Sam Ellery this year.", "Sam")]
    [InlineData("Volunteers dressed as Roman soldiers for the parade.", "Roman")]
    public void A_word_that_merely_begins_like_a_country_is_no_demonym(string text, string word) =>
        Assert.DoesNotContain(word, Surfaces(text));

    [Theory]
    [InlineData("Most villages in the valley are French-speaking.", "French")]
    [InlineData("She edits a Spanish-language weekly in the suburbs.", "Spanish")]
    [InlineData("The budget was presented by treasurer Loretta Irish on Monday.", "Irish")]
    [InlineData("Questions about the audit remain, Dutch said after the meeting.", "Dutch")]
    public void A_demonym_hyphenated_into_a_language_or_borne_as_a_surname_is_no_mention_of_the_country(string text, string word) =>
        Assert.DoesNotContain(word, Surfaces(text));

    [Theory]
    [InlineData("Families from the parish prepared the Passover meal together.", "Passover")]
    [InlineData("Arab and Jewish students shared a stage at the festival.", "Arab")]
    [InlineData("Arab and Jewish students shared a stage at the festival.", "Jewish")]
    [InlineData("A Christian charity ran the shelter.", "Christian")]
    [InlineData("The White House said the visit would go ahead.", "White House")]
    [InlineData("Officials at Downing Street declined to comment.", "Downing Street")]
    [InlineData("The bill passed its third reading in the Duma on Friday.", "Duma")]
    [InlineData("Classes are taught in English and in Hindi.", "English")]
    public void Faiths_languages_parliaments_and_seats_of_government_are_no_places(string text, string word)
    {
        Assert.DoesNotContain(word, Surfaces(text));
        Assert.DoesNotContain(Surfaces(text), s => word.Contains(s, StringComparison.Ordinal));
    }

    [Fact]
    public void A_county_named_after_a_faith_is_still_a_place() =>
        Assert.Contains("Christian County", Surfaces("Christian County commissioners met in Hopkinsville on Monday."));

    [Fact]
    public void A_city_named_at_the_end_of_a_sentence_leaves_the_full_stop_out() =>
        Assert.Contains("Osaka", Surfaces("The exhibition moves next month to Osaka. Tickets are on sale."));

    [Theory]
    [MemberData(nameof(Typed))]
    public void Names_inside_names_demonyms_and_state_abbreviations_come_back_with_their_type(string text, string surface, MentionType type, string country, string admin1)
    {
        var m = Assert.Single(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == surface);
        Assert.Equal(type, m.Type);
        Assert.Equal(country, m.Place.CountryCode);
        if (admin1.Length > 0)
        {
            Assert.Equal(admin1, m.Place.Admin1Code);
        }
    }

    [Theory]
    [InlineData("The Brookfield Arts Council met on Monday.", "Brookfield")]
    [InlineData("The Smithville Police Department closed the road.", "Smithville")]
    [InlineData("Sen. Mark Jones, R-Smithville, spoke first.", "Smithville")]
    public void A_small_place_inside_a_name_needs_the_text_to_name_it_on_its_own(string text, string small)
    {
        Assert.DoesNotContain(small, Surfaces(text));
        var named = TestGazetteer.Recognizer.Recognize(text + " Residents of " + small + " were invited.").Where(m => m.Surface == small).ToList();
        Assert.Equal([MentionType.Embedded, MentionType.Literal], named.Select(m => m.Type));
    }

    [Theory]
    [InlineData("Activists of Free Lhasa marched again. Few journalists reach Lhasa today.", "Lhasa")]
    [InlineData("The New Quito Airport opened on Friday. Quito lies at 2,850 metres.", "Quito")]
    public void A_place_after_an_ordinary_capitalized_word_is_no_surname_elsewhere(string text, string place) =>
        Assert.Contains(place, LiteralSurfaces(text));

    [Theory]
    [InlineData("Indiana lawmakers met in Indianapolis.", "Indiana")]
    [InlineData("Jordan closed its border.", "Jordan")]
    public void A_place_named_like_a_demonym_stays_a_place(string text, string name) =>
        Assert.Equal(MentionType.Literal, Assert.Single(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == name).Type);

    [Fact]
    public void Spans_are_utf16_offsets_into_the_text()
    {
        const string text = "« Les forces spéciales sont à Oussouriisk » — 🙂 Vladivostok";
        foreach (var m in TestGazetteer.Recognizer.Recognize(text))
        {
            Assert.Equal(m.Surface, text[m.Start..m.End]);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\u0001\u0002garbage\uFFFD\uD800")]
    [InlineData("<html><body><p>Troops in <b>Kharkiv</b></p></body></html>")]
    public void Odd_input_gives_a_sane_result(string text)
    {
        var found = TestGazetteer.Recognizer.Recognize(text);
        Assert.All(found, m => Assert.Equal(m.Surface, text[m.Start..m.End]));
    }

    [Fact]
    public void A_large_text_gives_every_mention_once()
    {
        // Speed is measured by bench/geoparse and bench/movements, never here; a hang fails the runner's hang timeout.
        var text = string.Concat(Enumerable.Repeat("Troops moved from Kursk to Belgorod near the border with Ukraine. ", 5_000));
        var found = TestGazetteer.Recognizer.Recognize(text);
        Assert.Equal(15_000, found.Count);
        Assert.Equal(15_000, found.Select(m => m.Start).Distinct().Count());
    }
}

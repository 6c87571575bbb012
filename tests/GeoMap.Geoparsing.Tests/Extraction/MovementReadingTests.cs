using GeoMap.Geoparsing.Text;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Extraction.Movements;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Languages.English;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>The phenomena of issue 10, one table per phenomenon, in the languages whose movement words GeoMap has.</summary>
public class MovementReadingTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", Lon = 30.73, Lat = 46.48 };
    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Izium = new() { GeonameId = 707292, Name = "Izium", CountryCode = "UA", Lon = 37.26, Lat = 49.21 };
    private static readonly Place KharkivRegion = new() { GeonameId = 706482, Name = "Kharkiv Oblast", CountryCode = "UA", Kind = PlaceKind.Region, Lon = 36.5, Lat = 49.5 };
    private static readonly Place Constanta = new() { GeonameId = 680963, Name = "Constanța", CountryCode = "RO", Lon = 28.63, Lat = 44.18 };

    private static readonly (string, Place)[] Places =
    [
        ("Odesa", Odesa), ("Odessa", Odesa), ("Kherson", Kherson), ("Cherson", Kherson), ("Jersón", Kherson), ("Cherson", Kherson),
        ("Izium", Izium), ("Isjum", Izium), ("Kharkiv region", KharkivRegion), ("Constanța", Constanta),
        ("Romania", Fixtures.Country("PL") with { Name = "Romania", CountryCode = "RO" }), ("Ukraine", Fixtures.Country("UA")),
        ("Ucraina", Fixtures.Country("UA")), ("Ucrania", Fixtures.Country("UA")), ("Russia", Fixtures.Country("RU")), ("Russland", Fixtures.Country("RU")),
        ("Rusia", Fixtures.Country("RU")), ("Russie", Fixtures.Country("RU")), ("Poland", Fixtures.Country("PL")), ("Japan", Fixtures.Country("JP")),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "Ukraine sent 800 marines from Odesa to Kherson.", MovementKind.Deployment)]
    [InlineData("en", "Some 800 Ukrainian marines were redeployed to Kherson.", MovementKind.Deployment)]
    [InlineData("en", "The 800 Ukrainian marines withdrew from Kherson overnight.", MovementKind.Withdrawal)]
    [InlineData("en", "Ukrainian marines pulled out of Kherson.", MovementKind.Withdrawal)]
    [InlineData("en", "Ukrainian marines advanced towards Kherson.", MovementKind.Advance)]
    [InlineData("en", "A Ukrainian marine battalion crossed into Kherson.", MovementKind.Transit)]
    [InlineData("fr", "Des fusiliers marins ukrainiens se sont retirés de Kherson.", MovementKind.Withdrawal)]
    [InlineData("fr", "L'Ukraine a envoyé 800 fusiliers marins à Kherson.", MovementKind.Deployment)]
    [InlineData("de", "Die Ukraine hat 800 Marineinfanteristen nach Cherson verlegt.", MovementKind.Deployment)]
    [InlineData("de", "Ukrainische Truppen sind aus Cherson abgezogen.", MovementKind.Withdrawal)]
    [InlineData("es", "Ucrania envió 800 infantes de marina a Jersón.", MovementKind.Deployment)]
    [InlineData("es", "Las tropas ucranianas se retiraron de Jersón.", MovementKind.Withdrawal)]
    [InlineData("it", "L'Ucraina ha trasferito 800 fanti di marina a Cherson.", MovementKind.Deployment)]
    [InlineData("it", "Le truppe ucraine si sono ritirate da Cherson.", MovementKind.Withdrawal)]
    public void The_verb_gives_the_kind(string lang, string text, MovementKind kind)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(kind, movement.Kind);
        Assert.Equal("UA", movement.ActorCountry);
    }

    [Theory]
    [InlineData("en", "Ukrainian troops withdrew from Kherson.")]
    [InlineData("fr", "Les troupes ukrainiennes ont quitté Kherson.")]
    [InlineData("de", "Ukrainische Truppen zogen sich aus Cherson zurück.")]
    [InlineData("es", "Las tropas ucranianas abandonaron Jersón.")]
    [InlineData("it", "Le truppe ucraine hanno lasciato Cherson.")]
    public void A_withdrawal_without_destination_has_its_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Origin);
        Assert.Null(movement.Destination);
    }

    [Theory]
    [InlineData("en", "Ukraine moved 600 soldiers from Izium, in the Kharkiv region, to Kherson.")]
    [InlineData("en", "Ukraine moved 600 soldiers from Izium in the Kharkiv region to Kherson.")]
    public void A_region_after_a_place_qualifies_it(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Izium, Kherson), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("en", "Ukraine's navy said 300 Russian marines landed in Kherson.", "RU")]
    [InlineData("en", "Russia has moved 300 marines to Kherson, Japan's defence ministry said.", "RU")]
    [InlineData("en", "About 2,000 soldiers from a Polish base will deploy to Constanța.", "PL")]
    public void The_actor_is_the_mover_not_the_source(string lang, string text, string country)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(country, movement.ActorCountry);
    }

    [Theory]
    [InlineData("en", "Some 50,000 Russian troops are already stationed in the Kharkiv region.")]
    [InlineData("en", "Russian troops captured Izium last spring.")]
    [InlineData("en", "Forty Ukrainian soldiers were killed near Izium.")]
    [InlineData("en", "The Ukrainian defence minister visited the troops in Kherson.")]
    [InlineData("fr", "Quelque 50 000 soldats russes sont stationnés dans la région de Kharkiv.")]
    [InlineData("de", "Rund 50.000 russische Soldaten stehen im Gebiet Charkiw.")]
    [InlineData("es", "Unos 50.000 soldados rusos permanecen en Jersón.")]
    [InlineData("it", "Circa 50.000 soldati russi restano a Cherson.")]
    public void Presence_captures_casualties_and_visits_are_not_movements(string lang, string text)
    {
        Assert.Empty(Read(lang, text));
    }

    [Theory]
    [InlineData("en", "Russia sent tens of thousands of troops to the Kharkiv region.")]
    [InlineData("en", "Russia sent several hundred troops to the Kharkiv region.")]
    [InlineData("fr", "La Russie a envoyé plusieurs milliers de soldats à Kherson.")]
    [InlineData("de", "Russland hat mehrere tausend Soldaten nach Cherson geschickt.")]
    [InlineData("es", "Rusia envió miles de soldados a Jersón.")]
    [InlineData("it", "La Russia ha inviato migliaia di soldati a Cherson.")]
    public void A_vague_amount_gives_no_number(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Null(movement.Strength);
        Assert.Equal("RU", movement.ActorCountry);
    }

    [Theory]
    [InlineData("en", "Russia sent about 1,200 soldiers to Kherson.", 1200, 1200)]
    [InlineData("en", "Russia sent more than 1,200 soldiers to Kherson.", 1200, null)]
    [InlineData("en", "Russia sent up to 1,200 soldiers to Kherson.", null, 1200)]
    [InlineData("de", "Russland hat rund 1200 Soldaten nach Cherson verlegt.", 1200, 1200)]
    [InlineData("de", "Russland hat mehr als 1200 Soldaten nach Cherson verlegt.", 1200, null)]
    [InlineData("es", "Rusia envió unos 1.200 soldados a Jersón.", 1200, 1200)]
    [InlineData("es", "Rusia envió más de 1.200 soldados a Jersón.", 1200, null)]
    [InlineData("it", "La Russia ha inviato circa 1.200 soldati a Cherson.", 1200, 1200)]
    [InlineData("it", "La Russia ha inviato fino a 1.200 soldati a Cherson.", null, 1200)]
    public void Approximate_and_bounded_amounts(string lang, string text, int? min, int? max)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((min, max), (movement.Strength?.Min, movement.Strength?.Max));
    }

    [Theory]
    [InlineData("de", "Russland hat am Dienstag 900 Soldaten von Odessa nach Cherson verlegt.", 11)]
    [InlineData("es", "Rusia trasladó el martes 900 soldados desde Odesa hasta Jersón.", 11)]
    [InlineData("it", "Martedì la Russia ha trasferito 900 soldati da Odessa a Cherson.", 11)]
    [InlineData("en", "Russia moved 900 soldiers from Odesa to Kherson on Tuesday.", 11)]
    public void Origin_destination_and_day_in_each_language(string lang, string text, int day)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Odesa, Kherson), (movement.Origin, movement.Destination));
        Assert.Equal(new DateTimeOffset(2025, 3, day, 0, 0, 0, TimeSpan.Zero), movement.Period.Start);
        Assert.Equal(900, movement.Strength!.Min);
    }

    [Theory]
    [InlineData("en", "Russia will send 900 soldiers to Kherson.", MovementStatus.Planned)]
    [InlineData("en", "900 Russian soldiers are heading to Kherson.", MovementStatus.UnderWay)]
    [InlineData("de", "Russland wird 900 Soldaten nach Cherson verlegen.", MovementStatus.Planned)]
    [InlineData("de", "900 russische Soldaten sind nach Cherson verlegt worden.", MovementStatus.Completed)]
    [InlineData("es", "Rusia enviará 900 soldados a Jersón.", MovementStatus.Planned)]
    [InlineData("es", "900 soldados rusos están siendo trasladados a Jersón.", MovementStatus.UnderWay)]
    [InlineData("it", "La Russia invierà 900 soldati a Cherson.", MovementStatus.Planned)]
    [InlineData("it", "900 soldati russi sono stati trasferiti a Cherson.", MovementStatus.Completed)]
    public void Tense_gives_the_status(string lang, string text, MovementStatus status)
    {
        Assert.Equal(status, Assert.Single(Read(lang, text)).Status);
    }

    [Fact]
    public void A_deployment_repeated_in_a_later_paragraph_is_one_movement()
    {
        var text = "Poland will send 1,000 soldiers to Constanța, the ministry said.\n\nThe Polish soldiers will deploy to Constanța next month.";
        var movement = Assert.Single(Read("en", text));
        Assert.Equal(1000, movement.Strength!.Min);
    }

    [Fact]
    public void A_place_particle_attached_to_the_name_gives_its_role()
    {
        // A made-up rule set: "-ward" written onto a name means "towards", "-off" means "from".
        var rules = WithMarkers([new PlaceRoleMarker("ward", PlaceRole.Destination), new PlaceRoleMarker("off", PlaceRole.Origin)]);
        var tokens = Tokenizer.Tokenize("troops went Odesaoff Khersonward");
        Assert.Equal(PlaceRole.Origin, PlaceRoleFinder.RoleAt(tokens, 2, 2, rules)!.Value.Role);
        Assert.Equal(PlaceRole.Destination, PlaceRoleFinder.RoleAt(tokens, 3, 3, rules)!.Value.Role);
    }

    [Fact]
    public void A_preposition_with_an_ending_gives_its_role_before_the_plain_preposition()
    {
        // "in" + a name ending in "-um" is motion towards; "in" alone stays a location.
        var rules = WithMarkers([new PlaceRoleMarker("um", PlaceRole.Destination, "in")]);
        var towards = PlaceRoleFinder.RoleAt(Tokenizer.Tokenize("troops went in Izium"), 3, 3, rules)!.Value;
        var at = PlaceRoleFinder.RoleAt(Tokenizer.Tokenize("troops stood in Kherson"), 3, 3, rules)!.Value;
        Assert.Equal((PlaceRole.Destination, false), (towards.Role, towards.Locative));
        Assert.True(at.Locative);
    }

    private static LanguageRules WithMarkers(IReadOnlyList<PlaceRoleMarker> markers)
    {
        var en = EnglishRules.Rules;
        return new LanguageRules
        {
            Code = "xx", Stopwords = en.Stopwords, Abbreviations = en.Abbreviations, NumberWords = en.NumberWords, ScaleWords = en.ScaleWords,
            NumberJoiners = en.NumberJoiners, VagueQuantities = en.VagueQuantities, UpperBoundCues = en.UpperBoundCues, LowerBoundCues = en.LowerBoundCues,
            ApproximateCues = en.ApproximateCues, RangeOpeners = en.RangeOpeners, RangeJoiners = en.RangeJoiners, NonCountUnits = en.NonCountUnits,
            Months = en.Months, Weekdays = en.Weekdays, RelativeDays = en.RelativeDays, RelativeWeeks = en.RelativeWeeks, RelativeMonths = en.RelativeMonths,
            MonthParts = en.MonthParts, Units = en.Units, Modes = en.Modes, StatusCues = en.StatusCues, SourceOpeners = en.SourceOpeners,
            ReportingVerbs = en.ReportingVerbs, ReactionCues = en.ReactionCues, PlacePrepositions = en.PlacePrepositions, PlaceHeads = en.PlaceHeads,
            FrontNouns = en.FrontNouns, LocativePrepositions = en.LocativePrepositions, Articles = en.Articles, PlaceRoleMarkers = markers,
        };
    }
}

using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Which word of a clause tells its status and kind: a perfect progressive, a departure followed by the way still being
/// travelled, and a movement noun beside the clause's own verb.
/// </summary>
public class StatusAndMainVerbTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Hrodna = new() { GeonameId = 627904, Name = "Hrodna", CountryCode = "BY", Lon = 23.83, Lat = 53.68 };
    private static readonly Place Lida = new() { GeonameId = 626081, Name = "Lida", CountryCode = "BY", Lon = 25.3, Lat = 53.89 };

    private static readonly (string, Place)[] Places =
    [
        ("Hrodna", Hrodna), ("Grodno", Hrodna), ("Lida", Lida), ("Гродно", Hrodna), ("Лиды", Lida), ("Ліди", Lida),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("Russian armoured columns have been moving into Grodno since Monday.", MovementStatus.UnderWay)]
    [InlineData("Russian troops had been arriving in Grodno for a week before the drills.", MovementStatus.UnderWay)]
    [InlineData("Russian troops have been sent to Grodno, officials said.", MovementStatus.Completed)]
    public void A_perfect_progressive_is_under_way_and_a_perfect_passive_is_done(string text, MovementStatus status) =>
        Assert.Equal(status, Assert.Single(Read("en", text)).Status);

    [Theory]
    [InlineData("en", "A column of 40 Russian trucks left Lida on Sunday and was heading to Grodno.")]
    [InlineData("it", "La colonna russa è partita domenica da Lida diretta a Grodno.")]
    [InlineData("es", "La columna rusa salió el domingo de Lida rumbo a Grodno.")]
    [InlineData("de", "Der russische Konvoi verließ am Sonntag Lida und nahm Kurs auf Grodno.")]
    public void A_departure_then_the_way_still_travelled_is_under_way(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementStatus.UnderWay, movement.Status);
        Assert.Equal(Hrodna, movement.Destination);
    }

    [Theory]
    [InlineData("ru", "В понедельник в Гродно вошли российские подразделения, наступавшие со стороны Лиды.")]
    [InlineData("ru", "Российские подразделения, выдвинувшись из Лиды, вошли в Гродно.")]
    [InlineData("uk", "Російські підрозділи, вирушивши з Ліди, увійшли до Гродно.")]
    public void A_participle_or_gerund_of_moving_tells_no_progress_of_the_clause(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementStatus.Completed, movement.Status);
        Assert.Equal(Hrodna, movement.Destination);
    }

    [Theory]
    [InlineData("es", "Las tropas rusas han completado su retirada de Lida y se reagrupan en Grodno.")]
    [InlineData("en", "Russian troops arrived in Grodno on Sunday and are training there.")]
    public void Progress_of_something_other_than_the_journey_leaves_it_done(string lang, string text) =>
        Assert.Equal(MovementStatus.Completed, Assert.Single(Read(lang, text)).Status);

    [Theory]
    [InlineData("it", "Di fronte all'offensiva, i soldati russi si sono ritirati da Lida verso Grodno.", MovementKind.Withdrawal)]
    [InlineData("it", "Dopo l'avanzata, le truppe russe si sono ritirate da Lida verso Grodno.", MovementKind.Withdrawal)]
    [InlineData("es", "Tras el avance, las tropas rusas se retiraron de Lida hacia Grodno.", MovementKind.Withdrawal)]
    [InlineData("fr", "Après l'avancée, les soldats russes se sont retirés de Lida vers Grodno.", MovementKind.Withdrawal)]
    [InlineData("de", "Nach dem Vormarsch zogen sich die russischen Soldaten von Lida nach Grodno zurück.", MovementKind.Withdrawal)]
    [InlineData("en", "After the advance, the Russian troops withdrew from Lida to Grodno.", MovementKind.Withdrawal)]
    public void The_clause_verb_beats_a_movement_noun_before_it(string lang, string text, MovementKind kind)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(kind, movement.Kind);
        Assert.Equal(MovementStatus.Completed, movement.Status);
        Assert.Equal(Lida, movement.Origin);
    }

    [Fact]
    public void A_movement_noun_alone_still_states_the_movement()
    {
        var movement = Assert.Single(Read("it", "Prosegue l'avanzata delle truppe russe verso Grodno."));
        Assert.Equal(Hrodna, movement.Destination);
    }
}

/// <summary>The transport mode a vessel or a verb of flying tells, though no word for the means of transport is written.</summary>
public class ModeFromVesselAndVerbTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Split = new() { GeonameId = 3190261, Name = "Split", CountryCode = "HR", Lon = 16.44, Lat = 43.51 };
    private static readonly Place Bari = new() { GeonameId = 3182351, Name = "Bari", CountryCode = "IT", Lon = 16.85, Lat = 41.12 };

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(("Split", Split), ("Bari", Bari))).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "The Italian aircraft carrier left Bari on Monday for Split.", TransportMode.Sea)]
    [InlineData("de", "Der italienische Flugzeugträger verließ am Montag Bari in Richtung Split.", TransportMode.Sea)]
    [InlineData("fr", "Le porte-avions italien a quitté Bari lundi pour Split.", TransportMode.Sea)]
    [InlineData("es", "El portaaviones italiano zarpó el lunes de Bari rumbo a Split.", TransportMode.Sea)]
    [InlineData("it", "Una fregata italiana è partita lunedì da Bari per Split.", TransportMode.Sea)]
    [InlineData("en", "About 300 Italian soldiers will fly from Bari to Split next week.", TransportMode.Air)]
    [InlineData("fr", "Environ 300 soldats italiens ont décollé lundi de Bari pour Split.", TransportMode.Air)]
    [InlineData("de", "Ein Transportzug mit 300 italienischen Soldaten fuhr am Montag von Bari nach Split.", TransportMode.Rail)]
    public void A_vessel_or_a_verb_of_flying_gives_the_mode(string lang, string text, TransportMode mode) =>
        Assert.Equal(mode, Assert.Single(Read(lang, text)).Mode);
}

/// <summary>Where a movement starts when the text says where the force was rather than that it left.</summary>
public class OriginFromPresenceTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Split = new() { GeonameId = 3190261, Name = "Split", CountryCode = "HR", Lon = 16.44, Lat = 43.51 };
    private static readonly Place Bari = new() { GeonameId = 3182351, Name = "Bari", CountryCode = "IT", Lon = 16.85, Lat = 41.12 };
    private static readonly Place Adriatic = new() { GeonameId = 3183462, Name = "Adriatic Sea", CountryCode = "", Lon = 15.5, Lat = 43.0 };

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(("Split", Split), ("Bari", Bari), ("Adriatic", Adriatic))).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "About 400 Italian soldiers based in Bari will deploy to Split next month.")]
    [InlineData("en", "About 400 Italian soldiers, stationed at Bari since May, will deploy to Split.")]
    [InlineData("fr", "Quelque 400 soldats italiens basés à Bari seront déployés à Split.")]
    [InlineData("es", "Unos 400 soldados italianos con base en Bari serán desplegados en Split.")]
    [InlineData("it", "Circa 400 militari italiani di stanza a Bari saranno trasferiti a Split.")]
    public void Where_a_force_is_based_is_where_it_leaves_from(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Bari, movement.Origin);
        Assert.Equal(Split, movement.Destination);
    }

    [Theory]
    [InlineData("de", "Der italienische Flugzeugträger lief am Montag aus seinem Heimathafen Bari in Richtung Split aus.")]
    [InlineData("es", "Los soldados italianos abandonaron el lunes su base de Bari rumbo a Split.")]
    [InlineData("en", "The Italian brigade left its home base in Bari for Split on Monday.")]
    public void A_possessive_between_the_verb_and_the_base_keeps_the_origin(string lang, string text) =>
        Assert.Equal(Bari, Assert.Single(Read(lang, text)).Origin);

    [Fact]
    public void A_relative_clause_saying_where_the_ship_was_gives_the_origin()
    {
        var movement = Assert.Single(Read("en", "The Italian aircraft carrier Cavour, which had been operating in the Adriatic, was heading to Split on Sunday."));
        Assert.Equal(Adriatic, movement.Origin);
        Assert.Equal(Split, movement.Destination);
    }
}

/// <summary>Nouns of administrative areas and island groups between a preposition and a name, and verbs of deploying by air.</summary>
public class AreaNounAndFlyingVerbTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Lubusz = new() { GeonameId = 3337495, Name = "Lubusz Voivodeship", CountryCode = "PL", Lon = 15.3, Lat = 52.2 };
    private static readonly Place Germany = new() { GeonameId = 2921044, Name = "Germany", CountryCode = "DE", Lon = 10.5, Lat = 51.5 };
    private static readonly Place Azores = new() { GeonameId = 3411865, Name = "Azores", CountryCode = "PT", Lon = -28.0, Lat = 38.5 };
    private static readonly Place Lisbon = new() { GeonameId = 2267057, Name = "Lisbon", CountryCode = "PT", Lon = -9.14, Lat = 38.72 };
    private static readonly Place Seville = new() { GeonameId = 2510911, Name = "Seville", CountryCode = "ES", Lon = -5.98, Lat = 37.38 };

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(
            ("Lubuskie", Lubusz), ("Allemagne", Germany), ("Açores", Azores), ("Azores", Azores), ("Lisbonne", Lisbon), ("Lisboa", Lisbon), ("Sevilla", Seville), ("Séville", Seville)))
            .Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("fr", "La Pologne va envoyer 800 soldats dans la voïvodie de Lubuskie, frontalière de l'Allemagne, dès lundi.", "Lubusz Voivodeship")]
    [InlineData("fr", "Le Portugal a transporté 200 soldats par bateau de Lisbonne vers l'archipel des Açores.", "Azores")]
    [InlineData("es", "Portugal trasladó 200 soldados en barco desde Lisboa hasta el archipiélago de las Azores.", "Azores")]
    public void An_area_noun_before_the_name_keeps_the_preposition_s_role(string lang, string text, string destination)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(destination, movement.Destination!.Name);
        Assert.NotEqual(Germany, movement.Origin);
    }

    [Theory]
    [InlineData("fr", "Environ 500 militaires portugais seront projetés par avion depuis Lisbonne jusqu'à Séville.")]
    [InlineData("es", "Unos 500 militares portugueses volarán la próxima semana desde Lisboa hasta Sevilla.")]
    public void Deploying_by_air_is_a_movement(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Lisbon, Seville, TransportMode.Air, MovementStatus.Planned), (movement.Origin, movement.Destination, movement.Mode, movement.Status));
    }
}

/// <summary>The mover of a movement whose text names none.</summary>
public class UnnamedMoverTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Brest = new() { GeonameId = 3030300, Name = "Brest", CountryCode = "FR", Lon = -4.49, Lat = 48.39 };
    private static readonly Place Dakar = new() { GeonameId = 2253354, Name = "Dakar", CountryCode = "SN", Lon = -17.44, Lat = 14.69 };

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(("Brest", Brest), ("Dakar", Dakar))).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("fr", "La frégate Bretagne a appareillé lundi de Brest pour Dakar.")]
    [InlineData("en", "The frigate Bretagne sailed from Brest to Dakar on Monday.")]
    public void A_force_with_no_named_owner_setting_out_from_a_country_is_that_country_s(string lang, string text) =>
        Assert.Equal("FR", Assert.Single(Read(lang, text)).ActorCountry);

    [Fact]
    public void A_withdrawal_from_a_place_does_not_make_its_country_the_mover()
    {
        var movement = Assert.Single(Read("fr", "Le dernier contingent a quitté Dakar lundi pour Brest."));
        Assert.NotEqual("SN", movement.ActorCountry);
    }
}

/// <summary>German verbs of driving state a movement in every tense.</summary>
public class GermanDrivingVerbTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Split = new() { GeonameId = 3190261, Name = "Split", CountryCode = "HR", Lon = 16.44, Lat = 43.51 };
    private static readonly Place Bari = new() { GeonameId = 3182351, Name = "Bari", CountryCode = "IT", Lon = 16.85, Lat = 41.12 };

    [Theory]
    [InlineData("Eine Kolonne mit 300 italienischen Soldaten soll am Montag von Bari nach Split fahren.", MovementStatus.Planned)]
    [InlineData("Eine Kolonne mit 300 italienischen Soldaten fuhr am Montag von Bari nach Split.", MovementStatus.Completed)]
    public void Driving_is_a_movement(string text, MovementStatus status)
    {
        var movement = Assert.Single(new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(("Split", Split), ("Bari", Bari))).Analyze(text, Published, "de").Movements);
        Assert.Equal((Split, status), (movement.Destination, movement.Status));
    }
}

/// <summary>An obligation or a deadline to move, or a plan under study, is a movement to come.</summary>
public class ObligationIsPlannedTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Split = new() { GeonameId = 3190261, Name = "Split", CountryCode = "HR", Lon = 16.44, Lat = 43.51 };

    [Theory]
    [InlineData("en", "Under the deal, Serbian troops are required to withdraw from Split within a month.")]
    [InlineData("en", "Serbia has until March 1 to pull its forces out of Split.")]
    [InlineData("es", "Italia estudia enviar un patrullero a Split, según la prensa.")]
    public void An_obligation_deadline_or_study_to_move_is_planned(string lang, string text) =>
        Assert.Equal(MovementStatus.Planned, Assert.Single(new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(("Split", Split))).Analyze(text, Published, lang).Movements).Status);
}

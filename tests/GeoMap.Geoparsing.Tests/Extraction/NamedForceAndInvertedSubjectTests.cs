using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a force named by its name alone moves (a mission, an armed group); the subject after the verb of an inverted
/// clause is the mover; a relative clause after a short subject is a side remark; "home" is the mover's own country; a count
/// before a list of adjectives counts the troops after them.
/// </summary>
public class NamedForceAndInvertedSubjectTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Chad = new() { GeonameId = 2434508, Name = "Chad", CountryCode = "TD", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 18.5, Lat = 15.5 };
    private static readonly Place Ndjamena = new() { GeonameId = 2427123, Name = "N'Djamena", CountryCode = "TD", FeatureCode = "PPLC", Lon = 15.05, Lat = 12.11 };
    private static readonly Place Abeche = new() { GeonameId = 245338, Name = "Abéché", CountryCode = "TD", FeatureCode = "PPLA", Lon = 20.83, Lat = 13.83 };

    private static readonly (string, Place)[] Places = [("Chad", Chad), ("Tchad", Chad), ("Tschad", Chad), ("N'Djamena", Ndjamena), ("Abéché", Abeche)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("fr", "La Minusma a quitté Abéché mardi.")]
    [InlineData("es", "La MINUSMA abandonó Abéché el martes.")]
    [InlineData("en", "MINUSMA withdrew from Abéché on Tuesday.")]
    public void A_mission_named_alone_is_a_force_that_moves(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal("MINUSMA", movement.Actor);
        Assert.Equal(Abeche, movement.Origin);
    }

    [Theory]
    [InlineData("en", "France sent medical aid to Abéché on Tuesday.")]
    [InlineData("fr", "La France a envoyé une aide médicale à Abéché mardi.")]
    public void A_state_named_alone_moves_no_troops(string lang, string text) => Assert.Empty(Read(lang, text));

    [Theory]
    [InlineData("de", "Tschadische Einheiten sind am Montag in N'Djamena eingetroffen. Am Dienstag verlegte die französische Armee am Abend mehrere Bataillone nach Abéché.")]
    [InlineData("es", "Unidades chadianas llegaron el lunes a N'Djamena. El martes trasladó el ejército francés por la noche varios batallones a Abéché.")]
    [InlineData("it", "Unità ciadiane sono arrivate lunedì a N'Djamena. Martedì ha trasferito l'esercito francese in serata diversi battaglioni ad Abéché.")]
    public void The_subject_after_the_verb_of_an_inverted_clause_is_the_mover(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text), m => m.Destination == Abeche);
        Assert.Equal("FR", movement.ActorCountry);
    }

    [Theory]
    [InlineData("fr", "La Minusma, qui doit quitter le Tchad d'ici décembre, a évacué son camp d'Abéché. Ses derniers Casques bleus ont rejoint N'Djamena par la route.")]
    [InlineData("es", "La MINUSMA, que debe salir de Chad antes de diciembre, evacuó su base de Abéché. Sus últimos cascos azules llegaron a N'Djamena por carretera.")]
    public void A_relative_clause_after_a_short_subject_is_a_side_remark(string lang, string text)
    {
        var movements = Read(lang, text);
        var leg = Assert.Single(movements, m => m.Destination == Ndjamena);
        Assert.Equal(Abeche, leg.Origin);
        Assert.Contains(movements, m => m.Origin == Chad && m.Status == MovementStatus.Planned);
    }

    [Theory]
    [InlineData("en", "The French battalion left Abéché on Friday and flew home.")]
    [InlineData("es", "Francia retiró en mayo a sus tropas de Abéché hacia su territorio.")]
    [InlineData("fr", "Les soldats français ont quitté Abéché pour rentrer dans leur pays.")]
    [InlineData("de", "Die französischen Soldaten sind aus Abéché in die Heimat zurückgekehrt.")]
    [InlineData("it", "I soldati francesi hanno lasciato Abéché per rientrare in patria.")]
    public void Home_is_the_mover_s_own_country(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Abeche, movement.Origin);
        Assert.Equal("FR", movement.Destination?.CountryCode);
        Assert.Equal(PlaceKind.Country, movement.Destination?.Kind);
    }

    [Theory]
    [InlineData("es", "Francia, que llegó a tener 5.000 soldados en Abéché, mantiene hoy una base en N'Djamena.")]
    [InlineData("it", "La Francia, che arrivò a contare 5.000 soldati ad Abéché, mantiene oggi una base a N'Djamena.")]
    public void Coming_to_have_a_force_is_no_arrival(string lang, string text) => Assert.Empty(Read(lang, text));

    [Theory]
    [InlineData("en", "About 900 French soldiers are still based in Chad. They will be withdrawn by the end of the year.")]
    [InlineData("de", "Im Tschad sind noch rund 900 französische Soldaten stationiert, die meisten in N'Djamena. Sie sollen bis zum Jahresende abgezogen werden.")]
    [InlineData("fr", "Quelque 900 soldats français sont encore stationnés au Tchad. Ils seront retirés d'ici la fin de l'année.")]
    public void Troops_said_to_be_somewhere_and_then_withdrawn_leave_that_place(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Chad, movement.Origin);
        Assert.Equal(900, movement.Strength?.Min);
        Assert.Equal(MovementStatus.Planned, movement.Status);
    }

    [Theory]
    [InlineData("en", "French paratroopers landed in N'Djamena on Tuesday. Their armoured vehicles had been sent ahead by road from N'Djamena to Abéché in Chad's east.")]
    [InlineData("es", "Paracaidistas franceses aterrizaron el martes en N'Djamena. Sus blindados habían sido trasladados por carretera desde N'Djamena hasta Abéché, en el este de Chad.")]
    public void A_possessive_opening_the_sentence_refers_back_to_the_force_before(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text), m => m.Destination == Abeche);
        Assert.Equal("FR", movement.ActorCountry);
    }

    [Theory]
    [InlineData("en", "Some 700 Senegalese, Nigerien and Malian soldiers left Abéché for N'Djamena.")]
    [InlineData("de", "Rund 700 senegalesische, nigrische und malische Soldaten sind von Abéché nach N'Djamena verlegt worden.")]
    [InlineData("fr", "Quelque 700 soldats sénégalais, nigériens et maliens ont quitté Abéché pour N'Djamena.")]
    public void A_count_before_a_list_of_adjectives_counts_the_troops_after_them(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(700, movement.Strength?.Min);
        Assert.Equal(Ndjamena, movement.Destination);
    }

    [Fact]
    public void A_list_without_the_language_s_and_is_no_count_of_the_troops()
    {
        // "700 km, Chadian soldiers": a count of something else, then the troops.
        var movement = Assert.Single(Read("en", "After a drive of 700 kilometres, Chadian soldiers reached N'Djamena."));
        Assert.Null(movement.Strength);
    }
}

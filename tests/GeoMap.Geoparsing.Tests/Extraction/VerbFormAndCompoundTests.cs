using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// What the form of a word tells: the tense of a movement verb (its status), the head of a German compound (its unit),
/// a German "auf dem" (a place), and where a source named after "nach Angaben" ends.
/// </summary>
public class VerbFormAndCompoundTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 6, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Mykolaiv = new() { GeonameId = 700569, Name = "Mykolaiv", CountryCode = "UA", Lon = 31.99, Lat = 46.97 };
    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", Lon = 32.62, Lat = 46.64 };

    private static readonly (string, Place)[] Places =
    [
        ("Mykolaïv", Mykolaiv), ("Mykolajiw", Mykolaiv), ("Mykolaiv", Mykolaiv), ("Kherson", Kherson), ("Cherson", Kherson), ("Jersón", Kherson),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("fr", "Des camions ukrainiens acheminent des soldats de Mykolaïv vers Kherson.", MovementStatus.UnderWay)]
    [InlineData("fr", "Les troupes ukrainiennes progressaient vers Kherson depuis Mykolaïv.", MovementStatus.UnderWay)]
    [InlineData("fr", "Les soldats ukrainiens quitteront Mykolaïv pour Kherson.", MovementStatus.Planned)]
    [InlineData("fr", "Les soldats ukrainiens ont été transférés de Mykolaïv à Kherson.", MovementStatus.Completed)]
    [InlineData("es", "Las tropas ucranianas avanzan hacia Jersón.", MovementStatus.UnderWay)]
    [InlineData("es", "Los soldados ucranianos se trasladaban en camiones hacia Jersón.", MovementStatus.UnderWay)]
    [InlineData("es", "Los soldados ucranianos se trasladaron en camiones hacia Jersón.", MovementStatus.Completed)]
    [InlineData("it", "I soldati ucraini si spostano in camion verso Cherson.", MovementStatus.UnderWay)]
    [InlineData("it", "I soldati ucraini si trasferiranno a Cherson.", MovementStatus.Planned)]
    public void The_tense_of_the_movement_verb_gives_the_status(string lang, string text, MovementStatus status)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(status, movement.Status);
    }

    [Fact]
    public void A_noun_that_ends_like_a_verb_gives_no_status_of_its_own()
    {
        var movement = Assert.Single(Read("fr", "Le déploiement de 300 soldats ukrainiens à Kherson a été achevé."));
        Assert.Equal(MovementStatus.Completed, movement.Status);
    }

    [Theory]
    [InlineData("Die Ukraine hat zwei Patriot-Batterien nach Cherson verlegt.", "batteries")]
    [InlineData("Die Ukraine hat ein Panzergrenadierbataillon nach Cherson verlegt.", "battalion")]
    [InlineData("Die Ukraine hat 300 Marine-Soldaten nach Cherson verlegt.", "soldiers")]
    public void A_German_compound_is_the_unit_of_its_last_part(string text, string unit)
    {
        var movement = Assert.Single(Read("de", text));
        Assert.Equal(unit, movement.Unit);
        Assert.Equal(Kherson, movement.Destination);
    }

    [Theory]
    [InlineData("Rund 300 ukrainische Soldaten trafen am Montag auf dem Flugplatz Cherson ein.")]
    [InlineData("Die Ukraine brachte 300 Soldaten per Schiff auf den Stützpunkt Cherson.")]
    public void German_auf_with_an_article_places_the_arrival(string text)
    {
        var movement = Assert.Single(Read("de", text));
        Assert.Equal(Kherson, movement.Destination);
        Assert.Equal("UA", movement.ActorCountry);
    }

    [Theory]
    [InlineData("de", "Ukrainische Bataillone verließen Mykolajiw. Sie trafen nach Angaben eines Sprechers am Montag in Cherson ein.")]
    [InlineData("en", "Ukrainian battalions left Mykolaiv. They arrived, according to a spokesman on Monday in Kherson.")]
    public void A_source_ends_before_the_time_of_the_movement(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Destination);
        Assert.Equal(MovementStatus.Completed, movement.Status);
    }

    [Theory]
    [InlineData("en", "Ukrainian troops reached Kherson on Monday.")]
    [InlineData("en", "A column of Ukrainian troops entered Kherson.")]
    [InlineData("fr", "Les soldats ukrainiens ont atteint Kherson lundi.")]
    [InlineData("es", "Las tropas ucranianas alcanzaron Jersón el lunes.")]
    [InlineData("it", "I soldati ucraini hanno raggiunto Cherson lunedì.")]
    [InlineData("de", "Ukrainische Soldaten erreichten Cherson am Montag.")]
    public void A_place_reached_is_the_object_of_the_verb(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Destination);
    }

    [Fact]
    public void A_place_left_is_the_object_of_the_German_verb()
    {
        var movement = Assert.Single(Read("de", "Ukrainische Soldaten verließen Mykolajiw am Dienstag in Richtung Cherson."));
        Assert.Equal((Mykolaiv, Kherson), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("Ukrainian troops arrived on Friday, officials in Kherson said.")]
    [InlineData("Ukrainian troops arrived on Friday, said a spokesman in Kherson.")]
    public void Where_the_speakers_of_a_closing_report_are_is_no_destination(string text) =>
        Assert.Empty(Read("en", text));

    [Fact]
    public void A_compass_adjective_before_a_place_keeps_its_role()
    {
        var movement = Assert.Single(Read("en", "Ukraine pulled all its forces out of southern Kherson."));
        Assert.Equal(Kherson, movement.Origin);
    }

    [Fact]
    public void An_arrival_near_the_destination_of_a_movement_under_way_is_its_progress()
    {
        var movement = Assert.Single(Read("en", "Ukrainian troops are being moved by train toward Kherson. The first units have already reached Mykolaiv."));
        Assert.Equal((Kherson, MovementStatus.UnderWay), (movement.Destination, movement.Status));
    }

    [Fact]
    public void Italian_la_is_an_article_not_there()
    {
        // "là" (there) folds to "la" (the): "la linea" after the verb must not send the troops to the town named before.
        var movements = Read("it", "A Mykolaiv la notte è stata tranquilla. Trecento soldati ucraini sono arrivati ieri e hanno rafforzato la linea.");
        Assert.DoesNotContain(movements, m => m.Destination == Mykolaiv);
    }
}

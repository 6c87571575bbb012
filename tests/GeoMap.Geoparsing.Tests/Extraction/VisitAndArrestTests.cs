using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a commander or a leader who travels for talks makes a visit, and a man detained at a border is arrested: neither
/// is a movement of forces, though a movement word and a force word ("army chief", "border guards") stand in the sentence.
/// </summary>
public class VisitAndArrestTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kaunas = new() { GeonameId = 598316, Name = "Kaunas", CountryCode = "LT", FeatureCode = "PPLA", Lon = 23.9, Lat = 54.9 };
    private static readonly Place Lithuania = new() { GeonameId = 597427, Name = "Lithuania", CountryCode = "LT", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 24, Lat = 55.5 };

    private static readonly (string, Place)[] Places =
        [("Kaunas", Kaunas), ("Lithuania", Lithuania), ("Lituanie", Lithuania), ("Litauen", Lithuania), ("Lituania", Lithuania)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "The army chief flew to Kaunas on Monday for talks with his Lithuanian counterpart.")]
    [InlineData("fr", "Le chef de l'armée s'est rendu lundi à Kaunas pour des entretiens avec son homologue.")]
    [InlineData("de", "Der Armeechef der Bundeswehr reiste am Montag zu Gesprächen nach Litauen.")]
    [InlineData("es", "El jefe del Ejército viajó el lunes a Lituania para reunirse con su homólogo.")]
    [InlineData("it", "Il capo dell'esercito è volato lunedì in Lituania per colloqui con il suo omologo.")]
    public void A_journey_for_talks_is_a_visit_not_a_movement(string lang, string text) =>
        Assert.Empty(Read(lang, text));

    [Theory]
    [InlineData("en", "A former commander was arrested by border guards last week as he tried to cross into Lithuania.")]
    [InlineData("es", "Un antiguo comandante fue arrestado por guardias fronterizos cuando intentaba cruzar a Lituania.")]
    [InlineData("it", "Un ex comandante è stato arrestato dalle guardie di frontiera mentre cercava di entrare in Lituania.")]
    [InlineData("de", "Ein früherer Kommandeur wurde von Grenzschützern festgenommen, als er nach Litauen einreisen wollte.")]
    public void An_arrest_at_a_border_is_no_movement(string lang, string text) =>
        Assert.Empty(Read(lang, text));

    [Theory]
    [InlineData("en", "The army flew 300 soldiers to Kaunas on Monday.")]
    [InlineData("es", "Unos 300 guardias fronterizos fueron enviados a Lituania.")]
    public void Without_talks_or_an_arrest_the_movement_stays(string lang, string text) =>
        Assert.Single(Read(lang, text));
}

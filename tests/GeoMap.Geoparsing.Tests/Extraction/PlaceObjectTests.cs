using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a place left is the object of the verb even with a time between them or the participle after it, and
/// "near X" between commas after a place only says where that place is.
/// </summary>
public class PlaceObjectTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Constanta = new() { GeonameId = 680963, Name = "Constanța", CountryCode = "RO", Lon = 28.63, Lat = 44.18 };
    private static readonly Place Mangalia = new() { GeonameId = 673887, Name = "Mangalia", CountryCode = "RO", Lon = 28.58, Lat = 43.82 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", Lon = 30.73, Lat = 46.48 };

    private static readonly (string, Place)[] Places = [("Constanța", Constanta), ("Mangalia", Mangalia), ("Odesa", Odesa), ("Odessa", Odesa)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("fr", "Un bataillon roumain a quitté début mars le port de Constanța à destination d'Odessa.")]
    [InlineData("de", "Ein rumänisches Bataillon verließ am Dienstag den Hafen Constanța in Richtung Odessa.")]
    public void A_time_between_the_verb_and_the_place_it_leaves_does_not_hide_the_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Constanta, Odesa), (movement.Origin, movement.Destination));
    }

    [Fact]
    public void A_German_participle_after_the_place_makes_it_the_place_left()
    {
        var movement = Assert.Single(Read("de", "Rumänische Soldaten haben am Sonntag die Stadt Constanța verlassen."));
        Assert.Equal(Constanta, movement.Origin);
        Assert.Null(movement.Destination);
    }

    [Theory]
    [InlineData("it", "Circa 300 soldati romeni sono partiti dalla base di Mangalia, vicino a Constanța, e sono arrivati a Odessa.")]
    [InlineData("en", "About 300 Romanian soldiers left the base at Mangalia, near Constanța, and arrived in Odesa.")]
    public void Near_a_place_between_commas_says_where_that_place_is(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Odesa, movement.Destination);
        Assert.NotEqual(Constanta, movement.Origin);
    }
}

using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: German writes a participle of setting out after the place it leaves ("in Kiel ausgelaufen") and lower-case
/// adjectives between a preposition and its noun ("vom bayerischen Standort Cham"); Italian "per" names where troops go.
/// </summary>
public class SettingOutAndAttributiveAdjectiveTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 10, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Cham = new() { GeonameId = 2940213, Name = "Cham", CountryCode = "DE", FeatureCode = "PPLA3", Lon = 12.66, Lat = 49.22 };
    private static readonly Place Kiel = new() { GeonameId = 2891122, Name = "Kiel", CountryCode = "DE", FeatureCode = "PPLA", Lon = 10.13, Lat = 54.32 };
    private static readonly Place Riga = new() { GeonameId = 456172, Name = "Riga", CountryCode = "LV", FeatureCode = "PPLC", Lon = 24.11, Lat = 56.95 };
    private static readonly Place Klaipeda = new() { GeonameId = 598098, Name = "Klaipėda", CountryCode = "LT", FeatureCode = "PPLA", Lon = 21.14, Lat = 55.71 };
    private static readonly Place Bari = new() { GeonameId = 3182351, Name = "Bari", CountryCode = "IT", FeatureCode = "PPLA", Lon = 16.87, Lat = 41.12 };
    private static readonly Place Latvia = new() { GeonameId = 458258, Name = "Latvia", CountryCode = "LV", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 25, Lat = 57 };

    private static readonly (string, Place)[] Places =
        [("Cham", Cham), ("Kiel", Kiel), ("Riga", Riga), ("Klaipėda", Klaipeda), ("Bari", Bari), ("Lettonia", Latvia), ("Lettland", Latvia)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("Die Fregatte mit 180 Soldaten ist am Montag in Kiel ausgelaufen und soll am Freitag Klaipėda erreichen.", "Kiel")]
    [InlineData("Rund 300 Soldaten sind in der Nacht in Cham aufgebrochen und haben am Morgen Riga erreicht.", "Cham")]
    [InlineData("Die Transportflugzeuge mit 120 Fallschirmjägern sind am Dienstag im bayerischen Cham gestartet und flogen nach Riga.", "Cham")]
    public void A_place_before_a_participle_of_setting_out_is_where_the_troops_left(string text, string origin)
    {
        var movement = Assert.Single(Read("de", text));
        Assert.Equal(origin, movement.Origin?.Name);
    }

    [Fact]
    public void A_preposition_of_direction_outweighs_a_participle_of_setting_out()
    {
        var movement = Assert.Single(Read("de", "Rund 300 Soldaten sind am Montag aus Cham nach Riga aufgebrochen."));
        Assert.Equal(Cham, movement.Origin);
        Assert.Equal(Riga, movement.Destination);
    }

    [Theory]
    [InlineData("Die Bundeswehr hat 200 Soldaten vom oberpfälzischen Standort Cham nach Lettland verlegt.")]
    [InlineData("Die Bundeswehr hat 200 Soldaten vom bayerischen Cham nach Lettland verlegt.")]
    [InlineData("Die Bundeswehr hat 200 Soldaten aus dem kleinen ostbayerischen Cham nach Lettland verlegt.")]
    public void Lower_case_adjectives_between_a_preposition_and_its_noun_keep_the_preposition_s_role(string text)
    {
        var movement = Assert.Single(Read("de", text));
        Assert.Equal(Cham, movement.Origin);
        Assert.Equal(Latvia, movement.Destination);
    }

    [Theory]
    [InlineData("Circa 300 militari partiranno da Bari per la Lettonia a fine mese.")]
    [InlineData("Una nave con 120 militari è salpata ieri da Bari per la Lettonia.")]
    public void Italian_per_after_an_origin_is_the_destination_not_where_the_origin_lies(string text)
    {
        var movement = Assert.Single(Read("it", text));
        Assert.Equal(Bari, movement.Origin);
        Assert.Equal(Latvia, movement.Destination);
    }
}

using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a region set off by commas right after a facility's own name says where that facility is, so it takes the
/// facility's role even when the name itself is no known place ("from the air base of X, in Wiltshire, … landed in Tallinn"
/// leaves Wiltshire, it does not go there); German writes ordinals with a dot ("des 1. Bataillons"), which ends no sentence.
/// </summary>
public class FacilityNameAndOrdinalTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Wiltshire = new() { GeonameId = 2633868, Name = "Wiltshire", CountryCode = "GB", Kind = PlaceKind.Region, FeatureCode = "ADM2", Lon = -1.92, Lat = 51.33 };
    private static readonly Place Tallinn = new() { GeonameId = 588409, Name = "Tallinn", CountryCode = "EE", FeatureCode = "PPLC", Lon = 24.75, Lat = 59.44 };

    // "Boscombe Down" is left out on purpose: the facility's name is not a place the recognizer knows.
    private static readonly (string, Place)[] Places = [("Wiltshire", Wiltshire), ("Tallinn", Tallinn)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("it", "Circa 300 militari sono decollati martedì dalla base aerea di Boscombe Down, nel Wiltshire, e sono atterrati in serata all'aeroporto di Tallinn.")]
    [InlineData("fr", "Quelque 300 soldats ont décollé mardi de la base aérienne de Boscombe Down, dans le Wiltshire, et ont atterri le soir à Tallinn.")]
    [InlineData("es", "Unos 300 soldados despegaron el martes de la base aérea de Boscombe Down, en Wiltshire, y aterrizaron por la noche en Tallinn.")]
    [InlineData("de", "Rund 300 Soldaten flogen am Dienstag vom Fliegerhorst Boscombe Down, in Wiltshire, nach Tallinn.")]
    public void A_region_between_commas_after_a_facility_s_name_is_where_the_facility_is(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Wiltshire, Tallinn), (movement.Origin, movement.Destination));
        Assert.Equal(300, movement.Strength?.Min);
    }

    [Theory]
    [InlineData("Großbritannien schickt etwa 300 Soldaten des 1. Bataillons nach Tallinn.")]
    [InlineData("Am 4. Juni verlegte die Bundeswehr rund 300 Soldaten der 10. Panzerdivision nach Tallinn.")]
    public void A_German_ordinal_s_dot_ends_no_sentence(string text)
    {
        var movement = Assert.Single(Read("de", text));
        Assert.Equal(text, movement.Sentence);
        Assert.Equal((300, Tallinn), (movement.Strength?.Min, movement.Destination));
    }
}

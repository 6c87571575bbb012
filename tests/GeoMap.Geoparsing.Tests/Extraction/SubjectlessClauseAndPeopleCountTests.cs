using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: Italian and Spanish leave out a subject the verb's ending gives ("Atterreranno a Riga", "Llegarán a Gao"): such a
/// clause goes on with the force of the sentence before. And a count of people after a count of vehicles in one clause is the
/// head count ("besides some forty vehicles, about 60 soldiers travel").
/// </summary>
public class SubjectlessClauseAndPeopleCountTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Tallinn = new() { GeonameId = 588409, Name = "Tallinn", CountryCode = "EE", FeatureCode = "PPLC", Lon = 24.75, Lat = 59.44 };
    private static readonly Place Tapa = new() { GeonameId = 588335, Name = "Tapa", CountryCode = "EE", FeatureCode = "PPL", Lon = 25.96, Lat = 59.26 };
    private static readonly Place Bari = new() { GeonameId = 3182351, Name = "Bari", CountryCode = "IT", FeatureCode = "PPLA", Lon = 16.87, Lat = 41.12 };
    private static readonly Place Valencia = new() { GeonameId = 2509954, Name = "Valencia", CountryCode = "ES", FeatureCode = "PPLA", Lon = -0.38, Lat = 39.47 };

    private static readonly (string, Place)[] Places = [("Tallinn", Tallinn), ("Tapa", Tapa), ("Bari", Bari), ("Valencia", Valencia)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("it", "Circa 300 militari partiranno domani dall'aeroporto di Bari. Atterreranno a Tallinn e raggiungeranno poi Tapa.")]
    [InlineData("es", "Unos 300 soldados saldrán mañana de la base aérea de Valencia. Aterrizarán en Tallin y seguirán luego hasta Tapa.")]
    public void A_clause_without_a_subject_goes_on_with_the_force_before(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text.Replace("Tallin ", "Tallinn ", StringComparison.Ordinal)));
        Assert.NotNull(movement.Destination);
        Assert.Equal("EE", movement.Destination.CountryCode);
        Assert.Equal(300, movement.Strength?.Min);
        Assert.Equal(movement.Origin?.CountryCode, lang == "it" ? "IT" : "ES");
    }

    [Theory]
    [InlineData("it", "Una fregata è salpata ieri da Bari per Tallinn. A bordo, oltre a una quarantina di blindati, viaggiano circa 60 militari.")]
    [InlineData("en", "A ship sailed from Bari for Tallinn on Monday, carrying some forty armoured vehicles and about 60 soldiers.")]
    public void A_count_of_people_after_a_count_of_vehicles_is_the_strength(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(60, movement.Strength?.Min);
        Assert.Equal(60, movement.Strength?.Max);
    }
}

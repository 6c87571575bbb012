using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a movement told without a count, then a sentence or two later "some 90 sailors are on board": the count is that
/// movement's, unless it counts the force in a whole country or opens another paragraph.
/// </summary>
public class CountToldAfterTests
{
    private static readonly DateTimeOffset Published = new(2025, 4, 8, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Brindisi = new() { GeonameId = 3181528, Name = "Brindisi", CountryCode = "IT", FeatureCode = "PPLA2", Lon = 17.94, Lat = 40.63 };
    private static readonly Place Constanta = new() { GeonameId = 680963, Name = "Constanța", CountryCode = "RO", FeatureCode = "PPLA", Lon = 28.65, Lat = 44.18 };
    private static readonly Place Cadiz = new() { GeonameId = 2520600, Name = "Cádiz", CountryCode = "ES", FeatureCode = "PPLA2", Lon = -6.29, Lat = 36.53 };
    private static readonly Place Romania = new() { GeonameId = 798549, Name = "Romania", CountryCode = "RO", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 25, Lat = 46 };

    private static readonly (string, Place)[] Places =
        [("Brindisi", Brindisi), ("Constanța", Constanta), ("Cádiz", Cadiz), ("Romania", Romania), ("Rumania", Romania)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "A Romanian frigate sailed from Brindisi for Constanța on Monday. Some 90 sailors are travelling with it.")]
    [InlineData("en", "A Romanian frigate sailed from Brindisi for Constanța on Monday. The weather was calm. Some 90 sailors are travelling with it.")]
    [InlineData("it", "Una fregata romena è salpata lunedì da Brindisi diretta a Constanța. A bordo viaggiano circa 90 marinai.")]
    [InlineData("es", "Una fragata rumana zarpó el lunes de Cádiz rumbo a Constanța. A bordo navegan unos 90 marineros.")]
    public void A_count_in_a_following_sentence_is_the_count_of_the_movement_told_without_one(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Constanta, movement.Destination);
        Assert.Equal(90, movement.Strength?.Min);
        Assert.Equal(90, movement.Strength?.Max);
    }

    [Fact]
    public void A_count_for_the_whole_country_is_a_total_not_the_count_of_the_movement()
    {
        var movements = Read("en",
            "A Romanian frigate sailed from Brindisi for Constanța on Monday. In all, some 9,000 sailors have been sent to Romania since January.");
        Assert.Null(movements.Single(m => m.Destination == Constanta).Strength);
    }

    [Fact]
    public void A_count_in_another_paragraph_is_not_the_count_of_the_movement()
    {
        var movements = Read("en", "A Romanian frigate sailed from Brindisi for Constanța on Monday.\n\nSome 90 sailors are travelling with it.");
        Assert.Null(Assert.Single(movements).Strength);
    }
}

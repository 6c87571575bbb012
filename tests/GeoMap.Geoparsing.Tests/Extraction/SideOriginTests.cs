using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>The side a force comes from ("od strony", "со стороны", "з боку": from the direction of a place) is its origin.</summary>
public class SideOriginTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Hrodna = new() { GeonameId = 627904, Name = "Hrodna", CountryCode = "BY", Lon = 23.83, Lat = 53.68 };
    private static readonly Place Lida = new() { GeonameId = 626081, Name = "Lida", CountryCode = "BY", Lon = 25.3, Lat = 53.89 };

    private static readonly (string, Place)[] Places =
    [
        ("Grodna", Hrodna), ("Гродно", Hrodna), ("Lidy", Lida), ("Лиды", Lida), ("Ліди", Lida),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("pl", "Rosyjskie oddziały weszły do Grodna od strony Lidy.")]
    [InlineData("ru", "Российские подразделения вошли в Гродно со стороны Лиды.")]
    [InlineData("uk", "Російські підрозділи увійшли до Гродно з боку Ліди.")]
    public void The_side_a_force_comes_from_is_its_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Lida, movement.Origin);
        Assert.Equal(Hrodna, movement.Destination);
    }
}

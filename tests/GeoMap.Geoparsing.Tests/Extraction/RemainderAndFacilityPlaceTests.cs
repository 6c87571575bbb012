using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: "part of the force … , the rest …" is two movements, the second of the same force; a place in the locative case
/// after a noun of place that "from" governs is where the force comes from.
/// </summary>
public class RemainderAndFacilityPlaceTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", Lon = 30.73, Lat = 46.48 };
    private static readonly Place Mykolaiv = new() { GeonameId = 700569, Name = "Mykolaiv", CountryCode = "UA", Lon = 31.99, Lat = 46.97 };

    private static readonly (string, Place)[] Places =
    [
        ("Херсон", Kherson), ("Херсона", Kherson), ("Херсоне", Kherson), ("Chersonia", Kherson),
        ("Одессу", Odesa), ("Одеси", Odesa), ("Odessy", Odesa),
        ("Николаеве", Mykolaiv), ("Миколаєві", Mykolaiv), ("Mikołajowie", Mykolaiv),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("ru", "Часть украинских военных перевели в Херсон, остальные вернулись в Одессу.")]
    [InlineData("uk", "Частину українських військових перекинули до Херсона, решта повернулася до Одеси.")]
    [InlineData("pl", "Część ukraińskich żołnierzy przerzucono do Chersonia, pozostali wrócili do Odessy.")]
    public void The_rest_of_a_force_moved_in_part_is_a_second_movement_of_that_force(string lang, string text)
    {
        var movements = Read(lang, text);
        Assert.Equal(2, movements.Count);
        Assert.Equal(Kherson, movements[0].Destination);
        Assert.Equal(Odesa, movements[1].Destination);
        Assert.All(movements, m => Assert.Equal("UA", m.ActorCountry));
    }

    [Theory]
    [InlineData("ru", "Украинские военные вернулись в Херсон с аэродрома в Николаеве.")]
    [InlineData("ru", "Украинское командование сняло с позиций в Николаеве два батальона и перебросило их в Херсон.")]
    [InlineData("uk", "Українське командування зняло з позицій у Миколаєві два батальйони і перекинуло їх до Херсона.")]
    public void A_locative_after_a_noun_of_place_that_from_governs_is_the_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Mykolaiv, movement.Origin);
        Assert.Equal(Kherson, movement.Destination);
    }
}

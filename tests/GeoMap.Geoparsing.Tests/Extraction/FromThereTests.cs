using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10 (ru, uk): an adverb of "from there" ("оттуда", "звідти") makes the place last named the start; a place given by a
/// locative and then as the place left is where the troops were.
/// </summary>
public class FromThereTests
{
    // A Wednesday.
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", FeatureCode = "PPLA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", FeatureCode = "PPLA", Lon = 30.73, Lat = 46.48 };
    private static readonly Place Mykolaiv = new() { GeonameId = 700569, Name = "Mykolaiv", CountryCode = "UA", FeatureCode = "PPLA", Lon = 32.0, Lat = 46.97 };

    private static readonly (string, Place)[] Places =
    [
        ("Херсона", Kherson), ("Херсон", Kherson), ("Херсоні", Kherson), ("Херсоне", Kherson), ("Chersonia", Kherson), ("Chersoniu", Kherson),
        ("Одессу", Odesa), ("Одесу", Odesa), ("Одеси", Odesa), ("Odessy", Odesa),
        ("Николаев", Mykolaiv), ("Миколаєва", Mykolaiv), ("Миколаїв", Mykolaiv), ("Mikołajowa", Mykolaiv),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("ru", "В понедельник 300 украинских военных перебросили из Херсона в Одессу. Оттуда украинские военные выдвинулись в Николаев.")]
    [InlineData("uk", "У понеділок 300 українських військових перекинули з Херсона до Одеси. Звідти українські військові вирушили до Миколаєва.")]
    public void From_there_starts_at_the_place_last_named(string lang, string text)
    {
        var onward = Read(lang, text).Single(m => m.Destination?.Name == "Mykolaiv");
        Assert.Equal("Odesa", onward.Origin?.Name);
    }

    [Theory]
    [InlineData("uk", "У понеділок українські військові передали базу в Херсоні місцевій владі і вивели звідти свій персонал.")]
    [InlineData("ru", "В понедельник украинские военные передали базу в Херсоне местным властям и вывели оттуда свой персонал.")]
    public void A_place_where_troops_were_and_that_they_left_is_the_start(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal("Kherson", movement.Origin?.Name);
        Assert.Null(movement.Destination);
    }
}

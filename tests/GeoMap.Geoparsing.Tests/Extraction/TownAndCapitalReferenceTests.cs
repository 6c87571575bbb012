using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: "the town" stands for the latest town named, "the (Chadian) capital" for the latest national capital named (of
/// that country); when the report named none, they stand for nothing (never for whatever place came last).
/// </summary>
public class TownAndCapitalReferenceTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Chad = new() { GeonameId = 2434508, Name = "Chad", CountryCode = "TD", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 18.5, Lat = 15.5 };
    private static readonly Place Ndjamena = new() { GeonameId = 2427123, Name = "N'Djamena", CountryCode = "TD", FeatureCode = "PPLC", Lon = 15.05, Lat = 12.11 };
    private static readonly Place Abeche = new() { GeonameId = 245338, Name = "Abéché", CountryCode = "TD", FeatureCode = "PPLA", Lon = 20.83, Lat = 13.83 };
    private static readonly Place Ouaddai = new() { GeonameId = 242246, Name = "Ouaddaï", CountryCode = "TD", Kind = PlaceKind.Region, FeatureCode = "ADM1", Lon = 21, Lat = 13 };

    private static readonly (string, Place)[] Places =
    [
        ("Chad", Chad), ("Tchad", Chad), ("Tschad", Chad), ("Chad", Chad), ("Ciad", Chad),
        ("N'Djamena", Ndjamena), ("Abéché", Abeche), ("Ouaddaï", Ouaddai),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "The first column reached Abéché, in Ouaddaï, on Monday. On Wednesday 200 more French soldiers were sent to the town.")]
    [InlineData("es", "La primera columna llegó el lunes a Abéché, en Ouaddaï. El miércoles otros 200 soldados franceses fueron enviados a esa localidad.")]
    [InlineData("fr", "La première colonne est arrivée lundi à Abéché, dans le Ouaddaï. Mercredi, 200 autres soldats français ont été envoyés dans cette ville.")]
    [InlineData("it", "La prima colonna è arrivata lunedì ad Abéché, nell'Ouaddaï. Mercoledì altri 200 soldati francesi sono stati inviati nella città.")]
    [InlineData("de", "Die erste Kolonne erreichte am Montag Abéché in Ouaddaï. Am Mittwoch wurden 200 weitere französische Soldaten in die Stadt verlegt.")]
    public void The_town_is_the_latest_town_named_not_the_region_after_it(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text), m => m.Strength is { Min: 200 });
        Assert.Equal(Abeche, movement.Destination);
    }

    [Theory]
    [InlineData("en", "French aircraft landed in N'Djamena and Abéché on Monday. On Wednesday 300 French soldiers flew from the Chadian capital to Abéché.")]
    [InlineData("fr", "Des avions français se sont posés lundi à N'Djamena et à Abéché. Mercredi, 300 soldats français ont quitté la capitale tchadienne pour Abéché.")]
    [InlineData("es", "Aviones franceses aterrizaron el lunes en N'Djamena y en Abéché. El miércoles 300 soldados franceses volaron desde la capital hasta Abéché.")]
    public void The_capital_is_the_latest_national_capital_named(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text), m => m.Strength is { Min: 300 });
        Assert.Equal((Ndjamena, Abeche), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("en", "The first column reached Abéché on Monday. On Wednesday 300 French soldiers were sent to the capital.")]
    [InlineData("fr", "La première colonne est arrivée lundi à Abéché. Mercredi, 300 soldats français ont été envoyés vers la capitale.")]
    public void A_capital_never_named_is_no_other_place(string lang, string text)
    {
        Assert.DoesNotContain(Read(lang, text), m => m.Strength is { Min: 300 } && m.Destination == Abeche);
    }
}

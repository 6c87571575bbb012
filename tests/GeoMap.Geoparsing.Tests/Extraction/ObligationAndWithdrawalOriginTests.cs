using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: an obligation to move ("deben", "devono", "müssen") is a plan; in a withdrawal with only weak "de" origins, the
/// one right after the movement word is what is left, not one that says whose another noun is ("el gobierno de N'Djamena").
/// </summary>
public class ObligationAndWithdrawalOriginTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Chad = new() { GeonameId = 2434508, Name = "Chad", CountryCode = "TD", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 18.5, Lat = 15.5 };
    private static readonly Place Ndjamena = new() { GeonameId = 2427123, Name = "N'Djamena", CountryCode = "TD", FeatureCode = "PPLC", Lon = 15.05, Lat = 12.11 };
    private static readonly Place Abeche = new() { GeonameId = 245338, Name = "Abéché", CountryCode = "TD", FeatureCode = "PPLA", Lon = 20.83, Lat = 13.83 };

    private static readonly (string, Place)[] Places = [("Chad", Chad), ("Tchad", Chad), ("Ciad", Chad), ("N'Djamena", Ndjamena), ("Abéché", Abeche)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("es", "Los 900 soldados franceses deben abandonar Abéché antes de agosto.")]
    [InlineData("it", "I 900 soldati francesi devono lasciare Abéché entro agosto.")]
    [InlineData("de", "Die 900 französischen Soldaten müssen bis August aus Abéché abziehen.")]
    public void An_obligation_to_move_is_a_plan(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementStatus.Planned, movement.Status);
        Assert.Equal(Abeche, movement.Origin);
    }

    [Theory]
    [InlineData("es", "Las tropas francesas completaron su retirada de Chad a petición del gobierno de N'Djamena.")]
    [InlineData("fr", "Les troupes françaises ont achevé leur retrait du Tchad à la demande du gouvernement de N'Djamena.")]
    [InlineData("it", "Le truppe francesi hanno completato il ritiro dal Ciad su richiesta del governo di N'Djamena.")]
    public void A_withdrawal_leaves_the_place_after_its_own_word_not_a_noun_s_owner(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Chad, movement.Origin);
    }
}

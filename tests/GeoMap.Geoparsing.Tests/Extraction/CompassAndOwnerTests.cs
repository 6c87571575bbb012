using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: places that are no origin though a "from"-like word stands before them. A diagonal point of the compass places a
/// place near another ("nordöstlich von X", "au nord-est de X"), as the four main points do; a weak "de" after an article and a
/// common noun says whose that noun is ("après la chute de X", the fall of X), not where the troops set out.
/// </summary>
public class CompassAndOwnerTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Hrodna = new() { GeonameId = 627904, Name = "Hrodna", CountryCode = "BY", Lon = 23.83, Lat = 53.68 };
    private static readonly Place Lida = new() { GeonameId = 626081, Name = "Lida", CountryCode = "BY", Lon = 25.3, Lat = 53.89 };

    private static readonly (string, Place)[] Places = [("Grodno", Hrodna), ("Lida", Lida)];

    private static Movement Read(string lang, string text) =>
        Assert.Single(new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements);

    [Theory]
    [InlineData("de", "Rund 300 Soldaten wurden nach Lida nordöstlich von Grodno verlegt.")]
    [InlineData("fr", "Quelque 300 soldats ont été transférés à Lida, au nord-est de Grodno.")]
    [InlineData("es", "Unos 300 soldados fueron trasladados a Lida, al noreste de Grodno.")]
    [InlineData("en", "About 300 soldiers were moved to Lida, northeast of Grodno.")]
    public void A_diagonal_point_of_the_compass_places_a_place_near_another(string lang, string text)
    {
        var movement = Read(lang, text);
        Assert.Equal(Lida, movement.Destination);
        Assert.Null(movement.Origin);
    }

    [Theory]
    [InlineData("fr", "Quelque 300 soldats ont été envoyés à Lida après la chute de Grodno.", false)]
    [InlineData("es", "Unos 300 soldados fueron enviados a Lida tras la caída de Grodno.", false)]
    [InlineData("fr", "Quelque 300 soldats ont été transférés de Grodno à Lida.", true)]
    [InlineData("fr", "L'armée biélorusse a transféré vendredi les soldats de Grodno vers Lida.", true)]
    public void A_de_after_an_article_and_a_noun_says_whose_the_noun_is(string lang, string text, bool fromGrodno)
    {
        var movement = Read(lang, text);
        Assert.Equal(Lida, movement.Destination);
        Assert.Equal(fromGrodno ? Hrodna : null, movement.Origin);
    }
}

using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: troops that leave a facility given only as near a place ("from their camp near X", "de leur camp situé près de
/// X") set out from about that place; a facility near the place they go to stays an approximate destination.
/// </summary>
public class FacilityNearPlaceOriginTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kaunas = new() { GeonameId = 598316, Name = "Kaunas", CountryCode = "LT", FeatureCode = "PPLA", Lon = 23.9, Lat = 54.9 };
    private static readonly Place Vilnius = new() { GeonameId = 593116, Name = "Vilnius", CountryCode = "LT", FeatureCode = "PPLC", Lon = 25.28, Lat = 54.69 };

    private static readonly (string, Place)[] Places =
    [
        ("Kaunas", Kaunas), ("Vilnius", Vilnius), ("Vilna", Vilnius), ("Kownem", Kaunas), ("Wilna", Vilnius), ("Каунасом", Kaunas), ("Вильнюс", Vilnius), ("Вільнюса", Vilnius),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "About 100 fighters were moved last weekend from their camp near Kaunas to Vilnius.")]
    [InlineData("en", "About 100 fighters were moved last weekend from a camp located near Kaunas to Vilnius.")]
    [InlineData("fr", "Une centaine de combattants ont été transférés le week-end dernier de leur camp situé près de Kaunas vers Vilnius.")]
    [InlineData("es", "Un centenar de combatientes fueron trasladados desde su campamento situado cerca de Kaunas hasta Vilna.")]
    [InlineData("it", "Un centinaio di combattenti sono stati trasferiti dal loro campo situato vicino a Kaunas verso Vilnius.")]
    // "Near" told by the case of the place after "pod"/"под"/"під" (the instrumental) locates the facility as a preposition does.
    [InlineData("pl", "Około stu bojowników przemieściło się z obozu pod Kownem do Wilna.")]
    [InlineData("ru", "Около ста боевиков перебросили из лагеря под Каунасом в Вильнюс.")]
    [InlineData("uk", "Близько ста бойовиків перекинули з табору під Каунасом до Вільнюса.")]
    public void A_facility_near_a_place_that_troops_leave_puts_their_origin_there(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kaunas, movement.Origin);
        Assert.Equal(Vilnius, movement.Destination);
    }

    [Theory]
    [InlineData("en", "About 100 fighters were moved last weekend to a camp near Kaunas.")]
    [InlineData("fr", "Une centaine de combattants ont été transférés vers un camp situé près de Kaunas.")]
    [InlineData("ru", "Около ста боевиков перебросили в лагерь под Каунасом.")]
    public void A_facility_near_the_place_troops_go_to_is_still_where_they_go(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kaunas, movement.Destination);
        Assert.Null(movement.Origin);
    }
}

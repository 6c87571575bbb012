using GeoMap.Core.Places;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Resolution;

/// <summary>Seas named in other languages and parts of seas named with a lower-case direction.</summary>
public class SeaNameTests
{
    private static Mention Find(string language, string text, string surface) =>
        TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)).First(m => m.Surface == surface);

    public static TheoryData<string, string, string> SeasNotRegions => new()
    {
        // Egypt and Sudan each have a "Red Sea" region; a sea named bare in another language is still the sea.
        { "fr", "Deux navires ont mis le cap sur la mer Rouge mardi.", "mer Rouge" },
        { "es", "El buque de escolta se dirige al mar Rojo desde Yibuti.", "mar Rojo" },
        { "it", "La nave di scorta ha raggiunto il Mar Rosso ieri sera.", "Mar Rosso" },
        { "en", "Two destroyers were ordered to the Red Sea last week.", "Red Sea" },
    };

    [Theory]
    [MemberData(nameof(SeasNotRegions))]
    public void A_sea_named_in_any_language_is_the_sea_not_a_region_named_after_it(string language, string text, string surface) =>
        Assert.Equal(PlaceKind.WaterBody, Find(language, text, surface).Place.Kind);

    [Fact]
    public void A_region_word_still_selects_the_region_named_after_a_sea()
    {
        var m = TestGazetteer.Recognizer.Recognize("Flooding hit the Red Sea governorate of Egypt on Monday.").First(x => x.Surface.StartsWith("Red Sea", StringComparison.Ordinal));
        Assert.Equal(PlaceKind.Region, m.Place.Kind);
    }

    public static TheoryData<string, string, string, string> PartsOfSeas => new()
    {
        { "en", "The carrier group moved into the eastern Mediterranean on Sunday.", "eastern Mediterranean", "Eastern Mediterranean" },
        { "es", "La flota patrulla el Mediterráneo oriental desde marzo.", "Mediterráneo oriental", "Eastern Mediterranean" },
        { "it", "Tre unità sono entrate nel Pacifico occidentale martedì.", "Pacifico occidentale", "Western Pacific Ocean" },
        { "fr", "Le porte-avions croise dans le Pacifique occidental depuis mai.", "Pacifique occidental", "Western Pacific Ocean" },
        { "de", "Der Verband kreuzt seit Tagen im östlichen Mittelmeer.", "östlichen Mittelmeer", "Eastern Mediterranean" },
    };

    [Theory]
    [MemberData(nameof(PartsOfSeas))]
    public void A_lower_case_direction_joins_the_sea_it_names_a_part_of(string language, string text, string surface, string name) =>
        Assert.Equal(name, Find(language, text, surface).Place.Name);

    [Theory]
    [InlineData("en", "Fighting spread across northern Syria overnight.", "Syria")]
    [InlineData("es", "Las tropas avanzaron por la frontera oriental de Siria.", "Siria")]
    public void A_direction_that_names_no_part_leaves_the_name_alone(string language, string text, string surface) =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)), m => m.Surface == surface);
}

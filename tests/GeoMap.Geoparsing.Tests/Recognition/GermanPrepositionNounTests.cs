using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>German writes some prepositions of place as capitalised nouns ("Richtung"); the name after one is a place, not a surname.</summary>
public class GermanPrepositionNounTests
{
    [Theory]
    [InlineData("Die Panzerkolonne rollte am Abend in Richtung Minsk weiter.", "Minsk")]
    [InlineData("Zwei Bataillone zogen über Brest Richtung Warschau.", "Warschau")]
    public void A_name_after_Richtung_is_a_place(string text, string surface) =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find("de")), m => m.Surface == surface);

    [Fact]
    public void A_capitalised_word_before_a_surname_still_hides_it()
    {
        // "Richtung" is no first name; an ordinary German first name still is.
        Assert.DoesNotContain(TestGazetteer.Recognizer.Recognize("Der Sprecher Thomas Berlin bestätigte die Verlegung.", LanguageCatalog.Find("de")), m => m.Surface == "Berlin");
    }
}

using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>Languages that capitalise common nouns (German) or institution words (Spanish, Italian) without making them places.</summary>
public class CapitalisedNounTests
{
    public static TheoryData<string, string, string[]> NamesAfterANoun => new()
    {
        // German: a noun after a determiner, then the name it introduces.
        { "de", "Die Panzer rollten in die Stadt Charkiw.", ["Charkiw"] },
        { "de", "Ein Verband lief aus seinem Heimathafen Sanya aus.", ["Sanya"] },
        { "de", "Die Kolonne erreichte das nordöstliche Gebiet Lipezk am Abend.", ["Lipezk"] },
        { "de", "Flugzeuge starteten vom Fliegerhorst Wunstorf in Richtung Süden.", ["Wunstorf"] },
        // The name stays a place when the text names it again alone.
        { "de", "Die Soldaten kamen auf dem Übungsplatz Pabradė an. Später flog der Minister nach Pabradė.", ["Pabradė", "Pabradė"] },
    };

    [Theory]
    [MemberData(nameof(NamesAfterANoun))]
    public void A_name_after_a_common_noun_is_a_place(string language, string text, string[] expected) =>
        Assert.Equal(expected, TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)).Select(m => m.Surface));

    [Theory]
    [InlineData("de", "Die Lage im Zug war ruhig, sagte er am Ende der Woche.")]
    [InlineData("de", "Dabei zogen die Truppen nach Norden in die Nähe der Grenze.")]
    [InlineData("es", "El ministro de Defensa habló con el Mando de la Alianza.")]
    [InlineData("it", "Il Paese ha chiesto alla Marina di intervenire. Dopo il vertice, nulla è cambiato.")]
    public void Capitalised_common_words_are_no_places(string language, string text) =>
        Assert.Empty(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)));

    [Fact]
    public void A_first_name_before_a_surname_still_hides_a_village_of_that_name()
    {
        // "Präsident" has no determiner before it: "Wolodymyr Selenskyj" stays a person's name.
        var found = TestGazetteer.Recognizer.Recognize("Präsident Wolodymyr Selenskyj besuchte die Front.", LanguageCatalog.Find("de"));
        Assert.DoesNotContain(found, m => m.Surface.Contains("Selenskyj", StringComparison.Ordinal));
    }
}

using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Recognition;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>The words around a name that tell its kind or its neighbour, each language with its own words.</summary>
public class SpatialCueTests
{
    // The name is always the word "Zorna" (no place): only the words around it decide.
    private static SpatialCue Cue(string text, string? language)
    {
        var tokens = Tokenizer.Words(text);
        var at = tokens.FindIndex(t => t.Text == "Zorna");
        return SpatialCues.Read(text, tokens, at, at, LanguageCatalog.Find(language));
    }

    [Theory]
    [InlineData("Troops crossed into the Zorna region.", "en")]
    [InlineData("Troops crossed into the province of Zorna.", "en")]
    [InlineData("Les troupes sont entrées dans la région de Zorna.", "fr")]
    [InlineData("Les troupes sont entrées dans l'oblast de Zorna.", "fr")]
    [InlineData("Die Truppen rückten in das Gebiet Zorna vor.", "de")]
    [InlineData("Die Truppen rückten in die Provinz Zorna vor.", "de")]
    [InlineData("Las tropas entraron en la provincia de Zorna.", "es")]
    [InlineData("Las tropas entraron en la región del Zorna.", "es")]
    [InlineData("Le truppe sono entrate nella regione di Zorna.", "it")]
    [InlineData("Le truppe sono entrate nella provincia della Zorna.", "it")]
    [InlineData("Die Truppen rückten in das Gebiet Zorna vor.", null)]
    public void A_region_noun_of_the_language_marks_a_region(string text, string? language) =>
        Assert.True(Cue(text, language).RegionWord);

    [Theory]
    [InlineData("The Republic of Zorna sent troops.", "en")]
    [InlineData("Die Republik Zorna schickte Truppen.", "de")]
    [InlineData("Troops moved to Zorna.", "en")]
    public void A_country_long_name_or_a_bare_name_is_no_region_cue(string text, string language) =>
        Assert.False(Cue(text, language).RegionWord);

    [Theory]
    [InlineData("The Zorna governor resigned on Saturday.", "en", true)]
    [InlineData("Zorna's governor resigned on Saturday.", "en", true)]
    [InlineData("Zorna Governor Ann Bell resigned.", "en", true)]
    [InlineData("She was appointed governor of Zorna in May.", "en", true)]
    [InlineData("The governors of the Zorna met.", "en", true)]
    [InlineData("The Zorna governor resigned on Saturday.", null, true)]
    [InlineData("The governor flew to Zorna on Saturday.", "en", false)]
    [InlineData("Zorna's mayor resigned on Saturday.", "en", false)]
    [InlineData("Zorna's ice-governor plant closed.", "en", false)]
    public void A_governor_written_beside_the_name_marks_a_region(string text, string? language, bool region) =>
        Assert.Equal(region, Cue(text, language).RegionWord);

    [Theory]
    [InlineData("The brigade camped near Zorna.", "en")]
    [InlineData("La brigade campe près de Zorna.", "fr")]
    [InlineData("La brigade campe au nord-est de Zorna.", "fr")]
    [InlineData("Die Brigade lagert in der Nähe von Zorna.", "de")]
    [InlineData("Die Brigade lagert nahe der Zorna.", "de")]
    [InlineData("La brigada acampa cerca de Zorna.", "es")]
    [InlineData("La brigada acampa al norte de Zorna.", "es")]
    [InlineData("La brigata è accampata nei pressi di Zorna.", "it")]
    [InlineData("La brigata è accampata vicino a Zorna.", "it")]
    [InlineData("La brigada acampa cerca de Zorna.", null)]
    public void A_near_phrase_of_the_language_makes_an_anchor(string text, string? language) =>
        Assert.True(Cue(text, language).IsAnchor);

    [Theory]
    [InlineData("Troops massed on the border with Zorna.", "en")]
    [InlineData("Des troupes se massent à la frontière avec la Zorna.", "fr")]
    [InlineData("Truppen sammeln sich an der Grenze zu Zorna.", "de")]
    [InlineData("Tropas se concentran en la frontera con Zorna.", "es")]
    [InlineData("Truppe si ammassano al confine con la Zorna.", "it")]
    public void A_border_phrase_of_the_language_is_read(string text, string language) =>
        Assert.True(Cue(text, language).BorderWith);

    [Fact]
    public void Another_language_s_words_are_not_read_when_the_language_is_known()
    {
        // "cerca de" is Spanish: in an English text it tells nothing, with no language it is read.
        Assert.False(Cue("The word cerca de Zorna.", "en").IsAnchor);
        Assert.True(Cue("The word cerca de Zorna.", null).IsAnchor);
    }

    [Theory]
    [InlineData("Valley", "en", true)]
    [InlineData("Valley", null, true)]
    [InlineData("Valley", "fr", false)]
    [InlineData("valley", "en", false)]
    public void Geographic_heads_are_the_language_s_and_written_capitalised(string word, string? language, bool expected) =>
        Assert.Equal(expected, SpatialCues.IsGeographicHead(word, LanguageCatalog.Find(language)));

    [Theory]
    [InlineData("Oblast")]
    [InlineData("région")]
    [InlineData("Provinz")]
    [InlineData("provincia")]
    public void Region_words_of_every_language_are_known_without_one(string word) => Assert.True(SpatialCues.IsRegionWord(word));
}

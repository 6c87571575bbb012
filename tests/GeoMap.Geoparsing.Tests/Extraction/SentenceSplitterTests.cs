using GeoMap.Geoparsing.Extraction.Sentences;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Tests.Extraction;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(LanguageCatalog.AllAbbreviations);

    [Theory]
    [InlineData("M. Dupont est arrivé à Kiev. Il repart demain.", new[] { "M. Dupont est arrivé à Kiev.", "Il repart demain." })]
    [InlineData("Gen. Smith visited St. Petersburg. Troops followed.", new[] { "Gen. Smith visited St. Petersburg.", "Troops followed." })]
    [InlineData("« Nous partons. » a-t-il dit. Puis il est parti.", new[] { "« Nous partons. » a-t-il dit.", "Puis il est parti." })]
    [InlineData("Il a dit : « Ils sont partis. » Ensuite ils sont arrivés.", new[] { "Il a dit : « Ils sont partis. »", "Ensuite ils sont arrivés." })]
    [InlineData("Environ 1 500 soldats. Puis 12\u00a0000 autres.", new[] { "Environ 1 500 soldats.", "Puis 12\u00a0000 autres." })]
    [InlineData("U.S. troops arrived. Then 12.000 more came?  Yes!", new[] { "U.S. troops arrived.", "Then 12.000 more came?", "Yes!" })]
    [InlineData("## Un titre\nLe texte suit. Fin.", new[] { "## Un titre", "Le texte suit.", "Fin." })]
    [InlineData("A line that wraps\nin the middle. Next.", new[] { "A line that wraps\nin the middle.", "Next." })]
    public void Splits_sentences(string text, string[] expected)
    {
        var sentences = Splitter.Split(text);
        Assert.Equal(expected, sentences.Select(s => s.Text));
        foreach (var s in sentences)
        {
            Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length));
        }
    }

    [Theory]
    [InlineData("Żołnierze 21. Brygady wyruszyli do Krajowej. Kolumna jedzie przez Słowację.", 2)]
    [InlineData("Batalion 101. Dywizji i 2. Brygada dotarły na miejsce. Reszta wróci w 2026. Potem koniec.", 3)]
    public void An_ordinal_dot_ends_no_sentence_where_the_language_writes_ordinals_so(string text, int count)
    {
        Assert.Equal(count, Splitter.Split(text, ordinalDot: true).Count);
        Assert.True(Splitter.Split(text).Count > count);
    }

    // A lower-case abbreviation of one language is a word of another: English "est." (estimated) is Italian and French "est"
    // (east); a capitalised title of any language ("Gen.", "Dr.") still ends no sentence.
    [Theory]
    [InlineData("it", "La colonna si è mossa verso est. Poi è arrivata a Bara.", 2)]
    [InlineData("fr", "Les blindés sont partis vers l'est. Ils ont atteint Kharkiv.", 2)]
    [InlineData("en", "The force, est. 4,000 men, moved. It arrived.", 2)]
    [InlineData("it", "Il Gen. Rossi ha parlato. Poi è partito.", 2)]
    [InlineData("de", "Truppen, ca. 300 Mann, kamen an. Sie blieben.", 2)]
    public void Another_languages_lower_case_abbreviation_ends_a_sentence(string language, string text, int count)
    {
        var splitter = new SentenceSplitter(LanguageCatalog.AllAbbreviations, LanguageCatalog.Find(language)!.Abbreviations);
        Assert.Equal(count, splitter.Split(text).Count);
    }

    [Fact]
    public void Headings_and_lines_start_paragraphs()
    {
        var sentences = Splitter.Split("Un. Deux.\n## Titre\nTrois.\n\nQuatre.");
        Assert.Equal([0, 0, 1, 2, 3], sentences.Select(s => s.Paragraph));
        Assert.True(sentences[2].IsHeading);
    }

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(Splitter.Split("  \n\t "));
}

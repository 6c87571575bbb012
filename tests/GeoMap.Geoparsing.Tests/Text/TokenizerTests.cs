using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    [Fact]
    public void French_elision_separates_the_article_from_the_name() =>
        Assert.Equal(["vers", "l", "Ukraine", "et", "d", "Oussouriisk"], Words("vers l'Ukraine et d’Oussouriisk"));

    [Fact]
    public void Hyphenated_names_stay_one_token() =>
        Assert.Equal(["Saint-Pétersbourg", "Nijni-Novgorod"], Words("Saint-Pétersbourg, Nijni-Novgorod."));

    [Fact]
    public void English_possessive_is_not_part_of_the_name() =>
        Assert.Equal(["Russia", "s", "navy"], Words("Russia's navy"));

    [Fact]
    public void Sentence_starts_are_marked()
    {
        var tokens = Tokenizer.Tokenize("Troops moved. Nice weather followed.");
        Assert.True(tokens[0].IsSentenceStart);
        Assert.False(tokens[1].IsSentenceStart);
        Assert.True(tokens[2].IsSentenceStart);
    }

    [Fact]
    public void Spans_are_utf16_offsets()
    {
        const string text = "À Séoul, 🙂 puis Busan";
        var t = Tokenizer.Tokenize(text).Last();
        Assert.Equal("Busan", text[t.Start..t.End]);
    }
}

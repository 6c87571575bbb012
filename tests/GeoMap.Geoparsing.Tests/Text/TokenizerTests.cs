using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Text;

public class TokenizerTests
{
    private static string Show(string text) =>
        string.Join(" | ", Tokenizer.Tokenize(text).Select(t => t.Kind switch
        {
            TokenKind.Number => $"#{t.Value}",
            TokenKind.Punctuation => $"'{t.Text}'",
            _ => t.Text,
        }));

    [Theory]
    [InlineData("vers l'Ukraine et d’Oussouriisk", "vers | l' | Ukraine | et | d’ | Oussouriisk")]
    [InlineData("jusqu'à Kyiv", "jusqu' | à | Kyiv")]
    [InlineData("Saint-Pétersbourg, Nijni-Novgorod.", "Saint-Pétersbourg | ',' | Nijni-Novgorod | '.'")]
    [InlineData("Russia's navy", "Russia | ''' | s | navy")]
    [InlineData("Côte-d'Ivoire", "Côte-d'Ivoire")]
    [InlineData("O'Brien said", "O'Brien | said")]
    [InlineData("п'ять бригад під Мар'їнкою", "п'ять | бригад | під | Мар'їнкою")]
    [InlineData("M4 and T-72", "M4 | and | T | '-' | #72")]
    [InlineData("Su-25", "Su | '-' | #25")]
    [InlineData("12 000 soldats", "#12000 | soldats")]
    [InlineData("12,000 troops", "#12000 | troops")]
    [InlineData("1,5 million", "#1.5 | million")]
    [InlineData("١٢٠٠ جندي", "#1200 | جندي")]
    [InlineData("12\u066C000 جندي", "#12000 | جندي")]          // the Arabic thousands separator
    [InlineData("١٢\u066C٠٠٠ جندي", "#12000 | جندي")]
    [InlineData("1\u066B5 ألف", "#1.5 | ألف")]                 // the Arabic decimal separator
    [InlineData("블라디보스토크로 이동", "블라디보스토크로 | 이동")]
    [InlineData("2nd", "#2 | nd")]
    [InlineData("H1N1 outbreak", "H1N1 | outbreak")]
    [InlineData("1만2000명", "#1 | 만 | #2000 | 명")]
    public void Text_splits_into_words_numbers_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("d’Oussouriisk", 0, "d'")]
    [InlineData("Nord‐Coréens", 0, "nord-coreens")]
    [InlineData("ВОЙСКА", 0, "воиска")]
    [InlineData("12 000", 0, "12000")]
    public void Norms_are_folded_words_or_plain_digits(string text, int index, string norm) =>
        Assert.Equal(norm, Tokenizer.Tokenize(text)[index].Norm);

    [Theory]
    [InlineData("Troops moved. Nice weather followed.", "Troops Nice")]
    [InlineData("Gen. Smith left. Paris answered.", "Gen Paris")]
    [InlineData("the U.S. Army", "the")]
    [InlineData("first line\nSecond line", "first Second")]
    [InlineData("He said: « Kyiv held »", "He Kyiv")]
    public void Sentence_starts_are_marked(string text, string starts) =>
        Assert.Equal(starts, string.Join(' ', Tokenizer.Tokenize(text).Where(t => t.IsSentenceStart).Select(t => t.Text)));

    [Theory]
    [InlineData("NATO", true, true)]
    [InlineData("Kyiv", true, false)]
    [InlineData("kyiv", false, false)]
    [InlineData("A", true, false)]
    public void Capitalization_is_read_from_the_word(string word, bool capitalized, bool allCaps)
    {
        var t = Assert.Single(Tokenizer.Tokenize(word));
        Assert.Equal(capitalized, t.IsCapitalized);
        Assert.Equal(allCaps, t.IsAllCaps);
    }

    [Fact]
    public void Spans_are_utf16_offsets()
    {
        const string text = "À Séoul, 🙂 puis Busan";
        var t = Tokenizer.Tokenize(text).Last();
        Assert.Equal("Busan", text[t.Start..t.End]);
    }

    [Fact]
    public void Words_leave_out_punctuation() =>
        Assert.Equal(["Kyiv", "Lviv", "2024"], Tokenizer.Words("Kyiv, Lviv (2024).").Select(t => t.Text));

    [Fact]
    public void A_range_of_the_text_gives_offsets_into_the_whole_text()
    {
        const string text = "One. Two three.";
        var t = Tokenizer.Tokenize(text, 5, 8).Single();
        Assert.Equal((5, 8, "Two"), (t.Start, t.End, t.Text));
    }

    // A range of a text taken from the tokens of the whole text is what tokenizing the range gives, token for token: at a
    // sentence that opens after another, inside a sentence, at an opening quote, where the range ends inside a word or a
    // number (which reads differently when cut), and where it holds no token.
    [Theory]
    [InlineData("Troops left Kyiv. They went west.", "They")]
    [InlineData("Troops left Kyiv, then 1 500 more went west.", "then 1 500 more")]
    [InlineData("Troops left Kyiv, then 1 500 more went west.", "1 500 more went")]
    [InlineData("Il a dit : « Les troupes d'Oussouriisk partent ».", "« Les troupes d'Oussouriisk partent »")]
    [InlineData("the well-known road north", "the well")]
    [InlineData("Some 1,2345 soldiers", "Some 1,234")]
    [InlineData("Kharkiv'sk is a word here", "Kharkiv's")]
    [InlineData("U.S. troops. The Gen. said", "The Gen.")]
    [InlineData("Troops left.   \n  ", "   ")]
    public void A_range_sliced_from_the_text_s_tokens_is_the_range_tokenized(string text, string range)
    {
        var start = text.IndexOf(range, StringComparison.Ordinal);
        var end = start + range.Length;
        var expected = Tokenizer.Tokenize(text, start, end);
        var sliced = Tokenizer.Slice(text, Tokenizer.Tokenize(text), start, end);
        Assert.Equal(expected.Select(Facts), sliced.Select(Facts));
    }

    private static string Facts(Token t) =>
        $"{t.Start}-{t.End} {t.Kind} {t.Norm} {t.Value} {t.IsCapitalized} {t.IsAllCaps} {t.IsSentenceStart}";
}

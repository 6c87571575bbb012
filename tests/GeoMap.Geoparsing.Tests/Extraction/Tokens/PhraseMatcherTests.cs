using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Extraction.Tokens;

public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params string[] phrases) =>
        new(phrases.Select(p => KeyValuePair.Create(p, p)));

    [Theory]
    [InlineData("the brigade was redeployed to the north", "redeploy*", 3)]
    [InlineData("Les troupes ont été déployées hier", "déploy*", 4)]
    [InlineData("they moved towards the border", "towards the border", 2)]
    [InlineData("they moved towards Kyiv", "towards", 2)]
    public void Longest_phrase_wins_and_stems_match_inflected_words(string text, string expected, int at)
    {
        var tokens = Tokenizer.Tokenize(text);
        var match = Matcher("towards", "towards the border", "redeploy*", "déploy*").MatchAt(tokens, at);
        Assert.Equal(expected, match?.Value);
    }

    [Theory]
    [InlineData("* troops")]
    [InlineData("*")]
    public void A_phrase_opening_with_a_bare_star_is_refused(string phrase)
    {
        var e = Assert.Throws<ArgumentException>(() => Matcher("towards", phrase));
        Assert.Contains(phrase, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the troops were deployed", "troops *", 1)] // a bare star after the first word still matches any next word
    [InlineData("they were redeployed north", "r*", 2)] // a one-letter stem opens on that letter only
    public void Stars_after_the_first_word_and_one_letter_stems_still_match(string text, string phrase, int at)
    {
        Assert.Equal(phrase, Matcher(phrase).MatchAt(Tokenizer.Tokenize(text), at)?.Value);
    }

    [Fact]
    public void A_word_outside_every_lexicon_matches_nothing()
    {
        var tokens = Tokenizer.Tokenize("zyxwvut qwertzuiop");
        Assert.Empty(Matcher("towards", "déploy*").FindAll(tokens));
    }

    [Fact]
    public void Lexicons_built_between_look_ups_each_find_their_own_new_words()
    {
        // Each lexicon adds words the look-ups had not seen; a look-up after each must see every word added so far.
        var first = "firstlate" + Guid.NewGuid().ToString("N")[..8];
        var second = "secondlate" + Guid.NewGuid().ToString("N")[..8];
        var tokens = Tokenizer.Tokenize($"{first} and {second}");
        Assert.DoesNotContain(Matcher("and").FindAll(tokens), m => m.First != 1);
        var a = Matcher(first);
        Assert.Equal(first, a.MatchAt(tokens, 0)?.Value);
        var b = Matcher(second);
        Assert.Equal(second, b.MatchAt(tokens, 2)?.Value);
        Assert.Equal(first, a.MatchAt(tokens, 0)?.Value);
    }

    [Fact]
    public void Tokens_read_before_a_lexicon_is_built_still_find_its_words()
    {
        // A token keeps the number of its word; a lexicon built later with a word new to every lexicon must still see it.
        var word = "speedtestword" + Guid.NewGuid().ToString("N")[..8];
        var tokens = Tokenizer.Tokenize($"they {word} the column");
        Assert.DoesNotContain(Matcher("column").FindAll(tokens), m => m.First == 1);
        var late = Matcher(word + " the column");
        var match = late.MatchAt(tokens, 1);
        Assert.Equal(4, match?.Next);
    }

    [Fact]
    public void Phrase_ending_before_a_token_is_found_looking_back()
    {
        var tokens = Tokenizer.Tokenize("sent to the Ukrainian front");
        var match = Matcher("to the", "sent").MatchEndingAt(tokens, 3);
        Assert.Equal("to the", match?.Value);
    }

    [Theory]
    // 'd' is U+0064 and '䱤' U+4C64: they share a bit of the first-character mask, which must not make one match the other.
    [InlineData("䱤eploy them", null)]
    [InlineData("deployed them", "deploy*")]
    [InlineData("dzeploy them", null)]
    public void A_word_sharing_a_mask_bit_with_a_stem_matches_only_what_the_stem_says(string text, string? expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, Matcher("deploy*", "towards").MatchAt(tokens, 0)?.Value);
    }

    [Fact]
    public void Many_first_words_sharing_mask_bits_each_find_only_their_own_phrases()
    {
        // More first words than the mask has bits: some share one, and a set bit only lets the dictionary answer.
        var words = Enumerable.Range(0, 9_000).Select(i => "maskword" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var matcher = Matcher([.. words.Where((_, i) => i % 2 == 0).Select(w => w + " column")]);
        var tokens = Tokenizer.Tokenize(string.Join(" column ", words) + " column");
        var found = matcher.FindAll(tokens);
        Assert.Equal(4_500, found.Count);
        Assert.All(found, m => Assert.Equal(words[m.First / 2] + " column", m.Value));
        Assert.All(found, m => Assert.Equal(0, m.First / 2 % 2));
    }

    [Fact]
    public void Stems_under_more_letter_pairs_than_the_mask_has_bits_each_match_only_their_own_words()
    {
        // Stems of two letters and more are filed by their first two letters, behind a mask of those pairs: pairs of Latin and
        // Cyrillic letters (whose codes share their high bits) overfill it, and a set bit only lets the dictionary answer.
        var letters = "abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщъыьэюя";
        var pairs = letters.SelectMany(a => letters.Select(b => $"{a}{b}")).ToArray();
        var matcher = Matcher([.. pairs.Where((_, i) => i % 2 == 0).Select(p => p + "*")]);
        var tokens = Tokenizer.Tokenize(string.Join(" ", pairs.Select(p => p + "q")));
        Assert.Equal(pairs.Length, tokens.Count);
        for (var i = 0; i < pairs.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? pairs[i] + "*" : null, matcher.MatchAt(tokens, i)?.Value);
        }
    }

    [Fact]
    public void Tokens_in_any_read_only_list_match_as_in_a_list()
    {
        var tokens = Tokenizer.Tokenize("the brigade was redeployed towards the border");
        var matcher = Matcher("towards", "towards the border", "redeploy*");
        var expected = matcher.FindAll(tokens);
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, matcher.FindAll(tokens.ToArray()));
        Assert.Equal(expected, matcher.FindAll(tokens.AsReadOnly()));
        Assert.Equal(matcher.MatchEndingAt(tokens, 7), matcher.MatchEndingAt(tokens.AsReadOnly(), 7));
    }

    [Theory]
    // Stems of one letter and of two or more are kept apart by their first letters; the longer phrase still wins across them,
    // and between phrases of one length the lexicon's order decides, as in one list.
    [InlineData("deployed to the border", new[] { "de*", "d* to the border" }, "d* to the border")]
    [InlineData("deployed to the border", new[] { "d*", "de* to the border" }, "de* to the border")]
    [InlineData("deployed to the border", new[] { "de*", "d*" }, "de*")]
    [InlineData("deployed to the border", new[] { "d*", "de*" }, "d*")]
    [InlineData("deployed to the border", new[] { "dep*", "de*", "d*" }, "dep*")]
    [InlineData("dragged to the border", new[] { "de*", "d*" }, "d*")]
    public void Stems_of_different_lengths_match_in_the_lexicon_s_order(string text, string[] phrases, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var matcher = Matcher(phrases);
        Assert.Equal(expected, matcher.MatchAt(tokens, 0)?.Value);
        var words = Tokenizer.Tokenize(expected).Count(t => t.Text != "*");
        Assert.Equal(expected, matcher.MatchEndingAt(tokens, words)?.Value);
    }
}

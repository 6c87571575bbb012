using System.Globalization;
using GeoMap.Core.Text;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Text;

/// <summary>The one tokenizer of GeoMap: splits a text into words, numbers and punctuation, keeping UTF-16 offsets.</summary>
/// <remarks>
/// <para>Rules, the same for every reader (recognizer, extractors, language detector):</para>
/// <list type="bullet">
/// <item>A word starts at a letter and runs through letters and combining marks; a code in Latin letters
/// keeps its digits (<c>M4</c>, <c>H1N1</c>), a word of another script does not (Korean <c>만</c> +
/// <c>2000</c> + <c>명</c> is a number between words); a hyphen followed by a letter joins (<c>Saint-Pétersbourg</c>, <c>nord-coréens</c>);
/// so does an apostrophe followed by a letter (<c>O'Brien</c>, Ukrainian <c>п'ять</c>,
/// <c>Мар'їнка</c>), except after an elided article or preposition of a supported language, which
/// ends its own token with the apostrophe (<c>d'</c> + <c>Oussouriisk</c>), and before an English
/// possessive, which is left out of the word (<c>Kharkiv</c> + <c>'</c> + <c>s</c>).</item>
/// <item>A number is a run of decimal digits of any script; groups of exactly three digits after a space, a
/// no-break or thin space, a comma or a dot join it (<c>1 500</c>, <c>12,000</c>); a comma or dot
/// followed by one or two digits makes a decimal (<c>1,5</c>).</item>
/// <item>Every other visible character is a punctuation token of its own.</item>
/// <item>A word or number opens a sentence after <c>. ! ? : ; ( « " “ •</c> or a line break, unless the
/// dot follows an abbreviation of a supported language or a single capital (<c>Gen.</c>, <c>J.</c>)
/// or is followed directly by a letter (<c>U.S.</c>).</item>
/// </list>
/// Linear in the length of the text.
/// </remarks>
public static class Tokenizer
{
    private static readonly HashSet<string> Elisions =
        new(LanguageCatalog.All.SelectMany(r => r.Elisions).Select(e => TextFolding.FoldWord(e).TrimEnd('\'')), StringComparer.Ordinal);

    private static readonly HashSet<string> Abbreviations = new(LanguageCatalog.AllAbbreviations, StringComparer.Ordinal);

    /// <summary>Tokenizes <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="start">Offset to start at.</param>
    /// <param name="end">Offset to stop at; negative for the end of the text.</param>
    /// <returns>The tokens in order, with offsets into <paramref name="text"/>.</returns>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0 || end > text.Length)
        {
            end = text.Length;
        }

        var tokens = new List<Token>(Math.Max(4, (end - start) / 5));
        var sentenceStart = true;
        Token? lastWord = null;
        var i = Math.Max(0, start);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                sentenceStart |= c == '\n';
                i++;
                continue;
            }

            Token token;
            if (char.IsLetter(c))
            {
                token = ReadWord(text, i, end, sentenceStart);
            }
            else if (char.IsDigit(c))
            {
                token = ReadNumber(text, i, end, sentenceStart);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                tokens.Add(new Token(text, i, i + length, TokenKind.Punctuation));
                if (c is '.' or '!' or '?' or '"' or '«' or '“' or ':' or '(' or '•' or ';')
                {
                    sentenceStart = !(c == '.' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                        && !(c == '.' && lastWord is not null && lastWord.End == i && IsAbbreviation(lastWord));
                }

                i += length;
                continue;
            }

            tokens.Add(token);
            lastWord = token;
            sentenceStart = false;
            i = token.End;
        }

        return tokens;
    }

    /// <summary>The tokens <see cref="Tokenize"/> gives for a range of a text, taken from the tokens of the whole text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">All its tokens, as <see cref="Tokenize"/> gives them.</param>
    /// <param name="start">Offset of the range's start.</param>
    /// <param name="end">Offset one past its end.</param>
    /// <returns>A new list of the same tokens (their norms folded once for both), the first marked as opening a sentence.</returns>
    /// <remarks>
    /// Tokenizing the range again gives the same tokens wherever it starts at a word or a number and no token crosses its
    /// ends: the tokenizer's state after a word or a number is the same whatever came before, and what a token's end depends
    /// on beyond the range (a hyphen, an apostrophe, a group of digits) makes a token that crosses it. Otherwise the range is
    /// tokenized again.
    /// </remarks>
    public static List<Token> Slice(string text, List<Token> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var first = FirstAtOrAfter(tokens, start);
        var next = FirstAtOrAfter(tokens, end);
        if (first >= next || tokens[first].Kind == TokenKind.Punctuation || (first > 0 && tokens[first - 1].End > start) || tokens[next - 1].End > end)
        {
            return Tokenize(text, start, end);
        }

        var slice = tokens.GetRange(first, next - first);
        slice[0] = slice[0].AsSentenceStart();
        return slice;
    }

    // The index of the first token starting at or after an offset (the count when none does).
    private static int FirstAtOrAfter(List<Token> tokens, int offset)
    {
        var (lo, hi) = (0, tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The words and numbers of a text, without punctuation: what the toponym recognizer walks.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The word and number tokens in order.</returns>
    public static List<Token> Words(string text)
    {
        var all = Tokenize(text);
        all.RemoveAll(t => t.Kind == TokenKind.Punctuation);
        return all;
    }

    private static Token ReadWord(string text, int begin, int end, bool sentenceStart)
    {
        var i = begin;
        var hasLower = false;
        var ascii = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetter(c) || IsMark(c) || (ascii && char.IsAsciiDigit(c)))
            {
                hasLower |= char.IsLower(c);
                ascii &= char.IsAscii(c);
                i++;
            }
            else if (TextFolding.IsHyphen(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else if (TextFolding.IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                if (Elisions.Contains(TextFolding.FoldWord(text[begin..i])))
                {
                    i++; // the elided article keeps its apostrophe and ends here: "d'" + "Oussouriisk"
                    break;
                }

                if (text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    break; // English possessive: "Kharkiv" + "'" + "s"
                }

                i++;
            }
            else
            {
                break;
            }
        }

        var upper = char.IsUpper(text[begin]);
        return new Token(text, begin, i, TokenKind.Word)
        {
            IsCapitalized = upper,
            IsAllCaps = upper && i - begin > 1 && !hasLower,
            IsSentenceStart = sentenceStart,
        };
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsAbbreviation(Token word) =>
        (word.Length == 1 && char.IsUpper(word.Text[0])) || Abbreviations.Contains(word.Text);

    private static Token ReadNumber(string text, int begin, int end, bool sentenceStart)
    {
        var i = begin;
        var digits = new System.Text.StringBuilder();
        while (i < end && char.IsDigit(text[i]))
        {
            digits.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(text[i++])));
        }

        string? fraction = null;
        if (digits.Length <= 3)
        {
            while (i < end && IsGroupSeparator(text[i]) && IsThreeDigits(text, i + 1, end))
            {
                for (var k = i + 1; k < i + 4; k++)
                {
                    digits.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(text[k])));
                }

                i += 4;
            }
        }

        var grouped = i != begin + digits.Length;
        // U+066B is the Arabic decimal separator ("1٫5 ألف").
        if (!grouped && i + 1 < end && text[i] is ',' or '.' or '\u066B' && char.IsDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < end && char.IsDigit(text[j]))
            {
                j++;
            }

            if (j - i - 1 <= 2)
            {
                var f = new System.Text.StringBuilder(2);
                for (var k = i + 1; k < j; k++)
                {
                    f.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(text[k])));
                }

                fraction = f.ToString();
                i = j;
            }
        }

        var norm = digits.ToString();
        var value = double.Parse(fraction is null ? norm : norm + "." + fraction, CultureInfo.InvariantCulture);
        return new Token(text, begin, i, TokenKind.Number) { Norm = norm, Value = value, IsSentenceStart = sentenceStart };
    }

    // U+066C is the Arabic thousands separator ("12٬000", "١٢٬٠٠٠").
    private static bool IsGroupSeparator(char c) => TextFolding.IsDigitGroupSpace(c) || c is ',' or '.' or '\u066C';

    private static bool IsThreeDigits(string text, int at, int end) =>
        at + 3 <= end
        && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2])
        && (at + 3 == end || !char.IsDigit(text[at + 3]));
}

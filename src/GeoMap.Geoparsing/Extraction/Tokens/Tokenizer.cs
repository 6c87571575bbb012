using System.Globalization;
using System.Text;

namespace GeoMap.Geoparsing.Extraction.Tokens;

/// <summary>Splits a text into words, numbers and punctuation, keeping UTF-16 offsets.</summary>
/// <remarks>
/// Hyphenated words stay whole ("nord-coréens"); French elisions are split after the apostrophe
/// ("d'Oussouriisk" → "d'", "Oussouriisk"); digit groups separated by a space, a no-break space,
/// a narrow no-break space, a comma or a dot followed by exactly three digits form one number
/// ("1 500", "12,000"); a comma or dot followed by one or two digits is a decimal ("1,5").
/// Linear in the length of the text.
/// </remarks>
public static class Tokenizer
{
    private static readonly HashSet<string> Elisions = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    };

    /// <summary>Tokenizes <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (end < 0 || end > text.Length)
        {
            end = text.Length;
        }

        var tokens = new List<Token>();
        var i = Math.Max(0, start);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(text, i, end, tokens);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                var s = text.Substring(i, length);
                tokens.Add(new Token(s, i, TokenKind.Punctuation, TextFolding.Fold(s)));
                i += length;
            }
        }

        return tokens;
    }

    private static int ReadWord(string text, int i, int end, List<Token> tokens)
    {
        var begin = i;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                i++;
            }
            else if (TextFolding.IsHyphen(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else if (TextFolding.IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                var left = TextFolding.Fold(text[begin..i]);
                if (Elisions.Contains(left))
                {
                    AddWord(text, begin, i + 1, tokens);
                    return i + 1;
                }

                // English possessive or contraction: the apostrophe starts the next token ('s).
                AddWord(text, begin, i, tokens);
                return i;
            }
            else
            {
                break;
            }
        }

        AddWord(text, begin, i, tokens);
        return i;
    }

    private static void AddWord(string text, int begin, int end, List<Token> tokens)
    {
        var s = text[begin..end];
        tokens.Add(new Token(s, begin, TokenKind.Word, TextFolding.Fold(s)));
    }

    private static int ReadNumber(string text, int i, int end, List<Token> tokens)
    {
        var begin = i;
        var digits = new StringBuilder();
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            digits.Append(text[i++]);
        }

        string? fraction = null;
        if (digits.Length <= 3)
        {
            while (i < end && IsGroupSeparator(text[i]) && IsThreeDigits(text, i + 1, end))
            {
                digits.Append(text, i + 1, 3);
                i += 4;
            }
        }

        var grouped = i != begin + digits.Length;
        if (!grouped)
        {
            if (i + 1 < end && text[i] is ',' or '.' && char.IsAsciiDigit(text[i + 1]))
            {
                var j = i + 1;
                while (j < end && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j - i - 1 <= 2)
                {
                    fraction = text[(i + 1)..j];
                    i = j;
                }
            }
        }

        var norm = digits.ToString();
        var value = double.Parse(fraction is null ? norm : norm + "." + fraction, CultureInfo.InvariantCulture);
        tokens.Add(new Token(text[begin..i], begin, TokenKind.Number, norm) { Value = value });
        return i;
    }

    private static bool IsGroupSeparator(char c) => TextFolding.IsDigitGroupSpace(c) || c is ',' or '.';

    private static bool IsThreeDigits(string text, int at, int end) =>
        at + 3 <= end
        && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == end || !char.IsAsciiDigit(text[at + 3]));
}

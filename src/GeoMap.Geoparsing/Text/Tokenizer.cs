namespace GeoMap.Geoparsing.Text;

/// <summary>A word of a text: its UTF-16 span and a few facts about its shape.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset one past the last character.</param>
/// <param name="IsCapitalized">Whether the first letter is upper case.</param>
/// <param name="IsSentenceStart">Whether the word opens a sentence, a line or a quotation.</param>
/// <param name="IsAllCaps">Whether every letter is upper case (acronyms, shouted headings).</param>
public readonly record struct Token(int Start, int End, bool IsCapitalized, bool IsSentenceStart, bool IsAllCaps)
{
    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;
}

/// <summary>Splits text into word tokens: letters and digits, with inner hyphens and apostrophes.</summary>
/// <remarks>
/// <c>Saint-Pétersbourg</c> stays one token; <c>l'Ukraine</c> splits into <c>l</c> and <c>Ukraine</c>
/// because French elision glues articles to names; <c>Kharkiv's</c> loses its possessive.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes a text.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The tokens in order.</returns>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or '"' or '«' or '“' or ':' or '(' or '•' or ';')
                {
                    sentenceStart = !(c == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                        && !(c == '.' && tokens.Count > 0 && tokens[^1].End == i && IsAbbreviation(text, tokens[^1]));
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    i++;
                }
                else if ((d == '-' || TextFolding.IsApostrophe(d)) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    if (TextFolding.IsApostrophe(d) && IsElision(text, start, i))
                    {
                        break;
                    }

                    if (TextFolding.IsApostrophe(d) && i + 2 <= text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
                        && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                    {
                        break;
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            var upper = char.IsUpper(text[start]);
            var allCaps = upper && i - start > 1 && AllUpper(text, start, i);
            tokens.Add(new Token(start, i, upper, sentenceStart, allCaps));
            sentenceStart = false;
        }

        return tokens;
    }

    /// <summary>A title or an initial before a full stop does not end a sentence: "Dr. William Raub", "Michael J. Dillon".</summary>
    private static bool IsAbbreviation(string text, Token t)
    {
        if (t.Length == 1 && char.IsUpper(text[t.Start]))
        {
            return true;
        }

        var word = text.AsSpan(t.Start, t.Length);
        foreach (var a in Titles)
        {
            if (word.Equals(a, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Titles =
        ["Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Cpt", "Maj", "Adm", "Gov", "Sen", "Rep", "Rev", "Jr", "Sr", "Mme", "Mlle", "Pr"];

    private static bool AllUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsElision(string text, int start, int apostrophe)
    {
        // French elided articles and prepositions: l', d', j', qu', jusqu', lorsqu', puisqu'.
        var len = apostrophe - start;
        if (len == 1)
        {
            return char.ToLowerInvariant(text[start]) is 'l' or 'd' or 'j' or 'n' or 's' or 'c' or 'm' or 't';
        }

        var word = text.AsSpan(start, len);
        return word.EndsWith("qu", StringComparison.OrdinalIgnoreCase);
    }
}

using System.Globalization;
using System.Text;

namespace GeoMap.Geoparsing.Extraction.Tokens;

/// <summary>Folds words for matching: lower case, no accents, one kind of apostrophe and hyphen.</summary>
public static class TextFolding
{
    /// <summary>Returns the folded form of <paramref name="text"/> ("Coréennes" → "coreennes").</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAscii(text))
        {
            return text.ToLowerInvariant();
        }

        if (FoldLatin(text) is { } latin)
        {
            return latin;
        }

        return SlowFold(text);
    }

    // Folded forms of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), computed once with the
    // slow Unicode decomposition so that the common case avoids it: "é" → "e", "œ" → "oe", "ß" → "ß".
    private static readonly string[] LatinTable = BuildLatinTable();

    private static string[] BuildLatinTable()
    {
        var table = new string[0x17F - 0xC0 + 1];
        for (var c = 0xC0; c <= 0x17F; c++)
        {
            table[c - 0xC0] = SlowFold(((char)c).ToString());
        }

        return table;
    }

    private static string? FoldLatin(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (c <= 0x7E && c != '`')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is >= (char)0xC0 and <= (char)0x17F)
            {
                builder.Append(LatinTable[c - 0xC0]);
            }
            else if (c is '\u2019' or '\u2018' or '\u02BC' or '`')
            {
                builder.Append('\'');
            }
            else if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014')
            {
                builder.Append('-');
            }
            else
            {
                return null;
            }
        }

        return builder.ToString();
    }

    private static string SlowFold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                'œ' => 'o',
                'Œ' => 'o',
                _ => char.ToLowerInvariant(c),
            });
            if (c is 'œ' or 'Œ')
            {
                builder.Append('e');
            }
        }

        return builder.ToString();
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7E || c == '`')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for the apostrophes French elides with (l', d', qu').</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>True for the hyphens that join words (nord-coréen, quatre-vingt).</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>True for the spaces that may group digits: space, no-break space, narrow no-break space, thin space.</summary>
    public static bool IsDigitGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}

using System.Globalization;
using System.Text;

namespace GeoMap.Core.Text;

/// <summary>The one set of character rules GeoMap matches text with: how a word or a name is folded into a key.</summary>
/// <remarks>
/// <para>
/// Every comparison of words or names goes through this class: the recognizer's gazetteer keys, the
/// extractors' token norms and lexicons, and Storage's <c>region_names.folded</c> column. One
/// character rule (<see cref="FoldChar"/>) removes case and diacritics (<c>é</c> → <c>e</c>,
/// <c>ł</c> → <c>l</c>, <c>ß</c> → <c>ss</c>, <c>œ</c> → <c>oe</c>, Cyrillic <c>й</c> → <c>и</c>, Arabic
/// <c>أ</c> → <c>ا</c>, harakat dropped); Hangul syllables and other scripts without such marks are
/// kept as written. Two shapes are built on it:
/// </para>
/// <list type="bullet">
/// <item><see cref="Fold"/> and <see cref="Lower"/> make the key of a <em>name</em>: spaces, hyphens,
/// dashes, dots, underscores and slashes become one space; apostrophes and quotes disappear, so
/// <c>Côte-d'Ivoire</c> and <c>Côte d’Ivoire</c> both give <c>cote divoire</c>, and <c>N'Djamena</c> gives
/// <c>ndjamena</c> like the spelling without an apostrophe.</item>
/// <item><see cref="FoldWord"/> makes the norm of one <em>token</em>: the same characters, but one kind
/// of apostrophe (<c>'</c>) and one kind of hyphen (<c>-</c>) are kept, so an elided article (<c>d'</c>)
/// or a compound (<c>nord-coréens</c>) stays recognisable in a lexicon.</item>
/// </list>
/// <para>
/// Storage stores <see cref="Fold"/> of every region name and folds queries the same way
/// (<c>RegionRepository</c>); a change to these rules needs a migration that marks the stored keys
/// stale (see <c>0002_refold_region_names.sql</c>) so the region seeder folds them again.
/// </para>
/// </remarks>
public static class TextFolding
{
    private const char TableStart = '\u00c0';
    private const char TableEnd = '\u06ff';

    // Folded forms of U+00C0..U+06FF (Latin-1, Latin Extended, IPA, Greek, Cyrillic, Armenian, Hebrew,
    // Arabic), computed once with the Unicode decomposition so that running text avoids it.
    private static readonly string[] Table = BuildTable();

    // char.ToLowerInvariant of U+0000..U+06FF, taken from it once: outside ASCII the runtime asks ICU for every character,
    // which was an eighth of the analysis of a Cyrillic or Arabic report.
    private static readonly char[] LowerTable = BuildLowerTable();

    // Which characters Fold and Lower keep as they are (bits FoldStable and LowerStable), after the two tables it reads.
    private static readonly byte[] KeyStable = BuildKeyStable();
    private const byte FoldStable = 1;
    private const byte LowerStable = 2;

    /// <summary>The key of a name: lower case, no diacritics, separators as one space, no apostrophes.</summary>
    /// <param name="text">A name or surface form.</param>
    /// <returns>The folded key (<c>Séoul</c> → <c>seoul</c>, <c>Côte-d'Ivoire</c> → <c>cote divoire</c>).</returns>
    public static string Fold(string text) => Normalize(text, fold: true);

    /// <summary>The key of a name keeping its diacritics: lower case, separators as one space, no apostrophes.</summary>
    /// <param name="text">A name or surface form.</param>
    /// <returns>The accent-preserving key (<c>Pékin</c> → <c>pékin</c>), in Unicode form C.</returns>
    public static string Lower(string text) => Normalize(text, fold: false);

    /// <summary>The norm of one token: lower case, no diacritics, one apostrophe and one hyphen.</summary>
    /// <param name="word">A word as written ("Coréennes", "d’", "Nord‐Coréens").</param>
    /// <returns>The folded word ("coreennes", "d'", "nord-coreens").</returns>
    public static string FoldWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var plain = true;
        foreach (var c in word)
        {
            if (c > '\u007e' || c == '`' || char.IsUpper(c))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return word;
        }

        var sb = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            if (IsApostrophe(c))
            {
                sb.Append('\'');
            }
            else if (IsHyphen(c))
            {
                sb.Append('-');
            }
            else
            {
                FoldChar(LowerChar(c), sb);
            }
        }

        return sb.ToString();
    }

    /// <summary>Appends the folded form of one lower-case character: no diacritics, ligatures spelled out.</summary>
    /// <param name="c">A lower-case character.</param>
    /// <param name="sink">Receives the folded characters.</param>
    public static void FoldChar(char c, StringBuilder sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (c < TableStart)
        {
            sink.Append(c);
        }
        else if (c <= TableEnd)
        {
            sink.Append(Table[c - TableStart]);
        }
        else if (c is >= '\uac00' and <= '\ud7a3' || char.IsSurrogate(c))
        {
            // Hangul syllables decompose into jamo under form D; a Korean key keeps its syllables.
            sink.Append(c);
        }
        else
        {
            SlowFold(c, sink);
        }
    }

    /// <summary>The lower case of one character, as <see cref="char.ToLowerInvariant(char)"/> gives it.</summary>
    /// <param name="c">Any character.</param>
    /// <returns>The same as <see cref="char.ToLowerInvariant(char)"/>, from a table for the scripts GeoMap reads most.</returns>
    /// <remarks>Hangul syllables have no case and come back as they are.</remarks>
    public static char LowerChar(char c) =>
        c <= TableEnd ? LowerTable[c] : c is >= '\uac00' and <= '\ud7a3' ? c : char.ToLowerInvariant(c);

    /// <summary>Whether the text contains any character outside ASCII.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>True when a character above U+007F occurs.</returns>
    public static bool HasNonAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c > '\u007f')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a character is an apostrophe or a modifier letter used as one.</summary>
    /// <param name="c">Any character.</param>
    /// <returns>True for <c>'</c>, <c>’</c>, <c>‘</c>, <c>ʼ</c>, <c>ʻ</c>, <c>`</c> and <c>´</c>.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or 'ʻ' or '`' or '´' or '‘';

    /// <summary>Whether a character is a hyphen that joins the parts of a word ("nord-coréen", "Saint‐Denis").</summary>
    /// <param name="c">Any character.</param>
    /// <returns>True for the hyphen-minus, the hyphen and the non-breaking hyphen.</returns>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Whether a character may group digits: space, no-break space, narrow no-break space, thin space.</summary>
    /// <param name="c">Any character.</param>
    /// <returns>True for those four spaces.</returns>
    public static bool IsDigitGroupSpace(char c) => c is ' ' or '\u00a0' or '\u202f' or '\u2009';

    /// <summary>Whether a character separates the words of a name: white space, hyphens, dashes, dots, underscores, slashes.</summary>
    /// <param name="c">Any character.</param>
    /// <returns>True when <see cref="Fold"/> turns it into a space.</returns>
    public static bool IsNameSeparator(char c) =>
        char.IsWhiteSpace(c) || IsHyphen(c) || c is '\u2012' or '–' or '—' or '.' or '_' or '/';

    private static string Normalize(string text, bool fold)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsAlreadyKey(text, fold))
        {
            // Most words the readers ask about are keys already ("the", "войска", "서울"): no copy, no ICU call.
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = LowerChar(raw);
            if (IsApostrophe(c) || c is 'ʹ' or 'ʺ' or '"')
            {
                continue;
            }

            if (IsNameSeparator(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (!fold)
                {
                    sb.Append(c);
                }

                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (fold)
            {
                FoldChar(c, sb);
            }
            else
            {
                sb.Append(c);
            }
        }

        return fold || !HasNonAscii(text) ? sb.ToString() : sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // Whether Normalize would give the text back unchanged (see KeyStable), so that it can skip the copy and, for Lower,
    // the call to ICU.
    private static bool IsAlreadyKey(string text, bool fold)
    {
        var bit = fold ? FoldStable : LowerStable;
        foreach (var c in text)
        {
            if (c <= TableEnd ? (KeyStable[c] & bit) == 0 : c is < '\uac00' or > '\ud7a3')
            {
                return false;
            }
        }

        return true;
    }

    // For each character up to U+06FF, whether Normalize keeps it as it is (Hangul syllables, above, always are): lower
    // case, neither dropped (apostrophes, quotes) nor a separator nor a non-spacing mark, and for Fold its own folded form.
    // For Lower, also one at which no composition of Unicode form C can start or end, so that a text of such characters is
    // in form C already: below the combining diacritics (U+0300), Cyrillic letters without the combining marks
    // (U+0483-U+0489), Arabic letters and digits without the harakat (and U+0653-U+0655, which compose with alef). A
    // precomposed Hangul syllable composes only with a trailing jamo, which is not taken.
    private static byte[] BuildKeyStable()
    {
        var table = new byte[TableEnd + 1];
        for (var c = '\0'; c <= TableEnd; c++)
        {
            if (LowerTable[c] != c || IsApostrophe(c) || c is 'ʹ' or 'ʺ' or '"' || IsNameSeparator(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c < TableStart || (Table[c - TableStart].Length == 1 && Table[c - TableStart][0] == c))
            {
                table[c] |= FoldStable;
            }

            if (c < '\u0300' || c is (>= '\u0400' and <= '\u0482') or (>= '\u048a' and <= '\u052f')
                or (>= '\u0621' and <= '\u064a') or (>= '\u0660' and <= '\u0669') or (>= '\u0671' and <= '\u06d3'))
            {
                table[c] |= LowerStable;
            }
        }

        return table;
    }

    private static char[] BuildLowerTable()
    {
        var table = new char[TableEnd + 1];
        for (var c = '\0'; c <= TableEnd; c++)
        {
            table[c] = char.ToLowerInvariant(c);
        }

        return table;
    }

    private static string[] BuildTable()
    {
        var table = new string[TableEnd - TableStart + 1];
        var sb = new StringBuilder(4);
        for (var c = TableStart; c <= TableEnd; c++)
        {
            sb.Clear();
            SlowFold(c, sb);
            table[c - TableStart] = sb.ToString();
        }

        return table;
    }

    private static void SlowFold(char c, StringBuilder sink)
    {
        switch (c)
        {
            case 'ß': sink.Append("ss"); return;
            case 'æ': sink.Append("ae"); return;
            case 'œ': sink.Append("oe"); return;
            case 'ø': sink.Append('o'); return;
            case 'ł': sink.Append('l'); return;
            case 'đ': case 'ð': sink.Append('d'); return;
            case 'ı': sink.Append('i'); return;
            case 'þ': sink.Append("th"); return;
        }

        if (char.IsSurrogate(c))
        {
            sink.Append(c);
            return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sink.Append(d);
            }
        }
    }
}

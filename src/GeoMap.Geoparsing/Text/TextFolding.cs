using System.Globalization;
using System.Text;

namespace GeoMap.Geoparsing.Text;

/// <summary>Normalizes names and surface forms into lookup keys.</summary>
/// <remarks>
/// Two keys exist. <see cref="Lower"/> keeps accents (<c>pékin</c>), so that an accented spelling can
/// be matched to the entries that carry exactly that spelling before any folding happens;
/// <see cref="Fold"/> removes accents and punctuation (<c>pekin</c>). Both lower-case with the
/// invariant culture, turn hyphens, dots and underscores into spaces, drop apostrophes and collapse
/// runs of spaces, so <c>Saint-Pétersbourg</c> and <c>Saint Pétersbourg</c> share keys.
/// </remarks>
public static class TextFolding
{
    /// <summary>Lower-cases and normalizes separators, keeping accents.</summary>
    /// <param name="text">A name or surface form.</param>
    /// <returns>The accent-preserving key.</returns>
    public static string Lower(string text) => Normalize(text, fold: false);

    /// <summary>Lower-cases, removes accents and normalizes separators.</summary>
    /// <param name="text">A name or surface form.</param>
    /// <returns>The folded key (<c>Séoul</c> → <c>seoul</c>).</returns>
    public static string Fold(string text) => Normalize(text, fold: true);

    /// <summary>Whether the text contains any character outside ASCII.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>True when a character above U+007F occurs.</returns>
    public static bool HasNonAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes diacritics from one character, mapping ligatures and special letters.</summary>
    /// <param name="c">A lower-case character.</param>
    /// <param name="sink">Receives the folded characters.</param>
    public static void FoldChar(char c, StringBuilder sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
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

        if (c < '\u00c0')
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

    private static string Normalize(string text, bool fold)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (IsApostrophe(c) || c == 'ʹ' || c == 'ʺ' || c == '"')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '-' || c == '‐' || c == '–' || c == '—' || c == '.' || c == '_' || c == '/')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
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

    /// <summary>Whether a character is an apostrophe or a modifier letter used as one.</summary>
    /// <param name="c">Any character.</param>
    /// <returns>True for <c>'</c>, <c>’</c>, <c>ʼ</c>, <c>ʻ</c>, <c>`</c> and <c>´</c>.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or 'ʻ' or '`' or '´' or '‘';
}

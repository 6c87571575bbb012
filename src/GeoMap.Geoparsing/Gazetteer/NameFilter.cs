namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Decides which names of a source are worth indexing for matching the texts GeoMap reads.</summary>
/// <remarks>
/// Keeps names written in Latin, Cyrillic, Hangul or Arabic letters with spaces, hyphens, apostrophes and dots;
/// drops other scripts (they cannot occur in the texts GeoMap reads), names with digits, one-letter
/// names, and, unless allowed, all-capital abbreviations (GeoNames lists airport and postal codes
/// among alternate names, and <c>MAN</c> or <c>LED</c> would turn common words into places).
/// </remarks>
public static class NameFilter
{
    /// <summary>Whether a name can be indexed.</summary>
    /// <param name="name">A candidate name.</param>
    /// <param name="allowAllCaps">Whether all-capital names are accepted.</param>
    /// <returns>True when usable.</returns>
    public static bool IsUsable(string? name, bool allowAllCaps = false)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length < 2 || name.Length > 80)
        {
            return false;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!(c <= '\u024f' || c is >= '\u1e00' and <= '\u1eff' || c is >= '\u0400' and <= '\u04ff' || Text.Scripts.IsCaseless(c)))
                {
                    return false;
                }

                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (!(c is ' ' or '-' or '\'' or '’' or '.' or 'ʼ' or 'ʹ' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return false;
            }
        }

        return letters >= 2 && (allowAllCaps || upper < letters || letters > 5);
    }
}

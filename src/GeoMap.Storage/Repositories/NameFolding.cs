using System.Globalization;
using System.Text;

namespace GeoMap.Storage.Repositories;

/// <summary>Folds names for lookup: lower case, no accents, single spaces, hyphens and apostrophes as spaces.</summary>
public static class NameFolding
{
    /// <summary>"Côte-d'Ivoire" → "cote d ivoire".</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

using GeoMap.Core.Places;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Recognizes English demonyms by their shape, so that <c>Canadian</c> or <c>Russian</c> is not taken for a town of that name.</summary>
/// <remarks>
/// A word is a demonym when removing a demonym suffix (<c>-ian</c>, <c>-an</c>, <c>-ese</c>, <c>-i</c>,
/// <c>-n</c>, or nothing) leaves a stem of at least four letters that a country's or continent's
/// English name extends by at most two letters: Canad-ian/Canada, German/Germany, Chin-ese/China,
/// Asia-n/Asia, Somali/Somalia. Kazan is not one (Kazakhstan is too long for its stem).
/// </remarks>
public sealed class DemonymFilter
{
    private static readonly string[] Suffixes = ["ian", "ean", "ese", "ish", "an", "i", "n", ""];
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> prefixes = new(StringComparer.Ordinal);

    /// <summary>Builds the filter from the gazetteer's countries and continents.</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    public DemonymFilter(Gazetteer.Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        foreach (var e in gazetteer.Entries)
        {
            if (e.Kind == PlaceKind.Country || e.FeatureCode == "CONT")
            {
                var name = TextFolding.Fold(e.Name);
                if (name.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                names.Add(name);
                for (var k = 4; k <= name.Length; k++)
                {
                    var p = name[..k];
                    prefixes[p] = Math.Min(prefixes.GetValueOrDefault(p, int.MaxValue), name.Length);
                }
            }
        }
    }

    /// <summary>Whether a folded single word looks like the demonym of a country or continent.</summary>
    /// <param name="folded">A word folded by <see cref="TextFolding.Fold"/>.</param>
    /// <returns>True for <c>canadian</c>, <c>german</c>; false for <c>canada</c>, <c>kazan</c>.</returns>
    public bool IsDemonym(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (names.Contains(folded))
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (!folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = folded[..^suffix.Length];
            if (stem.Length >= 4 && prefixes.TryGetValue(stem, out var shortest) && shortest - stem.Length <= 2)
            {
                return true;
            }
        }

        return false;
    }
}

using GeoMap.Core.Places;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Recognizes English demonyms by their shape, so that <c>Canadian</c> or <c>Russian</c> is not taken for a town of that name.</summary>
/// <remarks>
/// A word is a demonym when removing a demonym suffix (<c>-ian</c>, <c>-an</c>, <c>-ese</c>, <c>-i</c>,
/// <c>-n</c>, or nothing) leaves a stem of at least four letters that a country's or continent's
/// English name extends by at most two letters (one after <c>-an</c>): Canad-ian/Canada, German/Germany, Chin-ese/China,
/// Asia-n/Asia, Somali/Somalia, Keny-an/Kenya. Kazan is not one (Kazakhstan is too long for its stem), nor Canaan.
/// </remarks>
public sealed class DemonymFilter
{
    private static readonly string[] Suffixes = ["ian", "ean", "ese", "ish", "an", "i", "n", ""];
    private readonly Dictionary<string, int> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Length, int Entry)> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> declared = new(StringComparer.Ordinal);
    private readonly Gazetteer.Gazetteer gazetteer;

    /// <summary>Builds the filter from the gazetteer's countries, continents and curated regions, and the demonyms a language declares because
    /// no suffix forms them from the country's name (English "Irish", "Cypriot", "Saudi").</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <param name="declared">Demonyms and the country (ISO 3166-1 alpha-2) each names, as <see cref="Languages.LanguageRules.Demonyms"/>
    /// lists them; forms with a wildcard are left to the movement reader; a country the gazetteer lacks is skipped.</param>
    public DemonymFilter(Gazetteer.Gazetteer gazetteer, IReadOnlyDictionary<string, string>? declared = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        foreach (var (form, code) in declared ?? new Dictionary<string, string>())
        {
            if (!form.Contains('*', StringComparison.Ordinal) && gazetteer.TryGetCountry(code, out var country))
            {
                this.declared[TextFolding.Fold(form)] = country;
            }
        }

        for (var i = 0; i < gazetteer.Count; i++)
        {
            var e = gazetteer[i];
            // The curated informal regions too: "South Ossetian" is a mention of South Ossetia.
            if (e.Kind == PlaceKind.Country || e.FeatureCode == "CONT" || (e.FeatureCode is "RGN" or Gazetteer.FeatureCodes.UnionOfStates && e.CuratedKey is not null))
            {
                var name = TextFolding.Fold(e.Name);
                names.TryAdd(name, i);
                for (var k = 4; k <= name.Length; k++)
                {
                    var p = name[..k];
                    if (!prefixes.TryGetValue(p, out var known) || name.Length < known.Length)
                    {
                        prefixes[p] = (name.Length, i);
                    }
                }
            }
        }
    }

    /// <summary>Whether a folded word looks like the demonym of a country or continent.</summary>
    /// <param name="folded">A word folded by <see cref="TextFolding.Fold"/>.</param>
    /// <returns>True for <c>canadian</c>, <c>german</c>; false for <c>canada</c>, <c>kazan</c>.</returns>
    public bool IsDemonym(string folded) => CountryOf(folded) >= 0;

    /// <summary>The country or continent a folded demonym names (singular or plural: <c>malaysian</c>, <c>russians</c>,
    /// <c>sri lankan</c>, <c>palestinian</c>), or -1; a word that is itself a place's name (<c>indiana</c>) is none.</summary>
    /// <param name="folded">A word or two folded by <see cref="TextFolding.Fold"/>.</param>
    /// <returns>The gazetteer entry index, or -1.</returns>
    public int CountryOf(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (names.ContainsKey(folded))
        {
            return -1;
        }

        var found = Singular(folded);
        if (found < 0 && folded.Length > 4 && folded[^1] == 's' && !names.ContainsKey(folded[..^1]))
        {
            found = Singular(folded[..^1]);
        }

        if (found >= 0 && !gazetteer.Folded.Find(folded).IsEmpty)
        {
            // A region or city of that very name (Indiana, Jordan's towns aside) is the place, not a demonym. So is the
            // country itself under an older or shorter name ("Surinam"), but not under its whole name with a demonym's
            // suffix, which GeoNames lists among some countries' names ("Pakistani", "Israeli").
            var suffixed = folded.Length > TextFolding.Fold(gazetteer[found].Name).Length;
            foreach (var e in gazetteer.Folded.Find(folded))
            {
                if (!(e == found && suffixed) && (gazetteer[e].Kind is PlaceKind.Region or PlaceKind.Country || gazetteer[e].IsCityOrCapital))
                {
                    return -1;
                }
            }
        }

        return found;
    }

    private int Singular(string folded)
    {
        if (declared.TryGetValue(folded, out var listed))
        {
            return listed;
        }

        if (folded.Length >= 6 && folded.EndsWith("an", StringComparison.Ordinal) && CountryNamed(folded[..^1]) is var named and >= 0)
        {
            // "-an" after a country's other name ending in "-a": American/America (the United States).
            return named;
        }


        foreach (var suffix in Suffixes)
        {
            if (!folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = folded[..^suffix.Length];
            // "-ian" may drop a final "-e" and more (Palestine, Palestinian); other suffixes add to a nearly whole name. A bare
            // "-n" follows the whole name (Kenya-n, Russia-n), and a demonym that is the name cut short drops one letter
            // of a stem of five or more (German/Germany, Somali/Somalia): "Gree-n" is no Greek, "Alan" no Ålander, "Roman" no Romanian.
            // "-an" takes the place of the name's last letter at most (Kenya, Kenyan; Morocco, Moroccan): "Canaan", a town's
            // name, is no Canadian; the few that drop more (Honduran) are declared by the language.
            var slack = suffix switch { "ian" => 3, "n" => 0, "" => 1, "an" => 1, _ => 2 };
            if (stem.Length >= (suffix.Length == 0 ? 5 : 4) && prefixes.TryGetValue(stem, out var shortest) && shortest.Length - stem.Length <= slack)
            {
                return shortest.Entry;
            }
        }

        return -1;
    }

    private int CountryNamed(string folded)
    {
        foreach (var e in gazetteer.Folded.Find(folded))
        {
            if (gazetteer[e].Kind == PlaceKind.Country)
            {
                return e;
            }
        }

        return -1;
    }
}

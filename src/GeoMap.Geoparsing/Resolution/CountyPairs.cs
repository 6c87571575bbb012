using GeoMap.Core.Places;
using GeoMap.Geoparsing.Recognition;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>The pairs of a town and a county, named by two different toponyms of a document, where the county contains
/// the town: "Paris" and "Henry County" in one article fit only as Paris, Tennessee in Henry County, Tennessee.</summary>
/// <remarks>
/// A local reader takes the pair that fits even when neither name alone says which state is meant: the county is
/// what local news is about, and a town and its county named together are seldom a coincidence. Each toponym's
/// fitting candidates share one unit of support (three Springfields lying in three Washington Counties support each
/// of them a third), so a name that fits everywhere decides nothing. Only literal mentions pair; a name never pairs
/// with a toponym spelled like it.
/// </remarks>
internal static class CountyPairs
{
    /// <summary>For each toponym and each of its candidates, its share of the fitting pairs, in [0, 1].</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <param name="candidates">The toponyms in text order.</param>
    /// <param name="lists">Each toponym's candidate entries.</param>
    /// <param name="keys">Each toponym's folded spelling: a name never pairs with itself.</param>
    /// <param name="qualifier">The region or country a toponym is qualified by in apposition ("Henry County, Virginia"), if
    /// any: only its candidates inside it may pair.</param>
    /// <returns>Shares aligned with <paramref name="lists"/>; all zero where nothing fits.</returns>
    public static double[][] Shares(Gazetteer.Gazetteer gazetteer, IReadOnlyList<ToponymCandidate> candidates, List<int[]> lists, string[] keys, Func<int, int?> qualifier)
    {
        bool Allowed(int i, int entry) => qualifier(i) is not { } q || Areas.Contains(gazetteer[q], gazetteer[entry]);

        var shares = lists.Select(l => new double[l.Length]).ToArray();
        // The counties among the candidates, each with the spellings that may mean it.
        Dictionary<(string, string, string), HashSet<string>>? counties = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Type != MentionType.Literal)
            {
                continue;
            }

            foreach (var e in lists[i])
            {
                if (gazetteer[e] is { FeatureCode: "ADM2" } c && c.Admin1Code.Length > 0 && c.Admin2Code.Length > 0 && Allowed(i, e))
                {
                    counties ??= [];
                    var key = (c.CountryCode, c.Admin1Code, c.Admin2Code);
                    if (!counties.TryGetValue(key, out var who))
                    {
                        counties[key] = who = new HashSet<string>(StringComparer.Ordinal);
                    }

                    who.Add(keys[i]);
                }
            }
        }

        if (counties is null)
        {
            return shares;
        }

        // Each town candidate that lies in a county another name may mean; the counties that hold one.
        var held = new Dictionary<(string, string, string), HashSet<string>>();
        var fits = new bool[candidates.Count][];
        for (var i = 0; i < candidates.Count; i++)
        {
            fits[i] = new bool[lists[i].Length];
            if (candidates[i].Type != MentionType.Literal)
            {
                continue;
            }

            for (var k = 0; k < lists[i].Length; k++)
            {
                var e = gazetteer[lists[i][k]];
                // A town under its own name only: "Youngstown" is not the town that bore that name before it became Mount Gilead.
                if (e.Kind != PlaceKind.PopulatedPlace || e.Admin1Code.Length == 0 || e.Admin2Code.Length == 0 || TextFolding.Fold(e.Name) != keys[i]
                    || !Allowed(i, lists[i][k]))
                {
                    continue;
                }

                var key = (e.CountryCode, e.Admin1Code, e.Admin2Code);
                if (counties.TryGetValue(key, out var who) && (who.Count > 1 || !who.Contains(keys[i])))
                {
                    fits[i][k] = true;
                    if (!held.TryGetValue(key, out var towns))
                    {
                        held[key] = towns = new HashSet<string>(StringComparer.Ordinal);
                    }

                    towns.Add(keys[i]);
                }
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Type != MentionType.Literal)
            {
                continue;
            }

            for (var k = 0; k < lists[i].Length; k++)
            {
                var e = gazetteer[lists[i][k]];
                if (e.FeatureCode == "ADM2" && Allowed(i, lists[i][k]) && held.TryGetValue((e.CountryCode, e.Admin1Code, e.Admin2Code), out var towns)
                    && (towns.Count > 1 || !towns.Contains(keys[i])))
                {
                    fits[i][k] = true;
                }
            }

            var count = fits[i].Count(f => f);
            for (var k = 0; k < lists[i].Length; k++)
            {
                shares[i][k] = fits[i][k] ? 1.0 / count : 0;
            }
        }

        return shares;
    }
}

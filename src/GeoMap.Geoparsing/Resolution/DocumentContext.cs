using GeoMap.Core.Places;
using GeoMap.Geoparsing.Recognition;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>What a document says about where it is: the countries and first-level regions it names.</summary>
/// <remarks>
/// Each toponym votes for the country of its best candidate by prior (a country name votes for
/// itself at full weight, an ambiguous town at less); votes are remembered per toponym so that a
/// toponym never counts as evidence for itself.
/// </remarks>
internal sealed class DocumentContext
{
    private readonly Dictionary<string, List<(int Toponym, double Weight)>> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> regions = new(StringComparer.Ordinal);
    private double total;

    /// <summary>Each toponym's best entry by prior alone, -1 when it has no candidates.</summary>
    public int[] BestByPrior { get; private init; } = [];

    public static DocumentContext From(Gazetteer.Gazetteer gazetteer, IReadOnlyList<ToponymCandidate> candidates, List<int[]> lists, Func<int, ToponymCandidate, double> prior)
    {
        var ctx = new DocumentContext { BestByPrior = new int[candidates.Count] };
        for (var i = 0; i < candidates.Count; i++)
        {
            ctx.BestByPrior[i] = -1;
            if (lists[i].Length == 0)
            {
                continue;
            }

            var ranked = lists[i].Select(e => (e, s: prior(e, candidates[i]))).OrderByDescending(x => x.s).ToList();
            ctx.BestByPrior[i] = ranked[0].e;
            var best = gazetteer[ranked[0].e];
            var margin = ranked.Count == 1 ? 1 : Math.Clamp((ranked[0].s - ranked[1].s) * 3, 0.1, 1);
            var weight = best.Kind == PlaceKind.Country ? 1.0 : best.Kind == PlaceKind.Region ? 0.8 : 0.6 * margin;
            if (best.CountryCode.Length > 0)
            {
                ctx.AddCountry(best.CountryCode, i, weight);
            }

            if (best.Kind == PlaceKind.Region && Areas.RegionKey(best) is { } key)
            {
                ctx.AddRegion(key, i);
            }
        }

        return ctx;
    }

    /// <summary>Share of the document's country votes for a country, without the toponym's own vote, in [0, 1].</summary>
    public double CountryWeight(string countryCode, int self)
    {
        if (countryCode.Length == 0 || !countries.TryGetValue(countryCode, out var votes))
        {
            return 0;
        }

        double mine = 0, others = 0;
        foreach (var (t, weight) in votes)
        {
            if (t == self)
            {
                mine += weight;
            }
            else
            {
                others += weight;
            }
        }

        var rest = total - mine;
        return rest <= 0 ? 0 : Math.Min(1, (others / rest) + (Math.Min(others, 3) / 6));
    }

    /// <summary>Whether another toponym of the document is this region (<c>US.IA</c>) or second-level area (<c>US.IA.173</c>).</summary>
    public bool NamesRegion(string key, int self) =>
        regions.TryGetValue(key, out var who) && who.Any(t => t != self);

    private void AddCountry(string cc, int toponym, double weight)
    {
        if (!countries.TryGetValue(cc, out var list))
        {
            countries[cc] = list = [];
        }

        list.Add((toponym, weight));
        total += weight;
    }

    private void AddRegion(string key, int toponym)
    {
        if (!regions.TryGetValue(key, out var list))
        {
            regions[key] = list = [];
        }

        list.Add(toponym);
    }
}

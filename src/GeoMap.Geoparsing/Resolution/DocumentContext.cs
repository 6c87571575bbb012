using GeoMap.Core.Places;
using GeoMap.Geoparsing.Recognition;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>What a document says about where it is: the countries and first-level regions it names.</summary>
/// <remarks>
/// Each toponym votes for the country of its best candidate by prior (a country name votes for
/// itself at full weight, an ambiguous town at less); votes are remembered per toponym so that a
/// toponym, and the other toponyms spelled like it, never count as evidence for itself: thirteen
/// "Dublin"s in an article about Dublin, Ohio are one name, not thirteen votes for Ireland.
/// <para>
/// Beside the votes, the document's <em>areas</em> (first- and second-level regions: states, counties,
/// provinces) are read from every candidate of every name, as a local reader does: "Paris" and "Henry
/// County" in one article are Paris, Tennessee and Henry County, Tennessee, the one pair that fits, although
/// neither name alone says so. A name supports each area its candidates lie in by the share of its
/// candidates there, each weighed by its prior (a softmax): a name found in one state only ("Chattanooga")
/// establishes that state, a name found in thirty ("Springfield") hardly any, and "London" supports
/// England far more than Kentucky. A state or county named as such supports itself the same way.
/// </para>
/// </remarks>
internal sealed class DocumentContext
{
    // Votes per country, and per country and pool: a toponym's share of the others' votes is one subtraction, where
    // summing the other toponyms' votes on every call made resolution quadratic in the length of a report.
    private readonly Dictionary<string, double> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Pool), double> countryPoolVotes = [];
    private readonly Dictionary<string, List<int>> regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Pool, double Weight)>> areas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> poolVotes = new(StringComparer.Ordinal);
    private string[] pools = [];
    private double total;

    /// <summary>Each toponym's best entry by prior alone, -1 when it has no candidates.</summary>
    public int[] BestByPrior { get; private init; } = [];

    /// <summary>Reads the document's countries and areas.</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <param name="candidates">The toponyms in text order.</param>
    /// <param name="lists">Each toponym's candidate entries.</param>
    /// <param name="pools">Each toponym's pool key (toponyms spelled alike share one): a pool is never evidence for itself.</param>
    /// <param name="priors">The prior score of each of each toponym's candidate entries, aligned with <paramref name="lists"/>.</param>
    /// <param name="sharpness">How sharply the prior decides what a name means when it supports an area (the inverse temperature of a softmax over its candidates).</param>
    /// <returns>The context.</returns>
    public static DocumentContext From(Gazetteer.Gazetteer gazetteer, IReadOnlyList<ToponymCandidate> candidates, List<int[]> lists, string[] pools, double[][] priors, double sharpness)
    {
        var ctx = new DocumentContext { BestByPrior = new int[candidates.Count], pools = pools };
        ctx.ReadAreas(gazetteer, candidates, lists, priors, sharpness);
        for (var i = 0; i < candidates.Count; i++)
        {
            ctx.BestByPrior[i] = -1;
            if (lists[i].Length == 0)
            {
                continue;
            }

            // The first entry of highest prior, and the highest prior of the others (a stable ranking's first two).
            var top = 0;
            for (var k = 1; k < priors[i].Length; k++)
            {
                top = priors[i][k] > priors[i][top] ? k : top;
            }

            var second = double.NegativeInfinity;
            for (var k = 0; k < priors[i].Length; k++)
            {
                second = k != top && priors[i][k] > second ? priors[i][k] : second;
            }

            ctx.BestByPrior[i] = lists[i][top];
            var best = gazetteer[lists[i][top]];
            var margin = lists[i].Length == 1 ? 1 : Math.Clamp((priors[i][top] - second) * 3, 0.1, 1);
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

        var others = Math.Max(0, votes - countryPoolVotes.GetValueOrDefault((countryCode, pools[self])));
        var rest = total - poolVotes.GetValueOrDefault(pools[self]);
        return rest <= 0 ? 0 : Math.Min(1, (others / rest) + (Math.Min(others, 3) / 6));
    }

    /// <summary>How firmly the other names of the document place it in an area (<c>US.TN</c>, <c>US.TN.079</c>), in [0, 1].</summary>
    /// <param name="key">An area key (<see cref="Areas.RegionKey"/>).</param>
    /// <param name="self">The toponym asking; names spelled like it do not count.</param>
    /// <returns>The sum of the other names' support, capped at one.</returns>
    public double AreaSupport(string key, int self)
    {
        if (!areas.TryGetValue(key, out var support))
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var (pool, weight) in support)
        {
            if (pool != pools[self])
            {
                sum += weight;
            }
        }

        return Math.Min(1, sum);
    }

    /// <summary>The share of a first-level area (<c>US.TX</c>) in the support of all first-level areas of its country, without
    /// the toponym's own pool: near one in local news about one state, small in a list of states.</summary>
    /// <param name="key">A first-level area key.</param>
    /// <param name="self">The toponym asking; names spelled like it do not count.</param>
    /// <returns>A share in [0, 1].</returns>
    public double AreaShare(string key, int self)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return 0;
        }

        double mine = 0, all = 0;
        foreach (var (area, support) in areas)
        {
            if (area.Length <= dot || area[dot] != '.' || !area.AsSpan(0, dot).SequenceEqual(key.AsSpan(0, dot)) || area.IndexOf('.', dot + 1) >= 0)
            {
                continue;
            }

            var sum = 0.0;
            foreach (var (pool, weight) in support)
            {
                sum += pool != pools[self] ? weight : 0;
            }

            all += sum;
            mine += area == key ? sum : 0;
        }

        return all <= 0 ? 0 : mine / all;
    }

    private void ReadAreas(Gazetteer.Gazetteer gazetteer, IReadOnlyList<ToponymCandidate> candidates, List<int[]> lists, double[][] priors, double sharpness)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = new Dictionary<string, double>(StringComparer.Ordinal);
        var second = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            // Demonyms and names inside longer names place nothing; a pool counts once.
            if (candidates[i].Type != MentionType.Literal || lists[i].Length == 0 || !seen.Add(pools[i]))
            {
                continue;
            }

            first.Clear();
            second.Clear();
            var top = priors[i].Max();
            var sum = 0.0;
            for (var k = 0; k < lists[i].Length; k++)
            {
                var e = lists[i][k];
                // How likely the name means this entry before any context: London is London, England far more than London, Kentucky.
                var p = Math.Exp(sharpness * (priors[i][k] - top));
                sum += p;
                var g = gazetteer[e];
                if (g.Kind is PlaceKind.Country or PlaceKind.WaterBody || g.CountryCode.Length == 0 || g.Admin1Code.Length == 0)
                {
                    continue;
                }

                var k1 = g.CountryCode + "." + g.Admin1Code;
                first[k1] = first.GetValueOrDefault(k1) + p;
                if (g.Admin2Code.Length > 0 && g.FeatureCode != "ADM1")
                {
                    var k2 = k1 + "." + g.Admin2Code;
                    second[k2] = second.GetValueOrDefault(k2) + p;
                }
            }

            foreach (var (key, p) in first)
            {
                AddArea(key, pools[i], p / sum);
            }

            foreach (var (key, p) in second)
            {
                AddArea(key, pools[i], p / sum);
            }
        }
    }

    private void AddArea(string key, string pool, double weight)
    {
        if (!areas.TryGetValue(key, out var list))
        {
            areas[key] = list = [];
        }

        list.Add((pool, weight));
    }

    /// <summary>Whether another toponym of the document is this region (<c>US.IA</c>) or second-level area (<c>US.IA.173</c>).</summary>
    public bool NamesRegion(string key, int self) =>
        regions.TryGetValue(key, out var who) && who.Any(t => t != self);

    private void AddCountry(string cc, int toponym, double weight)
    {
        countries[cc] = countries.GetValueOrDefault(cc) + weight;
        countryPoolVotes[(cc, pools[toponym])] = countryPoolVotes.GetValueOrDefault((cc, pools[toponym])) + weight;
        total += weight;
        poolVotes[pools[toponym]] = poolVotes.GetValueOrDefault(pools[toponym]) + weight;
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

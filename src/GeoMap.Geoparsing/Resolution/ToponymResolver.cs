using GeoMap.Core.Places;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Recognition;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>Chooses one gazetteer entry per toponym using population, feature class, the document's countries and regions, proximity and spatial cues.</summary>
/// <remarks>
/// Two passes. The first scores each candidate on its own (population, feature prior) plus the
/// countries and first-level regions the document names; the second adds closeness to the places
/// chosen for the other toponyms and to the anchor of an explicit <c>near</c>. Toponyms with the
/// same spelling get the same entry (one sense per discourse).
/// </remarks>
/// <param name="gazetteer">The gazetteer the candidates refer to.</param>
/// <param name="weights">Score weights; defaults when null.</param>
public sealed class ToponymResolver(Gazetteer.Gazetteer gazetteer, ResolverWeights? weights = null)
{
    private const int MaxCandidates = 60;
    private const int ProximityWindow = 40;
    private readonly ResolverWeights w = weights ?? new ResolverWeights();

    /// <summary>Resolves recognized toponyms.</summary>
    /// <param name="candidates">Toponyms in text order.</param>
    /// <returns>One result per toponym, in the same order.</returns>
    public List<ResolvedToponym> Resolve(IReadOnlyList<ToponymCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var lists = candidates.Select(c => TopByPrior(c)).ToList();
        var keys = candidates.Select(c => TextFolding.Fold(c.Surface)).ToArray();
        var context = DocumentContext.From(gazetteer, candidates, lists, Prior);

        // Pass 1: prior and document context.
        var scores = lists.Select((list, i) => list.Select(e => Prior(e, candidates[i]) + ContextScore(e, context, i)).ToArray()).ToList();
        var choice = Choose(candidates, keys, lists, scores);

        // Pass 2: closeness to the others' choices.
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var k = 0; k < lists[i].Length; k++)
            {
                scores[i][k] += ProximityScore(lists[i][k], i, candidates, keys, choice);
            }
        }

        choice = Choose(candidates, keys, lists, scores);
        var result = new List<ResolvedToponym>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            result.Add(new ResolvedToponym(candidates[i], choice[i], Confidence(candidates[i], scores[i], lists[i], choice[i])));
        }

        return result;
    }

    private int[] TopByPrior(ToponymCandidate c) =>
        c.Entries.Length <= MaxCandidates ? c.Entries : [.. c.Entries.OrderByDescending(e => Prior(e, c)).Take(MaxCandidates)];

    private double Prior(int entry, ToponymCandidate c)
    {
        var e = gazetteer[entry];
        var population = e.Population;
        if (population == 0 && (e.Kind == PlaceKind.WaterBody || e.FeatureCode is "CONT" or "RGN"))
        {
            // Seas, continents and informal regions have no population but are what a bare "Pacific" usually means.
            population = 1_000_000;
        }

        var pop = Math.Min(1, Math.Log10(population + 1) / 7);
        var s = (w.Population * pop) + (w.Prominence * FeatureCodes.Prominence(e.FeatureCode));
        if (string.Equals(e.Name, c.Surface, StringComparison.OrdinalIgnoreCase))
        {
            // The entry's own name, not one of its alternate names: Mexico the country rather than Mexico City.
            s += w.PrimaryName;
        }

        if (e.FeatureCode == "ADM1" && !c.Cue.RegionWord && HasCapitalOfSameName(c, e))
        {
            s -= w.RegionWord / 2;
        }
        if (c.Cue.RegionWord && e.Kind == PlaceKind.Region)
        {
            s += w.RegionWord;
        }

        if (c.Cue.BorderWith && e.Kind == PlaceKind.Country)
        {
            s += w.Border;
        }

        if (e.Kind is PlaceKind.MilitaryFacility or PlaceKind.Port or PlaceKind.Railhead && !IsFacilityPhrase(c.Surface))
        {
            // A bare town name means the town; the curated facility wins only when the text names it as such.
            s -= 0.3;
        }

        return s;
    }

    private bool HasCapitalOfSameName(ToponymCandidate c, GazetteerEntry region)
    {
        foreach (var other in c.Entries)
        {
            var o = gazetteer[other];
            if (o.CountryCode == region.CountryCode && o.Admin1Code == region.Admin1Code && o.FeatureCode is "PPLA" or "PPLC")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFacilityPhrase(string surface) =>
        TextFolding.Lower(surface).Split(' ').Any(SpatialCues.IsFacilityWord) || surface.Contains(' ', StringComparison.Ordinal);

    private double ContextScore(int entry, DocumentContext context, int self)
    {
        var e = gazetteer[entry];
        var s = w.Country * context.CountryWeight(e.CountryCode, self);
        if (e.Admin1Code.Length > 0 && e.Kind != PlaceKind.Region && context.NamesRegion(e.CountryCode, e.Admin1Code, self))
        {
            s += w.Admin1;
        }

        return s;
    }

    private double ProximityScore(int entry, int self, IReadOnlyList<ToponymCandidate> candidates, string[] keys, int[] choice)
    {
        var e = gazetteer[entry];
        if (e.Kind is PlaceKind.Country or PlaceKind.WaterBody || e.FeatureCode == "CONT")
        {
            return 0;
        }

        var best = 0.0;
        var selfKey = keys[self];
        // Only the neighbours within a window of the text: keeps long texts linear, and far-away paragraphs matter less.
        for (var j = Math.Max(0, self - ProximityWindow); j < candidates.Count && j <= self + ProximityWindow; j++)
        {
            if (j == self || choice[j] < 0)
            {
                continue;
            }

            var o = gazetteer[choice[j]];
            if (o.Kind is PlaceKind.Country or PlaceKind.WaterBody || o.FeatureCode == "CONT" || keys[j] == selfKey)
            {
                continue;
            }

            var d = GreatCircle.DistanceKm(e.Lat, e.Lon, o.Lat, o.Lon);
            var s = w.Proximity * Math.Exp(-d / w.ProximityScaleKm);
            if ((candidates[self].Cue.NearNext && j == self + 1) || (candidates[j].Cue.NearNext && j == self - 1))
            {
                s = w.Near * Math.Exp(-d / 150);
            }

            best = Math.Max(best, s);
        }

        return best;
    }

    private static int[] Choose(IReadOnlyList<ToponymCandidate> candidates, string[] keys, List<int[]> lists, List<double[]> scores)
    {
        // One sense per discourse: toponyms spelled alike pool their scores per entry.
        var pooled = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = keys[i] + (candidates[i].Cue.RegionWord ? "#r" : "");
            if (!pooled.TryGetValue(key, out var map))
            {
                pooled[key] = map = [];
            }

            for (var k = 0; k < lists[i].Length; k++)
            {
                map[lists[i][k]] = map.GetValueOrDefault(lists[i][k]) + scores[i][k];
            }
        }

        var choice = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var map = pooled[keys[i] + (candidates[i].Cue.RegionWord ? "#r" : "")];
            choice[i] = map.Count == 0 ? -1 : map.MaxBy(kv => (kv.Value, -kv.Key)).Key;
        }

        return choice;
    }

    private static double Confidence(ToponymCandidate c, double[] scores, int[] list, int chosen)
    {
        if (chosen < 0)
        {
            return 0;
        }

        var k = Array.IndexOf(list, chosen);
        var best = k >= 0 ? scores[k] : scores.Max();
        var second = scores.Where((_, i) => i != k).DefaultIfEmpty(0).Max();
        var margin = Math.Clamp(0.55 + (best - second), 0.3, 0.99);
        var factor = c.Match switch
        {
            NameMatchKind.Transliterated => 0.85,
            NameMatchKind.Folded => 0.97,
            _ => 1.0,
        };
        return Math.Round(margin * factor, 3);
    }
}

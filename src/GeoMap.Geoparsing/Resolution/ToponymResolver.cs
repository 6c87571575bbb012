using GeoMap.Core.Places;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Recognition;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>Chooses one gazetteer entry per toponym using population, feature class, the document's countries and regions, proximity and spatial cues.</summary>
/// <remarks>
/// Two passes. The first scores each candidate on its own (population, feature prior) plus the
/// countries and first-level regions the document names, read once from the names' priors and once more from that
/// first reading (a state named like a country places the article once it is read as the state); the second adds closeness to the places
/// chosen for the other toponyms and to the anchor of an explicit <c>near</c>. Toponyms with the
/// same spelling get the same entry (one sense per discourse), except that a toponym qualified in
/// apposition (<c>Augusta, Maine</c>) is resolved on its own: the qualifier names which one is meant.
/// Regions and countries named in the same sentence weigh more than those named elsewhere.
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
    /// <param name="text">The text the candidates come from, for sentence and apposition cues; without it only document-wide cues count.</param>
    /// <returns>One result per toponym, in the same order.</returns>
    public List<ResolvedToponym> Resolve(IReadOnlyList<ToponymCandidate> candidates, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        // Each toponym's own names, computed once per call: a cache on the shared resolver would keep every document's
        // candidates (and slow every garbage collection) for as long as the process runs.
        var own = new Dictionary<ToponymCandidate, int[]>(ReferenceEqualityComparer.Instance);
        double Prior(int entry, ToponymCandidate c) => this.Prior(entry, c, own);
        var lists = candidates.Select(c => TopByPrior(c, own)).ToList();
        // Each candidate's prior once: the document context, the ranking and the first pass all read it.
        var priors = lists.Select((list, i) => Array.ConvertAll(list, e => Prior(e, candidates[i]))).ToArray();
        var keys = candidates.Select(c => TextFolding.Fold(c.Surface)).ToArray();
        var context = DocumentContext.From(gazetteer, candidates, lists, keys, priors, w.AreaSharpness);
        var local = text is null ? null : LocalContext.From(gazetteer, candidates, context.BestByPrior, text);

        // One sense per discourse: toponyms spelled alike share a pool, except one qualified in apposition or by a region word.
        var pools = candidates.Select((c, i) => keys[i] + (local?.QualifierKey(i) ?? "") + (c.Cue.RegionWord ? "#r" : "")).ToArray();
        var areaNamed = candidates.Select(NamesAnArea).ToArray();
        var capitalNamed = candidates.Select((c, i) => areaNamed[i] && NamesAreaAfterItsCapital(c)).ToArray();
        var pairs = CountyPairs.Shares(gazetteer, candidates, lists, keys, i => local?.Qualifier(i));

        // Pass 1: prior, document context and the cues of the toponym's own sentence. A sentence cue counts for every
        // toponym spelled alike ("Parma is a city in Cuyahoga County, Ohio" decides the later bare "Parma"s too).
        var sentence = local is null ? null
            : Pool(pools, lists, (i, k) => LocalScore(lists[i][k], local, i, areaNamed[i] && !local.DescribedAsSettlement(i)), Math.Max);
        var described = local is null ? [] : Enumerable.Range(0, candidates.Count).Where(local.DescribedAsSettlement).Select(i => pools[i]).ToHashSet(StringComparer.Ordinal);
        List<double[]> FirstPass(DocumentContext ctx) => lists.Select((list, i) => list.Select((e, k) => priors[i][k] + ContextScore(e, ctx, i, areaNamed[i] && !described.Contains(pools[i]))
            + (sentence is null ? 0 : sentence[pools[i]].GetValueOrDefault(e))
            + (local is not null && local.ListedWithRegions(i) && IsStateOfThatName(e, candidates[i], keys[i]) ? w.RegionWord / 2 : 0)
            + (w.CountyPair * pairs[i][k])
            - (areaNamed[i] && !described.Contains(pools[i]) ? AreaNamePenalty(e, ctx, i, capitalNamed[i], pairs[i][k]) : 0)).ToArray()).ToList();
        var scores = FirstPass(context);

        // The document's countries and areas read again from what the first pass made of each name, not from the names alone:
        // "Georgia" beside American towns is the state, so it places "Atlanta" in Georgia as firmly as "Texas" places a
        // Texan namesake, where by its prior alone it was mostly the country and placed nothing in the United States.
        context = DocumentContext.From(gazetteer, candidates, lists, keys, [.. scores], w.AreaSharpness);
        scores = FirstPass(context);
        var choice = Choose(pools, lists, scores);

        // Pass 2: closeness to the others' choices.
        var chosenCounties = ChosenCounties(keys, choice);
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var k = 0; k < lists[i].Length; k++)
            {
                scores[i][k] += ProximityScore(lists[i][k], i, candidates, keys, choice);
                if (areaNamed[i] && !described.Contains(pools[i]) && InAChosenCounty(lists[i][k], keys[i], chosenCounties))
                {
                    scores[i][k] += AreaNamePenalty(lists[i][k], context, i, capitalNamed[i], pairs[i][k]);
                }
            }
        }

        choice = Choose(pools, lists, scores);
        var result = new List<ResolvedToponym>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            result.Add(new ResolvedToponym(candidates[i], choice[i], Confidence(candidates[i], scores[i], lists[i], choice[i])));
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].IsStreet && choice[i] < 0 && NearestTown(candidates, choice, i) is var town and >= 0)
            {
                // A street lies in the town the text names nearest to it: "on Harlow Street in Toledo", "at 412 Birch
                // St., Toledo". Less sure than the town itself.
                result[i] = new ResolvedToponym(candidates[i], choice[town], result[town].Confidence / 2);
            }
        }

        return result;
    }

    /// <summary>The toponym nearest to <paramref name="street"/> in the text (the earlier one when two are as near) that was
    /// resolved to a town, -1 when the text names none.</summary>
    private int NearestTown(IReadOnlyList<ToponymCandidate> candidates, int[] choice, int street)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var j = 0; j < candidates.Count; j++)
        {
            var c = candidates[j];
            if (j == street || c.IsStreet || choice[j] < 0 || c.Type == MentionType.Demonym || gazetteer[choice[j]].Kind != PlaceKind.PopulatedPlace)
            {
                continue;
            }

            var distance = j < street ? candidates[street].Start - c.End : c.Start - candidates[street].End;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (j, distance);
            }
        }

        return best;
    }

    /// <summary>A first-level region whose own name the toponym is: among other states, "Washington" is the state of that
    /// name; not the district around a capital of that name (the District of Columbia), which is the city's.</summary>
    private bool IsStateOfThatName(int entry, ToponymCandidate c, string folded)
    {
        var e = gazetteer[entry];
        return e.FeatureCode == "ADM1" && TextFolding.Fold(e.Name) == folded
            && !c.Entries.Any(o => gazetteer[o] is { FeatureCode: "PPLC" or "PPLA" } capital && capital.CountryCode == e.CountryCode && capital.Admin1Code == e.Admin1Code);
    }

    private int[] TopByPrior(ToponymCandidate c, Dictionary<ToponymCandidate, int[]> own)
    {
        var entries = WithoutSeatAreas(c, WithoutVillagesSpelledLikeAnAcronym(c, WithoutFormerNamesOfAreas(c)));
        return entries.Length <= MaxCandidates ? entries : [.. entries.OrderByDescending(e => Prior(e, c, own)).Take(MaxCandidates)];
    }

    /// <summary>Drops second-level areas named like their own seat ("Santiago" the Brazilian municipality beside the town of
    /// Santiago in it): a bare name means the town unless a region word says otherwise ("Santiago municipality").</summary>
    private int[] WithoutSeatAreas(ToponymCandidate c, int[] entries)
    {
        if (c.Cue.RegionWord || !entries.Any(e => gazetteer[e].FeatureCode == "ADM2"))
        {
            return entries;
        }

        var folded = TextFolding.Fold(c.Surface);
        return [.. entries.Where(i =>
        {
            var area = gazetteer[i];
            return area.FeatureCode != "ADM2" || !entries.Any(o => gazetteer[o].Kind == PlaceKind.PopulatedPlace && Areas.Contains(area, gazetteer[o])
                && TextFolding.Fold(gazetteer[o].Name) == folded);
        })];
    }

    /// <summary>An acronym of up to three capitals that abbreviates a country or a region ("US", "UK", "NSW") means that
    /// area, not a settlement whose name it spells in ordinary case (Us, a village in France; Uk in Russia).</summary>
    private int[] WithoutVillagesSpelledLikeAnAcronym(ToponymCandidate c, int[] entries)
    {
        var s = c.Surface.AsSpan().TrimEnd('.');
        if (s.Length is < 2 or > 3 || !IsAllCapitals(s) || !entries.Any(e => gazetteer[e].Kind is PlaceKind.Country or PlaceKind.Region))
        {
            return entries;
        }

        return [.. entries.Where(e => gazetteer[e].Kind != PlaceKind.PopulatedPlace || IsAllCapitals(gazetteer[e].Name))];
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            if (char.IsLetter(ch) && !char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>When the name is a country's or a first-level region's, drops small towns that bear it only as an alternate name.</summary>
    /// <remarks>Arcade, New York was once called China and Riverside, Missouri is also listed as Illinois; no text means
    /// them by those names. Towns whose own name it is (Georgia, Vermont; Mexico, Missouri), cities and capitals stay.</remarks>
    private int[] WithoutFormerNamesOfAreas(ToponymCandidate c)
    {
        if (!c.Entries.Any(e => gazetteer[e].Kind == PlaceKind.Country || gazetteer[e].FeatureCode == "ADM1"))
        {
            return c.Entries;
        }

        var surface = TextFolding.Fold(c.Surface);
        return [.. c.Entries.Where(i =>
        {
            var e = gazetteer[i];
            // A sea's other-language name ("mer Rouge") is no former name of a town: it stays beside the regions named after it.
            return e.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.WaterBody || e.IsCityOrCapital
                || TextFolding.Fold(e.Name) == surface;
        })];
    }

    private double Prior(int entry, ToponymCandidate c, Dictionary<ToponymCandidate, int[]> own)
    {
        var e = gazetteer[entry];
        var population = e.Population;
        if (population == 0 && (e.Kind == PlaceKind.WaterBody || e.FeatureCode is "CONT" or "RGN" or FeatureCodes.UnionOfStates))
        {
            // Seas, continents and informal regions have no population but are what a bare "Pacific" usually means.
            population = 1_000_000;
        }

        var prominence = FeatureCodes.Prominence(e.FeatureCode);
        if (e.FeatureCode is "PPLA" or "PPLC" && !c.Cue.RegionWord && RegionNamedAfterItsSeat(c, e) is { } region)
        {
            // "Gaza", "Lagos": a bare name shared by a region and its seat is the seat (the region yields to it, see
            // HasCapitalOfSameName), so the seat stands for both against a namesake elsewhere (Gaza, Mozambique's province).
            population = Math.Max(population, region.Population);
            prominence = Math.Max(prominence, FeatureCodes.Prominence(region.FeatureCode));
        }

        var pop = Math.Min(1, Math.Log10(population + 1) / 7);
        var s = (w.Population * pop) + (w.Prominence * prominence);
        if (string.Equals(e.Name, c.Surface, StringComparison.OrdinalIgnoreCase)
            || (c.Match != NameMatchKind.Accented && OwnNames(c, own).Contains(entry)))
        {
            // The entry's own name (or its transliteration), not one of its alternate names: Mexico the country rather
            // than Mexico City, Novorossiysk for "Novorossiisk".
            s += w.PrimaryName;
        }

        if (e.FeatureCode is "ADM1" or "ADM2" && !c.Cue.RegionWord && HasCapitalOfSameName(c, e))
        {
            s -= w.RegionWord / 2;
        }
        if (c.Cue.RegionWord && e.Kind == PlaceKind.Region)
        {
            s += w.RegionWord;
        }
        else if (e.Kind == PlaceKind.Region && c.Entries.Any(o => gazetteer[o].FeatureCode is "SEA" or "OCN" or "GULF" or "BAY" or "STRT"))
        {
            // A region named after a sea (Egypt's and Sudan's Red Sea governorates) is meant with a region word; a bare
            // "mer Rouge" or "Mar Rosso" is the sea, whatever population the region has.
            s -= w.RegionWord;
        }

        if (c.Cue.BorderWith && e.Kind == PlaceKind.Country)
        {
            s += w.Border;
        }

        if (c.Match != NameMatchKind.Accented && OwnNames(c, own) is { Length: > 0 } names && !names.Contains(entry) && e.Kind == PlaceKind.PopulatedPlace
            && e.Population < 20 * names.Max(o => Math.Max(1000, gazetteer[o].Population)) && !IsShortForm(c.Surface, e.Name))
        {
            // A name that is some place's own name means that place, not one that once bore it (Novorossiisk is
            // Novorossiysk, not Dnipro). Accented spellings are exempt (Pékin is Beijing's French name, not Pekin, Illinois),
            // and so are cities far larger than the namesake (Calcutta is Kolkata, not Calcutta, Ohio).
            s -= w.FormerName;
        }

        if (e.Kind is PlaceKind.MilitaryFacility or PlaceKind.Port or PlaceKind.Railhead && !IsFacilityPhrase(c.Surface))
        {
            // A bare town name means the town; the curated facility wins only when the text names it as such.
            s -= 0.3;
        }

        return s;
    }

    /// <summary>The first-level region among the toponym's candidates whose seat <paramref name="seat"/> is (the same country and
    /// region code): the region bears the seat's name, since both are candidates of one surface. Null when there is none.</summary>
    private GazetteerEntry? RegionNamedAfterItsSeat(ToponymCandidate c, GazetteerEntry seat)
    {
        foreach (var other in c.Entries)
        {
            var o = gazetteer[other];
            if (o.FeatureCode == "ADM1" && o.CountryCode == seat.CountryCode && o.Admin1Code == seat.Admin1Code && seat.Admin1Code.Length > 0)
            {
                return o;
            }
        }

        return null;
    }

    /// <summary>The surface is the entry's name without its qualifier: "Washington" for "Washington, D.C.". A short form is
    /// how the place is usually written, not a name it once bore.</summary>
    private static bool IsShortForm(string surface, string name)
    {
        var qualified = name.Length > surface.Length + 1 && name.StartsWith(surface, StringComparison.OrdinalIgnoreCase) && name[surface.Length] == ',';
        return qualified;
    }

    /// <summary>Mexico, New York and California, Pennsylvania are real towns, but a bare "Mexico" or "California" is the
    /// country or the state, whatever else the document is about; unless the text defines it as a town ("Mexico is a town
    /// in Oswego County") or the document lies in the town's county. Applied to the candidates of a name that <see cref="NamesAnArea"/>.</summary>
    /// <remarks>The county is what local news is about: "Jordan" beside two other towns of Scott County, Minnesota is the
    /// Scott County town, as "Palestine" beside Anderson County, Texas is its seat. A state is no such reason ("Mexico, New
    /// York and California" is a list of areas), so only the document's second-level area lifts the penalty, by as much as
    /// the other names establish it. Where the area is named after its capital (Paris, Dublin), the town's state lifts it
    /// too (<paramref name="stateLifts"/>): "Paris" beside Dallas and Northeast Texas is Paris, Texas. A county named
    /// beside the town that contains it lifts it by the town's share of such pairs (<paramref name="pair"/>, see
    /// <see cref="CountyPairs"/>).</remarks>
    private double AreaNamePenalty(int entry, DocumentContext context, int self, bool stateLifts, double pair)
    {
        var e = gazetteer[entry];
        if (e.Kind is not PlaceKind.PopulatedPlace || e.IsCityOrCapital)
        {
            return 0;
        }

        var county = e.Admin1Code.Length > 0 && e.Admin2Code.Length > 0
            ? context.AreaSupport(e.CountryCode + "." + e.Admin1Code + "." + e.Admin2Code, self) : 0;
        // Only a state the document is about: a list of a dozen states around an epidemic places no town in any of them.
        var key = e.CountryCode + "." + e.Admin1Code;
        var state = stateLifts && e.Admin1Code.Length > 0 ? context.AreaSupport(key, self) * context.AreaShare(key, self) : 0;
        return w.AreaName * (1 - Math.Max(Math.Max(county, state), pair));
    }

    /// <summary>The candidates whose own name the surface is (computed once per toponym and call).</summary>
    private int[] OwnNames(ToponymCandidate c, Dictionary<ToponymCandidate, int[]> own)
    {
        if (!own.TryGetValue(c, out var names))
        {
            var folded = TextFolding.Fold(c.Surface);
            own[c] = names = gazetteer.OwnNamesAmong(c.Entries, folded);
        }

        return names;
    }

    /// <summary>Whether another toponym was resolved to the county a town lies in: then a country's or a state's name is
    /// that town after all ("Palestine" in an article about Anderson County, Texas, even
    /// when "Anderson County" alone could be in five states).</summary>
    /// <summary>Whether another toponym (not spelled like this one) was resolved to the county the entry lies in.</summary>
    private bool InAChosenCounty(int entry, string selfKey, Dictionary<(string, string, string), HashSet<string>> chosenCounties)
    {
        var e = gazetteer[entry];
        return e.Kind == PlaceKind.PopulatedPlace && e.Admin2Code.Length > 0
            && chosenCounties.TryGetValue((e.CountryCode, e.Admin1Code, e.Admin2Code), out var choosers)
            && (choosers.Count > 1 || !choosers.Contains(selfKey));
    }

    /// <summary>
    /// The second-level areas (ADM2) toponyms were resolved to, each with the spellings that chose it: looked up per
    /// candidate, where scanning every choice made long reports quadratic.
    /// </summary>
    private Dictionary<(string, string, string), HashSet<string>> ChosenCounties(string[] keys, int[] choice)
    {
        var counties = new Dictionary<(string, string, string), HashSet<string>>();
        for (var j = 0; j < choice.Length; j++)
        {
            if (choice[j] >= 0 && gazetteer[choice[j]] is { FeatureCode: "ADM2" } o)
            {
                var county = (o.CountryCode, o.Admin1Code, o.Admin2Code);
                if (!counties.TryGetValue(county, out var choosers))
                {
                    counties[county] = choosers = new HashSet<string>(StringComparer.Ordinal);
                }

                choosers.Add(keys[j]);
            }
        }

        return counties;
    }

    /// <summary>Whether the surface is the own name of a country or a first-level region, or any name of an ocean, a sea or a continent, among the candidates.</summary>
    private bool NamesAnArea(ToponymCandidate c)
    {
        var surface = TextFolding.Fold(c.Surface);
        foreach (var i in c.Entries)
        {
            var e = gazetteer[i];
            if ((e.Kind == PlaceKind.Country || e.FeatureCode == "ADM1") && TextFolding.Fold(e.Name) == surface)
            {
                return true;
            }

            if (e.Kind == PlaceKind.WaterBody && e.FeatureCode is "OCN" or "SEA" || e.FeatureCode == "CONT")
            {
                return true; // "Atlantic" is the ocean, not Atlantic, Iowa; "Europe" the continent
            }
        }

        return false;
    }

    /// <summary>Whether every country or region of that own name is named after its capital ("Paris", "Dublin", "Rome"; not
    /// "Florida", a US state beside a Uruguayan department and its capital).</summary>
    /// <remarks>Such a bare name is the capital; a namesake town (Paris, Texas; Dublin, Ohio) is meant only where the document
    /// places it in the town's state or county, which lifts the penalty of <see cref="AreaNamePenalty"/> as a county does for
    /// other area names. A country is no such evidence: US news names Rome, Italy beside a dozen American places.</remarks>
    private bool NamesAreaAfterItsCapital(ToponymCandidate c)
    {
        var surface = TextFolding.Fold(c.Surface);
        var any = false;
        foreach (var i in c.Entries)
        {
            var e = gazetteer[i];
            if ((e.Kind == PlaceKind.Country || e.FeatureCode == "ADM1") && TextFolding.Fold(e.Name) == surface)
            {
                if (!IsNamedAfterItsCapital(c, e, surface))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>Whether a country or a region shares its own name with a capital or a regional seat of its country among the
    /// candidates ("Paris" the city and the department, "Dublin" the city and the county).</summary>
    private bool IsNamedAfterItsCapital(ToponymCandidate c, GazetteerEntry area, string surface)
    {
        foreach (var other in c.Entries)
        {
            var o = gazetteer[other];
            if (o.Kind == PlaceKind.PopulatedPlace && o.FeatureCode is "PPLC" or "PPLA" && o.CountryCode == area.CountryCode
                && TextFolding.Fold(o.Name) == surface)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a region bears the name of a capital: its own (the state of Lagos and the city) or, for a first-level
    /// region, its country's ("Washington" in news is the capital, not the state, unless the text says "Washington state").</summary>
    private bool HasCapitalOfSameName(ToponymCandidate c, GazetteerEntry region)
    {
        foreach (var other in c.Entries)
        {
            var o = gazetteer[other];
            if (region.FeatureCode == "ADM2" ? o.Kind == PlaceKind.PopulatedPlace && Areas.Contains(region, o)
                : o.CountryCode == region.CountryCode && ((o.Admin1Code == region.Admin1Code && o.FeatureCode is "PPLA") || o.FeatureCode is "PPLC"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFacilityPhrase(string surface) =>
        TextFolding.Lower(surface).Split(' ').Any(SpatialCues.IsFacilityWord) || surface.Contains(' ', StringComparison.Ordinal);

    // areaName: the name is a country's, a region's or an ocean's (and not defined as a town): the document's states and
    // counties may decide which region it is (Georgia the state beside Atlanta), never turn it into a town (Macedonia, Ohio).
    private double ContextScore(int entry, DocumentContext context, int self, bool areaName)
    {
        var e = gazetteer[entry];
        var s = w.Country * context.CountryWeight(e.CountryCode, self);
        if (e.Admin1Code.Length > 0 && e.FeatureCode != "ADM1" && context.NamesRegion(e.CountryCode + "." + e.Admin1Code, self))
        {
            s += w.Admin1;
        }

        if (e.Admin2Code.Length > 0 && e.FeatureCode != "ADM2" && context.NamesRegion(e.CountryCode + "." + e.Admin1Code + "." + e.Admin2Code, self))
        {
            s += w.Admin2;
        }

        if (e.Kind != PlaceKind.Country && e.Admin1Code.Length > 0)
        {
            // The states and counties the document's other names lie in (Paris beside Henry County is Paris, Tennessee).
            // A country's or a state's name turns into a town only by its county (Palestine beside Anderson County is
            // Palestine, Texas); a state is no reason ("Mexico, New York and California" is a list of areas).
            s += !areaName || e.Kind == PlaceKind.Region ? w.DocumentAdmin1 * context.AreaSupport(e.CountryCode + "." + e.Admin1Code, self) : 0;
            if (e.Admin2Code.Length > 0 && e.FeatureCode != "ADM1")
            {
                s += w.DocumentAdmin2 * context.AreaSupport(e.CountryCode + "." + e.Admin1Code + "." + e.Admin2Code, self);
            }
        }

        return s;
    }

    /// <summary>Combines a per-toponym score of each entry over the toponyms of one pool (starting from 0).</summary>
    /// <param name="pools">Each toponym's pool key.</param>
    /// <param name="lists">Each toponym's candidate entries.</param>
    /// <param name="score">The score for toponym i of its k-th candidate entry.</param>
    /// <param name="combine">How scores of the same entry in one pool combine: sum, max.</param>
    /// <returns>Per pool, per entry, the combined score.</returns>
    private static Dictionary<string, Dictionary<int, double>> Pool(string[] pools, List<int[]> lists, Func<int, int, double> score, Func<double, double, double> combine)
    {
        // Sized up front: a common name brings hundreds of candidates, and growing the maps was a tenth of the GC's work.
        var pooled = new Dictionary<string, Dictionary<int, double>>(pools.Length, StringComparer.Ordinal);
        for (var i = 0; i < pools.Length; i++)
        {
            if (!pooled.TryGetValue(pools[i], out var map))
            {
                pooled[pools[i]] = map = new Dictionary<int, double>(lists[i].Length);
            }

            for (var k = 0; k < lists[i].Length; k++)
            {
                map[lists[i][k]] = combine(map.GetValueOrDefault(lists[i][k]), score(i, k));
            }
        }

        return pooled;
    }

    // areaName: the name is a country's, a region's or an ocean's (and not defined as a town); it does not turn into a
    // town because a state is named beside it.
    private double LocalScore(int entry, LocalContext local, int self, bool areaName)
    {
        var e = gazetteer[entry];
        if (e.Kind == PlaceKind.Country)
        {
            return 0;
        }

        var s = 0.0;
        foreach (var p in local.Positions(self))
        {
            // A position written beside the name: the candidate nearest to it is meant.
            s = Math.Max(s, w.WrittenPosition * Math.Exp(-GreatCircle.DistanceKm(e.Lat, e.Lon, p.Lat, p.Lon) / 150));
        }

        if (local.Qualifier(self) is { } q && Areas.Contains(gazetteer[q], e))
        {
            s += w.Apposition;
        }

        foreach (var r in areaName ? [] : local.SentenceAreas(self))
        {
            var area = gazetteer[r];
            if (area.Kind == PlaceKind.Region && Areas.Contains(area, e))
            {
                return s + w.SentenceRegion;
            }

            if (area.Kind == PlaceKind.Country && Areas.Contains(area, e))
            {
                s = Math.Max(s, w.SentenceCountry);
            }
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

    private static int[] Choose(string[] pools, List<int[]> lists, List<double[]> scores)
    {
        // One sense per discourse: toponyms in one pool add their scores per entry and take the best.
        var pooled = Pool(pools, lists, (i, k) => scores[i][k], (a, b) => a + b);
        var choice = new int[pools.Length];
        for (var i = 0; i < pools.Length; i++)
        {
            var map = pooled[pools[i]];
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
        var best = k >= 0 ? scores[k] : scores.DefaultIfEmpty(0).Max();
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

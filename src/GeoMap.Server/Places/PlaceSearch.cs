using System.Globalization;
using GeoMap.Core.Places;
using GeoMap.Core.Queries;
using GeoMap.Core.Text;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Places;

/// <summary>One answer of a place search: the place, its stored row id when a movement already uses it, its region's name.</summary>
/// <param name="Place">The place (a gazetteer entry or a stored place).</param>
/// <param name="StoredId">The <c>places</c> row id, or null for a gazetteer place no movement uses yet.</param>
/// <param name="CountryName">The country's name, when known.</param>
/// <param name="RegionName">The first-level region's name (the oblast, krai, state), when known: it tells namesakes apart.</param>
public sealed record PlaceHit(Place Place, long? StoredId, string? CountryName, string? RegionName);

/// <summary>
/// Finds places for an analyst choosing one: the whole gazetteer (names in every language it holds, whole or begun)
/// and the places stored in the database (curated or added by hand), namesakes told apart by country and region.
/// Also turns a place key (<c>gn:698740</c>, <c>cur:base:ussuriysk</c>) back into the place.
/// </summary>
/// <remarks>
/// A name typed whole is looked up as the geoparser does (any language, accents and transliterations:
/// <c>Запоріжжя</c>, <c>Zaporojie</c>); a beginning (<c>Zapor</c>) is matched against the entries' own names, kept
/// in one sorted array built on the first search. Own names typed whole come first, then countries and regions, then
/// the most populous.
/// </remarks>
public sealed class PlaceSearch(Func<Gazetteer> gazetteerSource, PlaceRepository stored)
{
    private readonly Lazy<Gazetteer> gazetteer = new(gazetteerSource);
    private readonly Lazy<Index> index = new(() => Index.Build(gazetteerSource()));

    /// <summary>Most candidates a name beginning collects before ranking (a two-letter beginning matches thousands).</summary>
    private const int MaxPrefixCandidates = 5_000;

    /// <summary>Places matching <paramref name="text"/>, best first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<PlaceHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var g = gazetteer.Value;
        var ix = index.Value;
        var folded = TextFolding.Fold(text);
        // A place's own name typed whole is the best answer; then its other names (any language) and names that begin
        // with the text, countries and regions first, then by population (a village whose alternate name is "Zapor" must
        // not come before Zaporizhzhia); a transliteration skeleton is the weakest (a beginning meets unrelated names
        // that way).
        var (looked, how) = g.Lookup(text);
        var exact = how == NameMatchKind.Transliterated ? [] : new HashSet<int>(looked);
        var begun = folded.Length > 0 ? ix.WithPrefix(folded).Take(MaxPrefixCandidates).ToHashSet() : [];
        var candidates = new HashSet<int>(looked);
        candidates.UnionWith(begun);

        var ranked = candidates
            .Select(i => (Index: i, Entry: g[i], Tier: ix.FoldedName(i) == folded ? 2 : exact.Contains(i) || begun.Contains(i) ? 1 : 0))
            .OrderByDescending(c => c.Tier)
            .ThenByDescending(c => KindRank(c.Entry.Kind))
            .ThenByDescending(c => c.Entry.Population)
            .ThenBy(c => c.Entry.Name, StringComparer.Ordinal)
            .ThenBy(c => c.Index)
            .Take(limit)
            .Select(c => c.Entry.ToPlace())
            .ToList();

        // Stored places: those the gazetteer also has get their row id; the others (added by hand, curated) join the list.
        var storedHits = await stored.SearchAsync(text, limit, cancellationToken).ConfigureAwait(false);
        var storedByKey = storedHits.GroupBy(s => s.Place.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.First().Id, StringComparer.Ordinal);
        var storedIds = await stored.IdsByKeyAsync(ranked.Select(p => p.Key).ToList(), cancellationToken).ConfigureAwait(false);
        var hits = ranked.Select(p => Hit(p, storedIds.TryGetValue(p.Key, out var id) || storedByKey.TryGetValue(p.Key, out id) ? id : null)).ToList();
        var listed = hits.Select(h => h.Place.Key).ToHashSet(StringComparer.Ordinal);
        hits.AddRange(storedHits.Where(s => listed.Add(s.Place.Key)).Select(s => Hit(s.Place, s.Id)));
        return hits.Take(limit).ToList();
    }

    /// <summary>The place a key names: a gazetteer entry, else a stored place (one added by hand); null when neither has it.</summary>
    /// <exception cref="InvalidQueryException">The key is not of the form <c>gn:N</c> or <c>cur:KEY</c>.</exception>
    public async Task<Place?> ResolveAsync(string key, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var g = gazetteer.Value;
        if (key.StartsWith("gn:", StringComparison.Ordinal) && long.TryParse(key.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var geonameId))
        {
            if (g.TryGetByGeonameId(geonameId, out var i))
            {
                return g[i].ToPlace();
            }
        }
        else if (key.StartsWith("cur:", StringComparison.Ordinal) && key.Length > 4)
        {
            if (g.TryGetByCuratedKey(key[4..], out var i))
            {
                return g[i].ToPlace();
            }
        }
        else
        {
            throw new InvalidQueryException(field, $"{field}.key '{Http.QueryValues.Clip(key)}' is no place key; keys look like gn:2014006 or cur:base:ussuriysk (GET /api/places?q= lists them).");
        }

        return await stored.GetByKeyAsync(key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the gazetteer knows a country by this ISO 3166-1 alpha-2 code (upper case).</summary>
    public bool IsCountry(string code) => gazetteer.Value.TryGetCountry(code, out _);

    private PlaceHit Hit(Place place, long? storedId)
    {
        var ix = index.Value;
        var country = place.CountryCode is { } cc && ix.Countries.TryGetValue(cc, out var countryName) ? countryName : null;
        var region = place.Kind is PlaceKind.Country or PlaceKind.Region || place.CountryCode is null || place.Admin1Code is null
            ? null
            : ix.Regions.GetValueOrDefault((place.CountryCode, place.Admin1Code));
        return new PlaceHit(place, storedId, country, region);
    }

    // Countries and regions first: typing "Kharkiv" an analyst means the city or the oblast, not a hamlet of the name.
    private static int KindRank(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 3,
        PlaceKind.Region => 2,
        PlaceKind.PopulatedPlace => 0,
        _ => 1,
    };

    /// <summary>The entries' own names folded and sorted, for beginnings; countries' and regions' names by code.</summary>
    private sealed class Index
    {
        private readonly string[] names;
        private readonly int[] entries;
        private readonly string?[] foldedByEntry;

        private Index(string[] names, int[] entries, string?[] foldedByEntry, Dictionary<string, string> countries, Dictionary<(string, string), string> regions)
        {
            this.names = names;
            this.entries = entries;
            this.foldedByEntry = foldedByEntry;
            Countries = countries;
            Regions = regions;
        }

        public Dictionary<string, string> Countries { get; }

        public Dictionary<(string Country, string Admin1), string> Regions { get; }

        public string? FoldedName(int entry) => foldedByEntry[entry];

        public static Index Build(Gazetteer g)
        {
            var folded = new string?[g.Count];
            var countries = new Dictionary<string, string>(StringComparer.Ordinal);
            var regions = new Dictionary<(string, string), string>();
            for (var i = 0; i < g.Count; i++)
            {
                var e = g[i];
                folded[i] = TextFolding.Fold(e.Name);
                if (e.Kind == PlaceKind.Country && e.CountryCode.Length == 2)
                {
                    countries.TryAdd(e.CountryCode, e.Name);
                }
                else if (e.FeatureCode == "ADM1" && e.CountryCode.Length > 0 && e.Admin1Code.Length > 0)
                {
                    regions.TryAdd((e.CountryCode, e.Admin1Code), e.Name);
                }
            }

            var order = Enumerable.Range(0, g.Count).Where(i => folded[i]!.Length > 0).ToArray();
            var keys = order.Select(i => folded[i]!).ToArray();
            Array.Sort(keys, order, StringComparer.Ordinal);
            return new Index(keys, order, folded, countries, regions);
        }

        public IEnumerable<int> WithPrefix(string prefix)
        {
            var lo = 0;
            var hi = names.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (string.CompareOrdinal(names[mid], prefix) < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var i = lo; i < names.Length && names[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            {
                yield return entries[i];
            }
        }
    }
}

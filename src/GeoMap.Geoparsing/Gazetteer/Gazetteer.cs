using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>How a surface form met a gazetteer name.</summary>
public enum NameMatchKind
{
    /// <summary>No name matched.</summary>
    None,

    /// <summary>Same letters and accents, case aside (<c>Pékin</c> → Beijing's French name).</summary>
    Accented,

    /// <summary>Same letters once accents are removed (<c>Seoul</c> for <c>Séoul</c>).</summary>
    Folded,

    /// <summary>Same transliteration skeleton (<c>Oussouriisk</c> → Ussuriysk).</summary>
    Transliterated,
}

/// <summary>The compiled gazetteer: entries and their name indexes.</summary>
/// <remarks>
/// Load it once per process with <see cref="GazetteerLoader.Load"/> (it is immutable and thread-safe)
/// and share it. Lookups try the accented key first, so that an accented spelling that some entry
/// carries verbatim is never folded onto an unrelated ASCII homonym (Pékin is Beijing, not Pekin,
/// Illinois); then the folded key; then, for Cyrillic and Korean countries only, the
/// transliteration skeleton.
/// </remarks>
public sealed class Gazetteer
{
    private readonly GazetteerEntry[] entries;
    private readonly HashSet<string> prefixes;
    private readonly string?[] foldedNames;
    private readonly string?[] nameSkeletons;
    private Dictionary<long, int>? byGeonameId;
    private Dictionary<string, int>? byCuratedKey;

    /// <summary>Creates a gazetteer from compiled parts; use <see cref="GazetteerBuilder"/> or <see cref="GazetteerLoader"/>.</summary>
    /// <param name="entries">All entries.</param>
    /// <param name="accented">Index by <see cref="TextFolding.Lower"/> keys that contain non-ASCII letters.</param>
    /// <param name="folded">Index by <see cref="TextFolding.Fold"/> keys.</param>
    /// <param name="skeleton">Index by <see cref="Transliteration.Skeleton"/> keys.</param>
    /// <param name="prefixes">Folded word prefixes of multi-word names (<c>coree du</c> for <c>coree du nord</c>).</param>
    /// <param name="abbreviations">Abbreviations a curated source or a country list gives as names (<c>USA</c>, <c>NSW</c>), exact case.</param>
    internal Gazetteer(GazetteerEntry[] entries, NameIndex accented, NameIndex folded, NameIndex skeleton, HashSet<string> prefixes, HashSet<string> abbreviations)
    {
        Abbreviations = abbreviations;
        this.entries = entries;
        // Filled on first use: an entry's folded own name and its skeleton never change, and recognizing one document
        // asks for them many times. Concurrent writers store equal strings.
        foldedNames = new string?[entries.Length];
        nameSkeletons = new string?[entries.Length];
        Accented = accented;
        Folded = folded;
        Skeleton = skeleton;
        this.prefixes = prefixes;
    }

    /// <summary>All-capital names that trusted sources (country lists, curated files) give, exact case: <c>NSW</c> is a place, <c>WHO</c> is not.</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>All entries; indices are the ids the name indexes return.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => entries;

    /// <summary>Number of entries.</summary>
    public int Count => entries.Length;

    /// <summary>The entry at an index.</summary>
    /// <param name="index">Entry index from a lookup.</param>
    public GazetteerEntry this[int index] => entries[index];

    /// <summary>Index by accented lower-case key.</summary>
    public NameIndex Accented { get; }

    /// <summary>Index by folded key.</summary>
    public NameIndex Folded { get; }

    /// <summary>Index by transliteration skeleton.</summary>
    public NameIndex Skeleton { get; }

    /// <summary>Folded word prefixes of multi-word names.</summary>
    internal IReadOnlyCollection<string> Prefixes => prefixes;

    /// <summary>Whether some multi-word name starts with these folded words.</summary>
    /// <param name="foldedPrefix">Folded words separated by single spaces.</param>
    /// <returns>True when extending the phrase may still reach a name.</returns>
    public bool IsPrefix(string foldedPrefix) => prefixes.Contains(foldedPrefix);

    /// <summary>Looks a surface form up, strictest match first.</summary>
    /// <param name="surface">The text as written.</param>
    /// <param name="allowTransliteration">Whether to fall back to the transliteration skeleton.</param>
    /// <returns>Matching entry indices and how they matched.</returns>
    public (int[] Entries, NameMatchKind Kind) Lookup(string surface, bool allowTransliteration = true)
    {
        ArgumentNullException.ThrowIfNull(surface);
        if (TextFolding.HasNonAscii(surface))
        {
            var accented = Accented.Find(TextFolding.Lower(surface));
            if (!accented.IsEmpty)
            {
                return (accented.ToArray(), NameMatchKind.Accented);
            }
        }

        var folded = TextFolding.Fold(surface);
        var hits = Folded.Find(folded).ToArray();
        if (hits.Length > 0)
        {
            if (allowTransliteration && folded.Length >= 5 && !HasOwnName(hits, folded))
            {
                // "Novorossiisk" is an old name of Dnipro, and Novorossiysk's own name transliterated: offer both.
                var own = OwnNameTransliterations(folded).Where(e => !hits.Contains(e)).Distinct().ToArray();
                if (own.Length > 0)
                {
                    return ([.. hits, .. own], NameMatchKind.Folded);
                }
            }

            return (hits, NameMatchKind.Folded);
        }

        if (allowTransliteration && folded.Length >= 5)
        {
            foreach (var key in Transliteration.Skeletons(folded))
            {
                var sk = Skeleton.Find(key);
                if (!sk.IsEmpty)
                {
                    return (sk.ToArray(), NameMatchKind.Transliterated);
                }
            }
        }

        return ([], NameMatchKind.None);
    }

    /// <summary>Whether an entry's own name (not one of its alternate names) is this folded surface, directly or as a transliteration.</summary>
    /// <param name="entry">Entry index.</param>
    /// <param name="foldedSurface">The surface, folded.</param>
    /// <returns>True for Novorossiysk and "Novorossiisk", false for Dnipro and "Novorossiisk".</returns>
    public bool IsOwnName(int entry, string foldedSurface)
    {
        ArgumentNullException.ThrowIfNull(foldedSurface);
        return IsOwnName(entry, foldedSurface, null);
    }

    /// <summary><see cref="IsOwnName(int, string)"/> with the surface's skeletons computed once by the caller (or null to compute them when needed).</summary>
    private bool IsOwnName(int entry, string foldedSurface, string[]? surfaceSkeletons)
    {
        var own = foldedNames[entry] ??= TextFolding.Fold(entries[entry].Name);
        if (own == foldedSurface)
        {
            return true;
        }

        if (foldedSurface.Length < 5)
        {
            return false;
        }

        var skeleton = nameSkeletons[entry] ??= Transliteration.Skeleton(own);
        foreach (var key in surfaceSkeletons ?? Transliteration.Skeletons(foldedSurface))
        {
            if (key == skeleton)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entries among <paramref name="candidates"/> whose own name is <paramref name="foldedSurface"/> (see <see cref="IsOwnName(int, string)"/>), in order.</summary>
    internal int[] OwnNamesAmong(int[] candidates, string foldedSurface)
    {
        string[]? skeletons = null;
        var own = new List<int>();
        foreach (var e in candidates)
        {
            if (IsOwnName(e, foldedSurface, skeletons))
            {
                own.Add(e);
            }

            skeletons ??= foldedSurface.Length < 5 ? null : [.. Transliteration.Skeletons(foldedSurface)];
        }

        return [.. own];
    }

    private bool HasOwnName(int[] hits, string folded)
    {
        string[]? skeletons = null;
        foreach (var e in hits)
        {
            if (IsOwnName(e, folded, skeletons))
            {
                return true;
            }

            skeletons ??= folded.Length < 5 ? null : [.. Transliteration.Skeletons(folded)];
        }

        return false;
    }

    private IEnumerable<int> OwnNameTransliterations(string folded)
    {
        string[] skeletons = [.. Transliteration.Skeletons(folded)];
        foreach (var key in skeletons)
        {
            foreach (var e in Skeleton.Find(key).ToArray())
            {
                if (IsOwnName(e, folded, skeletons))
                {
                    yield return e;
                }
            }
        }
    }

    /// <summary>Finds the entry with a GeoNames id.</summary>
    /// <param name="geonameId">GeoNames identifier.</param>
    /// <param name="index">Entry index when found.</param>
    /// <returns>True when the gazetteer holds the id.</returns>
    public bool TryGetByGeonameId(long geonameId, out int index)
    {
        byGeonameId ??= BuildIdMap();
        return byGeonameId.TryGetValue(geonameId, out index);
    }

    /// <summary>Finds a curated entry by key.</summary>
    /// <param name="curatedKey">Key such as <c>base:ussuriysk</c>.</param>
    /// <param name="index">Entry index when found.</param>
    /// <returns>True when the gazetteer holds the key.</returns>
    public bool TryGetByCuratedKey(string curatedKey, out int index)
    {
        byCuratedKey ??= entries.Select((e, i) => (e, i)).Where(x => x.e.CuratedKey is not null)
            .GroupBy(x => x.e.CuratedKey!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return byCuratedKey.TryGetValue(curatedKey, out index);
    }

    /// <summary>The country entry for an ISO 3166-1 alpha-2 code.</summary>
    /// <param name="countryCode">Upper-case alpha-2 code.</param>
    /// <param name="index">Entry index when found.</param>
    /// <returns>True when the country is known.</returns>
    public bool TryGetCountry(string countryCode, out int index) => TryGetByCuratedKey("country:" + countryCode, out index);

    private Dictionary<long, int> BuildIdMap()
    {
        var map = new Dictionary<long, int>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].GeonameId != 0)
            {
                map.TryAdd(entries[i].GeonameId, i);
            }
        }

        return map;
    }
}

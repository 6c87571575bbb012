namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>A read-only map from a normalized name key to the entries that carry it.</summary>
/// <remarks>
/// Postings of all keys share one array, so a gazetteer with a million names costs one dictionary
/// and one int array rather than a million small arrays; this is what keeps the cache load fast.
/// </remarks>
public sealed class NameIndex
{
    private readonly Dictionary<string, (int Offset, int Count)> map;
    private readonly int[] postings;

    /// <summary>Creates an index from keys and their entry lists.</summary>
    /// <param name="map">Key to (offset, count) in <paramref name="postings"/>.</param>
    /// <param name="postings">Entry indices, grouped by key.</param>
    internal NameIndex(Dictionary<string, (int Offset, int Count)> map, int[] postings)
    {
        this.map = map;
        this.postings = postings;
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count => map.Count;

    /// <summary>The entries whose name has this key; empty when none.</summary>
    /// <param name="key">A key normalized the same way the index was built.</param>
    /// <returns>Entry indices into the gazetteer.</returns>
    public ReadOnlySpan<int> Find(string key) =>
        map.TryGetValue(key, out var p) ? postings.AsSpan(p.Offset, p.Count) : ReadOnlySpan<int>.Empty;

    /// <summary>Whether any entry has this key.</summary>
    /// <param name="key">A normalized key.</param>
    /// <returns>True when the key is indexed.</returns>
    public bool Contains(string key) => map.ContainsKey(key);

    /// <summary>Keys with their postings, for serialization.</summary>
    internal IEnumerable<KeyValuePair<string, (int Offset, int Count)>> Pairs => map;

    /// <summary>The shared postings array, for serialization.</summary>
    internal int[] Postings => postings;

    /// <summary>Builds an index from mutable key lists.</summary>
    /// <param name="source">Key to entry indices, each list without repeats (the builder adds entries in increasing order, each once per key).</param>
    /// <returns>A compact index.</returns>
    internal static NameIndex From(Dictionary<string, List<int>> source)
    {
        var total = 0;
        foreach (var list in source.Values)
        {
            total += list.Count;
        }

        var pool = new List<int>(total);
        var map = new Dictionary<string, (int, int)>(source.Count, StringComparer.Ordinal);
        foreach (var (key, list) in source)
        {
            map[key] = (pool.Count, list.Count);
            pool.AddRange(list);
        }

        return new NameIndex(map, [.. pool]);
    }
}

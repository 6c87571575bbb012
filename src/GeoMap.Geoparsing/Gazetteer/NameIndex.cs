namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>A read-only map from a normalized name key to the entries that carry it.</summary>
/// <remarks>
/// Keys live in one <see cref="KeyTable"/> and the postings of all keys in one int array, in the table's order, so a
/// gazetteer with a million names costs a few arrays rather than a million strings and small arrays; the cache file
/// holds those arrays as they are, which is what keeps its load fast.
/// </remarks>
public sealed class NameIndex
{
    private readonly KeyTable keys;
    private readonly int[] starts;
    private readonly int[] postings;

    private NameIndex(KeyTable keys, int[] starts, int[] postings)
    {
        this.keys = keys;
        this.starts = starts;
        this.postings = postings;
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count => keys.Count;

    /// <summary>The entries whose name has this key; empty when none.</summary>
    /// <param name="key">A key normalized the same way the index was built.</param>
    /// <returns>Entry indices into the gazetteer.</returns>
    public ReadOnlySpan<int> Find(string key)
    {
        var k = keys.Find(key);
        return k < 0 ? ReadOnlySpan<int>.Empty : postings.AsSpan(starts[k], starts[k + 1] - starts[k]);
    }

    /// <summary>Whether any entry has this key.</summary>
    /// <param name="key">A normalized key.</param>
    /// <returns>True when the key is indexed.</returns>
    public bool Contains(string key) => keys.Find(key) >= 0;

    /// <summary>Builds an index from mutable key lists.</summary>
    /// <param name="source">Key to entry indices, each list without repeats (the builder adds entries in increasing order, each once per key).</param>
    /// <returns>A compact index.</returns>
    internal static NameIndex From(Dictionary<string, List<int>> source)
    {
        var names = source.Keys.ToList();
        var table = KeyTable.Build(names, out var order);
        var starts = new int[order.Length + 1];
        for (var k = 0; k < order.Length; k++)
        {
            starts[k + 1] = starts[k] + source[names[order[k]]].Count;
        }

        var postings = new int[starts[^1]];
        for (var k = 0; k < order.Length; k++)
        {
            source[names[order[k]]].CopyTo(postings, starts[k]);
        }

        return new NameIndex(table, starts, postings);
    }

    /// <summary>Writes the index as <see cref="Read"/> reads it.</summary>
    /// <param name="w">The writer.</param>
    internal void Write(BinaryWriter w)
    {
        keys.Write(w);
        KeyTable.WriteInts(w, starts);
        KeyTable.WriteInts(w, postings);
    }

    /// <summary>Reads an index that <see cref="Write"/> wrote.</summary>
    /// <param name="readInts">Reads a length-prefixed array of 32-bit integers.</param>
    /// <param name="readBytes">Reads a length-prefixed array of bytes.</param>
    /// <returns>The index.</returns>
    /// <exception cref="InvalidDataException">The arrays do not describe an index.</exception>
    internal static NameIndex Read(Func<int[]> readInts, Func<byte[]> readBytes)
    {
        var keys = KeyTable.Read(readInts, readBytes);
        var starts = readInts();
        var postings = readInts();
        if (starts.Length != keys.Count + 1 || starts[0] != 0 || starts[^1] != postings.Length)
        {
            throw new InvalidDataException("damaged gazetteer cache");
        }

        return new NameIndex(keys, starts, postings);
    }
}

using System.Runtime.InteropServices;
using System.Text;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>A read-only set of strings kept as UTF-8 in one byte array, each with a number (its place in the table).</summary>
/// <remarks>
/// <para>The keys are hashed into buckets once, when the table is built, with a hash of our own that does not change
/// from one process to the next, so the cache file stores the table as it is used: loading it is a few array copies,
/// with no string to decode and no hash to compute. A dictionary of a million strings cost most of the cache load
/// (decoding, inserting, and the garbage collector moving the strings), and twice the memory.</para>
/// <para>A look-up encodes the asked key to UTF-8 and compares bytes, so a string that is not valid UTF-16 (a lone
/// surrogate) is compared as the replacement character, as the cache file always stored it.</para>
/// </remarks>
internal sealed class KeyTable
{
    private readonly int[] buckets;
    private readonly int[] starts;
    private readonly byte[] bytes;
    private readonly int shift;

    private KeyTable(int[] buckets, int[] starts, byte[] bytes)
    {
        this.buckets = buckets;
        this.starts = starts;
        this.bytes = bytes;
        shift = 32 - System.Numerics.BitOperations.Log2((uint)(buckets.Length - 1));
    }

    /// <summary>Number of keys.</summary>
    public int Count => starts.Length - 1;

    /// <summary>Builds a table of distinct keys.</summary>
    /// <param name="keys">The keys, without repeats.</param>
    /// <param name="order">For each number of the table, the position of its key in <paramref name="keys"/>.</param>
    /// <returns>The table.</returns>
    public static KeyTable Build(IReadOnlyList<string> keys, out int[] order)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var bits = Math.Max(1, System.Numerics.BitOperations.Log2((uint)Math.Max(1, keys.Count) - 1) + 1);
        var size = 1 << bits;
        var encoded = new byte[keys.Count][];
        var bucketOf = new int[keys.Count];
        var counts = new int[size + 1];
        for (var i = 0; i < keys.Count; i++)
        {
            encoded[i] = Encoding.UTF8.GetBytes(keys[i]);
            bucketOf[i] = Bucket(encoded[i], 32 - bits);
            counts[bucketOf[i] + 1]++;
        }

        for (var b = 0; b < size; b++)
        {
            counts[b + 1] += counts[b];
        }

        var buckets = (int[])counts.Clone();
        order = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            order[counts[bucketOf[i]]++] = i;
        }

        var starts = new int[keys.Count + 1];
        for (var k = 0; k < order.Length; k++)
        {
            starts[k + 1] = starts[k] + encoded[order[k]].Length;
        }

        var bytes = new byte[starts[^1]];
        for (var k = 0; k < order.Length; k++)
        {
            encoded[order[k]].CopyTo(bytes, starts[k]);
        }

        return new KeyTable(buckets, starts, bytes);
    }

    /// <summary>The number of a key, or -1 when the table does not hold it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Its number, 0 to <see cref="Count"/> - 1, or -1.</returns>
    public int Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> buffer = max <= 512 ? stackalloc byte[512] : new byte[max];
        var utf8 = buffer[..Encoding.UTF8.GetBytes(key, buffer)];
        var b = Bucket(utf8, shift);
        for (var k = buckets[b]; k < buckets[b + 1]; k++)
        {
            if (bytes.AsSpan(starts[k], starts[k + 1] - starts[k]).SequenceEqual(utf8))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The key with this number.</summary>
    /// <param name="number">0 to <see cref="Count"/> - 1.</param>
    /// <returns>The key.</returns>
    public string KeyAt(int number) => Encoding.UTF8.GetString(bytes, starts[number], starts[number + 1] - starts[number]);

    /// <summary>Writes the table as <see cref="Read"/> reads it.</summary>
    /// <param name="w">The writer.</param>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        WriteInts(w, buckets);
        WriteInts(w, starts);
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    /// <summary>Reads a table that <see cref="Write"/> wrote.</summary>
    /// <param name="readInts">Reads a length-prefixed array of 32-bit integers.</param>
    /// <param name="readBytes">Reads a length-prefixed array of bytes.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The arrays do not describe a table.</exception>
    public static KeyTable Read(Func<int[]> readInts, Func<byte[]> readBytes)
    {
        ArgumentNullException.ThrowIfNull(readInts);
        ArgumentNullException.ThrowIfNull(readBytes);
        var buckets = readInts();
        var starts = readInts();
        var bytes = readBytes();
        var size = buckets.Length - 1;
        if (size < 2 || (size & (size - 1)) != 0 || starts.Length < 1 || buckets[0] != 0 || buckets[^1] != starts.Length - 1
            || starts[0] != 0 || starts[^1] != bytes.Length)
        {
            throw new InvalidDataException("damaged gazetteer cache");
        }

        return new KeyTable(buckets, starts, bytes);
    }

    /// <summary>Writes a length-prefixed array of 32-bit little-endian integers.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="values">The integers.</param>
    public static void WriteInts(BinaryWriter w, int[] values)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(values);
        w.Write(values.Length);
        if (BitConverter.IsLittleEndian)
        {
            w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
            return;
        }

        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    // FNV-1a over the UTF-8 bytes, spread over the buckets by a Fibonacci multiply (FNV's low bits alone cluster).
    private static int Bucket(ReadOnlySpan<byte> utf8, int shift)
    {
        var h = 2166136261u;
        foreach (var b in utf8)
        {
            h = (h ^ b) * 16777619u;
        }

        return (int)((h * 2654435769u) >> shift);
    }
}

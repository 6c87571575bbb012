namespace GazetteerImport.Bench;

/// <summary>SplitMix64: a small seeded generator whose sequence is fixed by its definition, so the dumps are the same on every machine and runtime.</summary>
/// <remarks><see cref="Random"/> with a seed is not promised to keep its sequence across .NET versions.</remarks>
internal sealed class SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong NextULong()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n).</summary>
    public int Next(int n) => (int)(NextDouble() * n);

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Uniform in [lo, hi).</summary>
    public double Range(double lo, double hi) => lo + (NextDouble() * (hi - lo));
}

/// <summary>Draws items by weight.</summary>
/// <typeparam name="T">Item type.</typeparam>
internal sealed class WeightedTable<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public WeightedTable(IEnumerable<(T Item, double Weight)> rows)
    {
        var list = rows.ToList();
        items = [.. list.Select(r => r.Item)];
        cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            cumulative[i] = sum;
        }

        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= sum;
        }
    }

    public IReadOnlyList<T> Items => items;

    /// <summary>Share of an item, for the README's table.</summary>
    public double Share(int i) => cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);

    public T Draw(SplitMix rng)
    {
        var i = Array.BinarySearch(cumulative, rng.NextDouble());
        return items[Math.Min(i < 0 ? ~i : i + 1, items.Length - 1)];
    }
}

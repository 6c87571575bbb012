namespace GeoMap.Core.Registry;

/// <summary>Returns one shared instance per distinct short string (a country, admin or feature code, a language), allocating only the first time.</summary>
/// <remarks>Past <paramref name="capacity"/> distinct strings it stops pooling, so a damaged file full of distinct codes costs no more than without a pool.</remarks>
/// <param name="capacity">Most strings kept.</param>
public sealed class StringPool(int capacity = 100_000)
{
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

    /// <summary>The pooled string equal to the characters.</summary>
    /// <param name="s">Characters.</param>
    /// <returns>A string equal to <paramref name="s"/>.</returns>
    public string Intern(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return "";
        }

        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(s, out var existing))
        {
            return existing;
        }

        var text = s.ToString();
        if (pool.Count < capacity)
        {
            pool[text] = text;
        }

        return text;
    }
}

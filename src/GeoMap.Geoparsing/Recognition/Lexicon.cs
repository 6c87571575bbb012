namespace GeoMap.Geoparsing.Recognition;

/// <summary>Lower-case English words from the system word list (Debian <c>wamerican</c>, installed by setup): "summer", "plans", "justice".</summary>
/// <remarks>
/// A capitalized word that is also an ordinary word ("the Summer of 2008", "Plans are made", "the Justice Department")
/// is a place only when the place is prominent; GeoNames has hamlets called Summer, Plans and Justice. Without the
/// word list the rule is simply off.
/// </remarks>
public static class Lexicon
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>Paths tried in order.</summary>
    public static IReadOnlyList<string> Paths { get; } = ["/usr/share/dict/american-english", "/usr/share/dict/words"];

    /// <summary>Whether the word list has this word in lower case (an ordinary word, not only a proper noun).</summary>
    /// <param name="lowerWord">A lower-case word.</param>
    /// <returns>True when it is an ordinary English word.</returns>
    public static bool IsOrdinaryWord(string lowerWord) => Words.Value.Contains(lowerWord);

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var path = Paths.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return set;
        }

        foreach (var line in File.ReadLines(path))
        {
            // Only words written in lower case: "china" (porcelain) is there, but so is "China"; places keep their capital.
            if (line.Length > 1 && char.IsLower(line[0]) && !line.Contains('\'', StringComparison.Ordinal))
            {
                set.Add(line);
            }
        }

        return set;
    }
}

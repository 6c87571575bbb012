namespace GeoMap.Geoparsing.Text;

/// <summary>Numbers the folded words that lexicons start phrases with, so that a token's norm is hashed once and then
/// compared by number in every lexicon (<see cref="Token.WordId"/>).</summary>
/// <remarks>
/// Words are registered when a lexicon is built and never removed: the table holds lexicon words only, not the words of
/// the texts read, so it stays as small as the lexicons. A lexicon built while a token is in use (lexicons are built on
/// first use) bumps <see cref="Version"/>, which makes the token look its norm up again.
/// </remarks>
internal static class WordIds
{
    private static readonly Dictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static int version;

    // Look-ups read a copy that is never written to, so they take no lock: every token of every text asks once, lexicons
    // register their words only while they are built. Null after a registration, until the next look-up copies again.
    private static Dictionary<string, int>? snapshot;

    /// <summary>Changes whenever a word is added.</summary>
    public static int Version => Volatile.Read(ref version);

    /// <summary>The number of a folded word, added when new.</summary>
    /// <param name="word">A folded word (a <see cref="Token.Norm"/>).</param>
    /// <returns>A number of its own, 0 or more.</returns>
    public static int Register(string word)
    {
        lock (Gate)
        {
            if (!Ids.TryGetValue(word, out var id))
            {
                id = Ids.Count;
                Ids[word] = id;
                Volatile.Write(ref snapshot, null);
                Volatile.Write(ref version, version + 1);
            }

            return id;
        }
    }

    /// <summary>The number of a folded word, or -1 when no lexicon starts a phrase with it.</summary>
    /// <param name="word">A folded word.</param>
    /// <returns>Its number or -1.</returns>
    public static int Find(string word) => (Volatile.Read(ref snapshot) ?? Copy()).TryGetValue(word, out var id) ? id : -1;

    private static Dictionary<string, int> Copy()
    {
        lock (Gate)
        {
            return snapshot ??= new Dictionary<string, int>(Ids, StringComparer.Ordinal);
        }
    }
}

namespace GeoMap.Geoparsing.Extraction.Tokens;

/// <summary>A lexicon phrase found in a token list.</summary>
/// <typeparam name="T">What the lexicon maps phrases to.</typeparam>
/// <param name="Value">The lexicon value.</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Count">Number of tokens.</param>
public readonly record struct PhraseMatch<T>(T Value, int First, int Count)
{
    /// <summary>Index one past the last token.</summary>
    public int Next => First + Count;
}

/// <summary>Finds multi-word lexicon phrases in tokens, longest first, accent- and case-insensitively.</summary>
/// <remarks>
/// A phrase word ending in <c>*</c> matches any word with that prefix ("déploy*" matches "déployés"),
/// which keeps French and English inflection out of the lexicons. Matching is linear in the number of
/// tokens times the phrases sharing a first word.
/// </remarks>
/// <typeparam name="T">What the lexicon maps phrases to.</typeparam>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, T Value)> _prefixFirst = [];
    private readonly Dictionary<char, List<(string[] Words, T Value)>> _prefixByChar = [];

    /// <summary>Builds a matcher from phrase/value pairs.</summary>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var (phrase, value) in phrases)
        {
            var words = Split(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (words[0].EndsWith('*'))
            {
                _prefixFirst.Add((words, value));
            }
            else
            {
                if (!_byFirst.TryGetValue(words[0], out var list))
                {
                    _byFirst[words[0]] = list = [];
                }

                list.Add((words, value));
            }
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _prefixFirst.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var entry in _prefixFirst)
        {
            // An empty stem ("*") would match anything; such entries are indexed under every first character they meet.
            var key = entry.Words[0].Length > 1 ? entry.Words[0][0] : '\0';
            if (!_prefixByChar.TryGetValue(key, out var list))
            {
                _prefixByChar[key] = list = [];
            }

            list.Add(entry);
        }
    }

    /// <summary>Splits a phrase into folded words the way <see cref="Tokenizer"/> would.</summary>
    public static string[] Split(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = new List<string>();
        Token? previous = null;
        foreach (var token in Tokenizer.Tokenize(phrase))
        {
            if (token.Text == "*" && previous is not null && previous.End == token.Start && words.Count > 0)
            {
                words[^1] += "*";
            }
            else if (token.Norm == "'" && previous is { Kind: TokenKind.Word } && previous.End == token.Start && words.Count > 0)
            {
                // A lexicon entry ending in an elision ("d'", "l'") is one token in running text.
                words[^1] += "'";
            }
            else
            {
                words.Add(token.Norm);
            }

            previous = token;
        }

        return [.. words];
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }

        PhraseMatch<T>? best = null;
        if (_byFirst.TryGetValue(tokens[index].Norm, out var list))
        {
            best = First(list, tokens, index);
        }

        var norm = tokens[index].Norm;
        if (norm.Length > 0 && _prefixByChar.TryGetValue(norm[0], out var prefixes))
        {
            var prefixed = First(prefixes, tokens, index);
            if (prefixed is { } p && (best is null || p.Count > best.Value.Count))
            {
                best = p;
            }
        }

        return best;
    }

    /// <summary>The longest phrase ending just before token <paramref name="index"/> (looking back at most <paramref name="maxWords"/> tokens).</summary>
    public PhraseMatch<T>? MatchEndingAt(IReadOnlyList<Token> tokens, int index, int maxWords = 6)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var k = Math.Max(0, index - maxWords); k < index; k++)
        {
            if (ShorterEndingAt(tokens, k, index) is { } shorter)
            {
                return shorter;
            }
        }

        return null;
    }

    private PhraseMatch<T>? ShorterEndingAt(IReadOnlyList<Token> tokens, int k, int index)
    {
        var length = index - k;
        var norm = tokens[k].Norm;
        if (_byFirst.TryGetValue(norm, out var list) && Exact(list, tokens, k, length) is { } exact)
        {
            return exact;
        }

        return norm.Length > 0 && _prefixByChar.TryGetValue(norm[0], out var prefixes) ? Exact(prefixes, tokens, k, length) : null;
    }

    private static PhraseMatch<T>? Exact(List<(string[] Words, T Value)> candidates, IReadOnlyList<Token> tokens, int k, int length)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Words.Length == length && Matches(candidate.Words, tokens, k))
            {
                return new PhraseMatch<T>(candidate.Value, k, length);
            }
        }

        return null;
    }

    /// <summary>All non-overlapping matches, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int from = 0, int to = -1)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (to < 0 || to > tokens.Count)
        {
            to = tokens.Count;
        }

        var found = new List<PhraseMatch<T>>();
        for (var i = from; i < to; i++)
        {
            if (MatchAt(tokens, i) is { } m && m.Next <= to)
            {
                found.Add(m);
                i = m.Next - 1;
            }
        }

        return found;
    }

    private static PhraseMatch<T>? First(List<(string[] Words, T Value)> candidates, IReadOnlyList<Token> tokens, int index)
    {
        foreach (var (words, value) in candidates)
        {
            if (index + words.Length <= tokens.Count && Matches(words, tokens, index))
            {
                return new PhraseMatch<T>(value, index, words.Length);
            }
        }

        return null;
    }

    private static bool Matches(string[] words, IReadOnlyList<Token> tokens, int index)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var norm = tokens[index + k].Norm;
            var w = words[k];
            var ok = w.EndsWith('*') ? norm.StartsWith(w.AsSpan(0, w.Length - 1), StringComparison.Ordinal) : norm == w;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

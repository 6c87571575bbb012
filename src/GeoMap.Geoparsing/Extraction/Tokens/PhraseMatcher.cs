using System.Runtime.InteropServices;

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
    // Phrases by the id of their first word (see WordIds: one hash of a token's norm serves every matcher), longest
    // first; phrases whose first word is a prefix ("déploy*") by its first character, longest first.
    private readonly Dictionary<int, Phrase[]> _byFirst = [];
    private readonly Dictionary<char, Phrase[]> _prefixByChar = [];

    // Phrases whose first word is a stem of two letters or more, by those two letters: a Slavic lexicon has dozens of stems
    // per first letter ("пере*", "при*", "по*"), each tried on every word with that letter. The stems of one letter stay in
    // _prefixByChar; a phrase's Order (its place among all prefix phrases, longest first) picks between the two as one list would.
    private readonly Dictionary<int, Phrase[]> _prefixByPair = [];

    // Which first-word ids and first characters the two tables may hold, one bit per id or character modulo the size of
    // the mask: a reader asks every matcher of its language about every token of a sentence, and most tokens open no
    // phrase of a given lexicon, so a clear bit answers before the dictionary is hashed. A set bit may be another key's.
    private readonly ulong[] _firstMask = new ulong[FirstMaskWords];
    private readonly ulong[] _charMask = new ulong[CharMaskWords];
    private const int FirstMaskWords = 128;
    private const int CharMaskWords = 16;

    // The same for the stems under a token's first two letters and under its first letter alone (most first letters have
    // stems of two letters or more only), so that Prefixed hashes neither table for a token no stem of the lexicon opens.
    private readonly ulong[] _pairMask = new ulong[PairMaskWords];
    private readonly ulong[] _shortStemMask = new ulong[CharMaskWords];
    private const int PairMaskWords = 64;

    /// <summary>Builds a matcher from phrase/value pairs.</summary>
    /// <exception cref="ArgumentException">A phrase opens with a bare <c>*</c>, which would match every word.</exception>
    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var byFirst = new Dictionary<string, List<(string[] Words, T Value)>>(StringComparer.Ordinal);
        var prefixFirst = new List<(string[] Words, T Value)>();
        var prefixByChar = new Dictionary<char, List<(string[] Words, T Value)>>();
        foreach (var (phrase, value) in phrases)
        {
            var words = Split(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (words[0] == "*")
            {
                // It would open on every token of every sentence; no lexicon means that.
                throw new ArgumentException($"The phrase '{phrase}' opens with a bare '*', which would match every word: give its first word's stem.", nameof(phrases));
            }

            if (words[0].EndsWith('*'))
            {
                prefixFirst.Add((words, value));
            }
            else
            {
                if (!byFirst.TryGetValue(words[0], out var list))
                {
                    byFirst[words[0]] = list = [];
                }

                list.Add((words, value));
            }
        }

        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        prefixFirst.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var entry in prefixFirst)
        {
            var key = entry.Words[0][0];
            if (!prefixByChar.TryGetValue(key, out var list))
            {
                prefixByChar[key] = list = [];
            }

            list.Add(entry);
        }

        foreach (var (first, list) in byFirst)
        {
            var id = WordIds.Register(first);
            _byFirst[id] = [.. list.Select(e => new Phrase(e.Words, e.Value))];
            _firstMask[(id >> 6) & (FirstMaskWords - 1)] |= 1UL << id;
        }

        var order = new Dictionary<string[], int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < prefixFirst.Count; i++)
        {
            order[prefixFirst[i].Words] = i;
        }

        foreach (var (first, list) in prefixByChar)
        {
            var stemmed = list.Select(e => new Phrase(e.Words, e.Value) { Order = order[e.Words] }).ToList();
            foreach (var pair in stemmed.Where(e => e.Words[0].Length > 2).GroupBy(e => Pair(e.Words[0][0], e.Words[0][1])))
            {
                _prefixByPair[pair.Key] = [.. pair];
                var bit = PairBit(pair.Key);
                _pairMask[(bit >> 6) & (PairMaskWords - 1)] |= 1UL << bit;
            }

            _prefixByChar[first] = [.. stemmed.Where(e => e.Words[0].Length <= 2)];
            _charMask[(first >> 6) & (CharMaskWords - 1)] |= 1UL << first;
            if (_prefixByChar[first].Length > 0)
            {
                _shortStemMask[(first >> 6) & (CharMaskWords - 1)] |= 1UL << first;
            }
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
        return MatchAt(Span(tokens), index);
    }

    private PhraseMatch<T>? MatchAt(ReadOnlySpan<Token> tokens, int index)
    {
        if ((uint)index >= (uint)tokens.Length)
        {
            return null;
        }

        PhraseMatch<T>? best = null;
        var token = tokens[index];
        if (_byFirst.Count > 0 && token.WordId is var id and >= 0 && (_firstMask[(id >> 6) & (FirstMaskWords - 1)] & (1UL << id)) != 0
            && _byFirst.TryGetValue(id, out var list))
        {
            best = First(list, tokens, index);
        }

        if (_prefixByChar.Count == 0)
        {
            return best;
        }

        var norm = token.Norm;
        if (norm.Length > 0 && (_charMask[(norm[0] >> 6) & (CharMaskWords - 1)] & (1UL << norm[0])) != 0)
        {
            if (Prefixed(tokens, index, -1) is { } p && (best is null || p.Count > best.Value.Count))
            {
                best = p;
            }
        }

        return best;
    }

    private static int Pair(char first, char second) => (first << 16) | second;

    // A pair's bit in _pairMask: both letters mixed, so that pairs of one script (which share their high bits) spread.
    private static int PairBit(int pair) => (pair >> 16) * 31 + (pair & 0xFFFF);

    // The first phrase (by Order) of candidates matching at index, of the given length unless it is negative, if it comes
    // before the one found so far.
    private static void FirstInOrder(Phrase[] candidates, ReadOnlySpan<Token> tokens, int index, int length, ref PhraseMatch<T>? found, ref int order)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Order >= order)
            {
                return;
            }

            if ((length < 0 || candidate.Words.Length == length) && index + candidate.Words.Length <= tokens.Length && Matches(candidate, tokens, index))
            {
                found = new PhraseMatch<T>(candidate.Value, index, candidate.Words.Length);
                order = candidate.Order;
                return;
            }
        }
    }

    /// <summary>The longest phrase ending just before token <paramref name="index"/> (looking back at most <paramref name="maxWords"/> tokens).</summary>
    public PhraseMatch<T>? MatchEndingAt(IReadOnlyList<Token> tokens, int index, int maxWords = 6)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var span = Span(tokens);
        for (var k = Math.Max(0, index - maxWords); k < index; k++)
        {
            if (ShorterEndingAt(span, k, index) is { } shorter)
            {
                return shorter;
            }
        }

        return null;
    }

    private PhraseMatch<T>? ShorterEndingAt(ReadOnlySpan<Token> tokens, int k, int index)
    {
        var length = index - k;
        if (_byFirst.TryGetValue(tokens[k].WordId, out var list) && Exact(list, tokens, k, length) is { } exact)
        {
            return exact;
        }

        return tokens[k].Norm.Length > 0 ? Prefixed(tokens, k, length) : null;
    }

    // The first phrase opened by a stem (by Order, as one list of them would give it) matching at index, of the given
    // length unless it is negative: those filed under the token's first two letters, then under its first letter.
    private PhraseMatch<T>? Prefixed(ReadOnlySpan<Token> tokens, int index, int length)
    {
        var norm = tokens[index].Norm;
        PhraseMatch<T>? prefixed = null;
        var order = int.MaxValue;
        if (norm.Length > 1 && PairBit(Pair(norm[0], norm[1])) is var bit && (_pairMask[(bit >> 6) & (PairMaskWords - 1)] & (1UL << bit)) != 0
            && _prefixByPair.TryGetValue(Pair(norm[0], norm[1]), out var byPair))
        {
            FirstInOrder(byPair, tokens, index, length, ref prefixed, ref order);
        }

        if ((_shortStemMask[(norm[0] >> 6) & (CharMaskWords - 1)] & (1UL << norm[0])) != 0 && _prefixByChar.TryGetValue(norm[0], out var byChar))
        {
            FirstInOrder(byChar, tokens, index, length, ref prefixed, ref order);
        }

        return prefixed;
    }

    private static PhraseMatch<T>? Exact(Phrase[] candidates, ReadOnlySpan<Token> tokens, int k, int length)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Words.Length == length && Matches(candidate, tokens, k))
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
        var span = Span(tokens);
        if (to < 0 || to > span.Length)
        {
            to = span.Length;
        }

        var found = new List<PhraseMatch<T>>();
        for (var i = from; i < to; i++)
        {
            if (MatchAt(span, i) is { } m && m.Next <= to)
            {
                found.Add(m);
                i = m.Next - 1;
            }
        }

        return found;
    }

    // The tokens as a span: the readers pass lists, read here without an interface call per token.
    private static ReadOnlySpan<Token> Span(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };

    private static PhraseMatch<T>? First(Phrase[] candidates, ReadOnlySpan<Token> tokens, int index)
    {
        foreach (var candidate in candidates)
        {
            if (index + candidate.Words.Length <= tokens.Length && Matches(candidate, tokens, index))
            {
                return new PhraseMatch<T>(candidate.Value, index, candidate.Words.Length);
            }
        }

        return null;
    }

    private static bool Matches(Phrase phrase, ReadOnlySpan<Token> tokens, int index)
    {
        var words = phrase.Words;
        if (index + words.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var norm = tokens[index + k].Norm;
            var ok = phrase.Stems[k] is { } stem ? norm.StartsWith(stem, StringComparison.Ordinal) : norm == words[k];
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lexicon phrase: its folded words, for each word ending in <c>*</c> the stem before it (null otherwise), and its value.</summary>
    private sealed class Phrase(string[] words, T value)
    {
        public string[] Words { get; } = words;

        public string?[] Stems { get; } = [.. words.Select(w => w.EndsWith('*') ? w[..^1] : null)];

        public T Value { get; } = value;

        /// <summary>For a phrase opened by a stem, its place among all such phrases of the lexicon, longest first.</summary>
        public int Order { get; init; }
    }
}

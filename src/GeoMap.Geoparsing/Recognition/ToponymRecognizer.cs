using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Finds toponyms in a text by longest match of capitalized word sequences against the gazetteer.</summary>
/// <remarks>
/// A toponym starts at a capitalized word (or at a lower-case generic word such as <c>mer</c> in
/// <c>mer du Japon</c> when the whole phrase is a name) and extends as far as some gazetteer name
/// does. Single words are rejected when they are common words, follow a title (<c>President</c>),
/// open a sentence while the text also uses them in lower case, or sit inside a longer run of
/// capitalized words that is not itself a name (<c>Mark Rutte</c>, <c>Kim Hong-kyun</c>).
/// </remarks>
/// <param name="gazetteer">The gazetteer to match against.</param>
public sealed class ToponymRecognizer(Gazetteer.Gazetteer gazetteer)
{
    private const int MaxWords = 7;

    /// <summary>The gazetteer matched against.</summary>
    public Gazetteer.Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Finds the toponyms of a text, in order, without overlaps.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>Candidates with their possible entries.</returns>
    public List<ToponymCandidate> Recognize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var lower = LowerCaseWords(text, tokens);
        var found = new List<ToponymCandidate>();
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < tokens.Count)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var match = LongestMatch(text, tokens, i);
            if (match is { } m && Accept(text, tokens, i, m.Last, m.Entries, lower, personWords))
            {
                var end = tokens[m.Last].End;
                if (tokens[m.Last].Length == 1 && end < text.Length && text[end] == '.' && m.Last > i)
                {
                    end++; // an initialism keeps its final dot: U.S., U.K.
                }

                found.Add(new ToponymCandidate(tokens[i].Start, end, text[tokens[i].Start..end],
                    m.Entries, m.Kind, SpatialCues.Read(text, tokens, i, m.Last)));
                i = m.Last + 1;
            }
            else
            {
                i++;
            }
        }

        // A surname met in a full name ("Thomas Dunn") is a person's name when it later stands alone ("Dunn said").
        found.RemoveAll(c => !c.Surface.Contains(' ', StringComparison.Ordinal) && personWords.Contains(c.Surface));
        SpatialCues.LinkNear(found, text);
        return found;
    }

    /// <summary>Looks up a given span (for resolution with known spans).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Span start.</param>
    /// <param name="end">Span end.</param>
    /// <returns>The candidate, with no entries when the gazetteer does not know the name.</returns>
    public ToponymCandidate Lookup(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var surface = text[start..end];
        var (entries, kind) = Gazetteer.Lookup(surface);
        if (entries.Length == 0 && surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            (entries, kind) = Gazetteer.Lookup(surface[4..]);
        }

        var tokens = Tokenizer.Tokenize(text);
        var first = tokens.FindIndex(t => t.End > start);
        var last = tokens.FindLastIndex(t => t.Start < end);
        var cue = first >= 0 && last >= first ? SpatialCues.Read(text, tokens, first, last) : default;
        return new ToponymCandidate(start, end, surface, entries, kind, cue);
    }

    private (int Last, int[] Entries, NameMatchKind Kind)? LongestMatch(string text, List<Token> tokens, int first)
    {
        var t0 = tokens[first];
        var startsLower = !t0.IsCapitalized;
        if (startsLower && !GenericHeads.Contains(TextFolding.Lower(text[t0.Start..t0.End])))
        {
            return null;
        }

        (int, int[], NameMatchKind)? best = null;
        var phrase = "";
        for (var j = first; j < tokens.Count && j < first + MaxWords; j++)
        {
            if (j > first && !OnlySpaceBetween(text, tokens[j - 1].End, tokens[j].Start) && !IsInitialDot(text, tokens[j - 1], tokens[j]))
            {
                break;
            }

            // Folded like the index keys: "Côte d'Ivoire" is "cote divoire", "People's Republic" is "peoples republic".
            phrase = TextFolding.Fold(text[t0.Start..tokens[j].End]);
            var capitalizedEnd = tokens[j].IsCapitalized || char.IsDigit(text[tokens[j].Start]);
            if (capitalizedEnd || j == first)
            {
                var surface = text[t0.Start..tokens[j].End];
                var (entries, kind) = Gazetteer.Lookup(surface, allowTransliteration: j == first);
                if (entries.Length > 0 && !(startsLower && j == first))
                {
                    best = (j, entries, kind);
                }
            }

            if (!Gazetteer.IsPrefix(phrase))
            {
                break;
            }
        }

        return best;
    }

    private static bool IsInitialDot(string text, Token previous, Token next) =>
        previous.Length == 1 && next.Start == previous.End + 1 && text[previous.End] == '.';

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!(text[k] == ' ' || text[k] == '-' || text[k] == '\u00a0' || TextFolding.IsApostrophe(text[k])))
            {
                return false;
            }
        }

        return true;
    }

    private bool Accept(string text, List<Token> tokens, int first, int last, int[] entries, HashSet<string> lowerWords, HashSet<string> personWords)
    {
        if (!Accept(text, tokens, first, last, entries, lowerWords, out var partOfName))
        {
            if (partOfName)
            {
                personWords.Add(text[tokens[first].Start..tokens[first].End]);
            }

            return false;
        }

        return true;
    }

    private bool Accept(string text, List<Token> tokens, int first, int last, int[] entries, HashSet<string> lowerWords, out bool partOfName)
    {
        partOfName = false;
        var t = tokens[first];
        var lowerWord = TextFolding.Lower(text[t.Start..t.End]);
        if (first != last)
        {
            return true;
        }

        // An abbreviation a trusted source gives (NSW, EU) is neither the common word it spells (French "eu") nor an acronym.
        var abbreviation = t.IsAllCaps && Gazetteer.Abbreviations.Contains(text[t.Start..t.End]);
        if (CommonWords.Contains(lowerWord) && !IsStrongCountry(entries) && !abbreviation)
        {
            return false;
        }

        if (t.IsAllCaps && t.Length <= 4 && !IsStrongCountry(entries) && !abbreviation)
        {
            return false; // WHO, CDC, AFP
        }

        if (first > 0 && IsTitleBefore(text, tokens, first))
        {
            partOfName = true;
            return false;
        }

        if (t.IsSentenceStart && lowerWords.Contains(lowerWord))
        {
            return false;
        }

        if (IsStrongCountry(entries))
        {
            return true;
        }

        if (last + 1 < tokens.Count && NotPlaceHeads.Contains(text[tokens[last + 1].Start..tokens[last + 1].End]))
        {
            return false; // Marburg virus, Reston ebolavirus, Lassa fever
        }

        if (demonyms.Value.IsDemonym(TextFolding.Fold(text[t.Start..t.End])))
        {
            return false;
        }

        if (InsideLongerName(text, tokens, first, out var afterAnotherName))
        {
            // Only a word after another capitalized word is in a surname's place ("Thomas Dunn"); a word before one
            // ("Springfield High School") says nothing about the word standing alone.
            partOfName = afterAnotherName;
            return false;
        }

        return true;
    }

    private bool IsStrongCountry(int[] entries) => entries.Any(e => Gazetteer[e].Kind == GeoMap.Core.Places.PlaceKind.Country);

    private static bool IsTitleBefore(string text, List<Token> tokens, int i)
    {
        var prev = tokens[i - 1];
        return OnlySpaceOrDot(text, prev.End, tokens[i].Start) && CommonWords.IsTitle(TextFolding.Lower(text[prev.Start..prev.End]));
    }

    private static bool OnlySpaceOrDot(string text, int from, int to) =>
        to - from <= 2 && text.AsSpan(from, to - from).Trim(" .\u00a0").IsEmpty;

    private bool InsideLongerName(string text, List<Token> tokens, int i, out bool afterAnotherName)
    {
        afterAnotherName = false;
        // A capitalized neighbour that is not a place and not a region word makes this word part of a person's or organisation's name.
        if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && OnlySpaceBetween(text, tokens[i].End, tokens[i + 1].Start)
            && !tokens[i + 1].IsAllCaps && !IsNameContinuationAllowed(text, tokens[i + 1]))
        {
            return true;
        }

        if (i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].IsSentenceStart && OnlySpaceBetween(text, tokens[i - 1].End, tokens[i].Start)
            && !IsNameContinuationAllowed(text, tokens[i - 1]))
        {
            afterAnotherName = true;
            return true;
        }

        return false;
    }

    private bool IsNameContinuationAllowed(string text, Token neighbour)
    {
        var word = text[neighbour.Start..neighbour.End];
        var lower = TextFolding.Lower(word);
        if (SpatialCues.IsRegionWord(lower) || SpatialCues.IsFacilityWord(lower) || CommonWords.IsTitle(lower))
        {
            return true;
        }

        // A neighbouring country or region name is a list or an apposition; any other capitalized word, even one that
        // names some village, is more likely part of a person's or organisation's name (Thomas Dunn).
        foreach (var e in Gazetteer.Folded.Find(TextFolding.Fold(word)))
        {
            if (Gazetteer[e].Kind is GeoMap.Core.Places.PlaceKind.Country or GeoMap.Core.Places.PlaceKind.Region)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> LowerCaseWords(string text, List<Token> tokens)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (char.IsLower(text[t.Start]))
            {
                set.Add(text[t.Start..t.End]);
            }
        }

        return set;
    }

    private static readonly HashSet<string> NotPlaceHeads = new(StringComparer.Ordinal)
    {
        "virus", "ebolavirus", "fever", "disease", "strain", "syndrome", "virus's",
    };

    private readonly Lazy<DemonymFilter> demonyms = new(() => new DemonymFilter(gazetteer));

    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "mer", "golfe", "détroit", "océan", "base", "camp", "péninsule", "zone", "pont", "centrale", "gare", "port",
        "polygone", "terrain", "cosmodrome", "kraï", "oblast", "république", "région", "aéroport",
    };
}

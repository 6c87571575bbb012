using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Reads the names listed before a plural county noun as those counties: "Cooke, Grayson and Love counties" names
/// Cooke County, Grayson County and Love County, not the towns of Grayson and Cooke nor the word "love".</summary>
/// <remarks>
/// The noun of such a list is written once, after its last member, and belongs to every member; a local writer never means
/// a town there. Only names the gazetteer knows as second-level areas with that noun are taken. A capitalised word that
/// opens the sentence before the first member ("In Barrow, Jackson and Madison counties") is no part of its name: the
/// longest ending of each member that is a county is taken. The nouns and joiners are the language's
/// (<see cref="LanguageRules.CountyHeadPlurals"/>, <see cref="LanguageRules.ListJoiners"/>); a text of no known language is
/// read with English's, as <see cref="ToponymRecognizer.Lookup"/> reads a bare county name.
/// </remarks>
internal static class CountyLists
{
    private const int MaxNameWords = 4;

    /// <summary>The listed names that are counties, each as its first and last token and its entries.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its word tokens.</param>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <param name="language">The text's language; null for English's nouns.</param>
    /// <returns>The counties in text order; empty when the text lists none.</returns>
    public static List<(int First, int Last, int[] Entries, NameMatchKind Kind)> Find(string text, List<Token> tokens, Gazetteer.Gazetteer gazetteer, LanguageRules? language)
    {
        var found = new List<(int First, int Last, int[] Entries, NameMatchKind Kind)>();
        var rules = language ?? LanguageCatalog.Find("en");
        if (rules is null || rules.CountyHeadPlurals.Count == 0)
        {
            return found;
        }

        for (var h = 2; h < tokens.Count; h++)
        {
            var head = IndexOf(rules.CountyHeadPlurals, text, tokens[h]);
            if (head < 0 || head >= rules.CountyHeads.Count)
            {
                continue;
            }

            var members = Members(text, tokens, h, rules.ListJoiners);
            for (var m = members.Count - 1; m >= 0; m--)
            {
                var (first, last) = members[m];
                for (var s = first; s <= last; s++)
                {
                    var name = text[tokens[s].Start..tokens[last].End] + " " + rules.CountyHeads[head];
                    var (entries, kind) = gazetteer.Lookup(name, allowTransliteration: false);
                    var counties = Array.FindAll(entries, e => gazetteer[e].FeatureCode == "ADM2");
                    if (counties.Length > 0)
                    {
                        found.Add((s, last, counties, kind));
                        break;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The members of the list that ends right before token <paramref name="head"/>, nearest last; empty unless
    /// at least two capitalised names are joined by a list joiner ("A and B", "A, B, and C").</summary>
    private static List<(int First, int Last)> Members(string text, List<Token> tokens, int head, IReadOnlyList<string> joiners)
    {
        var members = new List<(int First, int Last)>();
        var k = head - 1;
        var joined = false;
        if (!Blank(text, tokens[k].End, tokens[head].Start))
        {
            return members;
        }

        while (k >= 0 && IsCapitalised(text, tokens[k]) && IndexOf(joiners, text, tokens[k]) < 0)
        {
            var first = k;
            while (first > 0 && k - first + 1 < MaxNameWords && IsCapitalised(text, tokens[first - 1]) && IndexOf(joiners, text, tokens[first - 1]) < 0
                && Blank(text, tokens[first - 1].End, tokens[first].Start))
            {
                first--;
            }

            members.Insert(0, (first, k));
            if (first == 0)
            {
                break;
            }

            var gap = text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End).Trim();
            if (!joined && gap.IsEmpty && first >= 2 && IndexOf(joiners, text, tokens[first - 1]) >= 0)
            {
                // "… Grayson and Love": the joiner stands before the last member, with or without a comma before it.
                var before = text.AsSpan(tokens[first - 2].End, tokens[first - 1].Start - tokens[first - 2].End).Trim();
                if (!before.IsEmpty && !before.SequenceEqual(","))
                {
                    break;
                }

                joined = true;
                k = first - 2;
            }
            else if (joined && gap.SequenceEqual(","))
            {
                k = first - 1;
            }
            else
            {
                break;
            }
        }

        return joined && members.Count >= 2 ? members : [];
    }

    private static bool IsCapitalised(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);

    /// <summary>Whether only white space lies between two offsets (two words with no punctuation between them).</summary>
    internal static bool Blank(string text, int from, int to) => text.AsSpan(from, to - from).IsWhiteSpace();

    private static int IndexOf(IReadOnlyList<string> words, string text, Token t)
    {
        var span = text.AsSpan(t.Start, t.Length);
        for (var i = 0; i < words.Count; i++)
        {
            if (span.Equals(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

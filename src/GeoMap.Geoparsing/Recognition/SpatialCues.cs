using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Reads the words around a toponym for hints about its kind and its neighbours.</summary>
/// <remarks>Each language names its own region and facility nouns, near and border phrases and geographic heads
/// (<see cref="LanguageRules.RegionNouns"/> and the others beside it): <c>the Kursk region</c>, <c>la région de Koursk</c>, <c>the Kursk governor</c>,
/// <c>Gebiet Belgorod</c>, <c>near Vladivostok</c>, <c>cerca de Kiev</c>, <c>the border with Ukraine</c>. A text of no known
/// language is read with the words of every language.</remarks>
public static class SpatialCues
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageRules, Words> ByLanguage = [];
    private static readonly Lazy<Words> Every = new(() => new Words(LanguageCatalog.All));

    /// <summary>Whether a word names a kind of region in some language.</summary>
    /// <param name="word">A word, in any case.</param>
    /// <returns>True for region, oblast, krai, province, Provinz, …</returns>
    public static bool IsRegionWord(string word) => Every.Value.Regions.Contains(TextFolding.FoldWord(word));

    /// <summary>Whether a word names a kind of facility in some language.</summary>
    /// <param name="word">A word, in any case.</param>
    /// <returns>True for base, port, airfield, aéroport, …</returns>
    public static bool IsFacilityWord(string word) => Every.Value.Facilities.Contains(TextFolding.FoldWord(word));

    /// <summary>Whether a word, as written, is a capitalised geographic head that ends a name ("Valley", "Delta").</summary>
    /// <param name="word">The word as written.</param>
    /// <param name="language">The text's language; null for every language's heads.</param>
    /// <returns>True for Valley, Island, Peninsula, …</returns>
    public static bool IsGeographicHead(string word, LanguageRules? language) => For(language).Heads.Contains(word);

    /// <summary>Reads the cues around tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="first">First token of the toponym.</param>
    /// <param name="last">Last token of the toponym.</param>
    /// <param name="language">The text's language; null reads the words of every language.</param>
    /// <returns>The cues.</returns>
    public static SpatialCue Read(string text, List<Token> tokens, int first, int last, LanguageRules? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var words = For(language);
        var next = last + 1 < tokens.Count ? tokens[last + 1].Norm : "";
        var before = Before(text, tokens, first, 5);
        var regionAfter = words.Regions.Contains(next) || (first != last && words.Regions.Contains(tokens[last].Norm))
            || words.Offices.Contains(Possessed(text, tokens, last + 1) is var office and >= 0 ? tokens[office].Norm : next);
        var regionBefore = EndsWithAny(before, words.RegionOpeners, words.Articles) || EndsWithAny(before, words.OfficeOpeners, words.Articles);
        return new SpatialCue(regionAfter || regionBefore, false, EndsWithAny(before, words.Near, words.Articles), EndsWithAny(before, words.Border, words.Articles));
    }

    /// <summary>Marks each toponym followed closely by an anchor (<c>X, near Y</c>) so resolution keeps X close to Y.</summary>
    /// <param name="found">Candidates in text order; updated in place.</param>
    /// <param name="text">The text.</param>
    public static void LinkNear(List<ToponymCandidate> found, string text)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(text);
        for (var k = 1; k < found.Count; k++)
        {
            if (found[k].Cue.IsAnchor && found[k].Start - found[k - 1].End < 60
                && text.AsSpan(found[k - 1].End, found[k].Start - found[k - 1].End).IndexOfAny(".!?\n") < 0)
            {
                found[k - 1] = found[k - 1] with { Cue = found[k - 1].Cue with { NearNext = true } };
            }
        }
    }

    /// <summary>The token after an English possessive 's at <paramref name="k"/> ("Murmansk's governor"), else -1.</summary>
    private static int Possessed(string text, List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Norm == "s" && tokens[k].Start > 0 && TextFolding.IsApostrophe(text[tokens[k].Start - 1]) ? k + 1 : -1;

    private static Words For(LanguageRules? language) => language is null ? Every.Value : ByLanguage.GetValue(language, l => new Words([l]));

    /// <summary>Up to <paramref name="count"/> folded words before a token, nearest first, stopping at sentence ends.</summary>
    private static List<string> Before(string text, List<Token> tokens, int first, int count)
    {
        var list = new List<string>(count);
        for (var k = first - 1; k >= 0 && list.Count < count; k--)
        {
            var gap = text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End);
            if (gap.IndexOfAny(".!?;\n") >= 0)
            {
                break;
            }

            list.Add(tokens[k].Norm);
        }

        return list;
    }

    private static bool EndsWithAny(List<string> before, string[][] phrases, HashSet<string> articles)
    {
        foreach (var phrase in phrases)
        {
            // Allow one article between the phrase and the name: "près de la base", "near the border with the", "nahe der Grenze".
            if (Matches(before, 0, phrase) || (before.Count > 0 && articles.Contains(before[0]) && Matches(before, 1, phrase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(List<string> before, int skip, string[] phrase)
    {
        if (before.Count < skip + phrase.Length)
        {
            return false;
        }

        for (var p = 0; p < phrase.Length; p++)
        {
            if (before[skip + p] != phrase[phrase.Length - 1 - p])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One language's spatial words (or every language's), folded like tokens' norms.</summary>
    private sealed class Words
    {
        public Words(IEnumerable<LanguageRules> languages)
        {
            var list = languages.ToList();
            Regions = Fold(list.SelectMany(l => l.RegionNouns));
            Facilities = Fold(list.SelectMany(l => l.FacilityNouns));
            Articles = Fold(list.SelectMany(l => l.Articles));
            RegionOpeners = Phrases(list.SelectMany(l => l.RegionOpeners));
            Offices = Fold(list.SelectMany(l => l.RegionOffices));
            OfficeOpeners = Phrases(list.SelectMany(l => l.RegionOffices).Select(o => o + " of"));
            Near = Phrases(list.SelectMany(l => l.NearPhrases));
            Border = Phrases(list.SelectMany(l => l.BorderPhrases));
            Heads = new HashSet<string>(list.SelectMany(l => l.GeographicHeads), StringComparer.Ordinal);
        }

        public HashSet<string> Regions { get; }

        public HashSet<string> Facilities { get; }

        public HashSet<string> Articles { get; }

        public string[][] RegionOpeners { get; }

        public HashSet<string> Offices { get; }

        public string[][] OfficeOpeners { get; }

        public string[][] Near { get; }

        public string[][] Border { get; }

        public HashSet<string> Heads { get; }

        private static HashSet<string> Fold(IEnumerable<string> words) => new(words.Select(TextFolding.FoldWord), StringComparer.Ordinal);

        private static string[][] Phrases(IEnumerable<string> phrases) =>
            [.. phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.FoldWord).ToArray())
                .DistinctBy(words => string.Join(' ', words), StringComparer.Ordinal)];
    }
}

using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Finds names in scripts without letter case (Hangul, Arabic), where particles and clitics are written attached to them.</summary>
/// <remarks>
/// <para>Any word of such a script may start a name. The language says what may be glued to it: clitics before
/// the first word (Arabic <c>و</c>, <c>ب</c>, <c>ل</c>: <c>وبغداد</c> is "and Baghdad"), particles after the last
/// word (Korean <c>로</c>, <c>에서</c>, <c>에서는</c>), heads written as part of the name (Korean <c>주</c> in
/// <c>쿠르스크주</c>, "Kursk Oblast") and an article some sources write and others drop (Arabic <c>ال</c>).
/// The mention leaves clitics and particles out and keeps heads and articles, so it is the name as a reader
/// would quote it.</para>
/// <para>The longest run of words that is a name wins; for the same words, the reading that strips least.
/// Ordinary words that some village also spells (the language's <see cref="LanguageRules.NotPlaceWords"/> and
/// stopwords) are never a place alone; a name of one Hangul syllable or of fewer than three Arabic letters must
/// name a country, a region or a city; and a bare name before an organisation noun (Korean <c>러시아 국방부</c>,
/// "the Russian defence ministry") only qualifies it.</para>
/// </remarks>
internal sealed class CaselessNames(Gazetteer.Gazetteer gazetteer)
{
    private const int MaxWords = 5;

    /// <summary>A name found at a word: its last word, its span in the text and its entries.</summary>
    /// <param name="Last">Index of the last word token.</param>
    /// <param name="Start">Start of the mention (after any clitic).</param>
    /// <param name="End">End of the mention (before any particle).</param>
    /// <param name="Entries">Gazetteer entries.</param>
    /// <param name="Kind">How the name matched.</param>
    /// <param name="Bare">True when no particle follows the name.</param>
    public readonly record struct Found(int Last, int Start, int End, int[] Entries, NameMatchKind Kind, bool Bare);

    /// <summary>The longest name starting at word <paramref name="first"/>, or null.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its word tokens.</param>
    /// <param name="first">The word to start at; its first letter is Hangul or Arabic.</param>
    /// <param name="language">The document's language, whose affixes apply; null for none.</param>
    /// <returns>The name, or null.</returns>
    public Found? At(string text, List<Token> tokens, int first, LanguageRules? language)
    {
        var t0 = tokens[first];
        Found? best = null;
        var forms = language?.Morphology;
        IEnumerable<(int Skip, string Restore)> leading = forms is null ? [(0, "")] : forms.Leading(text.Substring(t0.Start, t0.Length));
        foreach (var (skip, restore) in leading)
        {
            var start = t0.Start + skip;
            for (var j = first; j < tokens.Count && j < first + MaxWords; j++)
            {
                if (j > first && (!Scripts.StartsCaseless(text, tokens[j].Start) || !OnlySpace(text, tokens[j - 1].End, tokens[j].Start)))
                {
                    break;
                }

                var body = restore + text[start..tokens[j].End];
                var minimum = tokens[j].End - Math.Max(start, tokens[j].Start) - 1;
                if (best is null || j > best.Value.Last)
                {
                    var last = text[Math.Max(start, tokens[j].Start)..tokens[j].End];
                    IEnumerable<(int Particle, int Head)> trailing = forms is null ? [(0, 0)] : forms.Trailing(last);
                    foreach (var (particle, head) in trailing)
                    {
                        if (particle + head > minimum)
                        {
                            continue;
                        }

                        var name = body[..^(particle + head)];
                        if (Lookup(name, language) is { } hit && Acceptable(name, hit, language))
                        {
                            best = new Found(j, start, tokens[j].End - particle, hit, NameMatchKind.Accented, particle == 0);
                            break;
                        }
                    }
                }

                if (!IsPrefix(body, language))
                {
                    break;
                }
            }
        }

        if (best is { Bare: true } b && language is not null && b.Last + 1 < tokens.Count
            && OnlySpace(text, tokens[b.Last].End, tokens[b.Last + 1].Start) && IsOrganisationNoun(text[tokens[b.Last + 1].Start..tokens[b.Last + 1].End], language))
        {
            return null; // "러시아 국방부": the Russian defence ministry, not Russia
        }

        return best;
    }

    /// <summary>An organisation noun, alone or with its particles: "국방부", "국방부는", "언론에".</summary>
    private static bool IsOrganisationNoun(string word, LanguageRules language)
    {
        foreach (var noun in language.OrganisationNouns)
        {
            if (word.StartsWith(noun, StringComparison.Ordinal)
                && (word.Length == noun.Length || language.Morphology?.IsParticles(word[noun.Length..]) == true))
            {
                return true;
            }
        }

        return false;
    }

    private int[]? Lookup(string name, LanguageRules? language)
    {
        var (entries, _) = gazetteer.Lookup(name, allowTransliteration: false);
        if (entries.Length > 0)
        {
            return WatersFirst(entries);
        }

        foreach (var other in language?.Morphology?.WithOrWithoutArticle(name) ?? [])
        {
            (entries, _) = gazetteer.Lookup(other, allowTransliteration: false);
            if (entries.Length > 0)
            {
                return WatersFirst(entries);
            }
        }

        return null;
    }

    /// <summary>A sea and the province named after it (홍해, البحر الأحمر: the Red Sea and Sudan's Red Sea State): the bare name is the sea.</summary>
    private int[] WatersFirst(int[] entries)
    {
        var waters = entries.Where(e => gazetteer[e].Kind == GeoMap.Core.Places.PlaceKind.WaterBody).ToArray();
        return waters.Length > 0 ? waters : entries;
    }

    private bool IsPrefix(string body, LanguageRules? language)
    {
        if (gazetteer.IsPrefix(TextFolding.Fold(body)))
        {
            return true;
        }

        foreach (var other in language?.Morphology?.WithOrWithoutArticle(body) ?? [])
        {
            if (gazetteer.IsPrefix(TextFolding.Fold(other)))
            {
                return true;
            }
        }

        return false;
    }

    private bool Acceptable(string name, int[] entries, LanguageRules? language)
    {
        if (language is not null && Ordinary(language).Contains(TextFolding.Fold(name)))
        {
            return false;
        }

        var letters = name.Count(char.IsLetter);
        var hangul = name.Any(c => c is >= '\uac00' and <= '\ud7a3');
        var short1 = hangul ? letters < 2 : letters < 3;
        return !short1 || entries.Any(e => IsMajor(gazetteer[e]));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> OrdinaryWords = new(StringComparer.Ordinal);

    /// <summary>The language's ordinary words and stopwords, folded like names ("يوماً" and "يوما" alike).</summary>
    private static HashSet<string> Ordinary(LanguageRules language) =>
        OrdinaryWords.GetOrAdd(language.Code, _ => language.NotPlaceWords.Concat(language.Stopwords).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal));

    private static bool IsMajor(GazetteerEntry e) =>
        e.Kind is GeoMap.Core.Places.PlaceKind.Country or GeoMap.Core.Places.PlaceKind.Region or GeoMap.Core.Places.PlaceKind.WaterBody
        || e.IsCityOrCapital || e.CuratedKey is not null;

    private static bool OnlySpace(string text, int from, int to) =>
        to - from is >= 0 and <= 2 && text.AsSpan(from, to - from).Trim(" \u00a0-").IsEmpty;
}

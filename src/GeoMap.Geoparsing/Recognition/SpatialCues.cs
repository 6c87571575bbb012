using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Reads the words around a toponym for hints about its kind and its neighbours.</summary>
/// <remarks>English and French phrasings: <c>the Kursk region</c>, <c>la région de Koursk</c>,
/// <c>near Vladivostok</c>, <c>près de Vladivostok</c>, <c>the border with Ukraine</c>,
/// <c>la frontière avec la Corée du Nord</c>.</remarks>
public static class SpatialCues
{
    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "region", "région", "regions", "oblast", "oblasts", "krai", "kray", "kraï", "province", "provinz", "prefecture",
        "préfecture", "governorate", "gouvernorat", "territory", "territoire", "republic", "république", "okrug", "state",
        "état", "county", "comté", "canton", "department", "département", "gebiet",
    };

    private static readonly HashSet<string> FacilityWords = new(StringComparer.Ordinal)
    {
        "base", "airbase", "airfield", "airport", "aéroport", "port", "harbour", "harbor", "station", "gare", "garrison",
        "garnison", "camp", "range", "polygone", "naval", "navale", "fleet", "flotte", "bay", "baie",
    };

    private static readonly string[][] NearPhrases =
    [
        ["near"], ["close", "to"], ["outside"], ["nearby"], ["next", "to"], ["north", "of"], ["south", "of"], ["east", "of"],
        ["west", "of"], ["northeast", "of"], ["northwest", "of"], ["southeast", "of"], ["southwest", "of"], ["km", "from"],
        ["kilometres", "from"], ["kilometers", "from"], ["miles", "from"], ["près", "de"], ["près", "d"], ["proche", "de"],
        ["non", "loin", "de"], ["environs", "de"], ["proximité", "de"], ["nord", "de"], ["sud", "de"], ["est", "de"],
        ["ouest", "de"], ["nord", "est", "de"], ["sud", "est", "de"], ["nord", "ouest", "de"], ["sud", "ouest", "de"],
        ["km", "de"], ["kilomètres", "de"], ["périphérie", "de"], ["bei"], ["nahe"],
    ];

    private static readonly string[][] BorderPhrases =
    [
        ["border", "with"], ["borders", "with"], ["bordering"], ["frontière", "avec"], ["frontière", "de"],
        ["frontières", "avec"], ["frontalière", "de"], ["grenze", "zu"],
    ];

    /// <summary>Whether a lower-case word names a kind of region.</summary>
    /// <param name="lowerWord">A lower-cased word.</param>
    /// <returns>True for region, oblast, krai, province, …</returns>
    public static bool IsRegionWord(string lowerWord) => RegionWords.Contains(lowerWord);

    /// <summary>Whether a lower-case word names a kind of facility.</summary>
    /// <param name="lowerWord">A lower-cased word.</param>
    /// <returns>True for base, port, airfield, …</returns>
    public static bool IsFacilityWord(string lowerWord) => FacilityWords.Contains(lowerWord);

    /// <summary>Reads the cues around tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="first">First token of the toponym.</param>
    /// <param name="last">Last token of the toponym.</param>
    /// <returns>The cues.</returns>
    public static SpatialCue Read(string text, List<Token> tokens, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var next = last + 1 < tokens.Count ? Word(text, tokens[last + 1]) : "";
        var inside = Word(text, tokens[last]);
        var before = Before(text, tokens, first, 4);
        var regionAfter = RegionWords.Contains(next) || (first != last && RegionWords.Contains(inside));
        var regionBefore = before.Count >= 2 && before[0] is "de" or "du" or "d" && RegionWords.Contains(before[1])
            || before.Count >= 3 && before[0] is "la" or "l" && before[1] is "de" && RegionWords.Contains(before[2])
            || before.Count >= 1 && RegionWords.Contains(before[0]) && before[0] is "oblast" or "kraï" or "krai"
            // "the state of Washington", "the province of Ontario" (a republic or a department of is an organisation or a country's long name)
            || before.Count >= 2 && before[0] is "of" && RegionWords.Contains(before[1]) && before[1] is not ("republic" or "department");
        return new SpatialCue(regionAfter || regionBefore, false, EndsWithAny(before, NearPhrases), EndsWithAny(before, BorderPhrases));
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

    private static string Word(string text, Token t) => TextFolding.Lower(text[t.Start..t.End]);

    /// <summary>Up to <paramref name="count"/> lower-cased words before a token, nearest first, stopping at sentence ends.</summary>
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

            list.Add(Word(text, tokens[k]));
        }

        return list;
    }

    private static bool EndsWithAny(List<string> before, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            // Allow one article between the phrase and the name: "près de la base", "near the border with the".
            for (var skip = 0; skip <= 1; skip++)
            {
                if (skip == 1 && (before.Count == 0 || before[0] is not ("the" or "la" or "le" or "les" or "l")))
                {
                    continue;
                }

                if (Matches(before, skip, phrase))
                {
                    return true;
                }
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
}

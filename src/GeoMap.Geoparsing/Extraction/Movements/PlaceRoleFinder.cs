using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>The role the words around a place give it.</summary>
/// <param name="Role">Origin, via, destination or near.</param>
/// <param name="Weak">True for a French "de"/"d'"/"du" origin: believed only when the sentence also has a destination.</param>
/// <param name="Locative">True when a locative preposition ("in", "à") gave the role: a destination only when no directional one is stated.</param>
/// <param name="First">Index of the first token of the phrase that gives the role (the preposition, or the place itself for an attached marker).</param>
public readonly record struct RoleHit(PlaceRole Role, bool Weak, bool Locative = false, int First = -1);

/// <summary>Reads what governs a place: "vers Koursk", "dans la base militaire d'Oussouriisk", "near Vladivostok", "블라디보스토크로".</summary>
/// <remarks>
/// <para>A language gives roles in three ways, all as data in its <see cref="LanguageRules"/>:</para>
/// <list type="number">
/// <item>Markers attached to the place (<see cref="LanguageRules.PlaceRoleMarkers"/> without <c>Before</c>): a particle or
/// case ending at the end of the place's last token, as Korean 로/으로 (to) and 에서 (from). Checked first.</item>
/// <item>A preposition together with an ending (<see cref="PlaceRoleMarker.Before"/> set): Russian "в" + accusative
/// "Москву" is motion towards, where "в" alone would be read by the next rule.</item>
/// <item>Prepositions before the place (<see cref="LanguageRules.PlacePrepositions"/>): the walk goes back from the place
/// over articles and facility nouns ("la base militaire d'", <see cref="LanguageRules.PlaceHeads"/>) to the nearest
/// preposition. A French "de" right after a facility noun ("base d'Oussouriisk") only links the noun to its name, so
/// the walk goes on to the preposition before the noun ("dans").</item>
/// </list>
/// </remarks>
public static class PlaceRoleFinder
{
    /// <summary>The role of the place whose first token is <paramref name="index"/>, or null when nothing governs it.</summary>
    public static RoleHit? RoleAt(IReadOnlyList<Token> tokens, int index, LanguageRules rules) => RoleAt(tokens, index, index, rules);

    /// <summary>The role of the place spanning tokens <paramref name="index"/> to <paramref name="last"/> (inclusive), or null.</summary>
    public static RoleHit? RoleAt(IReadOnlyList<Token> tokens, int index, int last, LanguageRules rules) => RoleAt(tokens, index, last, rules, -1, -1);

    /// <summary>
    /// The role of the place spanning tokens <paramref name="index"/> to <paramref name="last"/> (inclusive) whose name runs from
    /// character <paramref name="nameStart"/> to <paramref name="nameEnd"/> (negative when it starts or ends with its token), or null.
    /// </summary>
    /// <remarks>
    /// What follows the name inside its last token (블라디보스토크|로) is read for attached particles, what precedes it inside its
    /// first token (لـ|سوريا, to Syria) for <see cref="LanguageRules.AttachedPrepositions"/>; then, for languages
    /// that mark roles after the place, the words after it: nouns of place that carry the particle instead ("청진 일대에서",
    /// from the Chongjin area) and <see cref="LanguageRules.PlacePostpositions"/> ("괌을 떠나", leaving Guam).
    /// </remarks>
    public static RoleHit? RoleAt(IReadOnlyList<Token> tokens, int index, int last, LanguageRules rules, int nameStart, int nameEnd) =>
        RoleAt(tokens, index, last, rules, nameStart, nameEnd, null);

    /// <summary>
    /// As <see cref="RoleAt(IReadOnlyList{Token}, int, int, LanguageRules, int, int)"/>, with tokens the walk back to the
    /// preposition passes over: a time between a verb and its object ("a quitté fin octobre le port de Chongjin", "verließ am
    /// Dienstag den Stützpunkt Ouallam") does not cut the place from the verb that governs it.
    /// </summary>
    internal static RoleHit? RoleAt(IReadOnlyList<Token> tokens, int index, int last, LanguageRules rules, int nameStart, int nameEnd, ISet<int>? transparent)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        var m = rules.Match;
        var ending = last >= 0 && last < tokens.Count ? GeoMap.Core.Text.TextFolding.Lower(tokens[last].Text) : "";
        var attached = last >= 0 && last < tokens.Count && nameEnd > tokens[last].Start && nameEnd < tokens[last].End
            ? GeoMap.Core.Text.TextFolding.Lower(tokens[last].Text[(nameEnd - tokens[last].Start)..])
            : "";
        foreach (var marker in m.SuffixMarkers)
        {
            if (marker.Particle ? attached.StartsWith(marker.Ending, StringComparison.Ordinal) && marker.Ending.Length > 0 : EndsWith(ending, marker.Ending))
            {
                // "타르투스항에 정박해 있던 함정들" (the ships that had lain at Tartus): a locative particle before a verb of having
                // been there says where the force was, which is where a movement of it starts.
                if (marker.Locative && last + 1 < tokens.Count && m.Postpositions.MatchAt(tokens, last + 1) is { Value: PlaceRole.Origin })
                {
                    return new RoleHit(PlaceRole.Origin, false, false, index);
                }

                return new RoleHit(marker.Role, marker.Weak, marker.Locative, index);
            }
        }

        if (index >= 0 && index < tokens.Count && nameStart > tokens[index].Start && nameStart < tokens[index].End
            && m.AttachedPrepositions.TryGetValue(Core.Text.TextFolding.FoldWord(tokens[index].Text[..(nameStart - tokens[index].Start)]), out var prefixed))
        {
            return new RoleHit(prefixed.Role, false, prefixed.Locative, index);
        }

        if (After(tokens, last, rules) is { } after)
        {
            // "in Sanitz aufgebrochen" (set off in Sanitz) leaves Sanitz; "nach Litauen aufgebrochen" (set off for Lithuania) goes
            // there: a preposition of direction right before the place outweighs a participle of leaving after it (not one that
            // a time stands between: "in der Nacht zum Sonntag die Stadt Rostow verlassen").
            return after.Role == PlaceRole.Origin && !rules.VerbFinal
                && Preceding(tokens, index, rules, ending, null) is { Role: PlaceRole.Destination or PlaceRole.Via, Locative: false } directed
                && (transparent is null || !Enumerable.Range(directed.First, index - directed.First).Any(transparent.Contains))
                ? directed
                : after;
        }

        return Preceding(tokens, index, rules, ending, transparent);
    }

    // The walk back from the place over articles, nouns of place and times to the preposition that governs it.
    private static RoleHit? Preceding(IReadOnlyList<Token> tokens, int index, LanguageRules rules, string ending, ISet<int>? transparent)
    {
        var m = rules.Match;
        var boundary = index;
        var passedHead = false;
        for (var steps = 0; boundary > 0 && steps < 8; steps++)
        {
            // "من قاعدة "أدجي كوسي"", "на авіабазі «Михаїл Когелнічану»": a name in quotation marks after its noun of place is
            // governed as it would be without them. Without that noun a name in quotation marks is most often a ship's or a
            // unit's ("во главе с «Шаньдуном»"), which no preposition makes a stop.
            if (boundary == index && boundary > 1 && OpeningQuote(tokens[boundary - 1]) && m.PlaceHeads.MatchEndingAt(tokens, boundary - 1, 3) is not null)
            {
                boundary--;
                continue;
            }

            if (transparent is not null && passedHead && transparent.Contains(boundary - 1))
            {
                // Only after a noun of place or an article ("… fin octobre le port de"): a time right before the name itself
                // ("en octobre Kherson") is no object phrase.
                while (boundary > 0 && transparent.Contains(boundary - 1))
                {
                    boundary--;
                }

                // The locative preposition that opens the time ("am Dienstag", "in March") belongs to it; a verb that governs
                // places ("lasciato martedì il porto") does not.
                if (boundary > 0 && (m.TimeLeads.MatchAt(tokens, boundary - 1) is { Count: 1 } || m.Locative.MatchAt(tokens, boundary - 1) is { Count: 1 }))
                {
                    boundary--;
                }

                continue;
            }

            // "дислоцированной в Пскове" (stationed in Pskov): a longer phrase that ends in the case's preposition is read as a whole.
            if (m.CaseMarkers.MatchEndingAt(tokens, boundary, 3) is { } cased
                && !(m.Prepositions.MatchEndingAt(tokens, boundary, 5) is { } longer && longer.First < cased.First)
                && cased.Value.FirstOrDefault(r => EndsWith(ending, r.Ending)) is { } withCase)
            {
                // "с аэродрома в Евлахе", "с позиций в Херсонской области": a locative case after a noun of place that a
                // directional preposition governs says where that noun is, as a locative preposition does below.
                // "z obozu pod Osipowiczami", "из лагеря под Псковом": "near" told by the case, as by a preposition below, only
                // locates the facility the troops leave.
                return (withCase.Locative || withCase.Role == PlaceRole.Near) && Governing(tokens, cased.First, rules) is { } governing
                    && (withCase.Locative || governing.Role == PlaceRole.Origin) ? governing
                    : new RoleHit(withCase.Role, false, withCase.Locative, cased.First);
            }

            if (m.Prepositions.MatchEndingAt(tokens, boundary, 5) is { } prep)
            {
                var weak = prep.Count == 1 && m.WeakOrigins.MatchAt(tokens, prep.First) is not null;
                if (weak && m.PlaceHeads.MatchEndingAt(tokens, prep.First, 3) is { } head && !IsArticleOrLink(tokens, head, rules))
                {
                    boundary = head.First;
                    passedHead = true;
                    continue;
                }

                var locative = m.Locative.MatchAt(tokens, prep.First) is { } l && l.Count == prep.Count;
                // "de leur camp situé près d'Ossipovitchi", "from their base near Tartus": a place that only locates the facility
                // the troops leave is, near enough, where they leave from; a facility near a place they go to stays an approximate
                // destination.
                if (prep.Value == PlaceRole.Near && Governing(tokens, prep.First, rules) is { Role: PlaceRole.Origin } from)
                {
                    return from;
                }

                return locative && Governing(tokens, prep.First, rules) is { } outer ? outer : new RoleHit(prep.Value, weak, locative, prep.First);
            }

            if (m.PlaceHeads.MatchEndingAt(tokens, boundary, 3) is { } noun)
            {
                boundary = noun.First;
                passedHead = true;
                continue;
            }

            if (Adjectives(tokens, boundary, rules) is var adjectives and >= 0)
            {
                boundary = adjectives;
                passedHead = true;
                continue;
            }

            return null;
        }

        return null;
    }

    // "vom niedersächsischen Fliegerhorst Wunstorf", "im oberpfälzischen Oberviechtach": in a language that capitalises every
    // noun, one or two lower-case words between a determiner and the noun are its adjectives. Returns the first of them, or -1.
    private static int Adjectives(IReadOnlyList<Token> tokens, int boundary, LanguageRules rules)
    {
        if (!rules.CapitalisesNouns)
        {
            return -1;
        }

        var k = boundary;
        while (k > 0 && boundary - k < 2 && tokens[k - 1].Kind == TokenKind.Word && !tokens[k - 1].IsCapitalized && !rules.IsNounDeterminer(tokens[k - 1].Norm)
            && rules.Match.Prepositions.MatchAt(tokens, k - 1) is null)
        {
            k--;
        }

        return k < boundary && k > 0 && rules.IsNounDeterminer(tokens[k - 1].Norm) ? k : -1;
    }

    // "청진 일대에서", "한반도 인근 해역으로", "괌을 떠나", "부산을 거쳐": nouns of place after the name carry its particle, and a
    // word of motion after it gives its role.
    private static RoleHit? After(IReadOnlyList<Token> tokens, int last, LanguageRules rules)
    {
        var m = rules.Match;
        if (rules.PlacePostpositions.Count == 0 || last < 0)
        {
            return null;
        }

        var at = last + 1;
        // A gloss in brackets between the name and its particle: "쿠르스크주(州)에".
        if (at < tokens.Count && tokens[at].Text == "(" && tokens.Skip(at).Take(5).ToList().FindIndex(t => t.Text == ")") is > 0 and var close)
        {
            at += close + 1;
            if (at < tokens.Count && tokens[at].Start == tokens[at - 1].End
                && m.SuffixMarkers.FirstOrDefault(r => r.Particle && r.Ending == tokens[at].Norm) is { } bare)
            {
                return new RoleHit(bare.Role, bare.Weak, bare.Locative, at);
            }

            // "포트카바조스(옛 포트후드)를 떠나" (leaving Fort Cavazos, formerly Fort Hood): any other particle after the gloss is the
            // name's, and the word after it governs the name as it would right after the name.
            if (at < tokens.Count && tokens[at].Start == tokens[at - 1].End && rules.Morphology is { } forms && forms.IsParticles(tokens[at].Norm))
            {
                at++;
            }
        }

        // "지부티의 미군 기지로", "평택 미군 기지에": whose the facility is may stand between the name and the noun of place.
        if (rules.VerbFinal && at + 1 < tokens.Count && m.Units.MatchAt(tokens, at) is { Count: 1 } && m.PlaceHeads.MatchAt(tokens, at + 1) is { Count: 1 })
        {
            at++;
        }

        for (var steps = 0; steps < 3 && at < tokens.Count; steps++)
        {
            if (m.Postpositions.MatchAt(tokens, at) is { } post)
            {
                return new RoleHit(post.Value, false, false, at);
            }

            if (m.PlaceHeads.MatchAt(tokens, at) is not { Count: 1 })
            {
                return null;
            }

            foreach (var marker in m.SuffixMarkers)
            {
                if (EndsWith(tokens[at].Norm, marker.Ending))
                {
                    return new RoleHit(marker.Role, marker.Weak, marker.Locative, at);
                }
            }

            at++;
        }

        return null;
    }

    // "from its garrison in Vilseck", "vers sa base à Istres": a locative phrase after a place noun that a directional
    // preposition governs only says where that noun is; the place takes the directional preposition's role.
    private static RoleHit? Governing(IReadOnlyList<Token> tokens, int at, LanguageRules rules)
    {
        var m = rules.Match;
        var k = at;
        var noun = false;
        // "camp situé près de", "base located near": the participle that says where the facility is belongs to it.
        if (k > 0 && m.LocatedParticiples.MatchEndingAt(tokens, k, 2) is { } located)
        {
            k = located.First;
        }

        for (var steps = 0; k > 0 && steps < 4; steps++)
        {
            if (noun && m.Prepositions.MatchEndingAt(tokens, k, 5) is { } outer)
            {
                var locative = m.Locative.MatchAt(tokens, outer.First) is { } l && l.Count == outer.Count;
                var weak = outer.Count == 1 && m.WeakOrigins.MatchAt(tokens, outer.First) is not null;
                return locative || outer.Value == PlaceRole.Near ? null : new RoleHit(outer.Value, weak, false, outer.First);
            }

            if (m.PlaceHeads.MatchEndingAt(tokens, k, 3) is { } head && !IsArticleOrLink(tokens, head, rules))
            {
                noun = true;
                k = head.First;
                continue;
            }

            // "dalla base aerea di Brize Norton, nell'Oxfordshire,", "from the air base at Fairford, in Gloucestershire": a
            // locative set off by a comma right after a facility's own name says where that facility is, even when the name
            // itself is not a known place; the walk goes on past the name to the noun of place it names.
            if (steps == 0 && Named(tokens, k - 1, rules) is > 0 and var named)
            {
                noun = true;
                k = named;
                continue;
            }

            // An article or a possessive before the noun ("its garrison", "sa base").
            var word = tokens[k - 1];
            if (word.Kind == TokenKind.Word && m.Prepositions.MatchAt(tokens, k - 1) is null
                && (m.Articles.MatchAt(tokens, k - 1) is not null || rules.IsFunctionOrCalendarWord(word.Norm)))
            {
                k--;
                continue;
            }

            return null;
        }

        return null;
    }

    // A facility's name before a comma ("base aerea di Brize Norton,", "Fliegerhorst Brize Norton,"): one to three capitalised
    // words after a noun of place, or after one and its linking "di"/"de"/"of". Returns the noun's first token, or -1.
    private static int Named(IReadOnlyList<Token> tokens, int comma, LanguageRules rules)
    {
        var m = rules.Match;
        if (comma < 2 || tokens[comma].Text != ",")
        {
            return -1;
        }

        var k = comma;
        while (k > 0 && comma - k < 3 && tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true, IsSentenceStart: false }
            && m.PlaceHeads.MatchAt(tokens, k - 1) is null && m.Prepositions.MatchAt(tokens, k - 1) is null)
        {
            k--;
        }

        if (k == comma || k < 1)
        {
            return -1;
        }

        if (m.WeakOrigins.MatchEndingAt(tokens, k, 1) is not null)
        {
            k--;
        }

        return m.PlaceHeads.MatchEndingAt(tokens, k, 3) is { } head && !IsArticleOrLink(tokens, head, rules) ? head.First : -1;
    }

    // A quotation mark right before a name opens it (a closing one would follow a word).
    private static bool OpeningQuote(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text is "\"" or "«" or "“" or "„" or "'" or "‘" or "‚";

    // The ending must leave something of the word: "로" alone is not a place with a particle.
    private static bool EndsWith(string word, string ending) =>
        ending.Length > 0 && word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal);

    // A one-word head that is itself an article or a linking preposition ("la", "the", "de", "of") does not stop the walk
    // at a weak "de": "de la" is not "base de".
    private static bool IsArticleOrLink(IReadOnlyList<Token> tokens, PhraseMatch<bool> head, LanguageRules rules) =>
        head.Count == 1 && (rules.Match.WeakOrigins.MatchAt(tokens, head.First) is not null || rules.Match.Articles.MatchAt(tokens, head.First) is not null);
}

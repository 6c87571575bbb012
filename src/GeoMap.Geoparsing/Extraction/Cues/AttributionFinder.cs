using GeoMap.Core.Movements;
using GeoMap.Geoparsing.Extraction.Curated;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Cues;

/// <summary>A source found in a sentence and the tokens that name it.</summary>
/// <param name="Attribution">Who the claim is attributed to.</param>
/// <param name="FirstToken">First token of the source's words.</param>
/// <param name="NextToken">One past the last token.</param>
public sealed record AttributionMatch(Attribution Attribution, int FirstToken, int NextToken);

/// <summary>Finds who a sentence attributes its claims to.</summary>
/// <remarks>
/// A sentence is attributed when it has a source opener ("selon", "according to") or a reporting verb
/// ("a déclaré", "said") and names a source: a curated one (NIS, the Kremlin), an intelligence word
/// next to a demonym or country ("South Korean intelligence" → that country's service), or, after an
/// opener, the words up to the next comma. Sentences without a source inherit one from the paragraph
/// (see the movement extractor): "The NIS said … It also said …".
/// </remarks>
public static class AttributionFinder
{
    // A reporting verb or a number between the intelligence word and a country after it ends the source's name.
    private static bool Between(IReadOnlyList<Token> tokens, List<int> verbs, int from, int to) =>
        verbs.Any(v => v >= from && v < to) || Enumerable.Range(from, Math.Max(0, to - from)).Any(k => tokens[k].Kind == TokenKind.Number);

    private static bool Comma(IReadOnlyList<Token> tokens, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Any(k => tokens[k].Text is "," or ";" or "،");

    private static bool Directional(IReadOnlyList<Token> tokens, int at, LanguageRules.Matchers m)
    {
        if (m.Prepositions.MatchAt(tokens, at) is not { Value: PlaceRole.Destination or PlaceRole.Via } p)
        {
            return false;
        }

        if (m.Locative.MatchAt(tokens, at) is { } l && l.Count == p.Count)
        {
            return false;
        }

        // "источники в малийской армии" (sources in the Malian army): a case that says where someone is, not where something
        // goes, on the noun after the preposition or after one adjective.
        if (m.CaseMarkers.MatchAt(tokens, at) is { } markers && markers.Next == p.Next)
        {
            for (var k = p.Next; k < tokens.Count && k < p.Next + 2 && tokens[k].Kind == TokenKind.Word; k++)
            {
                var word = TextFolding.Lower(tokens[k].Text);
                if (markers.Value.Any(r => r.Locative && word.EndsWith(r.Ending, StringComparison.Ordinal)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // A weekday, a date, a month or a relative day at this token or right after a one-word lead ("am Montag", "on Friday",
    // "le 3 mars", "am 4. November").
    private static bool OpensTime(IReadOnlyList<Token> tokens, int at, LanguageRules.Matchers m) => TimeEnd(tokens, at, m) > at;

    // One past the time OpensTime finds at this token, or at itself when none opens there.
    private static int TimeEnd(IReadOnlyList<Token> tokens, int at, LanguageRules.Matchers m)
    {
        for (var k = at; k <= at + 1 && k < tokens.Count; k++)
        {
            var word = m.Weekdays.MatchAt(tokens, k)?.Next ?? m.Months.MatchAt(tokens, k)?.Next ?? m.RelativeDays.MatchAt(tokens, k)?.Next
                ?? m.RelativeWeeks.MatchAt(tokens, k)?.Next ?? m.PastSpans.MatchAt(tokens, k)?.Next ?? m.Weekends.MatchAt(tokens, k)?.Next;
            if (word is { } next)
            {
                return next;
            }

            if (tokens[k].Kind == TokenKind.Number && (m.Months.MatchAt(tokens, k + 1) ?? m.Months.MatchAt(tokens, k + 2)) is { } month)
            {
                return month.Next;
            }
        }

        return at;
    }

    /// <summary>The attribution of one sentence, or null.</summary>
    public static AttributionMatch? Find(IReadOnlyList<Token> tokens, LanguageRules rules, CuratedLexicons curated)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(curated);
        var m = rules.Match;
        var openers = m.SourceOpeners.FindAll(tokens);
        var closers = m.SourceClosers.FindAll(tokens);
        // Found once: whether any is there decides whether to look further, and where they are bounds a source's name.
        var reporting = m.ReportingVerbs.FindAll(tokens);
        var cued = openers.Count > 0 || closers.Count > 0 || reporting.Count > 0;
        if (!cued)
        {
            return null;
        }

        foreach (var known in curated.Sources.FindAll(tokens))
        {
            return new AttributionMatch(new Attribution(known.Value.Name, known.Value.CountryCode), known.First, known.Next);
        }

        var actors = curated.Actors.FindAll(tokens).Where(a => a.Value.Actor.IsState).ToList();
        var verbs = reporting.Select(v => v.First).ToList();
        foreach (var word in m.Intelligence.FindAll(tokens))
        {
            // The nearest country on either side: "South Korean intelligence", "le renseignement ukrainien", "Ukraine's intelligence".
            var nearest = actors
                .Select(a => (Actor: a, Distance: a.Next <= word.First ? word.First - a.Next : a.First - word.Next))
                .Where(x => x.Distance is >= 0 and <= 4)
                .Where(x => x.Actor.First < word.First || !Between(tokens, verbs, word.Next, x.Actor.First))
                // "За даними розвідки, протягом липня російське командування перекинуло …": a comma ends the service's name; the
                // country after it is the clause's own (here the mover).
                .Where(x => !Comma(tokens, Math.Min(word.Next, x.Actor.Next), Math.Max(word.First, x.Actor.First)))
                .OrderBy(x => x.Distance).ThenBy(x => x.Actor.First)
                .Select(x => (PhraseMatch<ActorName>?)x.Actor)
                .FirstOrDefault();
            if (nearest is { } actor)
            {
                var code = actor.Value.Actor.CountryCode;
                var service = curated.IntelligenceOf(code);
                var attribution = service is not null
                    ? new Attribution(service.Name, code)
                    : new Attribution($"{actor.Value.Actor.Name} intelligence", code);
                return new AttributionMatch(attribution, Math.Min(word.First, actor.First), Math.Max(word.Next, actor.Next));
            }
        }

        // "국정원에 따르면": the source stands before the phrase that says so, back to the start of the clause.
        if (closers.Count > 0)
        {
            var closer = closers[0];
            var begin = closer.First;
            while (begin > 0 && closer.First - begin < 6 && tokens[begin - 1].Kind != TokenKind.Punctuation)
            {
                begin--;
            }

            if (begin < closer.First)
            {
                return Span(tokens, curated, begin, closer.First, closer.Next);
            }
        }

        if (openers.Count > 0)
        {
            var opener = openers[0];
            // "jak poinformował w środę rumuński resort obrony", "as reported on Friday by the ministry": a time right after the
            // opener is when the source spoke; the source's words follow it.
            var first = TimeEnd(tokens, opener.Next, m);
            var end = first;
            // The source's words run to the next punctuation, but never over a movement verb or a preposition of motion:
            // "nach Angaben des Generalstabs in Kiew bis nach Charkiw vorgedrungen" names the staff in Kyiv, not the advance.
            // Nor over a time: "nach Angaben eines Sprechers am Montag in Wowtschansk" names the spokesman; when and where
            // troops arrived is the movement's.
            while (end < tokens.Count && end - first < 8 && tokens[end].Kind != TokenKind.Punctuation
                && m.MovementVerbs.MatchAt(tokens, end) is null && !Directional(tokens, end, m) && !OpensTime(tokens, end, m))
            {
                end++;
            }

            if (end > first)
            {
                return Span(tokens, curated, first, end, end);
            }
        }

        return null;
    }

    // The source named by the words from <paramref name="first"/> to <paramref name="end"/>; the match runs to <paramref name="next"/>.
    private static AttributionMatch Span(IReadOnlyList<Token> tokens, CuratedLexicons curated, int first, int end, int next)
    {
        string? country = null;
        for (var k = first; k < end; k++)
        {
            if (curated.Actors.MatchAt(tokens, k) is { } actor)
            {
                country = actor.Value.Actor.CountryCode;
                break;
            }
        }

        var words = string.Join(' ', tokens.Skip(first).Take(end - first).Select(t => t.Text))
            .Replace("' ", "'", StringComparison.Ordinal).Replace("’ ", "’", StringComparison.Ordinal);
        return new AttributionMatch(new Attribution(words, country), first, next);
    }
}

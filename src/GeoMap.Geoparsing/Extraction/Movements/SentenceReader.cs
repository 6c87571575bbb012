using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Extraction.Cues;
using GeoMap.Geoparsing.Extraction.Curated;
using GeoMap.Geoparsing.Extraction.Dates;
using GeoMap.Geoparsing.Extraction.Quantities;
using GeoMap.Geoparsing.Extraction.Sentences;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>Reads one sentence: count, unit, actor, mode, status, source, date and the roles of its places.</summary>
public sealed class SentenceReader(LanguageRules rules, CuratedLexicons curated)
{
    private static readonly HashSet<string> Formations = new(StringComparer.Ordinal) { "brigade", "battalion", "regiment", "division", "company" };

    /// <summary>Reads <paramref name="sentence"/> of <paramref name="text"/>, given the place mentions inside it.</summary>
    public SentenceReading Read(string text, Sentence sentence, IReadOnlyList<Mention> mentions, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var m = rules.Match;
        var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End);
        var status = m.Status.FindAll(tokens).Select(c => c.Value).FirstOrDefault();
        // "said on Friday", "a déclaré vendredi": the day of the statement, not of the movement.
        var verbs = m.ReportingVerbs.FindAll(tokens);
        var dates = DateExtractor.Extract(text, tokens, rules, published, status == MovementStatus.Planned)
            .Where(d => !verbs.Any(v => d.FirstToken >= v.Next && d.FirstToken - v.Next <= 1 && d.Period.Precision == Core.Time.TimePrecision.Day && d.Period.End - d.Period.Start == TimeSpan.FromDays(1)))
            .ToList();
        var taken = dates.SelectMany(d => Enumerable.Range(d.FirstToken, d.NextToken - d.FirstToken)).ToHashSet();
        var quantities = QuantityExtractor.Extract(text, tokens, rules, taken);
        var units = m.Units.FindAll(tokens);
        var attribution = AttributionFinder.Find(tokens, rules, curated);

        var (strength, unit, unitToken) = CountAndUnit(tokens, quantities, units);
        var places = Places(tokens, sentence, mentions);
        var actor = Actor(tokens, unitToken, attribution, places.Roles);

        return new SentenceReading
        {
            Sentence = sentence,
            Strength = strength,
            Unit = unit,
            Actor = actor ?? (places.Origin?.Kind == PlaceKind.Country && places.Origin.CountryCode is { } c ? curated.State(c) : null),
            Mode = m.Modes.FindAll(tokens).Select(x => x.Value).FirstOrDefault(),
            Status = status,
            IsReaction = m.Reactions.FindAll(tokens).Count > 0,
            RefersBack = tokens.Count > 0 && m.AnaphoricSubjects.MatchAt(tokens, 0) is not null,
            Source = attribution?.Attribution,
            Date = dates.Count > 0 ? dates.MaxBy(d => d.Period.Precision == Core.Time.TimePrecision.Day ? 2 : 1) : null,
            Origin = places.Origin,
            Via = places.Via,
            Destination = places.Destination,
            DestinationIsApproximate = places.Approximate,
        };
    }

    private static (Strength? Strength, string? Unit, int UnitToken) CountAndUnit(
        List<Token> tokens, List<QuantityMatch> quantities, List<PhraseMatch<(string Unit, int Specificity)>> units)
    {
        foreach (var q in quantities)
        {
            // The count's unit follows it within a few words: "1 500 soldats des forces spéciales", "12,000 North Korean troops".
            var attached = units.Where(u => u.First >= q.NextToken && u.First - q.NextToken <= 3
                    && !tokens.Skip(q.NextToken).Take(u.First - q.NextToken).Any(t => t.Kind == TokenKind.Punctuation))
                .ToList();
            if (attached.Count == 0)
            {
                continue;
            }

            // "1 500 soldats des forces spéciales": a more specific unit joined by "de"/"of" names the same men;
            // "12,000 soldiers, including special forces" names only some of them.
            var nearby = units.Where(u => u.First >= attached[0].First && u.First - attached[0].First <= 3
                && tokens.Skip(attached[0].Next).Take(u.First - attached[0].Next).All(t => t.Norm is "de" or "des" or "du" or "d'" or "of" or "the"));
            var best = nearby.OrderByDescending(u => u.Value.Specificity).ThenBy(u => u.First).First();
            var formation = Formations.Contains(attached[0].Value.Unit);
            return (formation ? null : q.Strength, best.Value.Unit, best.First);
        }

        if (units.Count == 0)
        {
            return (null, null, -1);
        }

        var top = units.OrderByDescending(u => u.Value.Specificity).ThenBy(u => u.First).First();
        return (null, top.Value.Unit, top.First);
    }

    private ActorEntry? Actor(List<Token> tokens, int unitToken, AttributionMatch? attribution, Dictionary<int, RoleHit> roles)
    {
        var m = rules.Match;
        var candidates = new List<(ActorName Name, int First)>();
        foreach (var match in curated.Actors.FindAll(tokens))
        {
            var inSource = attribution is { } a && match.First >= a.FirstToken && match.First <= a.NextToken;
            var hasRole = roles.ContainsKey(match.First) || PlaceRoleFinder.RoleAt(tokens, match.First, rules) is { Role: not PlaceRole.Near };
            var onFront = match.Value.IsDemonym && (m.FrontNouns.MatchEndingAt(tokens, match.First, 2) is not null || m.FrontNouns.MatchAt(tokens, match.Next) is not null);
            if (!inSource && !onFront && !(hasRole && !match.Value.IsDemonym))
            {
                candidates.Add((match.Value, match.First));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        if (unitToken >= 0)
        {
            var close = candidates.Where(c => c.Name.IsDemonym && c.First >= unitToken - 3 && c.First <= unitToken + 5)
                .OrderBy(c => Math.Abs(c.First - unitToken)).FirstOrDefault();
            if (close.Name is not null)
            {
                return close.Name.Actor;
            }
        }

        return candidates.FirstOrDefault(c => !c.Name.IsDemonym).Name?.Actor ?? candidates[0].Name.Actor;
    }

    private (Place? Origin, List<Place> Via, Place? Destination, bool Approximate, Dictionary<int, RoleHit> Roles) Places(
        List<Token> tokens, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var roles = new Dictionary<int, RoleHit>();
        var found = new List<(Place Place, RoleHit Role)>();
        foreach (var mention in mentions)
        {
            if (mention.Start < sentence.Start || mention.End > sentence.End)
            {
                continue;
            }

            var index = tokens.FindIndex(t => t.Start >= mention.Start);
            if (index < 0 || PlaceRoleFinder.RoleAt(tokens, index, rules) is not { } role)
            {
                continue;
            }

            roles[index] = role;
            found.Add((mention.Place, role));
        }

        // "sur le front ukrainien", "to the Ukrainian front": the country of the demonym.
        var m = rules.Match;
        foreach (var front in m.FrontNouns.FindAll(tokens))
        {
            var demonym = curated.Actors.MatchAt(tokens, front.Next)?.Value ?? Before(tokens, front.First);
            if (demonym is { IsDemonym: true } d && d.Actor.Place is { } country)
            {
                found.Add((country, new RoleHit(PlaceRole.Destination, false)));
            }
        }

        var destinations = found.Where(f => f.Role.Role == PlaceRole.Destination).Select(f => f.Place).ToList();
        var approximate = false;
        if (destinations.Count == 0)
        {
            destinations = found.Where(f => f.Role.Role == PlaceRole.Near).Select(f => f.Place).ToList();
            approximate = destinations.Count > 0;
        }

        var destination = destinations.FirstOrDefault(p => p.Kind != PlaceKind.Country) ?? destinations.FirstOrDefault();
        var origins = found.Where(f => f.Role.Role == PlaceRole.Origin && (!f.Role.Weak || destination is not null)).Select(f => f.Place);
        var origin = origins.FirstOrDefault(p => p != destination);
        var via = found.Where(f => f.Role.Role == PlaceRole.Via).Select(f => f.Place).Where(p => p != destination && p != origin).Distinct().ToList();
        return (origin, via, destination, approximate, roles);
    }

    private ActorName? Before(List<Token> tokens, int index)
    {
        for (var k = Math.Max(0, index - 3); k < index; k++)
        {
            if (curated.Actors.MatchAt(tokens, k) is { } match && match.Next == index)
            {
                return match.Value;
            }
        }

        return null;
    }
}

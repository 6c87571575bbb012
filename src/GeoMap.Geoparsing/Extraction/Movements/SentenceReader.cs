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

    // Canonical unit names (the values of every language's Units) that count machines, not people.
    private static readonly HashSet<string> Equipment = new(StringComparer.Ordinal)
    {
        "tanks", "armoured vehicles", "vehicles", "warships", "ships", "aircraft", "bombers", "fighter jets", "helicopters", "trucks",
    };

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
        var attribution = AttributionFinder.Find(tokens, rules, curated);
        var movementVerbs = m.MovementVerbs.FindAll(tokens)
            .Where(v => attribution is not { } a || v.First < a.FirstToken || v.First >= a.NextToken).ToList();
        var mainVerb = movementVerbs.Count > 0 ? movementVerbs[0].First : -1;
        var dates = DateExtractor.Extract(text, tokens, rules, published, status == MovementStatus.Planned)
            .Where(d => !verbs.Any(v => d.FirstToken >= v.Next && d.FirstToken - v.Next <= 1 && d.Period.Precision == Core.Time.TimePrecision.Day && d.Period.End - d.Period.Start == TimeSpan.FromDays(1)))
            .ToList();
        var taken = dates.SelectMany(d => Enumerable.Range(d.FirstToken, d.NextToken - d.FirstToken)).ToHashSet();
        var quantities = QuantityExtractor.Extract(text, tokens, rules, taken);
        var units = m.Units.FindAll(tokens);

        var (strength, unit, unitToken) = CountAndUnit(tokens, quantities, units);
        var withdrawal = movementVerbs.Count > 0 && movementVerbs[0].Value == MovementKind.Withdrawal;
        var places = Places(tokens, sentence, mentions, withdrawal, taken);
        var actor = Actor(tokens, unitToken, mainVerb, attribution, places.Roles)
            ?? CountrySubject(places.Subjects, mainVerb, attribution);
        var mode = m.Modes.FindAll(tokens).Select(x => x.Value).FirstOrDefault();
        var moves = movementVerbs.Count > 0 || (rules.MovementVerbs.Count == 0 && (status != MovementStatus.Unknown || mode != TransportMode.Unknown));

        return new SentenceReading
        {
            Sentence = sentence,
            Strength = strength,
            Unit = unit,
            Actor = actor ?? (places.Origin?.Kind == PlaceKind.Country && places.Origin.CountryCode is { } c && places.Destination is not null ? curated.State(c) : null),
            Mode = mode,
            Status = status,
            Kind = movementVerbs.Count > 0 ? movementVerbs[0].Value : MovementKind.Unknown,
            HasMovementVerb = moves,
            IsReaction = m.Reactions.FindAll(tokens).Count > 0,
            RefersBack = tokens.Count > 0 && m.AnaphoricSubjects.MatchAt(tokens, 0) is not null,
            Source = attribution?.Attribution,
            Date = Closest(dates, mainVerb),
            Origin = places.Origin,
            Via = places.Via,
            Destination = places.Destination,
            DestinationIsApproximate = places.Approximate,
        };
    }

    // The movement's own date is the one nearest its verb; a day beats a month or a year at equal distance.
    private static DateMatch? Closest(List<DateMatch> dates, int verb)
    {
        if (dates.Count == 0)
        {
            return null;
        }

        if (verb < 0)
        {
            return dates.MaxBy(d => d.Period.Precision == Core.Time.TimePrecision.Day ? 2 : 1);
        }

        return dates.OrderBy(d => Math.Min(Math.Abs(d.FirstToken - verb), Math.Abs(d.NextToken - 1 - verb)))
            .ThenBy(d => d.Period.Precision == Core.Time.TimePrecision.Day ? 0 : 1).First();
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
            // Strength counts people: "three brigades" or "40 armoured vehicles" give a unit but no head count.
            var notPeople = Formations.Contains(attached[0].Value.Unit) || Equipment.Contains(attached[0].Value.Unit);
            var vague = q.Strength is { Min: null, Max: null };
            return (notPeople || vague ? null : q.Strength, best.Value.Unit, best.First);
        }

        if (units.Count == 0)
        {
            return (null, null, -1);
        }

        var top = units.OrderByDescending(u => u.Value.Specificity).ThenBy(u => u.First).First();
        return (null, top.Value.Unit, top.First);
    }

    private ActorEntry? Actor(List<Token> tokens, int unitToken, int verb, AttributionMatch? attribution, Dictionary<int, RoleHit> roles)
    {
        var m = rules.Match;
        var candidates = new List<(ActorName Name, int First)>();
        foreach (var match in curated.Actors.FindAll(tokens))
        {
            var inSource = attribution is { } a && match.First >= a.FirstToken && match.First <= a.NextToken;
            // "from a US base", "aus einem US-Stützpunkt": a name that qualifies a facility noun says whose it is, not where to.
            var qualifies = match.Next < tokens.Count && m.PlaceHeads.MatchAt(tokens, match.Next) is { } head
                && m.Articles.MatchAt(tokens, head.First) is null && m.Prepositions.MatchAt(tokens, head.First) is null
                && m.WeakOrigins.MatchAt(tokens, head.First) is null;
            var hasRole = !qualifies && (roles.ContainsKey(match.First) || PlaceRoleFinder.RoleAt(tokens, match.First, rules) is { Role: not PlaceRole.Near });
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

        // The mover is the subject: the name nearest before the movement verb ("North Korea has sent …, Seoul said").
        if (verb >= 0 && candidates.Where(c => c.First < verb).OrderByDescending(c => c.First).FirstOrDefault() is { Name: not null } subject)
        {
            return subject.Name.Actor;
        }

        return candidates.FirstOrDefault(c => !c.Name.IsDemonym).Name?.Actor ?? candidates[0].Name.Actor;
    }

    // "la Russia sta trasferendo …", "Rwanda sent …": a country named before the movement verb with no preposition of its own
    // is the mover, even when the curated actor list does not know that language's name for it.
    private ActorEntry? CountrySubject(List<(Place Place, int First)> subjects, int verb, AttributionMatch? attribution)
    {
        if (verb < 0)
        {
            return null;
        }

        var subject = subjects.Where(s => s.First < verb && (attribution is not { } a || s.First < a.FirstToken || s.First >= a.NextToken))
            .OrderByDescending(s => s.First).Select(s => s.Place).FirstOrDefault();
        return subject?.CountryCode is not { } code ? null
            : curated.State(code) ?? new ActorEntry(code.ToLowerInvariant(), true, code, subject.Name, subject);
    }

    private (Place? Origin, List<Place> Via, Place? Destination, bool Approximate, Dictionary<int, RoleHit> Roles, List<(Place Place, int First)> Subjects) Places(
        List<Token> tokens, Sentence sentence, IReadOnlyList<Mention> mentions, bool withdrawal, HashSet<int> dateTokens)
    {
        var roles = new Dictionary<int, RoleHit>();
        var found = new List<(Place Place, RoleHit Role)>();
        var subjects = new List<(Place Place, int First)>();
        var previousEnd = -1;
        foreach (var mention in mentions)
        {
            if (mention.Start < sentence.Start || mention.End > sentence.End)
            {
                continue;
            }

            var index = tokens.FindIndex(t => t.Start >= mention.Start);
            var last = tokens.FindLastIndex(t => t.Start < mention.End);
            // "am Sonntag", "bis Ende August": a word the date reader took is a time, not a place that happens to share its name.
            if (index >= 0 && (dateTokens.Contains(index) || rules.Match.Weekdays.MatchAt(tokens, index) is not null || rules.Match.Months.MatchAt(tokens, index) is not null))
            {
                continue;
            }

            var qualified = previousEnd;
            previousEnd = Math.Max(index, last);
            if (index < 0 || PlaceRoleFinder.RoleAt(tokens, index, Math.Max(index, last), rules) is not { } role)
            {
                if (index >= 0 && mention.Place.Kind == PlaceKind.Country)
                {
                    subjects.Add((mention.Place, index));
                }

                continue;
            }

            roles[index] = role;
            // "from Kupiansk, in the Kharkiv region, to …", "Sévaré in the Mopti region": a region or country in a locative
            // right after a place (or after it and a comma) says where that place is; it is not a second stop.
            var after = role.First - 1;
            if (role.Locative && mention.Place.Kind is PlaceKind.Region or PlaceKind.Country && qualified >= 0
                && (after == qualified || (after == qualified + 1 && tokens[after].Text == ",")))
            {
                continue;
            }

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

        // A directional preposition ("to", "vers") names the destination; a locative one ("in", "à") only when none does.
        var destinations = found.Where(f => f.Role.Role == PlaceRole.Destination && !f.Role.Locative).Select(f => f.Place).ToList();
        if (destinations.Count == 0)
        {
            destinations = found.Where(f => f.Role.Role == PlaceRole.Destination).Select(f => f.Place).ToList();
        }

        var approximate = false;
        if (destinations.Count == 0)
        {
            destinations = found.Where(f => f.Role.Role == PlaceRole.Near).Select(f => f.Place).ToList();
            approximate = destinations.Count > 0;
        }

        var destination = destinations.FirstOrDefault(p => p.Kind != PlaceKind.Country) ?? destinations.FirstOrDefault();
        // A weak "de" is an origin when a destination or a withdrawal verb ("se sont retirés de Kherson") says the place is left.
        var origins = found.Where(f => f.Role.Role == PlaceRole.Origin && (!f.Role.Weak || destination is not null || withdrawal)).Select(f => f.Place);
        var origin = origins.FirstOrDefault(p => p != destination);
        var via = found.Where(f => f.Role.Role == PlaceRole.Via).Select(f => f.Place).Where(p => p != destination && p != origin).Distinct().ToList();
        return (origin, via, destination, approximate, roles, subjects);
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

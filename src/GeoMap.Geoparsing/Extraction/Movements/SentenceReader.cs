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
    private const int RecentPlaces = 16;

    // The curated names with the report language's own words for a side ("противник" in a Ukrainian report).
    private readonly PhraseMatcher<ActorName> actors = curated.ActorsIn(rules);

    private static readonly HashSet<string> Formations = new(StringComparer.Ordinal)
    {
        "brigade", "battalion", "regiment", "division", "company", "army", "convoy", "column", "batteries",
    };

    // Canonical unit names (the values of every language's Units) that count machines, not people.
    private static readonly HashSet<string> Equipment = new(StringComparer.Ordinal)
    {
        "tanks", "armoured vehicles", "vehicles", "warships", "ships", "aircraft", "bombers", "fighter jets", "helicopters", "trucks",
    };

    // Canonical unit names of craft that move under their own power, and the way they go: bombers redeployed to an island base
    // flew there, frigates sent to a sea sailed; the craft moved is how the movement went when no other word says so.
    private static readonly Dictionary<string, TransportMode> CraftModes = new(StringComparer.Ordinal)
    {
        ["aircraft"] = TransportMode.Air, ["bombers"] = TransportMode.Air, ["fighter jets"] = TransportMode.Air, ["helicopters"] = TransportMode.Air,
        ["warships"] = TransportMode.Sea, ["ships"] = TransportMode.Sea,
    };

    /// <summary>
    /// Reads <paramref name="sentence"/> of <paramref name="text"/>, given the place mentions inside it: one reading per
    /// clause (see <see cref="ClauseSplitter"/>), in order.
    /// </summary>
    /// <param name="text">The report.</param>
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="mentions">The place mentions inside the sentence, in order.</param>
    /// <param name="published">The publication day, for relative dates.</param>
    /// <param name="placeBefore">The latest place named before the sentence, for back-references ("in that area").</param>
    /// <param name="placesBefore">
    /// The places named before the sentence, latest last, for back-references that name a kind of place ("the country", "that
    /// region"); when given, it stands for <paramref name="placeBefore"/>.
    /// </param>
    /// <remarks>
    /// The dateline that opens a report ("KYIV, March 13 —", "MADRID, 20 ene (EFE).–") says where and when the report
    /// was filed, not where or when troops moved: its places and date are left out.
    /// </remarks>
    /// <param name="textTokens">The tokens of the whole text, of which the sentence's are a slice; null to tokenize the sentence.</param>
    public IReadOnlyList<SentenceReading> Read(string text, Sentence sentence, IReadOnlyList<Mention> mentions, DateOnly published, Place? placeBefore = null, IReadOnlyList<Place>? placesBefore = null,
        List<Token>? textTokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var all = textTokens is null ? Tokenizer.Tokenize(text, sentence.Start, sentence.End) : Tokenizer.Slice(text, textTokens, sentence.Start, sentence.End);
        var body = sentence.Index == 0 ? DatelineEnd(all) : 0;
        if (body >= all.Count)
        {
            return [ReadClause(text, sentence, [], [], published, [], null, null)];
        }

        IReadOnlyList<Place> earlierPlaces = placesBefore ?? (placeBefore is null ? [] : [placeBefore]);

        var sentenceMatch = AttributionFinder.Find(body == 0 ? all : all.GetRange(body, all.Count - body), rules, curated);
        var sentenceSource = sentenceMatch?.Attribution;
        var clauses = ClauseSplitter.Split(all, body, rules, pronoun => AntecedentStart(text, all, pronoun, published));
        var readings = new List<SentenceReading>(clauses.Count);
        var bodyStart = all[body].Start;
        foreach (var clause in clauses)
        {
            // Most sentences are one clause: read their tokens as they are rather than a copy (nothing below changes them).
            var tokens = clause.HoleFirst >= 0 ? [.. clause.Indices().Select(k => all[k])]
                : clause.First == 0 && clause.Next == all.Count ? all
                : all.GetRange(clause.First, clause.Next - clause.First);
            var from = tokens[0].Start;
            var to = tokens[^1].End;
            var (holeFrom, holeTo) = clause.HoleFirst < 0 ? (-1, -1) : (all[clause.HoleFirst].Start, all[clause.HoleNext - 1].End);
            var inside = mentions.Where(x => x.Start >= from && x.End <= to && !(x.Start >= holeFrom && x.End <= holeTo)).ToList();
            // A back-reference reaches a few sentences back at most; the bound keeps a long report linear.
            var before = earlierPlaces.Skip(Math.Max(0, earlierPlaces.Count - RecentPlaces)).Concat(mentions.Where(x => x.End <= from && x.Start >= bodyStart).Select(x => x.Place)).ToList();
            // A clause that is the whole sentence has the sentence's attribution, found above.
            var attribution = body == 0 && ReferenceEquals(tokens, all) ? sentenceMatch : AttributionFinder.Find(tokens, rules, curated);
            var reading = ReadClause(text, sentence, tokens, inside, published, before, sentenceSource, attribution);
            // "la frégate Languedoc, …, qui rentrera à Toulon": a relative clause without a force of its own is about the force
            // of the clause before it; one that moves nothing ("dont les premiers ont été livrés en janvier") adds nothing to it.
            // So is one after a force named by its name alone ("La Minusma, qui doit avoir quitté le Mali …").
            // So is a clause after a connective ending that names no force ("북한군이 … 철수했다가, 이달 들어 … 다시 배치됐다").
            if ((clause.Relative || (clause.SharesSubject && reading.Actor is null)) && reading.Unit is null && reading.HasMovementVerb && readings.Count > 0 && (readings[^1].Unit is not null || readings[^1].ForceNamed))
            {
                reading = reading with { Unit = readings[^1].Unit, Actor = reading.Actor ?? readings[^1].Actor };
            }

            readings.Add(reading);
        }

        // "the carrier USS Carl Vinson, which had been operating in the western Pacific, was heading to the Arabian Sea": a relative
        // clause that moves nothing but says where the force was is where the movement of the clause around it starts.
        for (var k = 0; k + 1 < clauses.Count; k++)
        {
            var (main, inner) = (readings[k], readings[k + 1]);
            if (clauses[k].HoleFirst >= 0 && clauses[k + 1].First == clauses[k].HoleFirst && !inner.HasMovementVerb && inner.Origin is { } where
                && main.Origin is null && main.Destination is { } to && to != where)
            {
                readings[k] = main with { Origin = where };
            }
        }

        // "vom Luftwaffenstützpunkt Al-Asrak aus gestartet, wohin die Bundeswehr die Truppe … vom Fliegerhorst Wunstorf verlegt
        // hatte", "to Kidal, where the convoy arrived on Monday": a movement in a clause opened by a relative word of place, with no
        // destination of its own, goes to the place the relative word stands for, the last one named before it (the destination
        // of the clause before when that last one only says where the destination lies).
        for (var k = 1; k < clauses.Count; k++)
        {
            var opener = clauses[k].First;
            if (!clauses[k].Relative || readings[k] is not { HasMovementVerb: true, Destination: null, Negated: false } inner || inner.Kind == MovementKind.Withdrawal
                || (rules.Match.PlaceRelatives.MatchAt(all, opener) is null && !(opener > 0 && rules.Match.PlaceRelatives.MatchAt(all, opener - 1) is { } glued && glued.Next > opener)))
            {
                continue;
            }

            // The relative clause stands after a comma ("…, where", "…, wohin"), a few words at most after the place it stands for: "did
            // not say where they had been redeployed" asks a question, it names no place.
            var comma = all[opener].Text == "," ? opener : opener > 0 && all[opener - 1].Text == "," ? opener - 1 : -1;
            if (comma < 0 || mentions.LastOrDefault(x => x.End <= all[comma].Start && x.Start >= bodyStart) is not { } antecedent
                || antecedent.Place.Key == inner.Origin?.Key || all.FindLastIndex(comma, Math.Min(comma + 1, 5), t => t.End <= antecedent.End) < 0)
            {
                continue;
            }

            // The destination of the clause before, arrived at ("to Paldiski, where they were unloaded on Saturday"), is the same
            // movement told on: its date is taken below; the clause is no movement of its own.
            if (readings[k - 1].Destination is { } said && (said.Key == antecedent.Place.Key
                || (antecedent.Place.Kind is PlaceKind.Country or PlaceKind.Region && antecedent.Place.CountryCode == said.CountryCode)))
            {
                continue;
            }

            readings[k] = inner with { Destination = antecedent.Place };
        }

        // "shipped from Marchwood to Paldiski, where they were unloaded on Saturday", "hacia Gao, adonde llegaron el lunes": a
        // relative clause after the movement that tells, with a movement verb of its own and no place or count of its own, when the
        // force moved or arrived dates the movement the clause before it states without a date.
        for (var k = 0; k + 1 < clauses.Count; k++)
        {
            var (main, inner) = (readings[k], readings[k + 1]);
            if (clauses[k + 1].Relative && clauses[k].HoleFirst < 0 && clauses[k + 1].First >= clauses[k].Next && main is { Date: null, HasMovementVerb: true }
                && (main.Destination ?? main.Origin) is not null && inner is { Date: { } when, HasMovementVerb: true, Origin: null, Destination: null, Strength: null, Negated: false }

                && (inner.Actor is null || main.Actor is null || MovementDraft.SameActor(inner.Actor, main.Actor)))
            {
                readings[k] = main with { Date = when };
            }
        }

        // A relative clause set inside another is a side remark: the clause around it is what the report goes on about ("La
        // Minusma, qui doit avoir quitté le Mali …, avait évacué Kidal. Ses derniers Casques bleus avaient rejoint Gao" goes on
        // from Kidal), so it is read after the remark.
        for (var k = 0; k + 1 < clauses.Count; k++)
        {
            if (clauses[k].HoleFirst >= 0 && clauses[k + 1].First == clauses[k].HoleFirst)
            {
                (readings[k], readings[k + 1]) = (readings[k + 1], readings[k]);
                k++;
            }
        }

        return readings;
    }

    // "KYIV, Ukraine, March 13 —", "ZAMOŚĆ/BERLIN (dpa) –", "MADRID, 20 ene (EFE).–", "بيروت - 12 ديسمبر:" (a script without
    // case counts as upper case): an upper-case place name opening the
    // report, then a dash within a dozen tokens. Agencies that write the place in title case ("Gdańsk, 3 maja (PAP) –") mark
    // the dateline by the agency in brackets before the dash instead. Returns the first token after the dash, or 0 when there
    // is no dateline.
    private static int DatelineEnd(List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[0].Kind != TokenKind.Word || tokens[0].Text.Length < 2 || char.IsLower(tokens[0].Text[0]))
        {
            return 0;
        }

        var upper = !tokens[0].Text.Any(char.IsLower);
        var agency = false;
        for (var k = 1; k < Math.Min(tokens.Count, 14); k++)
        {
            agency |= tokens[k].Text == ")" && k >= 2 && tokens[k - 2].Text == "(" && tokens[k - 1].Kind == TokenKind.Word;
            if (tokens[k].Text is "—" or "–" or "-" && (k + 1 >= tokens.Count || tokens[k + 1].Start > tokens[k].End))
            {
                return upper || agency ? DateAfterDash(tokens, k + 1) : 0;
            }
        }

        return 0;
    }

    // "بيروت - 12 ديسمبر/كانون الأول: بدأ الجيش …": Arabic wire copy writes the dateline's day after the dash and closes it with a
    // colon. A day number right after the dash, then a colon within a few tokens, is that date: the body starts after the colon.
    private static int DateAfterDash(List<Token> tokens, int after)
    {
        if (after >= tokens.Count || tokens[after].Kind != TokenKind.Number)
        {
            return after;
        }

        for (var k = after + 1; k < Math.Min(tokens.Count, after + 8); k++)
        {
            if (tokens[k].Text == ":")
            {
                return k + 1 < tokens.Count ? k + 1 : after;
            }

            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is not "/" and not "," and not ".")
            {
                break;
            }
        }

        return after;
    }

    // The counted force right before a relative pronoun ("between 11,000 and 12,000 North Korean soldiers who …"): its first
    // token, or the pronoun itself when no unit ends there.
    private int AntecedentStart(string text, List<Token> tokens, int pronoun, DateOnly published)
    {
        var m = rules.Match;
        var end = pronoun > 0 && tokens[pronoun - 1].Text == "," ? pronoun - 1 : pronoun;
        var unit = m.Units.MatchEndingAt(tokens, end, 4);
        if (unit is null || unit.Value.Next != end)
        {
            return pronoun;
        }

        var start = unit.Value.First;
        for (var k = Math.Max(0, start - 3); k < start; k++)
        {
            if (actors.MatchAt(tokens, k) is { } actor && actor.Next == start)
            {
                start = k;
                break;
            }
        }

        var window = tokens.GetRange(Math.Max(0, start - 8), start - Math.Max(0, start - 8));
        var quantities = QuantityExtractor.Extract(text, window, rules, new HashSet<int>());
        return quantities.Count > 0 && quantities[^1].NextToken == window.Count ? start - window.Count + quantities[^1].FirstToken : start;
    }

    private SentenceReading ReadClause(string text, Sentence sentence, List<Token> tokens, List<Mention> mentions, DateOnly published, IReadOnlyList<Place> placesBefore, Attribution? sentenceSource, AttributionMatch? attribution)
    {
        var m = rules.Match;
        var statuses = m.Status.FindAll(tokens);
        statuses.RemoveAll(c => c.Count == 1 && !rules.StatusCueAsWritten(tokens[c.First].Text));
        // "déploie*" is a cue for "déploient", not for the noun "déploiement".
        statuses.RemoveAll(c => c.Count == 1 && rules.HasNoTense(tokens[c.First].Text));
        // "said on Friday", "a déclaré vendredi": the day of the statement, not of the movement.
        var verbs = m.ReportingVerbs.FindAll(tokens);
        // The clause's reporting verbs, movement words and names of forces, found once: the readings of places and of the actor
        // below ask for them again.
        var hits = new ClauseHits(verbs, m.MovementVerbs.FindAll(tokens), actors.FindAll(tokens));
        var movementVerbs = hits.MovementWords
            .Where(v => attribution is not { } a || v.First < a.FirstToken || v.First >= a.NextToken).ToList();
        // In a verb-final language the main verb is the last one ("…을 태우고 …로 수송했다"); the others are subordinate.
        if (rules.VerbFinal)
        {
            movementVerbs.Reverse();
        }
        else if (movementVerbs.Count > 1 && movementVerbs.Any(v => !IsNominal(tokens, v.First)))
        {
            // "Di fronte all'avanzata, i reparti … si sono ritirati", "after the withdrawal, the brigade moved to …": a movement
            // noun names a movement; the clause's verb tells what happened, so it leads. The noun's stem tells no tense either.
            movementVerbs = [.. movementVerbs.OrderBy(v => IsNominal(tokens, v.First) ? 1 : 0)];
            statuses.RemoveAll(c => c.Count == 1 && movementVerbs.Any(v => v.First == c.First) && IsNominal(tokens, c.First));
        }

        var mainVerb = movementVerbs.Count > 0 ? movementVerbs[0].First : -1;
        // Its status is told by its own ending or the words after it ("이동할 예정이다"), not by an earlier subordinate verb.
        var status = rules.VerbFinal && mainVerb >= 0 && statuses.FindIndex(c => c.First >= mainVerb) is var own and >= 0
            ? statuses[own].Value
            : statuses.Select(c => c.Value).FirstOrDefault();
        // "des avions acheminent des militaires", "progressaient vers Bukavu", "avanzan hacia Kidal": with no cue of its own, the
        // tense of the main movement verb tells whether the movement is in progress or to come.
        // A cue that is the verb itself read through its folded stem ("acheminé*" on "acheminent") yields to the ending as written.
        var verbToken = movementVerbs.Count > 0 ? movementVerbs[0].Next - 1 : -1;
        if (verbToken >= 0 && (status == MovementStatus.Unknown || (statuses.Count > 0 && statuses[0].Count == 1 && statuses[0].First == verbToken))
            && rules.StatusOfEnding(tokens[verbToken].Text) is var byEnding and not MovementStatus.Unknown)
        {
            status = byEnding;
        }
        // "left Khankendi on Tuesday and was heading back to Russia", "è salpata ieri … diretta nel Mar Rosso": a departure told
        // as done, then a movement verb for the way still being travelled: the movement is under way. Progress of anything
        // else ("han completado su retirada y se reagrupan", regrouping) leaves it done.
        if (!rules.VerbFinal && status == MovementStatus.Completed && statuses.FindIndex(c => c.Value == MovementStatus.Completed) is var done and >= 0
            && statuses.Skip(done + 1).Any(c => c.Value == MovementStatus.UnderWay && movementVerbs.Any(v => v.First < c.Next && c.First < v.Next)))
        {
            status = MovementStatus.UnderWay;
        }

        // "Russia has begun withdrawing", "a commencé à acheminer", "haben mit dem Abzug begonnen": a movement said to have
        // begun is under way, whatever tense the auxiliary before it has; a plan to begin stays a plan.
        if (status != MovementStatus.Planned && m.Inchoatives.FindAll(tokens).Count > 0)
        {
            status = MovementStatus.UnderWay;
        }

        var units = CompoundUnits(tokens, m.Units.FindAll(tokens));
        // "were not sent", "no troops", "refused to send": a movement the clause denies is none; one not made yet is a plan.
        var polarity = movementVerbs.Count > 0 ? NegationScope.Of(tokens, movementVerbs[0], IsNominal(tokens, movementVerbs[0].First), units, rules) : Polarity.Affirmed;
        if (polarity == Polarity.NotYet)
        {
            status = MovementStatus.Planned;
        }

        // A verb-final language writes that day right before its verb instead ("…할 예정이라고 18일 밝혔다", said on the 18th).
        // "por la mañana" (in the morning) holds "mañana" (tomorrow): a part of the day is no date of its own.
        var timesOfDay = m.SameDay.FindAll(tokens);
        var dates = DateExtractor.Extract(text, tokens, rules, published, status == MovementStatus.Planned)
            .Where(d => !(d.Period.Precision == Core.Time.TimePrecision.Day && d.Period.End - d.Period.Start == TimeSpan.FromDays(1)
                && verbs.Any(v => (d.FirstToken >= v.Next && d.FirstToken - v.Next <= 1) || (rules.VerbFinal && v.First == d.NextToken))))
            .Where(d => !timesOfDay.Any(t => d.FirstToken < t.Next && t.First < d.NextToken))
            .ToList();
        var taken = dates.SelectMany(d => Enumerable.Range(d.FirstToken, d.NextToken - d.FirstToken))
            .Concat(timesOfDay.SelectMany(t => Enumerable.Range(t.First, t.Next - t.First))).ToHashSet();
        var quantities = QuantityExtractor.Extract(text, tokens, rules, taken);
        // "una columna del Ejército maliense, acompañada de mercenarios del grupo ruso Wagner": the escort is not the mover.
        var escorts = m.Companions.FindAll(tokens);
        if (escorts.Count > 0)
        {
            units = [.. units.Where(u => !escorts.Any(e => u.First >= e.Next && u.First - e.Next <= 2))];
        }

        if (rules.CiviliansBeforeCount.Count > 0)
        {
            // "교민 28명을 철수시켰다" (evacuated 28 nationals): the counter of people who are no force names no troops either.
            units = [.. units.Where(u => !(u.First > 1 && tokens[u.First - 1].Kind == TokenKind.Number && m.CiviliansBeforeCount.MatchEndingAt(tokens, u.First - 1, 2) is not null))];
        }

        var (strength, unit, unitToken) = CountAndUnit(tokens, quantities, units, m.NumberJoiners);
        // "Die Truppen verlegen am 4. November nach Litauen", "troops leave for Poland next week": a movement dated after the report
        // has not happened yet, whatever the tense says (the present of a timetable).
        var date = Closest(dates, mainVerb);
        if (status != MovementStatus.Planned && date?.Period.Start is { } begins && begins >= CalendarMath.Utc(published.AddDays(1)))
        {
            status = MovementStatus.Planned;
        }

        var withdrawal = movementVerbs.Count > 0 && movementVerbs[0].Value == MovementKind.Withdrawal;
        // "Un A400M transportant les soldats a décollé de Niamey": the verb of leaving need not be the first movement word.
        var departs = movementVerbs.Any(v => m.Departures.MatchAt(tokens, v.First) is not null && !IsNominal(tokens, v.First));
        var places = Places(tokens, hits, mentions, withdrawal, departs, taken, mainVerb, unitToken, placesBefore, attribution);
        // "a appareillé lundi de Toulon pour la mer Rouge", "left Souda Bay for the Red Sea", "è salpata da Livorno la nave che porterà
        // in Lettonia …": a force told to have set out for a place, or with the rest of its way told in the future, and not to have
        // reached it, is on its way; a verb of arriving told as done beside it ("partió de Shusha y alcanzó el centro") ends the way.
        // A departure dated weeks before the report is history whose end the report does not tell.
        var leaving = departs ? movementVerbs.Where(v => m.Departures.MatchAt(tokens, v.First) is not null && !IsNominal(tokens, v.First)).Min(v => v.First) : -1;
        var onward = movementVerbs.Where(v => v.First > leaving && m.Departures.MatchAt(tokens, v.First) is null && !IsNominal(tokens, v.First)).ToList();
        var ahead = onward.Count > 0 && onward.All(v => rules.StatusOfEnding(tokens[v.Next - 1].Text) is MovementStatus.Planned or MovementStatus.UnderWay);
        if (departs && status is MovementStatus.Completed or MovementStatus.Unknown && places is { Destination: not null, Approximate: false }
            && ((onward.Count == 0 && places.Directed) || ahead)
            && (date?.Period.Start is not { } left || left >= CalendarMath.Utc(published.AddDays(-30))))
        {
            status = MovementStatus.UnderWay;
        }

        // "продвинулись в направлении Волчанска", "posuwają się w kierunku Wowczańska": a force that went only towards a place has
        // not reached it, whatever the tense; a withdrawal is done once what it leaves is left.
        if (places.Towards && !withdrawal && status is MovementStatus.Completed or MovementStatus.Unknown)
        {
            status = MovementStatus.UnderWay;
        }

        var actor = Actor(tokens, hits, unitToken, mainVerb, movementVerbs.Count > 0 ? movementVerbs[0].Next : -1, attribution, places.Roles, places.Qualifiers, UnitsFrom(units, places.Origins))
            ?? CountrySubject(places.Subjects, mainVerb, attribution);
        var mode = m.Modes.FindAll(tokens).Select(x => x.Value).FirstOrDefault();
        if (mode == TransportMode.Unknown && unit is not null && CraftModes.TryGetValue(unit, out var craft))
        {
            mode = craft;
        }

        // "북한이 … 쿠르스크주에 … 보내기로 했다", "Corea del Norte envió a Rusia …": a state named by its own name as the subject of a
        // verb of sending, not by a demonym of its troops (who may already be abroad), sends them from home.
        var sentFromHome = actor is { IsState: true } sender && mainVerb >= 0 && movementVerbs[0].Value == MovementKind.Deployment
            && (hits.Actors.Any(a => a.First < mainVerb && !a.Value.IsDemonym && a.Value.Actor.Key == sender.Key
                    && (attribution is not { } a2 || a.First < a2.FirstToken || a.First >= a2.NextToken))
                || places.Subjects.Any(s => s.First < mainVerb && s.Place.CountryCode == sender.CountryCode));
        var moves = (movementVerbs.Count > 0 || (rules.MovementVerbs.Count == 0 && (status != MovementStatus.Unknown || mode != TransportMode.Unknown)))
            && m.NoMovement.FindAll(tokens).Count == 0;

        return new SentenceReading
        {
            Sentence = sentence,
            Strength = strength,
            Unit = unit,
            Actor = actor ?? (places.Origin?.Kind == PlaceKind.Country && places.Origin.CountryCode is { } c && places.Destination is not null ? curated.State(c) : null),
            Mode = mode,
            Status = status,
            // "Le truppe inviate a combattere … sono state ritirate dalla prima linea": a clause that leaves a place for nowhere named,
            // with a verb of withdrawing, is a withdrawal, whatever participle comes first.
            Kind = movementVerbs.Count == 0 ? MovementKind.Unknown
                : places is { Origin: not null, Destination: null } && movementVerbs.Any(v => v.Value == MovementKind.Withdrawal && !IsNominal(tokens, v.First)) ? MovementKind.Withdrawal
                : movementVerbs[0].Value,
            HasMovementVerb = moves,
            Negated = polarity == Polarity.Negated,
            IsReaction = m.Reactions.FindAll(tokens).Count > 0,
            CountsForce = m.CountVerbs.FindAll(tokens).Count > 0,
            Departs = departs,
            SameDay = date is null && timesOfDay.Count > 0,
            Begins = mainVerb >= 0 && IsNominal(tokens, mainVerb) && m.Inchoatives.FindAll(tokens).Count > 0,
            RefersBack = tokens.Count > 0 && (m.AnaphoricSubjects.MatchAt(tokens, 0) is not null
                || (rules.DropsSubject && mainVerb >= 0 && strength is null && unit is null && actor is null && !IsNominal(tokens, mainVerb)
                    && NegationScope.OnlyBridgesBefore(tokens, mainVerb, rules))),
            GoesHome = places.Destination is null && m.HomeReferences.FindAll(tokens).Count > 0,
            Source = attribution?.Attribution ?? sentenceSource,
            Date = date,
            Origin = places.Origin,
            SentFromHome = sentFromHome,
            Via = places.Via,
            Destination = places.Destination,
            DestinationIsApproximate = places.Approximate,
        };
    }

    // A movement word used as a noun: after an article or a preposition fused with one ("the withdrawal", "all'avanzata", "del
    // repliegue"), capitalised inside a sentence where every noun is ("mit dem Abzug"), or with a noun's ending ("déploiement").
    private bool IsNominal(List<Token> tokens, int at) =>
        rules.HasNoTense(tokens[at].Text)
        || (at > 0 && rules.Match.NounOpeners.MatchAt(tokens, at - 1) is { Count: 1 })
        || (rules.CapitalisesNouns && tokens[at].IsCapitalized && !tokens[at].IsSentenceStart && !tokens[at].IsAllCaps);

    // "Patriot-Batterien", "Panzergrenadierbataillons": in a language that writes compounds as one word, a word ending in a
    // unit word (LanguageRules.CompoundUnitHeads) is that unit, the head of a compound being its last part.
    private List<PhraseMatch<(string Unit, int Specificity)>> CompoundUnits(List<Token> tokens, List<PhraseMatch<(string Unit, int Specificity)>> units)
    {
        var heads = rules.Match.CompoundUnitHeads;
        if (heads.Count == 0)
        {
            return units;
        }

        List<PhraseMatch<(string Unit, int Specificity)>>? added = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm;
            if (tokens[i].Kind != TokenKind.Word || units.Any(u => u.First <= i && u.Next > i))
            {
                continue;
            }

            foreach (var (head, value) in heads)
            {
                if (norm.Length >= head.Length + 3 && norm.EndsWith(head, StringComparison.Ordinal))
                {
                    (added ??= []).Add(new PhraseMatch<(string Unit, int Specificity)>(value, i, 1));
                    break;
                }
            }
        }

        return added is null ? units : [.. units.Concat(added).OrderBy(u => u.First)];
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
        List<Token> tokens, List<QuantityMatch> quantities, List<PhraseMatch<(string Unit, int Specificity)>> units, PhraseMatcher<bool> joiners)
    {
        (Strength? Strength, string? Unit, int UnitToken)? uncounted = null;
        foreach (var q in quantities)
        {
            // The count's unit follows it within a few words: "1 500 soldats des forces spéciales", "12,000 North Korean troops",
            // or after a list of adjectives ("400 South African, Tanzanian and Malawian soldiers").
            var attached = units.Where(u => u.First >= q.NextToken && ((u.First - q.NextToken <= 3
                    && !tokens.Skip(q.NextToken).Take(u.First - q.NextToken).Any(t => t.Kind == TokenKind.Punctuation))
                    || AdjectiveList(tokens, q.NextToken, u.First, joiners)))
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
            // Strength counts people: "three brigades" or "40 armoured vehicles" give a unit but no head count. A count of people
            // later in the clause is the head count ("oltre a una quarantina di veicoli …, viaggiano circa 60 militari").
            var notPeople = Formations.Contains(attached[0].Value.Unit) || Equipment.Contains(attached[0].Value.Unit);
            var vague = q.Strength is { Min: null, Max: null };
            if (!notPeople && !vague)
            {
                return (q.Strength, best.Value.Unit, best.First);
            }

            uncounted ??= (null, best.Value.Unit, best.First);
        }

        if (uncounted is { } first)
        {
            return first;
        }

        if (units.Count == 0)
        {
            return (null, null, -1);
        }

        var top = units.OrderByDescending(u => u.Value.Specificity).ThenBy(u => u.First).First();
        return (null, top.Value.Unit, top.First);
    }

    // Words listed with commas and the language's "and" before the last one, nothing else: "South African, Tanzanian and
    // Malawian", "südafrikanische, tansanische und malawische".
    private static bool AdjectiveList(List<Token> tokens, int first, int next, PhraseMatcher<bool> joiners)
    {
        if (next - first < 4 || next - first > 10 || tokens[next - 1].Kind != TokenKind.Word || joiners.MatchAt(tokens, next - 2) is not { Count: 1 })
        {
            return false;
        }

        var commas = 0;
        for (var k = first; k < next - 2; k++)
        {
            if (tokens[k].Text == ",")
            {
                commas++;
                if (k == first || tokens[k - 1].Kind != TokenKind.Word || tokens[k + 1].Kind != TokenKind.Word)
                {
                    return false;
                }
            }
            else if (tokens[k].Kind != TokenKind.Word || joiners.MatchAt(tokens, k) is not null)
            {
                return false;
            }
        }

        return commas > 0;
    }

    // "soldiers from North Korea", "kontyngent z Botswany", "военные из КНДР": a country that is the origin of the troop noun
    // right before it says whose troops they are.
    private ActorEntry? UnitsFrom(List<PhraseMatch<(string Unit, int Specificity)>> units, List<(Place Place, int Preposition)> origins)
    {
        foreach (var (place, preposition) in origins)
        {
            if (place is { Kind: PlaceKind.Country, CountryCode: { } code } && units.Any(u => u.Next == preposition))
            {
                return curated.State(code) ?? new ActorEntry(code.ToLowerInvariant(), true, code, place.Name, place);
            }
        }

        return null;
    }

    private ActorEntry? Actor(List<Token> tokens, ClauseHits hits, int unitToken, int verb, int verbNext, AttributionMatch? attribution, Dictionary<int, RoleHit> roles, HashSet<int> qualifiers, ActorEntry? unitsFrom)
    {
        var m = rules.Match;
        var candidates = new List<(ActorName Name, int First)>();
        foreach (var match in hits.Actors)
        {
            var inSource = attribution is { } a && match.First >= a.FirstToken && match.First <= a.NextToken;
            // "from a US base", "aus einem US-Stützpunkt": a name that qualifies a facility noun says whose it is, not where to.
            // Where the noun of place follows the name and carries its particle ("대만 해역으로", into Taiwan's waters), the name
            // with the role that noun gives it is the place moved to, not an owner.
            var qualifies = !(rules.VerbFinal && roles.ContainsKey(match.First))
                && match.Next < tokens.Count && m.PlaceHeads.MatchAt(tokens, match.Next) is { } head
                && m.Articles.MatchAt(tokens, head.First) is null && m.Prepositions.MatchAt(tokens, head.First) is null
                && m.WeakOrigins.MatchAt(tokens, head.First) is null;
            // "일본 미사와 기지에서" (from Misawa base, Japan): a bare country right before a place that has a role says where it is.
            // A subject particle on the name ("미국이 중동 지역에 …", the US … to the Middle East) makes it the subject, not a locator.
            // In a language that writes the nouns of place after the name, a side of the country may stand between ("폴란드 서부
            // 자간까지", to Żagań in western Poland).
            var located = match.Next;
            while (rules.VerbFinal && located < tokens.Count && located - match.Next < 2 && !roles.ContainsKey(located)
                && m.PlaceHeads.MatchAt(tokens, located) is { Count: 1 })
            {
                located++;
            }

            var locates = !match.Value.IsDemonym && located < tokens.Count && roles.ContainsKey(located) && tokens[match.Next - 1].End < tokens[match.Next].Start
                && !IsMarkedSubject(tokens, match.First);
            var role = roles.TryGetValue(match.First, out var r) ? r : PlaceRoleFinder.RoleAt(tokens, match.First, rules);
            // "El secretario de Defensa de Estados Unidos … ordenó el envío", "les soldats de la France ont quitté": a weak "de"
            // after a noun before the verb is a genitive that says whose the subject is, not where the troops come from.
            var genitive = role is { Weak: true } g && verb >= 0 && match.First < verb && Genitive(tokens, g.First);
            var hasRole = !qualifies && !genitive && (roles.ContainsKey(match.First) || role is { Role: not PlaceRole.Near });
            // "przez Polskę" (through Poland) spells the adjective "polską" with a capital: where adjectives of nationality are
            // written in lower case, a capital inside the sentence makes it the country's name.
            var demonym = match.Value.IsDemonym && !(rules.LowerCaseDemonyms && tokens[match.First].IsCapitalized && !tokens[match.First].IsSentenceStart);
            var onFront = demonym && (m.FrontNouns.MatchEndingAt(tokens, match.First, 2) is not null || m.FrontNouns.MatchAt(tokens, match.Next) is not null);
            // Where modifiers come before their noun, a bare demonym before a word that counts or names no force qualifies that
            // word ("우크라이나군 보급로", the Ukrainian army's supply line; "우크라이나군 진지", its positions), not the mover.
            if (demonym && rules.VerbFinal && Attributive(tokens, match))
            {
                continue;
            }

            // "its garrison in Vilseck, Germany": a country that only says where a place is does not move.
            if (!inSource && !onFront && !locates && !(hasRole && !demonym) && !qualifiers.Contains(match.First))
            {
                candidates.Add((match.Value, match.First));
            }
        }

        if (candidates.Count == 0)
        {
            return unitsFrom;
        }

        if (unitToken >= 0)
        {
            // "die ersten Einheiten der Bundeswehr zum Schutz des polnischen Luftraums", "les soldats de la Légion": a force
            // named in the genitive right after the unit is whose the unit is, whatever demonym comes later.
            var owner = candidates.Where(c => !c.Name.IsDemonym && c.First > unitToken + 1 && c.First <= unitToken + 3
                    && Enumerable.Range(unitToken + 1, c.First - unitToken - 1).All(k => m.Articles.MatchAt(tokens, k) is not null || m.WeakOrigins.MatchAt(tokens, k) is not null))
                .Select(c => c.Name).FirstOrDefault();
            if (owner is not null)
            {
                return owner.Actor;
            }

            // Where modifiers come before their noun (a verb-final language: "러시아 특수부대원"), a demonym after the unit
            // qualifies something else ("특수부대원 약 800명은 … 우크라이나군 보급로 아래로", under the Ukrainian army's supply line).
            var after = rules.VerbFinal ? 0 : 5;
            var close = candidates.Where(c => c.Name.IsDemonym && c.First >= unitToken - 3 && c.First <= unitToken + after)
                .OrderBy(c => Math.Abs(c.First - unitToken)).FirstOrDefault();
            if (close.Name is not null)
            {
                // "unos 400 soldados sudafricanos, tanzanos y malauíes": troops of several countries named together are a
                // multinational force, no one state's; the mover is then the force the report named before.
                return CoordinatedCountries(tokens, close.First) > 1 ? null : close.Name.Actor;
            }
        }

        // Verb-first order (Arabic "انسحب الجيش الإسرائيلي", withdrew the Israeli army): the mover follows the verb at once.
        if (rules.SubjectAfterVerb && verb >= 0
            && candidates.Where(c => c.First > verb && c.First <= verb + 4).OrderBy(c => c.First).FirstOrDefault() is { Name: not null } following)
        {
            return following.Name.Actor;
        }

        // The mover is the subject: the name nearest before the movement verb ("North Korea has sent …, Seoul said"); where
        // a particle marks the subject, the name that carries it ("북한이 러시아 쿠르스크주에 …", not the attributive 러시아).
        var beforeVerb = candidates.Where(c => verb >= 0 && c.First < verb).OrderByDescending(c => c.First).ToList();
        if (beforeVerb.FirstOrDefault(c => IsMarkedSubject(tokens, c.First)) is { Name: not null } marked)
        {
            return marked.Name.Actor;
        }

        if (beforeVerb.FirstOrDefault() is { Name: not null } subject)
        {
            return subject.Name.Actor;
        }

        // With nothing before the verb, the clause may put its subject after it ("Am Montag verlegte die ukrainische Armee …",
        // "ha inviato l'esercito italiano …", "envió el ejército ruso …"): a force named right after the verb, with only an
        // article or the force's noun between, is the mover; a demonym only when it qualifies that noun.
        if (verbNext > verb && !rules.VerbFinal && Inverted(tokens, candidates, verbNext) is { } inverted)
        {
            return inverted;
        }

        // With no subject before the verb, troops named with their country ("arrived … soldiers from North Korea") are its own.
        if (unitsFrom is not null && verb >= 0)
        {
            return unitsFrom;
        }

        // After the verb only a name can be the mover ("were sent by Russia"); a demonym there qualifies something else
        // ("aboard Russian navy ships").
        return verb >= 0
            ? candidates.FirstOrDefault(c => !c.Name.IsDemonym).Name?.Actor
            : candidates.FirstOrDefault(c => !c.Name.IsDemonym).Name?.Actor ?? candidates[0].Name.Actor;
    }

    // The subject right after the verb of an inverted clause: past articles and a unit noun ("verlegte die ukrainische Armee",
    // "envió el ejército ruso"), a name, or a demonym that a unit noun stands beside.
    private ActorEntry? Inverted(List<Token> tokens, List<(ActorName Name, int First)> candidates, int verbNext)
    {
        var m = rules.Match;
        var k = verbNext;
        var unitBefore = false;
        while (k < tokens.Count && k - verbNext < 4)
        {
            if (candidates.FirstOrDefault(c => c.First == k) is { Name: not null } found)
            {
                var next = curated.Actors.MatchAt(tokens, k)?.Next ?? k + 1;
                return !found.Name.IsDemonym || unitBefore || m.Units.MatchAt(tokens, next) is not null ? found.Name.Actor : null;
            }

            if (m.Units.MatchAt(tokens, k) is { } unit)
            {
                unitBefore = true;
                k = unit.Next;
            }
            else if (m.Articles.MatchAt(tokens, k) is { } article)
            {
                k = article.Next;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    // "secretario de Defensa de Estados Unidos", "les soldats de la France": a weak "de" (LanguageRules.WeakOrigins) right after
    // a noun links it to its owner.
    private bool Genitive(List<Token> tokens, int preposition) =>
        preposition > 0 && preposition < tokens.Count && tokens[preposition - 1].Kind == TokenKind.Word
        && rules.Match.WeakOrigins.MatchAt(tokens, preposition) is not null && rules.Match.Articles.MatchAt(tokens, preposition - 1) is null;

    // A name with no particle of its own right before a common noun: a word of two letters or more (not a designation such as
    // "F-16", "제3보병사단"), not a unit, a noun of place or another name, and no unit right after it ("미 공군 F-16 전투기").
    private bool Attributive(List<Token> tokens, PhraseMatch<ActorName> match)
    {
        var m = rules.Match;
        var next = match.Next;
        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && tokens[next].Text.Length >= 2 && !IsMarkedSubject(tokens, match.First)
            && (rules.Morphology?.Particles ?? []).All(p => !tokens[next - 1].Norm.EndsWith(p, StringComparison.Ordinal) || tokens[next - 1].Norm.Length <= p.Length + 1)
            && m.Units.MatchAt(tokens, next) is null && m.PlaceHeads.MatchAt(tokens, next) is null && actors.MatchAt(tokens, next) is null
            && (next + 1 >= tokens.Count || m.Units.MatchAt(tokens, next + 1) is null);
    }

    // The actor's word carries a subject or topic particle of the language ("북한이", "러시아군은").
    private bool IsMarkedSubject(List<Token> tokens, int first)
    {
        if (rules.SubjectParticles.Count == 0)
        {
            return false;
        }

        var match = actors.MatchAt(tokens, first);
        var word = tokens[match is { } a ? a.Next - 1 : first].Norm;
        return rules.SubjectParticles.Any(p => word.Length > p.Length && word.EndsWith(p, StringComparison.Ordinal));
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

    // Lexicon matches over a whole clause (PhraseMatcher.FindAll on its tokens), shared by the steps of its reading. Read only.
    private sealed record ClauseHits(
        IReadOnlyList<PhraseMatch<bool>> ReportingVerbs, IReadOnlyList<PhraseMatch<MovementKind>> MovementWords, IReadOnlyList<PhraseMatch<ActorName>> Actors);

    // Directed: the destination is named by a preposition of direction ("to", "pour", "nach"), not only by a locative.
    private sealed record PlaceReading(
        Place? Origin, List<Place> Via, Place? Destination, bool Approximate, Dictionary<int, RoleHit> Roles,
        List<(Place Place, int First)> Subjects, HashSet<int> Qualifiers, List<(Place Place, int Preposition)> Origins, bool Towards, bool Directed);

    private PlaceReading Places(List<Token> tokens, ClauseHits hits, IReadOnlyList<Mention> mentions, bool withdrawal, bool departs, HashSet<int> dateTokens, int verb, int unitToken, IReadOnlyList<Place> placesBefore, AttributionMatch? attribution)
    {
        var m = rules.Match;
        var roles = new Dictionary<int, RoleHit>();
        var found = new List<(Place Place, RoleHit Role)>();
        var subjects = new List<(Place Place, int First)>();
        var qualifiers = new HashSet<int>();
        var spans = new List<(Mention Mention, int First, int Last)>();
        foreach (var mention in mentions)
        {
            // The token that holds the mention's start: a clitic before the name shares its token (وبغداد).
            var index = tokens.FindIndex(t => t.End > mention.Start);
            var last = tokens.FindLastIndex(t => t.Start < mention.End);
            if (index >= 0 && last >= index)
            {
                spans.Add((mention, index, last));
            }
        }

        // "from Vovchansk, the town …, to Belgorod", "to Boa Vista, the capital of Roraima": an apposition after a place and a
        // comma describes that place up to the next comma; the places inside it are not on the route.
        var apposition = new HashSet<int>();
        foreach (var (_, _, last) in spans)
        {
            var comma = last + 1;
            if (comma + 1 < tokens.Count && tokens[comma].Text == "," && OpensApposition(tokens, comma + 1))
            {
                var end = comma + 1;
                while (end < tokens.Count && tokens[end].Text != ",")
                {
                    end++;
                }

                // "Desde el puerto de Dar es Salaam, los militares … serán repatriados a Sudáfrica": a phrase that holds the clause's
                // movement verb is the clause itself after a fronted place, not an apposition to that place.
                if (verb > comma && verb < end)
                {
                    continue;
                }

                apposition.UnionWith(Enumerable.Range(comma + 1, end - comma - 1));
            }
        }

        // "…, officials in Baku and Moscow said on Wednesday", "…, said a spokesman in Kyiv": a reporting clause after the
        // movement says where its speakers are, not where the troops went.
        if (verb >= 0)
        {
            foreach (var said in hits.ReportingVerbs.Where(r => r.First > verb))
            {
                var comma = tokens.FindLastIndex(said.First - 1, Math.Min(said.First, 9), t => t.Text == ",");
                if (comma > verb && m.MovementVerbs.FindAll(tokens, comma, said.First).Count == 0)
                {
                    apposition.UnionWith(Enumerable.Range(comma + 1, said.First - comma - 1));
                }

                if (comma == said.First - 1)
                {
                    for (var k = said.Next; k < tokens.Count && tokens[k].Kind != TokenKind.Punctuation && m.MovementVerbs.MatchAt(tokens, k) is null; k++)
                    {
                        apposition.Add(k);
                    }
                }
            }
        }

        var actorNames = hits.Actors;
        var previousEnd = -1;
        Place? previousPlace = null;
        foreach (var (mention, index, last) in spans)
        {
            // "Africa Corps": a place inside a longer name of a force is part of that name.
            if (actorNames.Any(a => a.First <= index && a.Next > last && a.Count > last - index + 1))
            {
                continue;
            }

            // "am Sonntag", "bis Ende August": a word the date reader took is a time, not a place that happens to share its name.
            if (dateTokens.Contains(index) || m.Weekdays.MatchAt(tokens, index) is not null || m.Months.MatchAt(tokens, index) is not null)
            {
                continue;
            }

            var qualified = previousEnd;
            var qualifiedPlace = previousPlace;
            previousEnd = last;
            previousPlace = mention.Place;
            // "nach Angaben des Generalstabs in Kiew", "the ministry in Moscow said": where the source sits is not on the route.
            if (attribution is { } source && index >= source.FirstToken && index < source.NextToken)
            {
                qualifiers.Add(index);
                continue;
            }

            if (apposition.Contains(index))
            {
                qualifiers.Add(index);
                continue;
            }

            // "vom Stützpunkt Camp Lemonnier in Dschibuti", "from Camp Lemonnier in Djibouti": the country, region or town a base
            // lies in, in a locative right after its name, says where it is, whatever preposition governs the two.
            if (qualifiedPlace is { Kind: PlaceKind.MilitaryFacility or PlaceKind.Port or PlaceKind.Railhead, CountryCode: { } within } && index == qualified + 2
                && m.Locative.MatchAt(tokens, index - 1) is { Count: 1 } && mention.Place.CountryCode == within && mention.Place.Key != qualifiedPlace.Key)
            {
                qualifiers.Add(index);
                continue;
            }

            if (PlaceRoleFinder.RoleAt(tokens, index, last, rules, mention.Start, mention.End, dateTokens) is not { } role)
            {
                // "its garrison in Vilseck, Germany": a country right after a place and a comma says where that place is.
                if (qualified >= 0 && index == qualified + 2 && tokens[qualified + 1].Text == ",")
                {
                    qualifiers.Add(index);
                }
                else if (mention.Place.Kind == PlaceKind.Country)
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
                qualifiers.Add(index);
                continue;
            }

            // "dalla base aerea di Hmeimim, vicino a Latakia, …": "near X" between commas after a place says where that place is.
            if (role.Role == PlaceRole.Near && qualified >= 0 && after == qualified + 1 && tokens[after].Text == ",")
            {
                qualifiers.Add(index);
                continue;
            }

            found.Add((mention.Place, role));
        }

        // "sent 10,000 soldiers to the region", "arrived there", "dans la zone": the latest place named before, in this clause
        // when a preposition there placed one ("troops stationed in Syria … Moscow will send more there": to Syria, not Moscow).
        if (placesBefore.Count > 0)
        {
            foreach (var back in m.PlaceBackReferences.FindAll(tokens))
            {
                // "the country" is the latest country named, "that region" the latest place smaller than one, "the town" the latest
                // populated place, "the (Chadian) capital" the latest national capital (of that country), "there" any place.
                var town = m.TownBackReferences.MatchAt(tokens, back.First) is not null;
                var capital = m.CapitalBackReferences.MatchAt(tokens, back.First) is not null;
                var demonym = capital ? DemonymBefore(tokens, back.First) : null;
                var capitalOf = !capital ? null : (actors.MatchAt(tokens, back.Next)?.Value is { IsDemonym: true } after ? after : demonym?.Name)?.Actor.CountryCode;
                Func<Place, bool> fits = m.CountryBackReferences.MatchAt(tokens, back.First) is not null ? p => p.Kind == PlaceKind.Country
                    : capital ? p => p.FeatureCode == "PPLC" && (string.IsNullOrEmpty(capitalOf) || p.CountryCode == capitalOf)
                    : town ? p => p.Kind == PlaceKind.PopulatedPlace
                    : m.AreaBackReferences.MatchAt(tokens, back.First) is not null ? p => p.Kind != PlaceKind.Country
                    : _ => true;
                var inClause = spans.Where(x => x.Last < back.First && roles.ContainsKey(x.First)).Select(x => x.Mention.Place).Reverse();
                var antecedent = inClause.Concat(Enumerable.Reverse(placesBefore)).FirstOrDefault(fits);
                if (antecedent is null && (town || capital))
                {
                    continue;
                }

                antecedent ??= spans.LastOrDefault(x => x.Last < back.First && roles.ContainsKey(x.First)).Mention?.Place ?? placesBefore[^1];

                // "the city of Kharkiv", "la capital de Kivu del Norte": a name right after the reference (or after a linking "of")
                // names the place itself; one after a preposition of its own ("from the capital to Abéché") is another place.
                var linked = back.Next < tokens.Count && (m.Prepositions.MatchAt(tokens, back.Next) is null || m.WeakOrigins.MatchAt(tokens, back.Next) is not null);
                var named = spans.Any(x => x.First < back.Next + (linked ? 2 : 1) && x.Last >= back.First);
                // "from the (Chadian) capital": the walk to the preposition starts before the demonym and the article.
                var head = demonym?.First ?? back.First;
                head = (town || capital) && head > 0 && m.Articles.MatchAt(tokens, head - 1) is { Count: 1 } ? head - 1 : head;
                var role = PlaceRoleFinder.RoleAt(tokens, head, back.Next - 1, rules);
                // "Оттуда … бойцов вывозят в Россию", "вивели звідти свій персонал": an adverb of "from there" is the start.
                if (m.OriginBackReferences.MatchAt(tokens, back.First) is not null)
                {
                    role = new RoleHit(PlaceRole.Origin, false, false, back.First);
                }

                // An adverb ("there", "dort") follows the verb it places; before it, "there" opens an existential ("there are").
                if (role is null && back.Count == 1 && !town && !capital && verb >= 0 && verb < back.First)
                {
                    role = new RoleHit(PlaceRole.Destination, false, true, back.First);
                }

                if (!named && role is { Role: not PlaceRole.Near } hit)
                {
                    found.Add((antecedent, hit));
                }
            }
        }

        // "sur le front ukrainien", "to the Ukrainian front": the country of the demonym.
        foreach (var front in m.FrontNouns.FindAll(tokens))
        {
            var demonym = actors.MatchAt(tokens, front.Next)?.Value ?? Before(tokens, front.First);
            if (demonym is { IsDemonym: true } d && d.Actor.Place is { } country)
            {
                found.Add((country, new RoleHit(PlaceRole.Destination, false)));
            }
        }

        // "cruzó a Ruanda … y continuará por carretera hasta Tanzania", "crossed into Belarus and headed for Gomel": a place a
        // verb of passing leads into, with another place the troops go to after it, is on the way, not the end of it.
        var transit = hits.MovementWords.Where(v => v.Value == MovementKind.Transit).ToList();
        for (var k = 0; k < found.Count; k++)
        {
            var (place, hit) = found[k];
            if (hit is { Role: PlaceRole.Destination, Locative: false, First: >= 0 } && transit.Any(v => v.Next == hit.First)
                && found.Any(g => g.Role is { Role: PlaceRole.Destination, Locative: false } && g.Role.First > hit.First && g.Place != place))
            {
                found[k] = (place, hit with { Role = PlaceRole.Via });
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

        // "to leave their bases in Dakar" (قواعدها في داكار): with a verb of leaving and no place it goes to, the place where the
        // facility they leave stands is the one they leave ("rentrera à Constanța" has no facility: there "à" is "to").
        if (withdrawal && !approximate && destinations.Count > 0 && !found.Any(f => f.Role.Role == PlaceRole.Origin)
            && found.Where(f => f.Role.Role == PlaceRole.Destination)
                .All(f => f.Role.Locative && f.Role.First > 0 && m.PlaceHeads.MatchEndingAt(tokens, f.Role.First, 3) is not null))
        {
            found.Add((destinations[0], new RoleHit(PlaceRole.Origin, false)));
            destinations.Clear();
        }
        else if (withdrawal && !approximate && !found.Any(f => f.Role.Role == PlaceRole.Origin))
        {
            // "покинули базу в Томбукту и были переброшены … в Бамако", "left their base in Gao and flew to Niamey": a place that
            // only says where the facility they leave stands, named before the place they go to, is where they come from.
            var towards = found.Where(f => f.Role.Role == PlaceRole.Destination).ToList();
            var facility = towards.FindIndex(f => f.Role.First > 0 && m.PlaceHeads.MatchEndingAt(tokens, f.Role.First, 3) is not null);
            if (facility >= 0 && towards.Skip(facility + 1).Any(f => f.Place != towards[facility].Place && m.PlaceHeads.MatchEndingAt(tokens, f.Role.First, 3) is null))
            {
                var left = towards[facility].Place;
                found.Add((left, new RoleHit(PlaceRole.Origin, false)));
                destinations.RemoveAll(p => p == left);
            }
        }

        var destination = destinations.FirstOrDefault(p => p.Kind != PlaceKind.Country) ?? destinations.FirstOrDefault();
        // "передали авіабазу 101 у Ньямеї і вивели звідти свій персонал" (handed over the base in Niamey and withdrew their staff from
        // there): a place given only by a locative and then as the place left is where the troops were, not where they go.
        if (destination is { } only && !approximate && destinations.All(p => p == only) && found.Any(f => f.Place == only && f.Role.Role == PlaceRole.Origin)
            && found.Where(f => f.Place == only && f.Role.Role == PlaceRole.Destination).All(f => f.Role.Locative))
        {
            destination = null;
        }

        // "Les derniers militaires présents au Niger ont quitté …", "Russian troops in Kherson withdrew": in a withdrawal, a place
        // given only by a locative before the verb says where the troops were, which is what they leave.
        var leftFrom = (Place?)null;
        // Where a case tells the place one is in from the place one goes to ("в Херсоні", "w Chersoniu" against "в Херсон", "do
        // Chersonia"), a verb of leaving a facility that stands in a place leaves that place ("залишив штаб дивізії в …"), wherever
        // the place is said.
        var caseLocative = rules.PlaceRoleMarkers.Any(x => x.Before is not null) && !found.Any(f => f.Role.Role == PlaceRole.Origin);
        bool LeftFacility(RoleHit role) =>
            caseLocative && role.First > verb && Enumerable.Range(verb + 1, role.First - verb - 1).Any(k => m.PlaceHeads.MatchAt(tokens, k) is not null);
        if (withdrawal && verb >= 0 && destination is not null && !approximate
            && found.Where(f => f.Place == destination).All(f => f.Role.Locative && f.Role.First >= 0 && (f.Role.First < verb || LeftFacility(f.Role))))
        {
            leftFrom = destination;
            destination = null;
        }
        else if (withdrawal && approximate && destination is not null && !found.Any(f => f.Role.Role == PlaceRole.Origin))
        {
            // "оставили позиции в районе Кобани", "withdrew from positions near Kherson": troops that leave a place given only as
            // "near X" were near X; it is what they leave, not where they go.
            leftFrom = destination;
            destination = null;
            approximate = false;
        }

        // A weak "de" is an origin when a destination or a withdrawal verb ("se sont retirés de Kherson") says the place is left.
        // "leaving the United States … from Fort Bragg": the more specific origin wins, as for destinations.
        // "depuis l'invasion de l'Ukraine", "non loin du corridor de Suwałki": a weak "de" after an article and a noun that is not
        // a noun of place, a movement word or troops ("le retrait des soldats de Kidal" leaves Kidal) links that noun to its
        // owner, wherever it stands; the place is not where anyone sets out.
        bool Owned(int preposition) =>
            preposition >= 2 && tokens[preposition - 1].Kind == TokenKind.Word && m.NounOpeners.MatchAt(tokens, preposition - 2) is { Count: 1 }
            && m.PlaceHeads.MatchAt(tokens, preposition - 1) is null && m.MovementVerbs.MatchAt(tokens, preposition - 1) is null
            && m.Units.MatchAt(tokens, preposition - 1) is null
            // "despegaron el martes de la base de …": a time before the "de" is no noun it could belong to.
            && !dateTokens.Contains(preposition - 1) && m.Weekdays.MatchAt(tokens, preposition - 1) is null;
        var origins = found.Where(f => f.Role.Role == PlaceRole.Origin && (!f.Role.Weak || destination is not null || withdrawal || departs)
                && !(f.Role.Weak && verb >= 0 && f.Role.First >= 0 && f.Role.First < verb && Genitive(tokens, f.Role.First))
                && !(f.Role.Weak && Owned(f.Role.First)))
            .Select(f => f.Place).Where(p => p != destination).ToList();
        // "debe completar su retirada de Mali … a petición de la junta de Bamako": with no origin but a weak "de", the one right after
        // the movement word says what is left; a "de" after another noun ("la junta de Bamako") says whose that noun is.
        var movementWords = hits.MovementWords;
        var attached = found.Where(f => f.Role is { Role: PlaceRole.Origin, Weak: true, First: > 0 } && origins.Contains(f.Place)
                && movementWords.Any(v => v.Next == f.Role.First))
            .Select(f => f.Place).FirstOrDefault();
        var strong = found.Any(f => f.Role is { Role: PlaceRole.Origin, Weak: false } && origins.Contains(f.Place));
        var origin = (strong ? null : attached) ?? origins.FirstOrDefault(p => p.Kind != PlaceKind.Country) ?? origins.FirstOrDefault() ?? leftFrom;
        // "plusieurs brigades jusque-là engagées dans la région de Donetsk ont été redéployées vers le nord", "Russian troops in Belarus
        // crossed into Ukraine": a place in a locative that qualifies the force, after its noun and before the verb, is where the
        // force was, when the clause sends it on after the verb, to a place or in a direction.
        if (origin is null && verb >= 0 && unitToken >= 0 && unitToken < verb)
        {
            var held = found.Where(f => f.Role is { Role: PlaceRole.Destination, Locative: true } && f.Role.First > unitToken && f.Role.First < verb)
                .Select(f => f.Place).FirstOrDefault();
            var onward = found.Where(f => f.Role is { Role: PlaceRole.Destination } && f.Role.First > verb && f.Place != held).Select(f => f.Place).ToList();
            var direction = false;
            for (var k = verb + 1; k < tokens.Count && !direction; k++)
            {
                // "vers le nord", "nach Norden": a preposition of direction before an article or a noun of place, not before a verb
                // ("pour contenir l'offensive") or a purpose ("for exercises").
                direction = m.Prepositions.MatchAt(tokens, k) is { Value: PlaceRole.Destination } to && to.Next < tokens.Count
                    && !(m.Locative.MatchAt(tokens, k) is { } loc && loc.Count == to.Count)
                    && m.PlaceHeads.MatchAt(tokens, to.Next) is not null;
            }

            if (held is not null && (onward.Count > 0 || direction))
            {
                origin = held;
                if (destination == held)
                {
                    destination = onward.FirstOrDefault(p => p.Kind != PlaceKind.Country) ?? onward.FirstOrDefault();
                }
            }
        }

        var via = found.Where(f => f.Role.Role == PlaceRole.Via).Select(f => f.Place).Where(p => p != destination && p != origin).Distinct().ToList();
        var origins2 = found.Where(f => f.Role.Role == PlaceRole.Origin && f.Role.First >= 0).Select(f => (f.Place, f.Role.First)).ToList();
        // The destination is given only by a preposition of direction ("в направлении", "w kierunku").
        var onlyTowards = destination is not null && found.Any(f => f.Place == destination && f.Role.Role == PlaceRole.Destination)
            && found.Where(f => f.Place == destination && f.Role.Role == PlaceRole.Destination)
                .All(f => f.Role.First >= 0 && m.Towards.MatchAt(tokens, f.Role.First) is not null);
        var directed = destination is not null && found.Any(f => f.Place == destination && f.Role is { Role: PlaceRole.Destination, Locative: false });
        return new PlaceReading(origin, via, destination, approximate, roles, subjects, qualifiers, origins2, onlyTowards, directed);
    }

    // An article or a place noun right after a comma opens an apposition ("the capital of …", "chef-lieu de …").
    private bool OpensApposition(List<Token> tokens, int at)
    {
        var m = rules.Match;
        return m.Articles.MatchAt(tokens, at) is not null
            || (m.PlaceHeads.MatchAt(tokens, at) is not null && m.Prepositions.MatchAt(tokens, at) is null && m.WeakOrigins.MatchAt(tokens, at) is null);
    }

    // How many countries a run of demonyms joined by commas and "and" names, around the demonym at <paramref name="at"/>
    // ("South African, Tanzanian and Malawian", "sudafricanos, tanzanos y malauíes").
    private int CoordinatedCountries(List<Token> tokens, int at)
    {
        var m = rules.Match;
        bool Joins(int k) => k >= 0 && k < tokens.Count && (tokens[k].Text == "," || m.NumberJoiners.MatchAt(tokens, k) is { Count: 1 });
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var k = at; actors.MatchAt(tokens, k) is { Value.IsDemonym: true } d;)
        {
            codes.Add(d.Value.Actor.CountryCode);
            k = d.Next;
            if (!Joins(k))
            {
                break;
            }

            k = Joins(k + 1) ? k + 2 : k + 1;
        }

        for (var end = at; Joins(end - 1);)
        {
            var gap = Joins(end - 2) ? end - 2 : end - 1;
            var before = Enumerable.Range(Math.Max(0, gap - 3), Math.Min(3, gap))
                .Select(k => actors.MatchAt(tokens, k)).FirstOrDefault(d => d is { Value.IsDemonym: true } && d.Value.Next == gap);
            if (before is not { } found)
            {
                break;
            }

            codes.Add(found.Value.Actor.CountryCode);
            end = found.First;
        }

        return codes.Count;
    }

    // A demonym right before a noun ("the Chadian capital"): its first token and name.
    private (int First, ActorName Name)? DemonymBefore(List<Token> tokens, int index)
    {
        for (var k = Math.Max(0, index - 3); k < index; k++)
        {
            if (actors.MatchAt(tokens, k) is { } match && match.Next == index && match.Value.IsDemonym)
            {
                return (k, match.Value);
            }
        }

        return null;
    }

    private ActorName? Before(List<Token> tokens, int index)
    {
        for (var k = Math.Max(0, index - 3); k < index; k++)
        {
            if (actors.MatchAt(tokens, k) is { } match && match.Next == index)
            {
                return match.Value;
            }
        }

        return null;
    }
}

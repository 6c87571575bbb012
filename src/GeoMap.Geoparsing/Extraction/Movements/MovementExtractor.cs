using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Extraction.Curated;
using GeoMap.Geoparsing.Extraction.Sentences;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>Combines what the sentences of a report say into movements.</summary>
/// <remarks>
/// <para>A sentence states a movement when it has troops (a count or a unit), a movement verb or a vehicle,
/// and a count or a place; diplomatic reactions without a count are not movements. A following sentence
/// of the same paragraph that only adds a vehicle, a date or a place for the same actor ("the transport of
/// this first contingent by ship between 8 and 13 October") completes the movement before it.</para>
/// <para>Sources carry over: a sentence without one takes the paragraph's latest, then the document's.
/// Dates do not: the period is the date nearest the movement's verb in the sentences that state it, and
/// <see cref="Period.Unbounded"/> (precision <see cref="TimePrecision.Unknown"/>) when they give none, save that a
/// movement told without a time right after a sentence that dated a movement of the same side keeps that time (the report goes
/// on telling the same events); the publication date is never a default.</para>
/// <para>Finally movements with the same count, a compatible actor, status and destination (Russia and
/// Ussuriysk are compatible) are one movement told twice, and are merged.</para>
/// </remarks>
public sealed class MovementExtractor(LanguageRules rules, CuratedLexicons curated)
{
    private readonly SentenceReader _reader = new(rules, curated);

    /// <summary>Extracts movements from <paramref name="text"/>, split into <paramref name="sentences"/>, with its place mentions.</summary>
    public List<Movement> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions, DateOnly published, CancellationToken cancellationToken = default) =>
        Extract(text, null, sentences, mentions, published, cancellationToken);

    /// <summary>Extracts movements from a text already tokenized: each sentence's tokens are taken from <paramref name="tokens"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens, as <see cref="Tokenizer.Tokenize"/> gives them for the whole text; null to tokenize each sentence.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="mentions">Its place mentions.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="cancellationToken">Stops the extraction between sentences.</param>
    /// <returns>The same movements as without <paramref name="tokens"/>.</returns>
    internal List<Movement> Extract(string text, List<Token>? tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions, DateOnly published, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        var drafts = new List<MovementDraft>();
        Attribution? paragraphSource = null;
        ActorEntry? lastNamed = null;
        Sentence? lastNamedIn = null;
        SentenceReading? troopsBefore = null; // the latest reading that names troops
        Period? dayBefore = null; // the latest single day a reading gave
        SentenceReading? datedMove = null; // the latest reading with a movement verb and a date of its own
        Attribution? documentSource = null;
        var paragraph = -1;
        var cursor = 0;
        var sorted = mentions.OrderBy(m => m.Start).ToList();
        void Take(SentenceReading reading)
        {
            var sentence = reading.Sentence;
            var last = drafts.Count > 0 ? drafts[^1] : null;
            // "후방으로 일시 철수했다가, 이달 들어 수자 북쪽 전선에 다시 배치됐다" (pulled back to the rear, then was deployed again
            // north of Sudzha): a clause of the same sentence that sends a force somewhere after a withdrawal that went nowhere
            // named is a new movement, not the rest of the withdrawal.
            var redeployed = last is { Kind: MovementKind.Withdrawal, Destination: null } && last.LastSentence == sentence.Index
                && reading is { Kind: MovementKind.Deployment or MovementKind.Advance, Destination: not null };
            if (reading.StatesMovement && last is not null && Near(last, sentence) && !redeployed && last.Continues(reading))
            {
                // "Up to 2,500 fighters left … The mercenaries were heading to Rostov-on-Don": one movement, told in two sentences.
                last.Absorb(reading with { Actor = null });
            }
            else if ((reading.StatesMovement || reading is { CountsForce: true, HasMovementVerb: false, Negated: false }) && last is not null
                && last.First.Sentence.Paragraph == sentence.Paragraph && last.CountedBy(reading))
            {
                // "… left Livorno for Latvia. Some 60 soldiers travel on board", "… The new rotation numbers about 230 soldiers": the
                // count of the movement before, told after it.
                last.Absorb(reading with { Actor = null });
            }
            else if (reading.StatesMovement)
            {
                var draft = new MovementDraft(reading);
                draft.Source ??= paragraphSource ?? documentSource;
                // "They", "The soldiers": the subject is the force of the movement before, whatever else the sentence names.
                if (reading.RefersBack && last is not null && Near(last, sentence) && last.Actor is not null)
                {
                    draft.Actor = last.Actor;
                }

                // A force named before and not again ("The brigade … moved to Lithuania"): the latest actor the report named.
                // A side named since, in the same paragraph, without a movement of its own ("Украинская сторона наращивает
                // группировку. … выдвинулись ещё две бригады") is the one the paragraph has gone on to.
                var namedSince = lastNamed is not null && lastNamedIn is { } at && at.Paragraph == sentence.Paragraph
                    && (last is null || at.Index > last.LastSentence);
                draft.Actor ??= (namedSince ? lastNamed : last?.Actor) ?? lastNamed;
                // Nothing names the mover ("La frégate Alsace a appareillé de Toulon pour la mer Rouge"): a force setting out from
                // a place of a country is most often that country's own. Not for a withdrawal, which leaves a place abroad.
                if (draft.Actor is null && draft.Kind != MovementKind.Withdrawal && draft.Origin is { Kind: not PlaceKind.WaterBody, CountryCode: { Length: 2 } home })
                {
                    draft.Actor = curated.State(home);
                }

                // "retiró a buena parte de sus tropas de Kivu del Sur hacia su territorio", "were flown home": the mover's own country.
                if (draft.Destination is null && reading.GoesHome && draft.Actor is { IsState: true, Place: { } own } && draft.Origin?.CountryCode != own.CountryCode)
                {
                    draft.Destination = own;
                }

                // "…을 러시아에 보냈고, 올해 3천여 명을 추가로 파견했다", "sent 11,000 to Russia in October; in January it sent
                // 3,000 more": a clause coordinated with the one before, in the same sentence, that names no place of its own
                // leaves out the destination they share.
                if (draft.Destination is null && draft.Origin is null && last is { Destination: not null } && last.LastSentence == sentence.Index)
                {
                    draft.Destination = last.Destination;
                    draft.DestinationIsApproximate = last.DestinationIsApproximate;
                    // They share the sender too: troops a state sent abroad in the first clause and "more" in the second both leave home.
                    draft.SentFromHome |= last.SentFromHome;
                }

                // "The last soldiers left the base on Monday. A C-17 flew them on to Germany": a sentence that goes on telling, with
                // no time of its own, right after one that dated a movement of the same side, tells the same day's events.
                if (draft.Period is null && datedMove is { Date: { } dated } earlier && earlier.Sentence.Index == sentence.Index - 1
                    && earlier.Sentence.Paragraph == sentence.Paragraph && (earlier.Status == MovementStatus.Planned) == (draft.Status == MovementStatus.Planned)
                    && (earlier.Actor is null || draft.Actor is null || MovementDraft.SameActor(earlier.Actor, draft.Actor)))
                {
                    draft.Period = dated.Period;
                }

                drafts.Add(draft);
            }
            else if (reading is { RefersBack: true, HasMovementVerb: true, Negated: false } && reading.Kind == MovementKind.Withdrawal && reading.Origin is null && reading.Destination is null
                && troopsBefore is { StatesMovement: false } before && before.Sentence.Index == sentence.Index - 1 && before.Sentence.Paragraph == sentence.Paragraph
                && (before.Destination ?? before.Origin) is { } where)
            {
                // "Some 1,400 soldiers are still stationed in Niger. They are to be withdrawn by the end of the year": troops said
                // to be somewhere, then withdrawn in the next sentence, leave that place.
                var draft = new MovementDraft(reading with { Origin = where, Strength = before.Strength, Unit = before.Unit, Actor = reading.Actor ?? before.Actor });
                draft.Source ??= paragraphSource ?? documentSource;
                draft.Actor ??= lastNamed;
                drafts.Add(draft);
            }
            else if (reading is { Begins: true, Negated: false, Origin: null, Destination: null, Strength: null } && last is { Status: MovementStatus.Planned }
                && sentence.Index - last.LastSentence <= 1 && (reading.Kind == last.Kind || reading.Kind == MovementKind.Unknown))
            {
                // "3,850 soldiers will return to their barracks; the withdrawal began on Monday": the movement planned just before,
                // named again by its noun, has begun.
                last.Status = MovementStatus.UnderWay;
                last.Period ??= reading.Date?.Period;
            }
            else if (reading.AddsDetail && last is not null && Near(last, sentence)
                && (reading.Actor is null || last.Actor is null || MovementDraft.SameActor(reading.Actor, last.Actor)))
            {
                last.Absorb(reading with { Actor = null, Unit = null });
            }

            // "… ont quitté le pays vendredi. Un A400M a décollé en fin de matinée": a part of a day without its day is on the day the
            // report was last telling of.
            if (reading.SameDay && dayBefore is not null && drafts.Count > 0 && drafts[^1] is { Period: null } told && told.LastSentence == sentence.Index)
            {
                told.Period = dayBefore;
            }

            if (reading.Date?.Period is { Precision: TimePrecision.Day, Start: { } dayStart, End: { } dayEnd } day && dayEnd - dayStart == TimeSpan.FromDays(1))
            {
                dayBefore = day;
            }

            if (reading is { HasMovementVerb: true, Negated: false, Date: not null })
            {
                datedMove = reading;
            }

            if (reading.Actor is { } named)
            {
                lastNamed = named;
                lastNamedIn = sentence;
            }

            if (reading.Strength is not null || reading.Unit is not null)
            {
                troopsBefore = reading;
            }

            if (reading.Source is { } source)
            {
                paragraphSource = source;
                documentSource = source;
            }
        }

        var placesBefore = new List<Place>();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                paragraphSource = null;
            }

            while (cursor < sorted.Count && sorted[cursor].Start < sentence.Start)
            {
                cursor++;
            }

            var inside = new List<Mention>();
            for (var k = cursor; k < sorted.Count && sorted[k].Start < sentence.End; k++)
            {
                inside.Add(sorted[k]);
            }

            foreach (var reading in _reader.Read(text, sentence, inside, published, placesBefore: placesBefore, textTokens: tokens))
            {
                Take(reading);
            }

            placesBefore.AddRange(inside.Select(x => x.Place));
        }

        return [.. Merge(drafts).Where(Located).Select(ToMovement)];
    }

    // A movement is put on a map by where it goes, or, for a withdrawal, by what it leaves: a count that moved nowhere named
    // ("360,000 reservists were mobilised"), or a departure whose destination the report does not give in the sentences read
    // ("flew in from Berlin"), is no movement GeoMap can place.
    private static bool Located(MovementDraft draft) =>
        draft.Destination is not null || (draft.Origin is not null && draft.Kind is MovementKind.Withdrawal or MovementKind.Unknown);

    private static bool Near(MovementDraft draft, Sentence sentence) =>
        sentence.Paragraph == draft.First.Sentence.Paragraph || sentence.Index - draft.LastSentence <= 1;

    private static List<MovementDraft> Merge(List<MovementDraft> drafts)
    {
        var kept = new List<MovementDraft>();
        foreach (var draft in drafts)
        {
            var twin = kept.FirstOrDefault(k => k.SameAs(draft));
            if (twin is null)
            {
                kept.Add(draft);
                continue;
            }

            // The more specific telling leads (a base rather than a country); the other fills its gaps.
            var draftMoreSpecific = (draft.Destination is { Kind: not PlaceKind.Country } && twin.Destination is null or { Kind: PlaceKind.Country })
                || twin.OnlyLeavesCountryOf(draft);
            if (draftMoreSpecific)
            {
                draft.Absorb(twin.AsReading());
                kept[kept.IndexOf(twin)] = draft;
            }
            else
            {
                twin.Absorb(draft.AsReading());
            }
        }

        return kept;
    }

    private static Movement ToMovement(MovementDraft d) => new()
    {
        Actor = d.Actor?.Name,
        ActorCountry = d.Actor is { CountryCode.Length: > 0 } a ? a.CountryCode : null,
        Unit = d.Unit,
        Strength = d.Strength,
        // A movement stated without a plan or progress marker is told as done ("sent", "moved", "arrived").
        Status = d.Status == MovementStatus.Unknown ? MovementStatus.Completed : d.Status,
        Mode = d.Mode,
        Kind = d.Kind,
        Origin = d.OriginOrHome(),
        Via = d.Via,
        Destination = d.Destination,
        Period = d.Period ?? Period.Unbounded,
        Source = d.Source,
        Sentence = d.First.Sentence.Text,
        SentenceStart = d.First.Sentence.Start,
        Confidence = d.Confidence(),
    };
}

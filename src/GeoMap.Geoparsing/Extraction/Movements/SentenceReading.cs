using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Extraction.Cues;
using GeoMap.Geoparsing.Extraction.Curated;
using GeoMap.Geoparsing.Extraction.Dates;
using GeoMap.Geoparsing.Extraction.Sentences;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>What one sentence says that matters for a movement, before document-level inference.</summary>
public sealed record SentenceReading
{
    /// <summary>The sentence.</summary>
    public required Sentence Sentence { get; init; }

    /// <summary>The head count attached to a unit word, if any.</summary>
    public Strength? Strength { get; init; }

    /// <summary>The most specific unit word, in English ("special forces").</summary>
    public string? Unit { get; init; }

    /// <summary>Who moves, when the sentence names it.</summary>
    public ActorEntry? Actor { get; init; }

    /// <summary>The transport mode, when stated.</summary>
    public TransportMode Mode { get; init; }

    /// <summary>The status the first movement verb gives, or Unknown.</summary>
    public MovementStatus Status { get; init; }

    /// <summary>The kind the first movement verb gives, or Unknown.</summary>
    public MovementKind Kind { get; init; }

    /// <summary>True when the sentence has a movement verb (or, in a language without a verb list, a status cue or a vehicle).</summary>
    public bool HasMovementVerb { get; init; }

    /// <summary>
    /// True when the clause denies its movement ("were not sent", "no troops were sent", "refused to send"; see
    /// <c>NegationScope</c>): it states no movement and adds nothing to one.
    /// </summary>
    public bool Negated { get; init; }

    /// <summary>True when a diplomatic or reaction word is present ("convoqué", "condemned").</summary>
    public bool IsReaction { get; init; }

    /// <summary>The sentence's own source, if it names one.</summary>
    public Attribution? Source { get; init; }

    /// <summary>The first date of the sentence, resolved.</summary>
    public DateMatch? Date { get; init; }

    /// <summary>Where from.</summary>
    public Place? Origin { get; init; }

    /// <summary>True when a state named as the subject sends the troops ("North Korea sent …"): they leave from home when no origin is named.</summary>
    public bool SentFromHome { get; init; }

    /// <summary>Where through.</summary>
    public IReadOnlyList<Place> Via { get; init; } = [];

    /// <summary>Where to.</summary>
    public Place? Destination { get; init; }

    /// <summary>True when the sentence opens with a subject that refers back to earlier troops ("They arrived in Ussuriysk").</summary>
    public bool RefersBack { get; init; }

    /// <summary>True when the clause has a phrase of <see cref="Languages.LanguageRules.SameDayPhrases"/> ("in the evening", "dans la foulée") and no date.</summary>
    public bool SameDay { get; init; }

    /// <summary>True when the clause says that a movement it names by a noun has begun ("the withdrawal began on Monday").</summary>
    public bool Begins { get; init; }

    /// <summary>True when the clause's main verb is one of leaving a place (<see cref="Languages.LanguageRules.DepartureVerbs"/>): "a décollé de Niamey".</summary>
    public bool Departs { get; init; }

    /// <summary>True when the clause says how many a force numbers (<see cref="Languages.LanguageRules.CountVerbs"/>).</summary>
    public bool CountsForce { get; init; }

    /// <summary>True when the clause sends the troops home ("flown home", "hacia su territorio"): to the actor's own country.</summary>
    public bool GoesHome { get; init; }

    /// <summary>True when the destination was only given as "near X".</summary>
    public bool DestinationIsApproximate { get; init; }

    /// <summary>
    /// True when the mover is a force by its name alone: an armed group or a mission ("La MINUSMA doit quitter le Mali", "Wagner
    /// withdrew from Bakhmut"), troops without a word for troops. A state is not: it also sends delegations and aid.
    /// </summary>
    public bool ForceNamed => Actor is { IsState: false };

    /// <summary>Enough for a movement on its own: troops (a count, a unit or a force's name), a movement verb, and a count or a place.</summary>
    public bool StatesMovement =>
        (Strength is not null || Unit is not null || ForceNamed)
        && HasMovementVerb
        && !Negated
        && (Strength is not null || Destination is not null || Origin is not null)
        && !(IsReaction && Strength is null)
        && !Sentence.IsHeading;

    /// <summary>Adds detail to a movement stated in a neighbouring sentence ("the transport of this first contingent by ship…").</summary>
    public bool AddsDetail =>
        !IsReaction && !Negated && !Sentence.IsHeading && Strength is null
        // A country or demonym alone ("the North Korean foreign minister met … in Moscow on Friday") names people, not the force:
        // without a unit or a pronoun for the troops it adds to the movement only when it says they moved.
        && (Unit is not null || RefersBack || (Actor is not null && HasMovementVerb))
        && (Mode != TransportMode.Unknown || Date is not null || Destination is not null);
}

using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Extraction.Curated;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>A movement being assembled from one or more sentences.</summary>
internal sealed class MovementDraft(SentenceReading first)
{
    // Within a day's march of the destination, in its country: a town of the region the draft goes to, or a stop before it.
    private const double NearKm = 120;

    private static readonly HashSet<string> GenericUnits = new(StringComparer.Ordinal) { "soldiers", "troops", "men", "forces", "personnel", "fighters", "contingent", "units" };

    public SentenceReading First { get; set; } = first;

    public int LastSentence { get; set; } = first.Sentence.Index;

    public ActorEntry? Actor { get; set; } = first.Actor;

    public string? Unit { get; set; } = first.Unit;

    public Strength? Strength { get; set; } = first.Strength;

    public MovementStatus Status { get; set; } = first.Status;

    public TransportMode Mode { get; set; } = first.Mode;

    public MovementKind Kind { get; set; } = first.Kind;

    public Place? Origin { get; set; } = first.Origin;

    public bool SentFromHome { get; set; } = first.SentFromHome;

    public IReadOnlyList<Place> Via { get; set; } = first.Via;

    public Place? Destination { get; set; } = first.Destination;

    public bool DestinationIsApproximate { get; set; } = first.DestinationIsApproximate;

    public Period? Period { get; set; } = first.Date?.Period;

    public Attribution? Source { get; set; } = first.Source;

    /// <summary>True when the movement was first told as a force leaving a place (<see cref="SentenceReading.Departs"/>).</summary>
    public bool Departed { get; } = first.Departs;

    /// <summary>Takes from <paramref name="other"/> what this draft lacks; more specific units and places win.</summary>
    /// <remarks>
    /// A force told as having left a place, then as still to arrive somewhere ("Un A400M a décollé de Niamey. Ils devaient
    /// atterrir à Istres"), is on its way: the movement is under way. One on its way, then told as arrived where it was going,
    /// is complete.
    /// </remarks>
    public void Absorb(SentenceReading other)
    {
        if (Departed && Destination is null && Status != MovementStatus.Planned && other.Destination is not null
            && other.Status is MovementStatus.Planned or MovementStatus.UnderWay)
        {
            Status = MovementStatus.UnderWay;
        }
        else if (Arrives(other))
        {
            Status = MovementStatus.Completed;
        }

        Actor ??= other.Actor;
        Strength ??= other.Strength;
        if (Unit is null || (other.Unit is not null && GenericUnits.Contains(Unit) && !GenericUnits.Contains(other.Unit)))
        {
            Unit = other.Unit ?? Unit;
        }

        if (Status == MovementStatus.Unknown)
        {
            Status = other.Status;
        }

        if (Mode == TransportMode.Unknown)
        {
            Mode = other.Mode;
        }

        if (Kind == MovementKind.Unknown)
        {
            Kind = other.Kind;
        }

        Origin ??= other.Origin;
        SentFromHome |= other.SentFromHome;
        if (Via.Count == 0)
        {
            Via = other.Via;
        }

        if (Destination is null || (DestinationIsApproximate && other.Destination is not null && !other.DestinationIsApproximate)
            || (Destination.Kind == PlaceKind.Country && other.Destination is { Kind: not PlaceKind.Country } specific && specific.CountryCode == Destination.CountryCode))
        {
            if (other.Destination is not null)
            {
                Destination = other.Destination;
                DestinationIsApproximate = other.DestinationIsApproximate;
            }
        }

        // A finer date elsewhere refines a coarse one only when it falls inside it: "fin octobre … Friday" in the next sentence
        // is another event (a meeting, a statement), not the day of a movement said to be late in October.
        if (Period is null || (Period.Precision > TimePrecision.Day && other.Date is { } d && d.Period.Precision <= TimePrecision.Day
            && Within(d.Period, Period)))
        {
            Period = other.Date?.Period ?? Period;
        }

        Source ??= other.Source;
        LastSentence = Math.Max(LastSentence, other.Sentence.Index);
    }

    /// <summary>
    /// True when both drafts can describe the same movement told twice (a lead and its detail): the same count, or one
    /// without a count and the same actor and destination; a compatible actor, status and destination; no two different origins.
    /// </summary>
    public bool SameAs(MovementDraft other)
    {
        var sameCount = Strength is { } a && other.Strength is { } b && a.Min == b.Min && a.Max == b.Max;
        var oneUncounted = (Strength is null || other.Strength is null)
            && Actor is not null && other.Actor is not null && Destination is not null && other.Destination is not null
            && Destination.Key == other.Destination.Key;
        // "The mission's troops began their withdrawal from the country. A first convoy of 400 soldiers left Goma …": a withdrawal
        // from a country, going nowhere named, and the same actor's withdrawal from a place in that country are one told twice
        // (the one begun and its first leg done alike).
        if (Kind == MovementKind.Withdrawal && other.Kind == MovementKind.Withdrawal && Actor is not null && other.Actor is not null
            && SameActor(Actor, other.Actor) && (Status == other.Status || Begun(this, other) || Begun(other, this))
            && (LeavesCountryOf(this, other) || LeavesCountryOf(other, this)))
        {
            return true;
        }

        return (sameCount || oneUncounted)
            && (Actor is null || other.Actor is null || SameActor(Actor, other.Actor))
            && (Status == MovementStatus.Unknown || other.Status == MovementStatus.Unknown || Status == other.Status)
            && (Kind == MovementKind.Unknown || other.Kind == MovementKind.Unknown || Kind == other.Kind || Destination is not null)
            && (Origin is null || other.Origin is null || Origin.Key == other.Origin.Key)
            && Compatible(Destination, other.Destination);
    }

    /// <summary>
    /// True when a sentence without a count can continue this draft: same actor, status and a compatible destination; or,
    /// for a movement under way, an arrival near its destination or in the country it goes to that names no start of its own
    /// ("are being moved toward the Kursk region. The first units have already reached Sudzha") or at it ("is sending reinforcements
    /// to El Obeid; the first units arrived there on Monday"): progress, not a new leg ("then moved on from Vladivostok
    /// to Ussuriysk"); or, for a movement told as done, the rest of its way still being travelled ("crossed into Russia … were
    /// heading to Rostov").
    /// </summary>
    public bool Continues(SentenceReading reading) =>
        reading.Strength is null
        // "Di fronte all'avanzata, i reparti … si sono ritirati verso El Obeid": a retreat after an advance (or an advance after a
        // retreat) goes the other way, most often by the other side: a movement of its own.
        && !Opposite(Kind, reading.Kind)
        && (reading.Actor is null || Actor is null || SameActor(reading.Actor, Actor))
        && (((reading.Status == MovementStatus.Unknown || Status == MovementStatus.Unknown || reading.Status == Status) && Compatible(Destination, reading.Destination))
            || (Status == MovementStatus.UnderWay && reading.Origin is null
                && (OnTheWay(Destination, reading.Destination) || Inside(reading.Destination, Destination) || Reached(Destination, reading)))
            // "… left their camp and crossed into Russia. They were heading to Rostov-on-Don": the rest of the way of a movement
            // told as done, not a new one.
            || (Status == MovementStatus.Completed && reading.Status == MovementStatus.UnderWay && reading.Origin is null
                && Destination is not null && Compatible(Destination, reading.Destination))
            || Arrives(reading))
        && (reading.Origin is null || Origin is null || reading.Origin.Key == Origin.Key)
        || SetOutFor(reading);

    private static bool Opposite(MovementKind a, MovementKind b) =>
        (a == MovementKind.Advance && b == MovementKind.Withdrawal) || (a == MovementKind.Withdrawal && b == MovementKind.Advance);

    // "… left Constanța for Odesa. The battalion reached Odesa on 26 February": a force told as set out for a place, then as
    // arrived there, has made the journey; the two are one movement. A transfer told as in progress is not ended by the arrival of
    // its first units ("перекидає підкріплення …; перші підрозділи прибули").
    private bool Arrives(SentenceReading reading) =>
        Departed && Status == MovementStatus.UnderWay && reading is { Status: MovementStatus.Completed, Origin: null, Destination: not null }
        && Destination is not null && reading.Destination.Key == Destination.Key;

    // "Ein erster Konvoi verließ am Dienstag den Stützpunkt Ouallam. Die Kolonne soll … nach N'Djamena fahren": the force that left
    // a place, referred back to, goes on to where the next sentence sends it; the two are one movement. The subject referring back
    // is that force, whatever country the clause names besides ("in die Hauptstadt des Nachbarlandes Tschad").
    private bool SetOutFor(SentenceReading reading) =>
        Departed && Destination is null && Origin is not null && reading is { RefersBack: true, Origin: null, Destination: not null, Strength: null };

    /// <summary>
    /// True when <paramref name="reading"/>, a sentence or two after this draft's, gives the count this draft lacks: a count of
    /// people that names no start, end or time of its own ("The frigate left Toulon for the Red Sea. Some 170 sailors are
    /// travelling with it"), for the same side.
    /// </summary>
    public bool CountedBy(SentenceReading reading) =>
        Strength is null && reading.Strength is not null && reading.Sentence.Index - LastSentence is >= 0 and <= 2
        // A day of its own makes it another event: "The column reached Abéché on Monday. On Wednesday 300 soldiers were sent …".
        && reading.Date is null
        // A count for the whole country a movement went into ("in all, some 5,000 fighters are in Belarus") is a total, not its own.
        && reading.Origin is null && (reading.Destination is null || reading.Destination.Key == Destination?.Key)
        && (reading.Actor is null || Actor is null || SameActor(reading.Actor, Actor));

    // "began its withdrawal from Kenya … a first convoy left Mombasa": a withdrawal under way and a leg of it already done.
    private static bool Begun(MovementDraft a, MovementDraft b) => a.Status == MovementStatus.UnderWay && b.Status is MovementStatus.Completed or MovementStatus.Unknown;

    // A region counts as a country here when the place lies near its centre ("withdrawing from the Karabakh region … a column left
    // Khankendi").
    private static bool LeavesCountryOf(MovementDraft country, MovementDraft place) =>
        country is { Destination: null, Origin: { Kind: PlaceKind.Country or PlaceKind.Region, CountryCode: { } code } area }
        && place.Origin is { Kind: not PlaceKind.Country } from && from.Key != area.Key && from.CountryCode == code
        && (area.Kind == PlaceKind.Country || GreatCircle.DistanceKm(area.Lat, area.Lon, from.Lat, from.Lon) <= NearKm);

    /// <summary>True when this draft only leaves a country that <paramref name="other"/> leaves from a place inside it.</summary>
    public bool OnlyLeavesCountryOf(MovementDraft other) => LeavesCountryOf(this, other);

    private static bool Within(Period inner, Period outer) =>
        (outer.Start is not { } s || (inner.Start is { } a && a >= s)) && (outer.End is not { } e || (inner.End is { } b && b <= e));

    // "Russian troops began arriving in Belarus. The first trains crossed the border at Orsha": a place in the country a movement
    // under way goes to is how far it has got.
    private static bool Inside(Place? stop, Place? country) =>
        country is { Kind: PlaceKind.Country, CountryCode: { } code } && stop is { Kind: not PlaceKind.Country } && stop.CountryCode == code;

    // "is sending reinforcements to El Obeid; the first units arrived there by air on Monday": the first to reach where a movement
    // under way goes are its head, not a movement of their own.
    private static bool Reached(Place? destination, SentenceReading reading) =>
        destination is not null && reading.Destination?.Key == destination.Key && reading.Status == MovementStatus.Completed
        && reading.Kind is MovementKind.Deployment or MovementKind.Unknown;

    private static bool OnTheWay(Place? destination, Place? stop) =>
        destination is { Kind: not PlaceKind.Country } && stop is { Kind: not PlaceKind.Country } && destination.Key != stop.Key
        && destination.CountryCode is { } code && stop.CountryCode == code
        && GreatCircle.DistanceKm(destination.Lat, destination.Lon, stop.Lat, stop.Lon) <= NearKm;

    /// <summary>The draft as a reading, so one draft can absorb another.</summary>
    public SentenceReading AsReading() => First with
    {
        Actor = Actor, Unit = Unit, Strength = Strength, Status = Status, Mode = Mode, Kind = Kind, Origin = Origin, SentFromHome = SentFromHome, Via = Via,
        Destination = Destination, DestinationIsApproximate = DestinationIsApproximate, Source = Source,
        Date = Period is null ? null : new Dates.DateMatch(Period, 0, 0, ""),
    };

    /// <summary>
    /// Where the movement starts: the origin named, or, for troops a state sends abroad with none named, that state
    /// (<see cref="SentenceReading.SentFromHome"/>). Read once the tellings are merged, so the home country never keeps two tellings
    /// of one movement apart.
    /// </summary>
    public Place? OriginOrHome() =>
        Origin ?? (SentFromHome && Kind == MovementKind.Deployment && Actor is { IsState: true, Place: { Kind: PlaceKind.Country } home }
            && Destination is { CountryCode: { } to } && to != home.CountryCode && !Via.Any(v => v.CountryCode == home.CountryCode) ? home : null);

    /// <summary>How much the draft is worth believing, between 0 and 1.</summary>
    public double Confidence()
    {
        var c = 0.35;
        c += Strength is not null ? 0.15 : 0;
        c += Actor is not null ? 0.1 : 0;
        c += Destination is null ? 0 : DestinationIsApproximate ? 0.05 : 0.15;
        c += Status != MovementStatus.Unknown ? 0.1 : 0;
        c += Mode != TransportMode.Unknown ? 0.05 : 0;
        c += Period is { Precision: not TimePrecision.Unknown } ? 0.05 : 0;
        c += Source is not null ? 0.05 : 0;
        return Math.Round(Math.Min(c, 0.95), 2);
    }

    /// <summary>True when two actors are one side: the same country (a state and its armed groups), or the same multinational force.</summary>
    public static bool SameActor(ActorEntry a, ActorEntry b) =>
        a.CountryCode.Length > 0 ? a.CountryCode == b.CountryCode : a.Key == b.Key;

    /// <summary>True when two destinations can be the same place: equal, or one is the country of the other.</summary>
    public static bool Compatible(Place? a, Place? b) =>
        a is null || b is null || a.Key == b.Key
        || (a.Kind == PlaceKind.Country && a.CountryCode == b.CountryCode)
        || (b.Kind == PlaceKind.Country && b.CountryCode == a.CountryCode);
}

using GeoMap.Core.Places;
using GeoMap.Core.Time;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Movements;

/// <summary>A movement of troops or materiel: who, how many, from where via where to where, how, when.</summary>
/// <remarks>
/// Any of the places may be missing: a report often names only the destination. <see cref="Geometry"/>
/// is the line origin → via… → destination when at least two places are known, a point when only one is.
/// </remarks>
public sealed record Movement
{
    /// <summary>Database identifier; 0 before the movement is stored.</summary>
    public long Id { get; init; }

    /// <summary>The report it was extracted from, if any (analysts may add movements by hand).</summary>
    public long? ReportId { get; init; }

    /// <summary>Who moves, as a display name ("North Korea", "Wagner Group").</summary>
    public string? Actor { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the actor's country, when the actor is a state's force.</summary>
    public string? ActorCountry { get; init; }

    /// <summary>The unit or kind of force ("special forces", "marines", "3rd Army Corps").</summary>
    public string? Unit { get; init; }

    /// <summary>How many, when stated.</summary>
    public Strength? Strength { get; init; }

    /// <summary>Planned, under way or completed.</summary>
    public MovementStatus Status { get; init; }

    /// <summary>Deployment, withdrawal, advance or transit, as the text's movement verb says.</summary>
    public MovementKind Kind { get; init; }

    /// <summary>How they travel.</summary>
    public TransportMode Mode { get; init; }

    /// <summary>Where they leave from.</summary>
    public Place? Origin { get; init; }

    /// <summary>Places passed through, in order.</summary>
    public IReadOnlyList<Place> Via { get; init; } = [];

    /// <summary>Where they go.</summary>
    public Place? Destination { get; init; }

    /// <summary>When the movement happened (not when it was reported).</summary>
    public Period Period { get; init; } = Period.Unbounded;

    /// <summary>Who the report attributes the claim to.</summary>
    public Attribution? Source { get; init; }

    /// <summary>The sentence that states the movement, verbatim.</summary>
    public string Sentence { get; init; } = "";

    /// <summary>UTF-16 offset of <see cref="Sentence"/> in the report text, or -1.</summary>
    public int SentenceStart { get; init; } = -1;

    /// <summary>Between 0 and 1.</summary>
    public double Confidence { get; init; }

    /// <summary>Who created it: <c>extractor</c> or an analyst's key name.</summary>
    public string CreatedBy { get; init; } = "extractor";

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who last edited it, if anyone.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>When it was last edited.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>
    /// For a tracked movement (the thing on the map), what its claims say together: counts, who claimed which strength,
    /// the status history, contradictions. Null for a single claim.
    /// </summary>
    public Corroboration.Corroboration? Corroboration { get; init; }

    /// <summary>The places in route order: origin, via…, destination (missing ones skipped).</summary>
    public IEnumerable<Place> Route()
    {
        if (Origin is not null)
        {
            yield return Origin;
        }

        foreach (var via in Via)
        {
            yield return via;
        }

        if (Destination is not null)
        {
            yield return Destination;
        }
    }

    /// <summary>The geometry of the route: a line through its places, a point for one place, null for none.</summary>
    public Geometry? Geometry
    {
        get
        {
            var coordinates = Route().Select(p => new Coordinate(p.Lon, p.Lat)).ToArray();
            return coordinates.Length switch
            {
                0 => null,
                1 => GeometryFactories.Wgs84.CreatePoint(coordinates[0]),
                _ => GeometryFactories.Wgs84.CreateLineString(coordinates),
            };
        }
    }
}

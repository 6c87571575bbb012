using GeoMap.Core.Movements;
using GeoMap.Core.Time;

namespace GeoMap.Core.Queries;

/// <summary>A region + date range query over movements (DESIGN.md, "Query semantics").</summary>
/// <remarks>
/// A movement matches when its geometry intersects the region and its period overlaps
/// [<see cref="From"/>, <see cref="To"/>]. Either end may be open. Results come in id order, and
/// <see cref="After"/> is the keyset cursor: the last id of the previous page.
/// </remarks>
public sealed record MovementQuery
{
    /// <summary>Largest page a caller may ask for.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>Where.</summary>
    public RegionFilter Region { get; init; } = RegionFilter.Everywhere;

    /// <summary>Inclusive start of the range, or null.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Inclusive end of the range, or null.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only movements whose actor name or actor country matches (case-insensitive), if set.</summary>
    public string? Actor { get; init; }

    /// <summary>Only movements with this status, if set.</summary>
    public MovementStatus? Status { get; init; }

    /// <summary>Only movements of this geometry shape (routes, or movements known by one place); all by default.</summary>
    public MovementShape Shape { get; init; } = MovementShape.Any;

    /// <summary>Page size, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Keyset cursor: return movements with ids greater than this.</summary>
    public long? After { get; init; }

    /// <summary>Throws <see cref="InvalidQueryException"/> when the range is inverted or the limit is out of range.</summary>
    public MovementQuery Validate()
    {
        if (From is { } f && To is { } t && t < f)
        {
            throw new InvalidQueryException("datetime",
                $"The date range ends ({Timestamp.Text(t)}) before it starts ({Timestamp.Text(f)}); swap the two dates.");
        }

        if (Limit is < 1 or > MaxLimit)
        {
            throw new InvalidQueryException("limit", $"limit {Limit} is out of range; give a number from 1 to {MaxLimit}.");
        }

        return this;
    }
}

/// <summary>The shape of a movement's geometry, for clients that need one geometry type per layer (OGC API collections).</summary>
public enum MovementShape
{
    /// <summary>Every movement.</summary>
    Any,

    /// <summary>Movements with a route (a LineString through two or more places), and those with no place at all.</summary>
    Route,

    /// <summary>Movements known by one place only (a Point: usually the destination).</summary>
    Point,
}

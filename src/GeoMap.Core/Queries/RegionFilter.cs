using NetTopologySuite.Geometries;

namespace GeoMap.Core.Queries;

/// <summary>Where to look: a box, a polygon, a named country or region, or a stored query area. Exactly one is set.</summary>
public sealed record RegionFilter
{
    private RegionFilter()
    {
    }

    /// <summary>The box, when the filter is a box.</summary>
    public BoundingBox? Box { get; private init; }

    /// <summary>The polygon or multipolygon (EPSG:4326, valid), when the filter is a geometry.</summary>
    public Geometry? Geometry { get; private init; }

    /// <summary>The name or code of a stored region (any language, or an ISO code like UA or UA-43).</summary>
    public string? RegionName { get; private init; }

    /// <summary>
    /// The id of a stored query area (a polygon too large for a URL, stored once and referenced by queries), when the
    /// filter is one.
    /// </summary>
    public string? AreaId { get; private init; }

    /// <summary>Everywhere.</summary>
    public static RegionFilter Everywhere { get; } = new();

    /// <summary>True when the filter does not restrict space.</summary>
    public bool IsEverywhere => Box is null && Geometry is null && RegionName is null && AreaId is null;

    /// <summary>A box filter.</summary>
    public static RegionFilter ForBox(BoundingBox box) => new() { Box = box };

    /// <summary>A named-region filter.</summary>
    public static RegionFilter ForRegion(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidQueryException("region", "region is empty; give a country or region name or ISO code, for example 'Ukraine' or 'UA-43'.");
        }

        return new() { RegionName = name.Trim() };
    }

    /// <summary>A filter by a stored query area's id (whose existence the storage checks when it runs the query).</summary>
    public static RegionFilter ForStoredArea(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new() { AreaId = id };
    }

    /// <summary>A polygon filter; the geometry is checked with <see cref="GeometryValidation.RequireValidArea"/>.</summary>
    /// <param name="geometry">The area.</param>
    /// <param name="maxVertices">The most vertices the area may have (a budget on the work of checking and testing it).</param>
    public static RegionFilter ForGeometry(Geometry geometry, int maxVertices = int.MaxValue) =>
        new() { Geometry = GeometryValidation.RequireValidArea(geometry, "geometry", maxVertices) };
}

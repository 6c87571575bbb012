using NetTopologySuite.Geometries;

namespace GeoMap.Core.Places;

/// <summary>A gazetteer entry: a GeoNames feature, a country or region, or a curated facility.</summary>
/// <remarks>
/// Coordinates are (lon, lat) in EPSG:4326. A place from GeoNames carries its <see cref="GeonameId"/>;
/// a curated facility (a base, a port) carries a <see cref="CuratedKey"/> instead and may also name
/// the GeoNames town it sits in.
/// </remarks>
public sealed record Place
{
    /// <summary>GeoNames identifier, when the place comes from GeoNames.</summary>
    public long? GeonameId { get; init; }

    /// <summary>Stable key of a curated place (for example <c>base:ussuriysk</c>), when it is curated.</summary>
    public string? CuratedKey { get; init; }

    /// <summary>Preferred (English or ASCII) name.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code, upper case, when known.</summary>
    public string? CountryCode { get; init; }

    /// <summary>GeoNames first-level administrative code within the country, when known.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>Coarse kind of place.</summary>
    public PlaceKind Kind { get; init; } = PlaceKind.PopulatedPlace;

    /// <summary>GeoNames feature code (PPLC, PPLA, PCLI, ADM1, …) or a curated code (MILB, PRT, AIRF).</summary>
    public string FeatureCode { get; init; } = "PPL";

    /// <summary>Population, 0 when unknown.</summary>
    public long Population { get; init; }

    /// <summary>Longitude in degrees (EPSG:4326).</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude in degrees (EPSG:4326).</summary>
    public required double Lat { get; init; }

    /// <summary>A display key unique across sources: <c>gn:2014006</c> or <c>cur:base:ussuriysk</c>.</summary>
    public string Key => GeonameId is { } id ? $"gn:{id}" : $"cur:{CuratedKey}";

    /// <summary>Whether the place is an area (a country or first-level region) rather than a point: maps draw it as its outline, never as a town marker.</summary>
    public bool IsArea => Kind is PlaceKind.Country or PlaceKind.Region;

    /// <summary>The place as an EPSG:4326 point.</summary>
    public Point ToPoint() => GeometryFactories.Wgs84.CreatePoint(new Coordinate(Lon, Lat));
}

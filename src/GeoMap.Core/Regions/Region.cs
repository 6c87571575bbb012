using NetTopologySuite.Geometries;

namespace GeoMap.Core.Regions;

/// <summary>A country or first-level region with its names and outline, for named-region queries.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 for a country (UA), ISO 3166-2 for a region (UA-43).</param>
/// <param name="Kind">Country or first-level region.</param>
/// <param name="Name">English name.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 of the country (itself for a country).</param>
/// <param name="Names">Names by ISO 639-1 language code (fr → "Ukraine", ru → "Украина").</param>
/// <param name="Geometry">Outline in EPSG:4326, a Polygon or MultiPolygon.</param>
/// <param name="GeonamesAdmin1">GeoNames admin1 code (for a region), to join with cities' admin1.</param>
/// <param name="AlternateNames">Names in no particular language (short and transliterated forms: "Primor'ye").</param>
public sealed record Region(
    string Code,
    RegionKind Kind,
    string Name,
    string CountryCode,
    IReadOnlyDictionary<string, string> Names,
    Geometry Geometry,
    string? GeonamesAdmin1 = null,
    IReadOnlyList<string>? AlternateNames = null);

/// <summary>The levels of region GeoMap stores.</summary>
public enum RegionKind
{
    /// <summary>A country.</summary>
    Country,

    /// <summary>A first-level administrative region.</summary>
    Admin1,
}

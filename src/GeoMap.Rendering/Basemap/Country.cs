using NetTopologySuite.Geometries;

namespace GeoMap.Rendering.Basemap;

/// <summary>A country outline as the basemap draws it.</summary>
/// <param name="Name">English name from the source data.</param>
/// <param name="NumericCode">ISO 3166-1 numeric code, when the source has one.</param>
/// <param name="Geometry">The outline in EPSG:4326 (Polygon or MultiPolygon).</param>
public sealed record Country(string Name, string? NumericCode, Geometry Geometry);

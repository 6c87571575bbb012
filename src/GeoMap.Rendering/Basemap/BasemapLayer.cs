namespace GeoMap.Rendering.Basemap;

/// <summary>The country-level vectors of one resolution (Natural Earth 1:50m or 1:10m).</summary>
/// <param name="Land">Land rings, to be filled with the even-odd rule (lakes are holes).</param>
/// <param name="Coastlines">The land's outline, without the cuts Natural Earth makes along the antimeridian.</param>
/// <param name="Borders">International land borders: each drawn once, never along a coast.</param>
/// <param name="Countries">Country outlines with Crimea and Sevastopol in Ukraine.</param>
public sealed record BasemapLayer(
    IReadOnlyList<GeoLine> Land,
    IReadOnlyList<GeoLine> Coastlines,
    IReadOnlyList<GeoLine> Borders,
    IReadOnlyList<Country> Countries);

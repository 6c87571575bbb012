namespace GeoMap.Rendering.Basemap;

/// <summary>Everything the renderer draws under the movements: land, coasts, borders, regions and city labels.</summary>
/// <remarks>
/// Build it once with <see cref="BasemapLoader"/> and share it: it is immutable and safe to use from many
/// renders at once. <see cref="Detailed"/> serves views smaller than about a continent, <see cref="Overview"/>
/// the rest.
/// </remarks>
public sealed class BasemapData
{
    /// <summary>Creates basemap data from its parts.</summary>
    public BasemapData(BasemapLayer overview, BasemapLayer? detailed, IReadOnlyList<GeoLine> regionOutlines, IReadOnlyList<City> cities, string attribution)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(regionOutlines);
        ArgumentNullException.ThrowIfNull(cities);
        Overview = overview;
        Detailed = detailed;
        RegionOutlines = regionOutlines;
        Cities = cities;
        Attribution = attribution ?? "";
    }

    /// <summary>Natural Earth 1:50m countries and land.</summary>
    public BasemapLayer Overview { get; }

    /// <summary>Natural Earth 1:10m countries and land, when available.</summary>
    public BasemapLayer? Detailed { get; }

    /// <summary>Outlines of first-level regions (oblasts, provinces, krais).</summary>
    public IReadOnlyList<GeoLine> RegionOutlines { get; }

    /// <summary>Capitals and large cities, capitals first then by population.</summary>
    public IReadOnlyList<City> Cities { get; }

    /// <summary>Credit line for the data ("Basemap: Natural Earth via world-atlas; Places: GeoNames").</summary>
    public string Attribution { get; }

    /// <summary>An empty basemap (sea only): for tests and for renders that bring their own background.</summary>
    public static BasemapData Empty { get; } = new(new BasemapLayer([], [], [], []), null, [], [], "");

    /// <summary>The layer to draw for a view spanning <paramref name="spanLonDegrees"/> degrees of longitude.</summary>
    public BasemapLayer LayerFor(double spanLonDegrees) =>
        Detailed is not null && spanLonDegrees <= 40 ? Detailed : Overview;
}

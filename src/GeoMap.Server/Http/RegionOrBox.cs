using GeoMap.Core.Queries;
using GeoMap.Storage.Repositories;
using NetTopologySuite.Geometries;

namespace GeoMap.Server.Http;

/// <summary>
/// The area of a listing given as <c>bbox</c> or <c>region</c> (a country or first-level region by code or name in any
/// stored language, matched by its outline, not its box): overlays and photos.
/// </summary>
public static class RegionOrBox
{
    /// <summary>The area to list in, or null for everywhere.</summary>
    /// <exception cref="InvalidQueryException">Both given, an empty or unknown region, a bad box.</exception>
    public static async Task<Geometry?> AreaAsync(string? bbox, string? region, RegionRepository regions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regions);
        if (region is null)
        {
            return QueryValues.Box(bbox)?.ToGeometry();
        }

        if (bbox is not null)
        {
            throw new InvalidQueryException("region", "Give either bbox or region, not both.");
        }

        var name = TextInput.Check(region, "region", TextLimits.Search);
        var match = await regions.ResolveAsync(string.IsNullOrWhiteSpace(name) ? throw new InvalidQueryException("region", "region is empty; give a code such as UA or a name such as Ukraine.") : name, cancellationToken).ConfigureAwait(false);
        return await regions.GeometryAsync(match.Code, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidQueryException("region", $"The region {match.Name} ({match.Code}) has no outline stored.");
    }
}

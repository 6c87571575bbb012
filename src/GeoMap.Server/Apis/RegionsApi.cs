using GeoMap.Core.Queries;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/regions</c>: find countries and first-level regions by name in any language, or by ISO code.</summary>
public static class RegionsApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/regions").WithTags("Regions").RequireReader();
        group.MapGet("/", SearchAsync).WithName("SearchRegions").WithSummary("Countries and first-level regions resembling q, best first; use the code as region= in movement queries.");
        return app;
    }

    /// <summary>A region match.</summary>
    /// <param name="Code">ISO 3166-1 alpha-2 or ISO 3166-2 code.</param>
    /// <param name="Kind">country or admin1.</param>
    /// <param name="Name">The English name.</param>
    /// <param name="CountryCode">The country.</param>
    /// <param name="MatchedName">The name (any language) that matched q.</param>
    public sealed record RegionItem(string Code, string Kind, string Name, string CountryCode, string MatchedName);

    private static async Task<Ok<List<RegionItem>>> SearchAsync(string? q, string? limit, RegionRepository regions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new InvalidQueryException("q", "q is empty; give part of a country or region name, for example q=Primorsk.");
        }

        var found = await regions.SearchAsync(q.Trim(), QueryValues.Limit(limit, 20), cancellationToken);
        return TypedResults.Ok(found.Select(r => new RegionItem(r.Code, r.Kind == Core.Regions.RegionKind.Country ? "country" : "admin1", r.Name, r.CountryCode, r.MatchedName)).ToList());
    }
}

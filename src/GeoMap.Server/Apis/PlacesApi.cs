using GeoMap.Core.Queries;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Server.Places;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/places</c>: search the gazetteer and the stored places by name.</summary>
public static class PlacesApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapPlacesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/places").WithTags("Places").RequireReader();
        group.MapGet("/", SearchAsync).WithName("SearchPlaces").WithSummary("Places named q or whose name begins with q, from the whole gazetteer (any language it holds, accents and transliterations ignored) and the stored places (those containing q), whole names first, then countries and regions, then the most populous; each with its key (usable as {\"key\": …} in movement edits), country, region and kind, and its stored id when a movement uses it. GeoJSON.");
        return app;
    }

    private static async Task<WrittenJson> SearchAsync(string? q, string? limit, PlaceSearch places, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new InvalidQueryException("q", "q is empty; give part of a place name, for example q=Ussur.");
        }

        var found = await places.SearchAsync(TextInput.Check(q.Trim(), "q", TextLimits.Search)!, QueryValues.Limit(limit, 20), cancellationToken);
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var hit in found)
            {
                FeatureWriter.WritePlaceHit(w, hit);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, GeoJson.MediaType);
    }
}

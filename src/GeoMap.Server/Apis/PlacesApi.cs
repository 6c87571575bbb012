using GeoMap.Core.Queries;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/places</c>: search stored places by name.</summary>
public static class PlacesApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapPlacesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/places").WithTags("Places").RequireReader();
        group.MapGet("/", SearchAsync).WithName("SearchPlaces").WithSummary("Stored places whose name contains q (any language, accents ignored), most populous first, as GeoJSON.");
        return app;
    }

    private static async Task<WrittenJson> SearchAsync(string? q, string? limit, PlaceRepository places, CancellationToken cancellationToken)
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
            foreach (var (id, place) in found)
            {
                FeatureWriter.WritePlaceFeature(w, id, place);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, GeoJson.MediaType);
    }
}

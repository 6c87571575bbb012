using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Apis;

/// <summary>
/// <c>/api/areas</c>: query areas too large for a URL (a polygon of thousands of vertices), stored once and referenced
/// as <c>area=ID</c> by <c>/api/movements</c>, <c>/api/movements/claims</c> and the OGC movement items.
/// </summary>
public static class AreasApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/areas").WithTags("Query areas").RequireReader();
        // Storing up to MaxAreaBytes is a write whoever asks, so it counts against the write rate limit.
        group.MapPost("/", StoreAsync).WithName("StoreQueryArea").RequireRateLimiting(GeoMapServer.WritePolicy).DisableAntiforgery()
            .WithSummary("Store a query area (a GeoJSON Polygon or MultiPolygon, a Feature holding one, or WKT as text/plain); answers its id for area=ID in movement queries and OGC items. The same area always gets the same id; areas unused for 30 days are removed.")
            .DescribeBody("The area: a GeoJSON geometry or Feature, or WKT.", [], new Dictionary<string, string[]>
            {
                ["application/geo+json"] = [],
                ["application/json"] = [],
                ["text/plain"] = [],
            });
        group.MapGet("/{id}", GetAsync).WithName("GetQueryArea").WithSummary("A stored query area as a GeoJSON feature.");
        return app;
    }

    private static async Task<WrittenJson> StoreAsync(HttpRequest request, QueryAreaRepository areas, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        var area = await QueryAreaInput.ReadAreaAsync(request, options.Value, cancellationToken);
        var id = await areas.StoreAsync(area, cancellationToken);
        var envelope = area.EnvelopeInternal;
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteNumber("vertices", area.NumPoints);
            w.WriteStartArray("bbox");
            foreach (var v in new[] { envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY })
            {
                w.WriteNumberValue(v);
            }

            w.WriteEndArray();
            w.WriteStartArray("links");
            Ogc.Links.Write(w, Urls.To(request, "/api/areas/" + id), Ogc.Links.Rel.Self, GeoJson.MediaType, "This area");
            Ogc.Links.Write(w, Urls.To(request, "/api/movements?area=" + id), Ogc.Links.Rel.Items, GeoJson.MediaType, "Movements in this area");
            Ogc.Links.Write(w, Urls.To(request, "/ogc/collections/movements/items?area=" + id), Ogc.Links.Rel.Items, GeoJson.MediaType, "OGC movements in this area");
            w.WriteEndArray();
            w.WriteEndObject();
        }, statusCode: StatusCodes.Status201Created)
        {
            Location = "/api/areas/" + id,
        };
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> GetAsync(string id, QueryAreaRepository areas, CancellationToken cancellationToken)
    {
        if (await areas.GetAsync(id, cancellationToken) is not { } area)
        {
            return Problems.NotFound("query area", id);
        }

        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", area.Id);
            w.WritePropertyName("geometry");
            GeoJson.WriteGeometry(w, area.Geometry);
            w.WriteStartObject("properties");
            w.WriteNumber("vertices", area.Vertices);
            w.WriteString("createdAt", GeoMap.Core.Time.Timestamp.Text(area.CreatedAt));
            w.WriteEndObject();
            w.WriteEndObject();
        }, GeoJson.MediaType);
    }
}

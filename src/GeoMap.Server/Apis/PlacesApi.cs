using System.Globalization;
using System.Security.Cryptography;
using GeoMap.Core.Queries;
using GeoMap.Core.Regions;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Server.Places;
using GeoMap.Storage.Repositories;
using Microsoft.Net.Http.Headers;
using NetTopologySuite.Geometries;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/places</c>: search the gazetteer and the stored places by name.</summary>
public static class PlacesApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapPlacesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/places").WithTags("Places").RequireReader();
        group.MapGet("/", SearchAsync).WithName("SearchPlaces").WithSummary("Places named q or whose name begins with q, from the whole gazetteer (any language it holds, accents and transliterations ignored) and the stored places (those containing q), whole names first, then countries and regions, then the most populous; each with its key (usable as {\"key\": …} in movement edits), country, region and kind, and its stored id when a movement uses it. GeoJSON.");
        group.MapGet("/outlines", OutlinesAsync).WithName("PlaceOutlines").WithSummary("The outlines of those of the places keyed in keys (comma-separated, at most 100) that are countries or first-level regions with a known outline, as a GeoJSON FeatureCollection whose feature ids are the keys: maps draw a movement to such a place to its edge and the place as its outline. With zoom (0-22), each is simplified for a Web Mercator map at that zoom (topology kept, parts under a pixel left out, coordinates rounded; OutlineSimplifier); without it, as stored. An ETag (a hash of the body) and Cache-Control: a matching If-None-Match is a 304.");
        return app;
    }

    /// <summary>The most place keys one outline request takes.</summary>
    public const int MaxOutlineKeys = 100;

    /// <summary>How long a client may keep an outline answer before asking again (with its ETag).</summary>
    private const int OutlineMaxAgeSeconds = 3600;

    private static async Task<IResult> OutlinesAsync(string? keys, string? zoom, HttpContext context, PlaceRepository places, RegionRepository regions, CancellationToken cancellationToken)
    {
        int? mapZoom = string.IsNullOrWhiteSpace(zoom) ? null
            : int.TryParse(zoom.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var z) && z <= OutlineSimplifier.MaxZoom ? z
            : throw new InvalidQueryException("zoom",
                $"zoom '{QueryValues.Clip(zoom)}' is not a map zoom; give a whole number from 0 to {OutlineSimplifier.MaxZoom.ToString(CultureInfo.InvariantCulture)} (the web map's zoom), or leave it out for the outlines as stored.");

        var wanted = (keys ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            throw new InvalidQueryException("keys", "keys is empty; give the keys of the places to outline, for example keys=gn:690791,gn:798544.");
        }

        if (wanted.Count > MaxOutlineKeys)
        {
            throw new InvalidQueryException("keys", $"keys names {wanted.Count} places; ask for at most {MaxOutlineKeys} at a time.");
        }

        var found = new List<Core.Places.Place>();
        foreach (var key in wanted)
        {
            if (await places.GetByKeyAsync(key, cancellationToken) is { IsArea: true } place)
            {
                found.Add(place);
            }
        }

        var outlines = await regions.AreasAsync(found, cancellationToken);
        if (mapZoom is { } level)
        {
            outlines = outlines.ToDictionary(o => o.Key, o => (Geometry)OutlineSimplifier.Simplify(o.Value, level), StringComparer.Ordinal);
        }

        var bytes = new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var key in wanted.Where(outlines.ContainsKey))
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", key);
                w.WritePropertyName("geometry");
                GeoJson.WriteGeometry(w, outlines[key]);
                w.WriteStartObject("properties");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, GeoJson.MediaType).ToUtf8();

        // Outlines change only when the regions are seeded again: a client keeps them an hour, then revalidates.
        var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(OutlineMaxAgeSeconds) };
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(w => w.Equals(EntityTagHeaderValue.Any) || w.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(bytes, GeoJson.MediaType);
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

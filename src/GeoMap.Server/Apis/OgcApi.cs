using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Queries;
using GeoMap.Server.Auth;
using GeoMap.Server.Hosting;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Server.Ogc;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Geometries;
using GeoMap.Core.Time;

namespace GeoMap.Server.Apis;

/// <summary>
/// OGC API - Features Part 1 (core, GeoJSON, OpenAPI 3.0) under <c>/ogc</c>: landing page, conformance, collections
/// movements, places, reports and overlays, their items (bbox, datetime, limit, next links) and single features.
/// </summary>
public static class OgcApi
{
    private static readonly HashSet<string> ItemParameters = ["bbox", "datetime", "limit", "cursor", "f", "bbox-crs", "crs"];
    private static readonly HashSet<string> MovementParameters = ["region", "geometry", "area", "actor", "status"];

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapOgcApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ogc").WithTags("OGC API - Features").RequireReader().WithHtmlEncoding();
        group.MapGet("/", Landing).WithName("OgcLanding").WithSummary("Landing page with links to the API definition, conformance and collections.");
        group.MapGet("/conformance", Conformance).WithName("OgcConformance").WithSummary("The conformance classes implemented.");
        group.MapGet("/collections", CollectionListAsync).WithName("OgcCollections").WithSummary("The feature collections.");
        group.MapGet("/collections/{collectionId}", CollectionAsync).WithName("OgcCollection").WithSummary("One feature collection.");
        group.MapGet("/collections/{collectionId}/items", ItemsAsync).WithName("OgcItems").DescribeQuery(OpenApiParameters.OgcItems)
            .WithSummary("Features with bbox, datetime (instant, a/b, ../b, a/..), limit (default 100, max 10,000) and next links.");
        group.MapGet("/collections/{collectionId}/items/{featureId}", ItemAsync).WithName("OgcItem").WithSummary("One feature.");
        return app;
    }

    private static WrittenJson Landing(HttpRequest request) => new(w =>
    {
        w.WriteStartObject();
        w.WriteString("title", "GeoMap");
        w.WriteString("description", "Troop movements extracted from news reports, places, reports, imagery overlays and ground photos.");
        w.WriteStartArray("links");
        Links.Write(w, Urls.To(request, "/ogc"), Links.Rel.Self, Links.Types.Json, "This document");
        Links.Write(w, Urls.To(request, "/openapi/v1.json"), Links.Rel.ServiceDesc, Links.Types.OpenApi, "The API definition");
        Links.Write(w, Urls.To(request, "/ogc/conformance"), Links.Rel.Conformance, Links.Types.Json, "Conformance classes");
        Links.Write(w, Urls.To(request, "/ogc/collections"), Links.Rel.Data, Links.Types.Json, "Feature collections");
        Links.Write(w, Urls.To(request, "/ogc/tileMatrixSets"), Links.Rel.TilingSchemes, Links.Types.Json, "Tile matrix sets of the overlays' tiles");
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static WrittenJson Conformance() => new(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("conformsTo");
        foreach (var c in Links.ConformsTo)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static async Task<WrittenJson> CollectionListAsync(HttpRequest request, ExtentRepository extents, CancellationToken cancellationToken)
    {
        var stored = await extents.ReadAsync(cancellationToken);
        return new(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("links");
            Links.Write(w, Urls.To(request, "/ogc/collections"), Links.Rel.Self, Links.Types.Json);
            w.WriteEndArray();
            w.WriteStartArray("collections");
            foreach (var c in Collections.All)
            {
                WriteCollection(w, request, c, ExtentOf(c, stored));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> CollectionAsync(string collectionId, HttpRequest request, ExtentRepository extents, CancellationToken cancellationToken)
    {
        if (Collections.Find(collectionId) is not { } c)
        {
            return UnknownCollection(collectionId);
        }

        var extent = ExtentOf(c, await extents.ReadAsync(cancellationToken));
        return new WrittenJson(w => WriteCollection(w, request, c, extent));
    }

    private static Extent ExtentOf(CollectionInfo c, StoredExtents stored) => c.Id switch
    {
        "movements" => stored.Movements,
        "movement-points" => stored.MovementPoints,
        "places" => stored.Places,
        "reports" => stored.Reports,
        "photos" => stored.Photos,
        _ => stored.Overlays,
    };

    /// <summary>
    /// A collection document. Its extent is what is stored: the box of every geometry (the whole world while there is
    /// none, since OGC requires a spatial extent and clients zoom to it) and the first and last time, open (null) at
    /// an end nothing dates.
    /// </summary>
    private static void WriteCollection(Utf8JsonWriter w, HttpRequest request, CollectionInfo c, Extent extent)
    {
        var path = "/ogc/collections/" + c.Id;
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        w.WriteString("description", c.Description);
        w.WriteString("itemType", "feature");
        w.WriteStartArray("crs");
        foreach (var crs in OgcCrs.All)
        {
            w.WriteStringValue(crs.Uri);
        }

        w.WriteEndArray();
        w.WriteString("storageCrs", Links.Crs84);
        var box = extent.West is { } west ? [west, extent.South!.Value, extent.East!.Value, extent.North!.Value] : new double[] { -180, -90, 180, 90 };
        ExtentJson.Write(w, box, c.HasTime ? (extent.Start, extent.End) : null);
        w.WriteStartArray("links");
        Links.Write(w, Urls.To(request, path), Links.Rel.Self, Links.Types.Json);
        Links.Write(w, Urls.To(request, path + "/items"), Links.Rel.Items, Links.Types.GeoJson, c.Title);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> ItemsAsync(string collectionId, HttpRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (Collections.Find(collectionId) is not { } collection)
        {
            return UnknownCollection(collectionId);
        }

        foreach (var key in request.Query.Keys)
        {
            if (!ItemParameters.Contains(key) && !(Collections.HoldsMovements(collection) && MovementParameters.Contains(key)))
            {
                throw new InvalidQueryException(key, $"Unknown parameter '{QueryValues.Clip(key)}' for collection {collection.Id}; use bbox, datetime, limit and the next link's cursor.");
            }
        }

        var crs = ResponseCrs(request);
        var bboxCrs = OgcCrs.Parse(request.Query["bbox-crs"], "bbox-crs");
        if (bboxCrs != OgcCrs.Crs84 && request.Query["bbox"] is { Count: > 0 } givenBox)
        {
            // Every reader below takes a CRS84 bbox; next links then carry the converted box and no bbox-crs.
            var query = request.Query.ToDictionary(p => p.Key, p => p.Value);
            query["bbox"] = bboxCrs.BoxToCrs84(givenBox.ToString());
            query.Remove("bbox-crs");
            request.Query = new QueryCollection(query);
        }

        var page = collection.Id switch
        {
            "movements" => await MovementsPageAsync(request, MovementShape.Route, services.GetRequiredService<MovementRepository>(), cancellationToken),
            "movement-points" => await MovementsPageAsync(request, MovementShape.Point, services.GetRequiredService<MovementRepository>(), cancellationToken),
            "places" => await PlacesPageAsync(request, services.GetRequiredService<PlaceRepository>(), cancellationToken),
            "reports" => await ReportsPageAsync(request, services.GetRequiredService<ReportRepository>(), cancellationToken),
            "photos" => await PhotosPageAsync(request, services.GetRequiredService<PhotoRepository>(), cancellationToken),
            _ => await OverlaysPageAsync(request, services.GetRequiredService<OverlayRepository>(), services.GetRequiredService<ObjectStorage>(), cancellationToken),
        };
        var next = page.NextCursor is { } c ? Urls.WithQuery(request, "cursor", c) : null;
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            WriteInCrs(w, crs, page.Write);
            w.WriteEndArray();
            w.WriteString("timeStamp", Timestamp.Text(DateTimeOffset.UtcNow));
            if (page.Matched is { } matched)
            {
                w.WriteNumber("numberMatched", matched);
            }

            w.WriteNumber("numberReturned", page.Returned);
            w.WriteStartArray("links");
            Links.Write(w, Urls.Self(request), Links.Rel.Self, Links.Types.GeoJson, "This page");
            if (next is not null)
            {
                Links.Write(w, next, Links.Rel.Next, Links.Types.GeoJson, "Next page");
            }

            Links.Write(w, Urls.To(request, "/ogc/collections/" + collection.Id), Links.Rel.Collection, Links.Types.Json, collection.Title);
            w.WriteEndArray();
            w.WriteEndObject();
        }, GeoJson.MediaType);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> ItemAsync(string collectionId, string featureId, HttpRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (Collections.Find(collectionId) is not { } collection)
        {
            return UnknownCollection(collectionId);
        }

        Action<Utf8JsonWriter>? feature = null;
        if (collection == Collections.Overlays)
        {
            if (Guid.TryParse(featureId, out var guid) && await services.GetRequiredService<OverlayRepository>().GetAsync(guid, cancellationToken) is { } o)
            {
                var tiles = services.GetRequiredService<ObjectStorage>().TileUrl(o.Id);
                feature = w => FeatureWriter.WriteOverlayFeature(w, o, tiles);
            }
        }
        else if (long.TryParse(featureId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            feature = collection.Id switch
            {
                "movements" or "movement-points" => await services.GetRequiredService<MovementRepository>().GetAsync(id, cancellationToken) is { } m
                    && (m.Geometry is Point) == (collection == Collections.MovementPoints) ? w => FeatureWriter.WriteMovement(w, m) : null,
                "places" => await services.GetRequiredService<PlaceRepository>().GetAsync(id, cancellationToken) is { } p ? w => FeatureWriter.WritePlaceFeature(w, p.Id, p.Place) : null,
                "photos" => await services.GetRequiredService<PhotoRepository>().GetAsync(id, cancellationToken) is { } ph ? w => PhotoWriter.WritePhotoFeature(w, ph) : null,
                _ => await services.GetRequiredService<ReportRepository>().GetAsync(id, cancellationToken) is { } r ? w => FeatureWriter.WriteReportFeature(w, r.Report, includeText: false) : null,
            };
        }

        if (feature is null)
        {
            return Problems.NotFound(collection == Collections.MovementPoints ? "movement" : collection.Id[..^1], featureId);
        }

        var crs = ResponseCrs(request);

        // The feature is written, then its links are appended inside the same object.
        var links = new[] { (Urls.Self(request), Links.Rel.Self, Links.Types.GeoJson), (Urls.To(request, "/ogc/collections/" + collection.Id), Links.Rel.Collection, Links.Types.Json) };
        return new WrittenJson(w =>
        {
            using var buffer = new MemoryStream();
            using (var inner = new Utf8JsonWriter(buffer))
            {
                feature(inner);
            }

            using var document = JsonDocument.Parse(buffer.ToArray());
            w.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                w.WritePropertyName(property.Name);
                crs.WriteConverted(w, property.Value, inGeometry: property.Name == "geometry");
            }

            w.WriteStartArray("links");
            foreach (var (href, rel, type) in links)
            {
                Links.Write(w, href, rel, type);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, GeoJson.MediaType);
    }

    /// <summary>The CRS the request asks features in (<c>crs</c>), named in the response's <c>Content-Crs</c> header.</summary>
    private static OgcCrs ResponseCrs(HttpRequest request)
    {
        var crs = OgcCrs.Parse(request.Query["crs"], "crs");
        request.HttpContext.Response.Headers["Content-Crs"] = $"<{crs.Uri}>";
        return crs;
    }

    /// <summary>Features as written, or re-read and converted when another CRS than the stored CRS84 was asked for.</summary>
    private static void WriteInCrs(Utf8JsonWriter w, OgcCrs crs, Action<Utf8JsonWriter> features)
    {
        if (crs == OgcCrs.Crs84)
        {
            features(w);
            return;
        }

        using var buffer = new MemoryStream();
        using (var inner = new Utf8JsonWriter(buffer))
        {
            inner.WriteStartArray();
            features(inner);
            inner.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        foreach (var feature in document.RootElement.EnumerateArray())
        {
            crs.WriteConverted(w, feature);
        }
    }

    private static ProblemHttpResult UnknownCollection(string id) =>
        TypedResults.Problem($"There is no collection '{QueryValues.Clip(id)}'; the collections are {string.Join(", ", Collections.All.Select(c => c.Id))}.",
            statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Problems.Types.NotFound);

    // The cursor is opaque to clients: an id for movements, places and reports, a GUID for overlays.
    private sealed record Page(int Returned, long? Matched, string? NextCursor, Action<Utf8JsonWriter> Write);

    private static async Task<Page> MovementsPageAsync(HttpRequest request, MovementShape shape, MovementRepository movements, CancellationToken cancellationToken)
    {
        var query = MovementQueries.FromRequest(request) with { Shape = shape };
        var page = await movements.QueryAsync(query, cancellationToken, countTotal: true);

        // numberMatched counts the whole result, not what is left after the cursor: a first page brings it
        // with its rows; a later page counts it again.
        long? matched = page.TotalMatched ?? await movements.CountAsync(query with { After = null }, cancellationToken);
        return new Page(page.Items.Count, matched, page.NextCursor?.ToString(CultureInfo.InvariantCulture), w =>
        {
            foreach (var m in page.Items)
            {
                FeatureWriter.WriteMovement(w, m);
            }
        });
    }

    private static async Task<Page> PlacesPageAsync(HttpRequest request, PlaceRepository places, CancellationToken cancellationToken)
    {
        var limit = QueryValues.Limit(request.Query["limit"]);
        _ = DateTimeInterval.Parse(request.Query["datetime"]);
        var box = QueryValues.Box(request.Query["bbox"]);
        var rows = await places.ListAsync(box, QueryValues.Cursor(request.Query["cursor"]), limit + 1, cancellationToken);
        var items = rows.Take(limit).ToList();
        return new Page(items.Count, await places.CountAsync(box, cancellationToken), rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null, w =>
        {
            foreach (var (id, place) in items)
            {
                FeatureWriter.WritePlaceFeature(w, id, place);
            }
        });
    }

    private static async Task<Page> ReportsPageAsync(HttpRequest request, ReportRepository reports, CancellationToken cancellationToken)
    {
        var limit = QueryValues.Limit(request.Query["limit"]);
        var interval = DateTimeInterval.Parse(request.Query["datetime"]);
        if (QueryValues.Box(request.Query["bbox"]) is not null)
        {
            return new Page(0, 0, null, _ => { });
        }

        var rows = await reports.ListAsync(QueryValues.Cursor(request.Query["cursor"]), limit + 1, interval?.From, interval?.To, cancellationToken);
        var items = rows.Take(limit).ToList();
        return new Page(items.Count, await reports.CountAsync(interval?.From, interval?.To, cancellationToken), rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null, w =>
        {
            foreach (var r in items)
            {
                FeatureWriter.WriteReportFeature(w, r, includeText: false);
            }
        });
    }

    private static async Task<Page> OverlaysPageAsync(HttpRequest request, OverlayRepository overlays, ObjectStorage storage, CancellationToken cancellationToken)
    {
        var limit = QueryValues.Limit(request.Query["limit"]);
        var interval = DateTimeInterval.Parse(request.Query["datetime"]);
        var cursor = request.Query["cursor"].ToString();
        Guid? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            after = Guid.TryParseExact(cursor, "N", out var parsed)
                ? parsed
                : throw new InvalidQueryException("cursor", $"cursor '{QueryValues.Clip(cursor)}' is not valid; use the 'next' link of the previous page unchanged.");
        }

        var box = QueryValues.Box(request.Query["bbox"]);
        var rows = await overlays.PageAsync(box, interval?.From, interval?.To, after, limit + 1, cancellationToken);
        var items = rows.Take(limit).ToList();
        return new Page(items.Count, await overlays.CountAsync(box, interval?.From, interval?.To, cancellationToken), rows.Count > limit ? items[^1].Id.ToString("N") : null, w =>
        {
            foreach (var o in items)
            {
                FeatureWriter.WriteOverlayFeature(w, o, storage.TileUrl(o.Id));
            }
        });
    }

    private static async Task<Page> PhotosPageAsync(HttpRequest request, PhotoRepository photos, CancellationToken cancellationToken)
    {
        var limit = QueryValues.Limit(request.Query["limit"]);
        var interval = DateTimeInterval.Parse(request.Query["datetime"]);
        var area = QueryValues.Box(request.Query["bbox"])?.ToGeometry();
        var rows = await photos.ListAsync(area, interval?.From, interval?.To, QueryValues.Cursor(request.Query["cursor"]), limit + 1, cancellationToken);
        var items = rows.Take(limit).ToList();
        return new Page(items.Count, await photos.CountAsync(area, interval?.From, interval?.To, cancellationToken), rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null, w =>
        {
            foreach (var p in items)
            {
                PhotoWriter.WritePhotoFeature(w, p);
            }
        });
    }
}

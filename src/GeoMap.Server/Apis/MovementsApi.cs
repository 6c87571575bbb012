using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Server.Ogc;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/movements</c>: query by region and date, read, correct, add and delete, with the edit history.</summary>
public static class MovementsApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapMovementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/movements").WithTags("Movements").RequireReader();

        group.MapGet("/", QueryAsync).WithName("QueryMovements")
            .WithSummary("Movements intersecting bbox | region | geometry (GeoJSON or WKT) whose period overlaps from..to; GeoJSON, format=csv or format=geojsonseq; view=map for only what a map draws; paged with cursor.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetMovement").WithSummary("One movement as a GeoJSON feature.");
        group.MapGet("/{id:long}/edits", EditsAsync).WithName("MovementEdits").WithSummary("Every change to a movement: who, when, before and after.");
        group.MapPost("/", AddAsync).WithName("AddMovement").WithSummary("Add a movement by hand.").RequireWriter().Accepts<JsonElement>("application/json");
        group.MapPatch("/{id:long}", UpdateAsync).WithName("CorrectMovement").WithSummary("Correct fields of a movement; the change is recorded.").RequireWriter().Accepts<JsonElement>("application/json");
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteMovement").WithSummary("Delete a movement; the deletion is recorded.").RequireWriter();
        return app;
    }

    /// <param name="request">The request (area, dates, actor, status, limit and cursor are read from its query string).</param>
    /// <param name="movements">The repository.</param>
    /// <param name="format">geojson (default), csv or geojsonseq.</param>
    /// <param name="view">
    /// full (default): every field; map: only what a map draws and lists (id, actor, strength, status, mode, start,
    /// end, and each place's key, name, countryCode, lon, lat), for GeoJSON and GeoJSON sequences.
    /// </param>
    /// <param name="cancellationToken">Cancellation.</param>
    private static async Task<IResult> QueryAsync(HttpRequest request, MovementRepository movements, string? format, string? view, CancellationToken cancellationToken)
    {
        var kind = (format ?? "geojson").Trim().ToLowerInvariant();
        if (kind is not ("geojson" or "json" or "csv" or "geojsonseq"))
        {
            throw new Core.Queries.InvalidQueryException("format", $"format '{QueryValues.Clip(format!)}' is unknown; use geojson, csv or geojsonseq.");
        }

        var fields = QueryValues.View(view);
        if (fields == MovementView.Map && kind == "csv")
        {
            throw new Core.Queries.InvalidQueryException("view", "view=map applies to GeoJSON (format=geojson or geojsonseq); CSV always has every column. Leave view out for CSV.");
        }

        var query = MovementQueries.FromRequest(request);
        var page = await movements.QueryAsync(query, cancellationToken);
        var next = page.NextCursor is { } c ? Urls.WithQuery(request, "cursor", c.ToString(CultureInfo.InvariantCulture)) : null;
        if (next is not null)
        {
            request.HttpContext.Response.Headers.Link = Links.NextHeader(next);
        }

        return kind switch
        {
            "csv" => new MovementCsvResult(page.Items),
            "geojsonseq" => new GeoJsonSequenceResult(page.Items, fields),
            _ => new WrittenJson(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "FeatureCollection");
                w.WriteStartArray("features");
                foreach (var m in page.Items)
                {
                    FeatureWriter.WriteMovement(w, m, fields);
                }

                w.WriteEndArray();
                w.WriteNumber("numberReturned", page.Items.Count);
                w.WriteStartArray("links");
                Links.Write(w, Urls.Self(request), Links.Rel.Self, Links.Types.GeoJson);
                if (next is not null)
                {
                    Links.Write(w, next, Links.Rel.Next, Links.Types.GeoJson, "next page");
                }

                w.WriteEndArray();
                w.WriteString("next", next);
                w.WriteEndObject();
            }, GeoJson.MediaType),
        };
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> GetAsync(long id, MovementRepository movements, CancellationToken cancellationToken)
    {
        var m = await movements.GetAsync(id, cancellationToken);
        return m is null ? Problems.NotFound("movement", id) : Feature(m);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> EditsAsync(long id, MovementRepository movements, CancellationToken cancellationToken)
    {
        var edits = await movements.EditsAsync(id, cancellationToken);
        if (edits.Count == 0 && await movements.GetAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("movement", id);
        }

        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("movementId", id);
            w.WriteStartArray("edits");
            foreach (var e in edits)
            {
                w.WriteStartObject();
                w.WriteNumber("id", e.Id);
                w.WriteString("action", e.Action);
                w.WriteString("editedBy", e.EditedBy);
                w.WriteString("editedAt", e.EditedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
                Raw(w, "before", e.BeforeJson);
                Raw(w, "after", e.AfterJson);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> AddAsync(
        HttpRequest request, JsonElement body, MovementRepository movements, PlaceRepository places, ReportRepository reports, CancellationToken cancellationToken)
    {
        var movement = await MovementInput.ApplyAsync(body, new Movement { Confidence = 1 }, places, reports, cancellationToken);
        var stored = await movements.AddAsync(movement, Roles.Actor(request.HttpContext.User), cancellationToken);
        return new WrittenJson(w => FeatureWriter.WriteMovement(w, stored), GeoJson.MediaType, StatusCodes.Status201Created)
        {
            Location = $"/api/movements/{stored.Id}",
        };
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> UpdateAsync(
        long id, HttpRequest request, JsonElement body, MovementRepository movements, PlaceRepository places, ReportRepository reports, CancellationToken cancellationToken)
    {
        var current = await movements.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("movement", id);
        }

        var updated = await MovementInput.ApplyAsync(body, current, places, reports, cancellationToken);
        var stored = await movements.UpdateAsync(id, updated, Roles.Actor(request.HttpContext.User), cancellationToken);
        return stored is null ? Problems.NotFound("movement", id) : Feature(stored);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, HttpRequest request, MovementRepository movements, CancellationToken cancellationToken) =>
        await movements.DeleteAsync(id, Roles.Actor(request.HttpContext.User), cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound("movement", id);

    private static WrittenJson Feature(Movement m) => new(w => FeatureWriter.WriteMovement(w, m), GeoJson.MediaType);

    private static void Raw(Utf8JsonWriter w, string name, string? json)
    {
        w.WritePropertyName(name);
        if (json is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteRawValue(json, skipInputValidation: true);
        }
    }
}

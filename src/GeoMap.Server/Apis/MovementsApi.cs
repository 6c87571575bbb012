using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Server.Ogc;
using GeoMap.Server.Places;
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

        group.MapGet("/", QueryAsync).WithName("QueryMovements").DescribeQuery(OpenApiParameters.MovementFilters)
            .WithSummary("Movements intersecting bbox | region | geometry (GeoJSON or WKT) whose period overlaps from..to; GeoJSON, format=csv or format=geojsonseq; view=map for only what a map draws; paged with cursor.");
        group.MapPost("/search", SearchAsync).WithName("SearchMovements").RequireRateLimiting(GeoMapServer.WritePolicy).DisableAntiforgery()
            .WithSummary("The movement query with its parameters in a JSON body, for areas too large for a URL: {\"geometry\": GeoJSON or WKT, \"from\", \"to\", \"limit\", …}. The polygon is stored as a query area and the answer is GET /api/movements?area=ID's, whose next links page on.")
            .DescribeBody("The movement query's parameters as JSON fields; geometry may be a GeoJSON object.", [], new Dictionary<string, string[]>
            {
                ["application/json"] = [.. Http.QueryAreaInput.SearchFields],
            });
        group.MapGet("/timeline", TimelineAsync).WithName("MovementTimeline").DescribeQuery(OpenApiParameters.MovementFilters)
            .WithSummary("How many movements begin in each day, week or month (bucket=day | week | month) for the filters of the movement query, oldest first, and how many have no date: the bars of the map's timeline.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetMovement").WithSummary("One movement as a GeoJSON feature.");
        group.MapGet("/claims", ClaimsExportAsync).WithName("ExportClaims").DescribeQuery(OpenApiParameters.MovementFilters)
            .WithSummary("The claims of the movements a query matches (same parameters as the movement query), one row per claim: format=csv (default) or geojson.");
        group.MapGet("/{id:long}/claims", ClaimsAsync).WithName("MovementClaims")
            .WithSummary("The claims linked to a tracked movement, each with its report (source, date, url), strength, sentence and why it was linked.");
        group.MapPost("/{id:long}/merge", MergeAsync).WithName("MergeMovements").RequireWriter().Accepts<JsonElement>("application/json")
            .WithSummary("Merge another tracked movement into this one: {\"movementId\": N}. Its claims move here; it is deleted. One transaction, recorded in both histories.");
        group.MapPost("/{id:long}/split", SplitAsync).WithName("SplitMovement").RequireWriter().Accepts<JsonElement>("application/json")
            .WithSummary("Split claims out into a new tracked movement: {\"claimIds\": [N, …]}. One transaction, recorded in both histories.");
        group.MapPost("/{id:long}/flags/{kind}/{decision}", DecideAsync).WithName("DecideContradiction").RequireWriter()
            .WithSummary("Confirm or dismiss a contradiction (kind strength | destination | status; decision confirm | dismiss), with an optional {\"note\": \"…\"}.");
        group.MapPatch("/{id:long}/claims/{claimId:long}", CorrectClaimAsync).WithName("CorrectClaim").RequireWriter().Accepts<JsonElement>("application/json")
            .WithSummary("Correct what one report says (a misread place, a wrong number); the movement is derived again and the change recorded in its history. If-Match as for PATCH of the movement: a correction decided on a version changed meanwhile is a 412 and nothing is saved.");
        group.MapGet("/{id:long}/edits", EditsAsync).WithName("MovementEdits")
            .WithSummary("Every change to a movement: who, when, why, and each field changed as old -> new, places by name.");
        group.MapPost("/", AddAsync).WithName("AddMovement").WithSummary("Add a movement by hand; an optional \"reason\" goes to its history.").RequireWriter().Accepts<JsonElement>("application/json");
        group.MapPatch("/{id:long}", UpdateAsync).WithName("CorrectMovement")
            .WithSummary("Correct fields of a movement, with an optional \"reason\"; the change is recorded. With If-Match (the ETag of GET), an edit of a movement changed meanwhile is a 412 and nothing is saved.")
            .RequireWriter().Accepts<JsonElement>("application/json");
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteMovement")
            .WithSummary("Delete a movement (reason=… says why, e.g. a false report); the deletion is recorded. If-Match as for PATCH.").RequireWriter();
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

    /// <param name="request">The request (area, dates, actor and status are read from its query string).</param>
    /// <param name="timelines">The repository.</param>
    /// <param name="bucket">day (default), week (ISO, from Monday) or month: the length of a bar, in UTC.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    private static async Task<WrittenJson> TimelineAsync(HttpRequest request, MovementTimelineRepository timelines, string? bucket, CancellationToken cancellationToken)
    {
        var length = (bucket ?? "day").Trim().ToLowerInvariant() switch
        {
            "day" => TimelineBucket.Day,
            "week" => TimelineBucket.Week,
            "month" => TimelineBucket.Month,
            _ => throw new Core.Queries.InvalidQueryException("bucket", $"bucket '{QueryValues.Clip(bucket!)}' is unknown; use day, week or month."),
        };
        var timeline = await timelines.CountAsync(MovementQueries.FromRequest(request), length, cancellationToken);
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("bucket", length.ToString().ToLowerInvariant());
            w.WriteStartArray("counts");
            foreach (var c in timeline.Counts)
            {
                w.WriteStartObject();
                w.WriteString("start", c.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("count", c.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("undated", timeline.Undated);
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> SearchAsync(
        HttpRequest request, MovementRepository movements, QueryAreaRepository areas, Microsoft.Extensions.Options.IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        var query = await QueryAreaInput.ReadSearchAsync(request, options.Value, areas, cancellationToken);

        // Answered as the GET it stands for (its polygon now a stored area), so self and next links are GET URLs.
        request.Path = "/api/movements";
        request.Query = new QueryCollection(query);
        return await QueryAsync(request, movements, query.GetValueOrDefault("format"), query.GetValueOrDefault("view"), cancellationToken);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> GetAsync(long id, HttpResponse response, MovementRepository movements, CancellationToken cancellationToken)
    {
        // The version first: an edit made on this answer then never misses a change that came between the two reads.
        var version = await movements.VersionAsync(id, cancellationToken);
        var m = await movements.GetAsync(id, cancellationToken);
        if (m is null || version is null)
        {
            return Problems.NotFound("movement", id);
        }

        response.Headers.ETag = ETagOf(version);
        return Feature(m);
    }

    /// <summary>The ETag of a movement version (<see cref="MovementRepository.VersionAsync"/>).</summary>
    internal static string ETagOf(string version) => $"\"{version}\"";

    /// <summary>The version an If-Match header names; null when there is none (or it is *): then no check is made.</summary>
    private static string? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return header.Trim('"');
    }

    private static ProblemHttpResult Stale(StaleEditException e) =>
        TypedResults.Problem(e.Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed meanwhile", type: Problems.Types.Conflict);

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
                w.WriteString("reason", e.Reason);
                if (e.Note is not null)
                {
                    w.WriteString("note", e.Note);
                }

                w.WriteStartArray("changes");
                foreach (var change in e.Changes)
                {
                    w.WriteStartObject();
                    w.WriteString("field", change.Field);
                    w.WriteString("before", change.Before);
                    w.WriteString("after", change.After);
                    w.WriteEndObject();
                }

                w.WriteEndArray();

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> AddAsync(
        HttpRequest request, JsonElement body, MovementRepository movements, PlaceRepository places, PlaceSearch search, ReportRepository reports, CancellationToken cancellationToken)
    {
        var movement = await MovementInput.ApplyAsync(body, new Movement { Confidence = 1 }, places, reports, cancellationToken, search);
        var stored = await movements.AddAsync(movement, Roles.Actor(request.HttpContext.User), cancellationToken, MovementInput.Reason(body));
        return new WrittenJson(w => FeatureWriter.WriteMovement(w, stored), GeoJson.MediaType, StatusCodes.Status201Created)
        {
            Location = $"/api/movements/{stored.Id}",
        };
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> UpdateAsync(
        long id, HttpRequest request, JsonElement body, MovementRepository movements, PlaceRepository places, PlaceSearch search, ReportRepository reports,
        CancellationToken cancellationToken)
    {
        var current = await movements.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return Problems.NotFound("movement", id);
        }

        // Everything is checked before anything is written: a bad field leaves the movement as it was.
        var updated = await MovementInput.ApplyAsync(body, current, places, reports, cancellationToken, search);
        MovementInput.CheckWhole(updated);
        return await WrittenAsync(id, request, movements, () => movements.UpdateAsync(id, updated, Roles.Actor(request.HttpContext.User), cancellationToken,
            MovementInput.FieldsOf(body), MovementInput.Reason(body), ExpectedVersion(request)), Problems.NotFound("movement", id), cancellationToken);
    }

    /// <summary>
    /// The answer to a write of movement <paramref name="id"/> checked against If-Match: the movement with its new ETag,
    /// <paramref name="missing"/> when the write found nothing to change, a 412 when it changed meanwhile.
    /// </summary>
    private static async Task<Results<WrittenJson, ProblemHttpResult>> WrittenAsync(
        long id, HttpRequest request, MovementRepository movements, Func<Task<Movement?>> write, ProblemHttpResult missing, CancellationToken cancellationToken)
    {
        try
        {
            if (await write() is not { } stored)
            {
                return missing;
            }

            if (await movements.VersionAsync(id, cancellationToken) is { } version)
            {
                request.HttpContext.Response.Headers.ETag = ETagOf(version);
            }

            return Feature(stored);
        }
        catch (StaleEditException e)
        {
            return Stale(e);
        }
    }

    /// <param name="id">The movement.</param>
    /// <param name="request">The request (its If-Match header).</param>
    /// <param name="movements">The repository.</param>
    /// <param name="reason">Why it is deleted (a false report, a duplicate), for the history.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, HttpRequest request, MovementRepository movements, string? reason, CancellationToken cancellationToken)
    {
        var why = TextInput.Check(reason?.Trim(), "reason", MovementInput.MaxReasonLength);
        try
        {
            return await movements.DeleteAsync(id, Roles.Actor(request.HttpContext.User), cancellationToken, string.IsNullOrEmpty(why) ? null : why, ExpectedVersion(request))
                ? TypedResults.NoContent()
                : Problems.NotFound("movement", id);
        }
        catch (StaleEditException e)
        {
            return Stale(e);
        }
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> ClaimsAsync(long id, MovementRepository movements, CancellationToken cancellationToken)
    {
        var claims = await movements.ClaimsAsync(id, cancellationToken);
        if (claims.Count == 0)
        {
            return Problems.NotFound("movement", id);
        }

        return ClaimCollection(claims, id);
    }

    /// <param name="request">The request (the movement query's parameters are read from its query string).</param>
    /// <param name="movements">The repository.</param>
    /// <param name="format">csv (default) or geojson.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    private static async Task<IResult> ClaimsExportAsync(HttpRequest request, MovementRepository movements, string? format, CancellationToken cancellationToken)
    {
        var kind = (format ?? "csv").Trim().ToLowerInvariant();
        if (kind is not ("csv" or "geojson" or "json"))
        {
            throw new Core.Queries.InvalidQueryException("format", $"format '{QueryValues.Clip(format!)}' is unknown; the claims export is csv or geojson.");
        }

        var page = await movements.QueryAsync(MovementQueries.FromRequest(request), cancellationToken);
        var claims = await movements.ClaimsAsync([.. page.Items.Select(m => m.Id)], cancellationToken);
        if (page.NextCursor is { } c)
        {
            request.HttpContext.Response.Headers.Link = Links.NextHeader(Urls.WithQuery(request, "cursor", c.ToString(CultureInfo.InvariantCulture)));
        }

        return kind == "csv" ? MovementCsvResult.ForClaims(claims) : ClaimCollection(claims, movementId: null);
    }

    /// <summary>Claims as a FeatureCollection, with the tracked movement's id when they are all of one.</summary>
    private static WrittenJson ClaimCollection(IReadOnlyList<Claim> claims, long? movementId) => new(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        if (movementId is { } id)
        {
            w.WriteNumber("movementId", id);
        }

        w.WriteStartArray("features");
        foreach (var c in claims)
        {
            FeatureWriter.WriteClaim(w, c);
        }

        w.WriteEndArray();
        w.WriteNumber("numberReturned", claims.Count);
        w.WriteEndObject();
    }, GeoJson.MediaType);

    private static async Task<Results<WrittenJson, ProblemHttpResult>> MergeAsync(
        long id, HttpRequest request, JsonElement body, AnalystDecisions decisions, MovementRepository movements, CancellationToken cancellationToken)
    {
        var other = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("movementId", out var v) && v.TryGetInt64(out var n)
            ? n
            : throw new Core.Queries.InvalidQueryException("movementId", "Give the movement to merge into this one as {\"movementId\": N}.");
        if (!await decisions.MergeAsync(id, other, Roles.Actor(request.HttpContext.User), cancellationToken))
        {
            return Problems.NotFound("movement", id);
        }

        return Feature((await movements.GetAsync(id, cancellationToken))!);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> SplitAsync(
        long id, HttpRequest request, JsonElement body, AnalystDecisions decisions, MovementRepository movements, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("claimIds", out var ids) || ids.ValueKind != JsonValueKind.Array
            || ids.EnumerateArray().Any(x => !x.TryGetInt64(out _)))
        {
            throw new Core.Queries.InvalidQueryException("claimIds", "Give the claims to split out as {\"claimIds\": [N, …]} (see GET /api/movements/{id}/claims).");
        }

        var created = await decisions.SplitAsync(id, [.. ids.EnumerateArray().Select(x => x.GetInt64())], Roles.Actor(request.HttpContext.User), cancellationToken);
        if (created is not { } newId)
        {
            return Problems.NotFound("movement", id);
        }

        var stored = (await movements.GetAsync(newId, cancellationToken))!;
        return new WrittenJson(w => FeatureWriter.WriteMovement(w, stored), GeoJson.MediaType, StatusCodes.Status201Created) { Location = $"/api/movements/{newId}" };
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> DecideAsync(
        long id, string kind, string decision, HttpRequest request, AnalystDecisions decisions, MovementRepository movements, CancellationToken cancellationToken)
    {
        string? note = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            note = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        }

        if (!await decisions.DecideAsync(id, kind.ToLowerInvariant(), decision.ToLowerInvariant(), note, Roles.Actor(request.HttpContext.User), cancellationToken))
        {
            return Problems.NotFound("movement", id);
        }

        return Feature((await movements.GetAsync(id, cancellationToken))!);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> CorrectClaimAsync(
        long id, long claimId, HttpRequest request, JsonElement body, MovementRepository movements, PlaceRepository places, PlaceSearch search, ReportRepository reports,
        CancellationToken cancellationToken)
    {
        var claim = (await movements.ClaimsAsync(id, cancellationToken)).FirstOrDefault(c => c.Id == claimId);
        if (claim is null)
        {
            return Problems.NotFound("claim of this movement", claimId);
        }

        var updated = await MovementInput.ApplyAsync(body, claim.Statement, places, reports, cancellationToken, search);
        MovementInput.CheckWhole(updated);
        return await WrittenAsync(id, request, movements,
            () => movements.CorrectClaimAsync(id, claimId, updated, Roles.Actor(request.HttpContext.User), cancellationToken, ExpectedVersion(request)),
            Problems.NotFound("claim of this movement", claimId), cancellationToken);
    }

    private static WrittenJson Feature(Movement m) => new(w => FeatureWriter.WriteMovement(w, m), GeoJson.MediaType);
}

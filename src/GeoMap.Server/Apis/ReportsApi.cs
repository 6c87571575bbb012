using System.Text;
using System.Text.Json;
using GeoMap.Core.Queries;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Server.Auth;
using GeoMap.Server.Http;
using GeoMap.Server.Ingest;
using GeoMap.Server.Json;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/reports</c>: submit a report (extract + store, idempotent), read one with its mentions and movements.</summary>
public static class ReportsApi
{
    private static readonly string[] TextExtensions = [".txt", ".text", ".html", ".htm"];

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireReader();

        group.MapPost("/", SubmitAsync).WithName("SubmitReport").RequireWriter().DescribeQuery(OpenApiParameters.ReportMetadata)
            .WithSummary("Submit a report: JSON {text, publishedAt, url?, source?, language?}, text/plain or a .txt/.html upload; ?dryRun=true extracts without storing.")
            .DisableAntiforgery()
            .DescribeBody("The report: JSON, plain text (metadata in the query string), or a .txt/.html file upload.", ["text", "publishedAt", "file"], new Dictionary<string, string[]>
            {
                ["application/json"] = ["text", "publishedAt", "url", "source", "language"],
                ["text/plain"] = [],
                ["multipart/form-data"] = ["file:binary", "publishedAt", "url", "source", "language"],
            });
        group.MapGet("/", ListAsync).WithName("ListReports").WithSummary("Reports by id, optionally published between from and to.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetReport").WithSummary("A report with its mentions and movements.");
        return app;
    }

    /// <summary>The JSON form of a submitted report.</summary>
    /// <param name="Text">The report text (plain or HTML).</param>
    /// <param name="PublishedAt">Publication time, RFC 3339.</param>
    /// <param name="Url">Where it was published.</param>
    /// <param name="Source">Agency or outlet.</param>
    /// <param name="Language">ISO 639-1 code or auto.</param>
    public sealed record ReportJson(string? Text, string? PublishedAt, string? Url, string? Source, string? Language);

    private static async Task<Results<WrittenJson, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, ReportIngest ingest, IOptions<GeoMapServerOptions> options, bool? dryRun, CancellationToken cancellationToken)
    {
        var submission = await ReadSubmissionAsync(request, options.Value.MaxReportBytes, cancellationToken);
        if (dryRun == true)
        {
            var analysis = ingest.Analyze(submission, cancellationToken);
            return new WrittenJson(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("dryRun", true);
                w.WritePropertyName("report");
                FeatureWriter.WriteReport(w, submission.ToReport(analysis.Language), includeText: false);
                WriteDetails(w, analysis.Places, analysis.Movements);
                w.WriteEndObject();
            });
        }

        var result = await ingest.IngestAsync(submission, Roles.Actor(request.HttpContext.User), cancellationToken);
        return new WrittenJson(w => WriteReportDetails(w, result.Details, result.Created), statusCode: result.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK)
        {
            Location = $"/api/reports/{result.Details.Report.Id}",
        };
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> GetAsync(long id, ReportRepository reports, CancellationToken cancellationToken)
    {
        var details = await reports.GetAsync(id, cancellationToken);
        return details is null ? Problems.NotFound("report", id) : new WrittenJson(w => WriteReportDetails(w, details, created: null));
    }

    private static async Task<WrittenJson> ListAsync(HttpRequest request, ReportRepository reports, string? from, string? to, string? limit, string? cursor, CancellationToken cancellationToken)
    {
        var size = QueryValues.Limit(limit);
        var rows = await reports.ListAsync(QueryValues.Cursor(cursor), size + 1, QueryValues.Time(from, "from"), QueryValues.Time(to, "to", endOfDay: true), cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? Urls.WithQuery(request, "cursor", page[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("reports");
            foreach (var r in page)
            {
                FeatureWriter.WriteReport(w, r, includeText: false);
            }

            w.WriteEndArray();
            w.WriteString("next", next);
            w.WriteEndObject();
        });
    }

    private static void WriteReportDetails(Utf8JsonWriter w, ReportDetails details, bool? created)
    {
        w.WriteStartObject();
        if (created is { } c)
        {
            w.WriteBoolean("created", c);
        }

        w.WritePropertyName("report");
        FeatureWriter.WriteReport(w, details.Report, includeText: true);
        WriteDetails(w, details.Mentions, details.Movements, details.Claims);
        w.WriteEndObject();
    }

    /// <summary>Mentions and movements; a stored report's movements are its claims, each with the id of its tracked movement.</summary>
    private static void WriteDetails(Utf8JsonWriter w, IReadOnlyList<Core.Places.Mention> mentions, IReadOnlyList<Core.Movements.Movement> movements, IReadOnlyList<Core.Corroboration.Claim>? claims = null)
    {
        w.WriteStartArray("mentions");
        foreach (var m in mentions)
        {
            FeatureWriter.WriteMention(w, m);
        }

        w.WriteEndArray();
        w.WriteStartObject("movements");
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        if (claims is null)
        {
            foreach (var m in movements)
            {
                FeatureWriter.WriteMovement(w, m);
            }
        }
        else
        {
            foreach (var c in claims)
            {
                FeatureWriter.WriteClaim(w, c, c.MovementId);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a report from JSON, text/plain or a multipart upload, refusing anything over the size limit.</summary>
    private static async Task<ReportSubmission> ReadSubmissionAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? "";
        var query = request.Query;
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = await BodyReader.ReadAsync(request, maxBytes, "report", cancellationToken);
            var json = ReadJson(bytes);
            return Submission(json.Text, json.PublishedAt, json.Url, json.Source, json.Language);
        }

        if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = await BodyReader.ReadAsync(request, maxBytes, "report", cancellationToken);
            return Submission(Decode(bytes), query["publishedAt"], query["url"], query["source"], query["language"]);
        }

        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            // Multipart framing adds a little; the file itself is checked against the exact limit below.
            BodyReader.RefuseDeclaredOversize(request, maxBytes + 64 * 1024, "report");
            var form = await MultipartBody.ReadFormAsync(request, cancellationToken);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
                ?? throw new ProblemException(Problems.InvalidInput("file", Problems.Messages.ReportFileMissing));
            if (!TextExtensions.Contains(Path.GetExtension(file.FileName), StringComparer.OrdinalIgnoreCase))
            {
                throw new ProblemException(Problems.UnsupportedMediaType(file.ContentType, Problems.UnsupportedFile(Path.GetFileName(file.FileName), "a .txt or .html file")));
            }

            if (file.Length > maxBytes)
            {
                throw new ProblemException(Problems.TooLarge("report", maxBytes));
            }

            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            string? Field(string name) => form.TryGetValue(name, out var v) ? v.ToString() : query[name].ToString();
            return Submission(Decode(stream.ToArray()), Field("publishedAt"), Field("url"), Field("source"), Field("language"));
        }

        throw new ProblemException(Problems.UnsupportedMediaType(request.ContentType, "application/json, text/plain, or multipart/form-data with a .txt/.html file"));
    }

    private static ReportSubmission Submission(string? text, string? publishedAt, string? url, string? source, string? language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidQueryException("text", Problems.Messages.ReportTextMissing);
        }

        TextInput.CheckCharacters(text, "text");
        url = TextInput.Check(url, "url", TextLimits.Url);
        source = TextInput.Check(source, "source", TextLimits.Name);
        language = TextInput.Check(language, "language", TextLimits.LanguageCode);
        var published = QueryValues.Time(TextInput.Check(publishedAt, "publishedAt", TextLimits.Name), "publishedAt")
            ?? throw new InvalidQueryException("publishedAt", "publishedAt is required (RFC 3339, e.g. 2024-10-14T09:00:00Z): relative dates in the text are read against it.");
        return new ReportSubmission(text, published, Empty(url), Empty(source), Empty(language));
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidQueryException("text", "The report is not valid UTF-8 text; save it as UTF-8 and retry.");
        }
    }

    /// <summary>
    /// The JSON form, field by field: every field a string or null, unknown fields refused, and a string that escapes a
    /// lone surrogate a 400 naming its field (a serializer would throw InvalidOperationException, a 500).
    /// </summary>
    private static ReportJson ReadJson(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ProblemException(Problems.InvalidJson("the body must be an object {\"text\": \"…\", \"publishedAt\": \"…\"}."));
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!ReportFields.Contains(property.Name))
            {
                throw new ProblemException(Problems.InvalidJson($"the field '{QueryValues.Clip(property.Name)}' is unknown; report fields are {string.Join(", ", ReportFields)}."));
            }

            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => JsonText.String(property.Value, property.Name),
                _ => throw new ProblemException(Problems.InvalidJson($"the field '{property.Name}' must be a string.")),
            };
        }

        string? Get(string name) => values.GetValueOrDefault(name);
        return new ReportJson(Get("text"), Get("publishedAt"), Get("url"), Get("source"), Get("language"));
    }

    private static readonly string[] ReportFields = ["text", "publishedAt", "url", "source", "language"];
}

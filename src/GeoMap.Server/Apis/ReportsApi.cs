using System.Buffers;
using System.Text;
using System.Text.Json;
using GeoMap.Core.Queries;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Server.Auth;
using GeoMap.Server.Fetching;
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
            .WithSummary("Submit a report: JSON {text, publishedAt, url?, source?, language?} (or only {url}: the page is fetched and its article read, with its date and language unless given), text/plain or a .txt/.html upload; ?dryRun=true extracts without storing.")
            .DisableAntiforgery()
            .DescribeBody("The report: JSON ({text, publishedAt, …}, or only {url, …}: the page is fetched and its article, date and language read), plain text (metadata in the query string), or a .txt/.html file upload.", ["file"], new Dictionary<string, string[]>
            {
                ["application/json"] = ["text", "publishedAt", "url", "source", "language"],
                ["text/plain"] = [],
                ["multipart/form-data"] = ["file:binary", "publishedAt", "url", "source", "language"],
            });
        // A custom method on the collection (AIP-136 style), outside the group so that the path keeps its colon.
        app.MapPost("/api/reports:batch", BatchAsync).WithTags("Reports").WithName("SubmitReportBatch").RequireReader().RequireWriter()
            .WithSummary("Submit many reports: JSON lines, one {text, publishedAt, url?, source?, language?, id?} object a line; publishedAt, source and language in the query string are the defaults. " +
                "The answer streams one JSON line per input line, in order ({line, id?, status: stored|duplicate|failed, reportId?, movements?, field?, error?}), then {summary}. " +
                "Idempotent: sending lines again stores nothing twice.")
            .DescribeQuery(OpenApiParameters.ReportMetadata)
            .Produces(StatusCodes.Status200OK, contentType: BatchMediaType)
            .DisableAntiforgery()
            .DescribeBody("Reports as JSON lines (application/x-ndjson or application/jsonl), at most GeoMap:Server:MaxBatchBytes in all and MaxReportBytes a line.", [], new Dictionary<string, string[]>
            {
                [BatchMediaType] = [],
                ["application/jsonl"] = [],
            })
            .DisableRequestTimeout();
        group.MapGet("/", ListAsync).WithName("ListReports").WithSummary("Reports by id, optionally published between from and to.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetReport").WithSummary("A report with its mentions and movements.");
        return app;
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, ReportIngest ingest, LinkedReports links, IOptions<GeoMapServerOptions> options, bool? dryRun, CancellationToken cancellationToken)
    {
        var (submission, link) = await ReadSubmissionAsync(request, options.Value.MaxReportBytes, cancellationToken);
        if (link is not null && dryRun != true)
        {
            var linked = await ingest.IngestLinkAsync(link, links, options.Value.MaxReportBytes, Roles.Actor(request.HttpContext.User), cancellationToken);
            return new WrittenJson(w => WriteReportDetails(w, linked.Details, linked.Created), statusCode: linked.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            {
                Location = $"/api/reports/{linked.Details.Report.Id}",
            };
        }

        submission ??= await links.FetchAsync(link!, options.Value.MaxReportBytes, cancellationToken);
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

    private const string BatchMediaType = "application/x-ndjson";

    /// <summary>
    /// <c>POST /api/reports:batch</c>: every line through <see cref="BatchImport"/>, its result written as soon as the lines
    /// before it are done, so a client sees progress and can resume from the last line answered.
    /// </summary>
    private static async Task<IResult> BatchAsync(HttpContext context, BatchImport batch, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var settings = options.Value;
        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim();
        if (!mediaType.Equals(BatchMediaType, StringComparison.OrdinalIgnoreCase) && !mediaType.Equals("application/jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.UnsupportedMediaType(request.ContentType, "application/x-ndjson or application/jsonl: one JSON object a line");
        }

        BodyReader.RefuseDeclaredOversize(request, settings.MaxBatchBytes, "batch");
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = settings.MaxBatchBytes;
        }

        var query = request.Query;
        var defaults = new ReportSubmissions.Defaults(Empty(query["publishedAt"]), Empty(query["source"]), Empty(query["language"])).Checked();

        var lineTimeout = settings.RequestTimeoutSeconds > 0 ? TimeSpan.FromSeconds(settings.RequestTimeoutSeconds) : TimeSpan.Zero;
        var run = new BatchSettings(Environment.ProcessorCount, lineTimeout, defaults, settings.MaxReportBytes);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = BatchMediaType;
        var buffer = new ArrayBufferWriter<byte>(4096);
        async ValueTask WriteLineAsync(Action<Utf8JsonWriter> write)
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            buffer.Write("\n"u8);
            await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }

        var counts = new BatchCounts();
        string? stoppedBy = null;
        try
        {
            // Counted here as given, so that a batch stopped halfway still sums up the lines it answered.
            await batch.RunAsync(
                BatchLines.ReadAsync(request.Body, settings.MaxReportBytes, maxTotalBytes: settings.MaxBatchBytes, cancellationToken: cancellationToken), run, Roles.Actor(context.User),
                result =>
                {
                    counts = counts.Add(result);
                    return WriteLineAsync(w => BatchJson.WriteLine(w, result));
                },
                cancellationToken);
        }
        catch (Exception e) when (e is BatchTooLargeException or Microsoft.AspNetCore.Http.BadHttpRequestException or Npgsql.NpgsqlException && !cancellationToken.IsCancellationRequested)
        {
            // The answer has begun: the reason goes in its last line; every line answered before it keeps its result.
            stoppedBy = e switch
            {
                BatchTooLargeException or Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                    => new BatchTooLargeException(settings.MaxBatchBytes).Message + " Raise GeoMap:Server:MaxBatchBytes to send more at once.",
                Npgsql.NpgsqlException => "The database stopped answering; the lines answered before this were taken, send the rest again.",
                _ => e.Message,
            };
        }

        await WriteLineAsync(w => BatchJson.WriteSummary(w, counts, stoppedBy));
        return Results.Empty;
    }

    private static string? Empty(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();

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

    /// <summary>
    /// Reads a report from JSON, text/plain or a multipart upload, refusing anything over the size limit: the report sent,
    /// or the fields of a report given by its link only (to be fetched), one of them null.
    /// </summary>
    private static async Task<(ReportSubmission? Submission, ReportSubmissions.ReportFields? Link)> ReadSubmissionAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? "";
        var query = request.Query;
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = await BodyReader.ReadAsync(request, maxBytes, "report", cancellationToken);
            using var document = JsonDocument.Parse(bytes);
            var fields = ReportSubmissions.Read(document.RootElement);
            return fields.IsLinkOnly ? (null, fields) : (ReportSubmissions.Create(fields), null);
        }

        if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var bytes = await BodyReader.ReadAsync(request, maxBytes, "report", cancellationToken);
            return (ReportSubmissions.Create(Decode(bytes), query["publishedAt"], query["url"], query["source"], query["language"]), null);
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
            return (ReportSubmissions.Create(Decode(stream.ToArray()), Field("publishedAt"), Field("url"), Field("source"), Field("language")), null);
        }

        throw new ProblemException(Problems.UnsupportedMediaType(request.ContentType, "application/json, text/plain, or multipart/form-data with a .txt/.html file"));
    }

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
}

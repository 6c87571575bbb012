using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server;

/// <summary>
/// Every error message the service sends, in one place: RFC 7807 problem details with a sentence a person can act on.
/// </summary>
public static class Problems
{
    /// <summary>Problem type URIs, relative to the service (they are documentation anchors, not fetched).</summary>
    public static class Types
    {
        /// <summary>A query parameter or body field is invalid.</summary>
        public const string InvalidInput = "/problems/invalid-input";

        /// <summary>The request body is not valid JSON.</summary>
        public const string InvalidJson = "/problems/invalid-json";

        /// <summary>The resource does not exist.</summary>
        public const string NotFound = "/problems/not-found";

        /// <summary>No or an unknown API key.</summary>
        public const string Unauthorized = "/problems/unauthorized";

        /// <summary>The key's role is too low.</summary>
        public const string Forbidden = "/problems/forbidden";

        /// <summary>The body is larger than allowed.</summary>
        public const string TooLarge = "/problems/too-large";

        /// <summary>The body's content type is not accepted here.</summary>
        public const string UnsupportedMediaType = "/problems/unsupported-media-type";

        /// <summary>Too many writes.</summary>
        public const string RateLimited = "/problems/rate-limited";

        /// <summary>An expensive endpoint is at its concurrency limit.</summary>
        public const string Busy = "/problems/busy";

        /// <summary>The database is unreachable.</summary>
        public const string DatabaseUnavailable = "/problems/database-unavailable";

        /// <summary>Something the request conflicts with.</summary>
        public const string Conflict = "/problems/conflict";

        /// <summary>The server's disk cannot hold what was sent.</summary>
        public const string InsufficientStorage = "/problems/insufficient-storage";

        /// <summary>The request ran past its time budget.</summary>
        public const string Timeout = "/problems/timeout";

        /// <summary>An unexpected failure.</summary>
        public const string Internal = "/problems/internal";

        /// <summary>The configured basemap package cannot be read past its header.</summary>
        public const string DamagedBasemap = "/problems/damaged-basemap";
    }

    /// <summary>Messages shared by several endpoints.</summary>
    public static class Messages
    {
        /// <summary>No key sent where one is needed.</summary>
        public const string KeyMissing = "This request needs an API key. Send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'; an admin creates keys with 'geomap keys add NAME --role ROLE'.";

        /// <summary>A key was sent but is unknown or revoked.</summary>
        public const string KeyUnknown = "The API key is not recognized or has been revoked. Check for copy errors or ask an admin for a new key ('geomap keys add').";

        /// <summary>The database cannot be reached.</summary>
        public const string DatabaseDown = "The database is unavailable right now. Retry in a few seconds; the service reconnects by itself when the database is back.";

        /// <summary>An unexpected error.</summary>
        public const string Unexpected = "An unexpected error occurred. It has been logged; retry, and report it if it persists.";

        /// <summary>No route matches.</summary>
        public const string NoRoute = "No resource at this address. The API is described at /openapi/v1.json and the OGC API landing page is /ogc.";

        /// <summary>Report JSON without text.</summary>
        public const string ReportTextMissing = "The report has no text; send JSON {\"text\": \"…\", \"publishedAt\": \"2024-10-14T00:00:00Z\"}, the text itself as text/plain, or JSON {\"url\": \"https://…\"} to have its page fetched.";

        /// <summary>A multipart report without a file.</summary>
        public const string ReportFileMissing = "The upload has no file; send one .txt or .html file in a multipart/form-data field named 'file'.";

        /// <summary>A multipart overlay without an image.</summary>
        public const string OverlayFileMissing = "The upload has no image; send a GeoTIFF, PNG, JPEG or WebP in a multipart/form-data field named 'file'.";

        /// <summary>An overlay without a title.</summary>
        public const string OverlayTitleMissing = "The overlay has no title; add a form field 'title'.";

        /// <summary>A multipart photo upload without a file.</summary>
        public const string PhotoFileMissing = "The upload has no photo; send one or more JPEG, PNG, WebP or TIFF files in multipart/form-data fields named 'file'.";

        /// <summary>The geoparser is not available in this build.</summary>
        public const string ExtractorUnavailable = "Report extraction is not available in this server build; the geoparser is not installed.";
    }

    /// <summary>400 for one bad parameter, with an optional list of close matches.</summary>
    public static ProblemHttpResult InvalidInput(string parameter, string detail, IReadOnlyList<string>? suggestions = null)
    {
        var extensions = new Dictionary<string, object?> { ["parameter"] = parameter };
        if (suggestions is { Count: > 0 })
        {
            extensions["suggestions"] = suggestions;
        }

        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid input", type: Types.InvalidInput, extensions: extensions);
    }

    /// <summary>
    /// 500 for a configured basemap package whose directory or tiles cannot be read (its header was read at start): the
    /// reader's reason and what to do, instead of a bare server error.
    /// </summary>
    public static ProblemHttpResult DamagedBasemap(GeoMap.Imagery.Packages.TilePackageException e) =>
        TypedResults.Problem(
            $"{e.Message} Replace the file GeoMap:Server:BasemapPackage names, or remove the setting to draw the built-in basemap.",
            statusCode: StatusCodes.Status500InternalServerError, title: "Damaged basemap package", type: Types.DamagedBasemap);

    /// <summary>400 for a body that is not JSON or not the expected shape.</summary>
    public static ProblemHttpResult InvalidJson(string detail) =>
        TypedResults.Problem($"The body is not valid JSON: {detail}", statusCode: StatusCodes.Status400BadRequest, title: "Invalid JSON", type: Types.InvalidJson);

    /// <summary>404 for a missing resource.</summary>
    public static ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(string.Create(CultureInfo.InvariantCulture, $"There is no {what} with id '{id}'."), statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Types.NotFound);

    /// <summary>404 for a tile outside the overlay's pyramid.</summary>
    public static ProblemHttpResult TileNotFound(Guid overlay, int z, int x, int y) =>
        TypedResults.Problem(string.Create(CultureInfo.InvariantCulture, $"Overlay {overlay} has no tile {z}/{x}/{y}: it is outside the pyramid's zooms or footprint, or the overlay does not exist."),
            statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Types.NotFound);

    /// <summary>413 for a body over the limit.</summary>
    public static ProblemHttpResult TooLarge(string what, long limitBytes) =>
        TypedResults.Problem(string.Create(CultureInfo.InvariantCulture, $"The {what} is larger than the limit of {limitBytes:N0} bytes; split it or ask an admin to raise GeoMap:Server:Max{what switch { "report" => "Report", "query area" => "Area", "photo" => "Photo", _ => "Overlay" }}Bytes."),
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large", type: Types.TooLarge);

    /// <summary>415 for a content type the endpoint does not take.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string? given, string accepted) =>
        TypedResults.Problem($"Content type '{(string.IsNullOrEmpty(given) ? "(none)" : given)}' is not accepted here; send {accepted}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", type: Types.UnsupportedMediaType);

    /// <summary>507 for an upload the server's disk cannot hold.</summary>
    public static ProblemHttpResult InsufficientStorage(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status507InsufficientStorage, title: "Insufficient storage", type: Types.InsufficientStorage);

    /// <summary>409 for a request that conflicts with stored state.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: Types.Conflict);

    /// <summary>403 for a key whose role is too low.</summary>
    public static string ForbiddenDetail(string keyName, string keyRole, string needed) =>
        $"The key '{keyName}' has the role {keyRole}; this request needs {needed}. Ask an admin for a key with that role.";

    /// <summary>429 for a request to an expensive endpoint that is at its concurrency limit.</summary>
    public static ProblemHttpResult Busy(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Busy", type: Types.Busy);

    /// <summary>429 for too many writes.</summary>
    public static string RateLimitedDetail(int permits, int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"Too many writes: each key may make {permits} writes per {seconds} s. Wait and retry (see Retry-After).");

    /// <summary>
    /// The problem for a photo refused by <c>GeoMap.Imagery.Photos.PhotoReader</c>: 415 for a file that is no image,
    /// 413 over the pixel or decoding budget, 400 for a damaged file or absurd metadata; <c>parameter</c> is <c>file</c>
    /// and <c>fileName</c> names the file.
    /// </summary>
    public static ProblemHttpResult PhotoRefused(string? fileName, GeoMap.Imagery.Errors.ImageryException e, IReadOnlyList<(string Name, GeoMap.Imagery.Errors.ImageryException Error)>? all = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (status, title, type) = PhotoRefusal(e);
        var extensions = new Dictionary<string, object?> { ["parameter"] = "file", ["fileName"] = fileName };
        if (all is not null)
        {
            // Every file was refused: each one's reason, not only the first's.
            extensions["refused"] = all.Select(r => RefusedFile.Of(r.Name, r.Error)).ToList();
        }

        return TypedResults.Problem(all is null ? e.Message : $"None of the {all.Count} files was stored; the first: {e.Message}", statusCode: status, title: title, type: type, extensions: extensions);
    }

    /// <summary>A file of an upload that was refused: its name, the status it would have had alone, and why.</summary>
    /// <param name="FileName">The file's name as sent.</param>
    /// <param name="Status">The HTTP status of its refusal.</param>
    /// <param name="Detail">Why, and what to do.</param>
    public sealed record RefusedFile(string FileName, int Status, string Detail)
    {
        /// <summary>The refusal of a photo.</summary>
        public static RefusedFile Of(string fileName, GeoMap.Imagery.Errors.ImageryException e) => new(fileName, PhotoRefusal(e).Status, e.Message);

        /// <summary>
        /// Writes it with the serializer and web defaults a problem's extensions are written with, for an answer that
        /// stored the other files: one shape, written by one writer, in both.
        /// </summary>
        public void WriteTo(System.Text.Json.Utf8JsonWriter w) => System.Text.Json.JsonSerializer.Serialize(w, this, System.Text.Json.JsonSerializerOptions.Web);
    }

    /// <summary>The status, title and problem type of a refused photo.</summary>
    internal static (int Status, string Title, string Type) PhotoRefusal(GeoMap.Imagery.Errors.ImageryException e) => e switch
    {
        GeoMap.Imagery.Errors.UnsupportedImageException => (StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", Types.UnsupportedMediaType),
        GeoMap.Imagery.Errors.PixelBudgetExceededException or GeoMap.Imagery.Errors.DecodeBudgetExceededException => (StatusCodes.Status413PayloadTooLarge, "Too large", Types.TooLarge),
        _ => (StatusCodes.Status400BadRequest, "Invalid input", Types.InvalidInput),
    };

    /// <summary>Detail for an unsupported file extension in an upload.</summary>
    public static string UnsupportedFile(string fileName, string accepted) => $"The file '{fileName}' is not accepted here; send {accepted}.";
}

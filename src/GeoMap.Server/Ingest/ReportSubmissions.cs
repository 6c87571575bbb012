using System.Text.Json;
using GeoMap.Core.Queries;
using GeoMap.Server.Http;
using GeoMap.Server.Json;

namespace GeoMap.Server.Ingest;

/// <summary>
/// The one reader of a submitted report's fields (<c>text</c>, <c>publishedAt</c>, <c>url</c>, <c>source</c>,
/// <c>language</c>): the JSON body of <c>POST /api/reports</c>, each line of a batch (<c>POST /api/reports:batch</c>,
/// <c>geomap ingest --jsonl</c>), and the query string or form fields of a plain-text or uploaded report.
/// </summary>
/// <remarks>
/// Every failure is an <see cref="InvalidQueryException"/> naming the field, so the API answers a 400 that names it and a
/// batch reports it on the line it came from.
/// </remarks>
public static class ReportSubmissions
{
    /// <summary>The fields of a report, as the API spells them.</summary>
    public static readonly IReadOnlyList<string> Fields = ["text", "publishedAt", "url", "source", "language"];

    /// <summary>
    /// The names <c>geomap extract --jsonl</c> reads (<c>published</c>, <c>lang</c>) for the same fields, accepted on batch
    /// lines so that a file prepared for extraction can be imported as it is, and the line's own <c>id</c>.
    /// </summary>
    private static readonly Dictionary<string, string> LineAliases = new(StringComparer.Ordinal)
    {
        ["published"] = "publishedAt",
        ["lang"] = "language",
    };

    /// <summary>A report's fields as received, before they are checked.</summary>
    /// <param name="Text">The text; none when the report is to be fetched from <paramref name="Url"/>.</param>
    /// <param name="PublishedAt">Publication time as given.</param>
    /// <param name="Url">Where it was published.</param>
    /// <param name="Source">Agency or outlet.</param>
    /// <param name="Language">Language code or auto.</param>
    public sealed record ReportFields(string? Text, string? PublishedAt, string? Url, string? Source, string? Language)
    {
        /// <summary>True when the report is only a link: its text, date and language are to come from the page.</summary>
        public bool IsLinkOnly => string.IsNullOrWhiteSpace(Text) && !string.IsNullOrWhiteSpace(Url);
    }

    /// <summary>Defaults for the fields a batch line leaves out (the command line's <c>--published</c>, <c>--source</c>, <c>--lang</c>).</summary>
    /// <param name="PublishedAt">RFC 3339 time or date.</param>
    /// <param name="Source">Agency or outlet.</param>
    /// <param name="Language">ISO 639-1 code or auto.</param>
    public sealed record Defaults(string? PublishedAt = null, string? Source = null, string? Language = null)
    {
        /// <summary>These defaults when each is acceptable as its field, checked once before any line is read (every line would fail on them alike).</summary>
        /// <exception cref="InvalidQueryException">Naming the field at fault.</exception>
        public Defaults Checked()
        {
            TextInput.Check(Source, "source", TextLimits.Name);
            TextInput.Check(Language, "language", TextLimits.LanguageCode);
            _ = QueryValues.Time(TextInput.Check(PublishedAt, "publishedAt", TextLimits.Name), "publishedAt");
            return this;
        }
    }

    /// <summary>Checks and builds a submission from its fields as received.</summary>
    /// <exception cref="InvalidQueryException">Naming the first field that is missing, too long, not text or not a time.</exception>
    public static ReportSubmission Create(string? text, string? publishedAt, string? url, string? source, string? language)
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

    /// <summary>
    /// Reads a JSON object of report fields: every field a string or null, unknown fields refused. With
    /// <paramref name="defaults"/> (a batch line), <c>published</c>, <c>lang</c> and <c>id</c> are accepted too and missing
    /// fields take the defaults.
    /// </summary>
    /// <exception cref="InvalidQueryException">Naming the field at fault.</exception>
    public static ReportSubmission FromJson(JsonElement root, Defaults? defaults = null) => Create(Read(root, defaults));

    /// <summary>Checks and builds a submission from fields read by <see cref="Read"/>.</summary>
    /// <exception cref="InvalidQueryException">As <see cref="Create(string?, string?, string?, string?, string?)"/>.</exception>
    public static ReportSubmission Create(ReportFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Create(fields.Text, fields.PublishedAt, fields.Url, fields.Source, fields.Language);
    }

    /// <summary>The fields of a JSON object, unchecked but for their names and kinds (see <see cref="FromJson"/>).</summary>
    /// <exception cref="InvalidQueryException">Naming the field at fault.</exception>
    public static ReportFields Read(JsonElement root, Defaults? defaults = null)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidQueryException("body", "A report is a JSON object {\"text\": \"…\", \"publishedAt\": \"…\"}.");
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            if (defaults is not null && name == "id")
            {
                continue;
            }

            if (defaults is not null && LineAliases.TryGetValue(name, out var canonical))
            {
                name = canonical;
            }

            if (!Fields.Contains(name))
            {
                var clipped = QueryValues.Clip(property.Name);
                throw new InvalidQueryException(clipped, $"The field '{clipped}' is unknown; report fields are {string.Join(", ", Fields)}.");
            }

            values[name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => JsonText.String(property.Value, name),
                _ => throw new InvalidQueryException(name, $"The field '{name}' must be a string."),
            };
        }

        string? Get(string name, string? fallback = null) => values.GetValueOrDefault(name) ?? fallback;
        return new ReportFields(Get("text"), Get("publishedAt", defaults?.PublishedAt), Get("url"), Get("source", defaults?.Source), Get("language", defaults?.Language));
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

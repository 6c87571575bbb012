using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Cli.Commands;

/// <summary>
/// <c>geomap extract FILE --published YYYY-MM-DD [--lang fr|en|auto] --format json</c> and
/// <c>geomap extract --jsonl</c>: places and movements of reports, without a database.
/// </summary>
/// <remarks>
/// FILE may be <c>-</c> for stdin. With <c>--jsonl</c>, stdin holds one JSON object per line,
/// <c>{"id": …, "text": "…", "published": "YYYY-MM-DD"?, "lang": "fr"?}</c>, and stdout gets one line per
/// input, in the same order: <c>{"id": …, "language", "places", "movements"}</c> or
/// <c>{"id": …, "error": "…"}</c>. Lines are analysed in parallel in batches and written in order.
/// A line may carry <c>"spans": [[start, end], …]</c> (UTF-16 offsets into <c>text</c>, read as plain text): then
/// exactly those spans are resolved, the recognizer bypassed for them (gold-span mode, to measure or correct
/// resolution alone), and the result is <c>{"id": …, "places": [one per span, in order]}</c>, a span the
/// gazetteer does not know having <c>"resolved": null</c>; no movements are read.
/// Exit codes: 0 success, 1 unusable input (the message is on stderr; with --jsonl, when any line failed).
/// </remarks>
public static class ExtractCommand
{
    private const int BatchSize = 256;

    /// <summary>Builds the <c>extract</c> command.</summary>
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The report, plain text or HTML, UTF-8 ('-' reads stdin).", Arity = ArgumentArity.ZeroOrOne };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD (or an ISO 8601 time); relative dates resolve against it. Required for FILE; the default for --jsonl lines without one." };
        var lang = new Option<string>("--lang") { Description = "Language of the text: " + string.Join(", ", LanguageCatalog.Codes) + " or auto (detect).", DefaultValueFactory = _ => "auto" };
        var format = new Option<string>("--format") { Description = "Output format (json).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines {\"id\",\"text\",\"published\"?,\"spans\"?} on stdin; write one result line per input, in order. A line with \"spans\": [[start,end],...] (UTF-16 offsets into the plain text) gets exactly those spans resolved, the recognizer bypassed: {\"id\",\"places\"}, one place per span, \"resolved\": null when the gazetteer lacks the name; no movements." };

        var command = new Command("extract", "Find the places and troop movements of a report and print them as JSON (no database needed).")
        {
            file, published, lang, format, jsonl,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(file), parse.GetValue(published), parse.GetValue(lang) ?? "auto", parse.GetValue(jsonl), cancellationToken)));
        return command;
    }

    private static int Run(string? file, string? published, string lang, bool jsonl, CancellationToken cancellationToken)
    {
        try
        {
            DateTimeOffset? date = published is null ? null : ParseDate(published);
            if (jsonl)
            {
                if (file is not null && file != "-")
                {
                    return CliErrors.Report("--jsonl reads stdin; do not give a FILE.");
                }

                return RunLines(Console.In, date, lang, cancellationToken);
            }

            if (file is null)
            {
                return CliErrors.Report("give a FILE to analyse (or '-' for stdin, or --jsonl).");
            }

            if (date is null)
            {
                return CliErrors.Report("--published YYYY-MM-DD is required: relative dates in the report resolve against it.");
            }

            var text = file == "-" ? Console.In.ReadToEnd() : ReadFile(file);
            var result = Analyzer().Analyze(text, date.Value, lang, cancellationToken);
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, AnalysisJson.Options(indented: true)))
            {
                writer.WriteStartObject();
                AnalysisJson.WriteProperties(writer, result);
                writer.WriteEndObject();
            }

            stdout.Write("\n"u8);
            return 0;
        }
        catch (UnusableInputException e)
        {
            return CliErrors.Report(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or OperationCanceledException)
        {
            return CliErrors.Report(e is OperationCanceledException ? "cancelled." : e.Message);
        }
        catch (Exception e)
        {
            // A bug, not bad input: still one line, no stack trace; the type helps the bug report.
            return CliErrors.Report($"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    private static int RunLines(TextReader input, DateTimeOffset? defaultDate, string lang, CancellationToken cancellationToken)
    {
        var analyzer = Analyzer();
        var failures = 0;
        var number = 0;
        using var stdout = Console.OpenStandardOutput();
        var batch = new List<string>(BatchSize);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && input.ReadLine() is { } line)
            {
                batch.Add(line);
            }

            if (batch.Count == 0)
            {
                break;
            }

            var outputs = new (byte[] Json, string? Error)[batch.Count];
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, batch.Count, options, i => outputs[i] = AnalyseLine(analyzer, batch[i], defaultDate, lang, cancellationToken));
            foreach (var (json, error) in outputs)
            {
                number++;
                stdout.Write(json);
                stdout.Write("\n"u8);
                if (error is not null)
                {
                    failures++;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: line {number}: {error}"));
                }
            }

            stdout.Flush();
        }

        return failures == 0 ? 0 : CliErrors.Failure;
    }

    private static (byte[] Json, string? Error) AnalyseLine(ReportAnalyzer analyzer, string line, DateTimeOffset? defaultDate, string lang, CancellationToken cancellationToken)
    {
        JsonElement? id = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, "each line must be a JSON object {\"id\", \"text\", \"published\"?}.");
            }

            id = root.TryGetProperty("id", out var idValue) ? idValue.Clone() : null;
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                return Error(id, "the line has no \"text\" string.");
            }

            if (root.TryGetProperty("spans", out var spansValue))
            {
                return (ResolveSpans(analyzer, id, textValue.GetString()!, ReadSpans(spansValue), cancellationToken), null);
            }

            var date = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? ParseDate(p.GetString()!) : defaultDate;
            var lineLang = root.TryGetProperty("lang", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : lang;
            var result = analyzer.Analyze(textValue.GetString()!, date ?? new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero), lineLang, cancellationToken);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, AnalysisJson.Options(indented: false)))
            {
                writer.WriteStartObject();
                WriteId(writer, id);
                AnalysisJson.WriteProperties(writer, result);
                writer.WriteEndObject();
            }

            return (buffer.ToArray(), null);
        }
        catch (JsonException)
        {
            return Error(id, "the line is not valid JSON.");
        }
        catch (Exception e) when (e is UnusableInputException or FormatException)
        {
            return Error(id, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Error(id, $"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    private static byte[] ResolveSpans(ReportAnalyzer analyzer, JsonElement? id, string text, List<(int Start, int End)> spans, CancellationToken cancellationToken)
    {
        var mentions = analyzer.ResolveSpans(text, spans, cancellationToken);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnalysisJson.Options(indented: false)))
        {
            writer.WriteStartObject();
            WriteId(writer, id);
            writer.WriteStartArray("places");
            for (var i = 0; i < spans.Count; i++)
            {
                if (mentions[i] is { } m)
                {
                    AnalysisJson.WriteMention(writer, m);
                }
                else
                {
                    AnalysisJson.WriteUnresolvedSpan(writer, text[spans[i].Start..spans[i].End], spans[i].Start, spans[i].End);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads <c>"spans": [[start, end], ...]</c>; anything else is a <see cref="FormatException"/> naming what is wrong.</summary>
    private static List<(int Start, int End)> ReadSpans(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("\"spans\" must be an array of [start, end] pairs.");
        }

        var spans = new List<(int, int)>();
        foreach (var pair in value.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2
                || !pair[0].TryGetInt32(out var start) || !pair[1].TryGetInt32(out var end))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"\"spans\" item {spans.Count + 1} is not a [start, end] pair of integers."));
            }

            spans.Add((start, end));
        }

        return spans;
    }

    private static (byte[] Json, string? Error) Error(JsonElement? id, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnalysisJson.Options(indented: false)))
        {
            writer.WriteStartObject();
            WriteId(writer, id);
            writer.WriteString("error", message);
            writer.WriteEndObject();
        }

        return (buffer.ToArray(), message);
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static DateTimeOffset ParseDate(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw new FormatException($"'{value}' is not a date: use YYYY-MM-DD.");
    }

    private static string ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new IOException($"file not found: {path}");
        }

        // Decoding errors become U+FFFD, which the analyzer's binary check then reports clearly.
        return File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
    }

    private static ReportAnalyzer Analyzer()
    {
        try
        {
            return ReportAnalyzer.CreateDefault();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or IOException)
        {
            throw new UnusableInputException($"GeoMap's data is not available ({e.Message}). Run the setup script, or set GEOMAP_DATA.", e);
        }
    }
}

using System.Text.Json;
using GeoMap.Server.Ingest;

namespace GeoMap.Server.Json;

/// <summary>
/// The JSON of a batch import, written by <c>POST /api/reports:batch</c> (one line per result, then the summary) and by
/// <c>geomap ingest --jsonl --json</c> (the summary with its failures).
/// </summary>
public static class BatchJson
{
    /// <summary>The spelling of a line's status: stored, duplicate, failed.</summary>
    public static string Status(BatchLineStatus status) => status switch
    {
        BatchLineStatus.Stored => "stored",
        BatchLineStatus.Duplicate => "duplicate",
        _ => "failed",
    };

    /// <summary>One line's result as an object: line, id (as given), status, reportId and movements, or field and error.</summary>
    public static void WriteLine(Utf8JsonWriter writer, BatchLineResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteNumber("line", result.Line);
        if (result.Id is { } id)
        {
            writer.WritePropertyName("id");
            writer.WriteRawValue(id, skipInputValidation: false);
        }

        writer.WriteString("status", Status(result.Status));
        if (result.ReportId is { } reportId)
        {
            writer.WriteNumber("reportId", reportId);
            writer.WriteNumber("movements", result.Movements);
        }

        if (result.Status == BatchLineStatus.Failed)
        {
            writer.WriteString("field", result.Field);
            writer.WriteString("error", result.Error);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// The last line of a batch's answer: <c>{"summary": {lines, stored, duplicates, failed, movements}, "error"?}</c>,
    /// <c>error</c> saying why the batch stopped before its end.
    /// </summary>
    public static void WriteSummary(Utf8JsonWriter writer, BatchCounts counts, string? stoppedBy)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(counts);
        writer.WriteStartObject();
        writer.WritePropertyName("summary");
        WriteCounts(writer, counts);
        if (stoppedBy is not null)
        {
            writer.WriteString("error", stoppedBy);
        }

        writer.WriteEndObject();
    }

    /// <summary>The counts as an object.</summary>
    public static void WriteCounts(Utf8JsonWriter writer, BatchCounts counts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(counts);
        writer.WriteStartObject();
        writer.WriteNumber("lines", counts.Lines);
        writer.WriteNumber("stored", counts.Stored);
        writer.WriteNumber("duplicates", counts.Duplicates);
        writer.WriteNumber("failed", counts.Failed);
        writer.WriteNumber("movements", counts.Movements);
        writer.WriteEndObject();
    }
}

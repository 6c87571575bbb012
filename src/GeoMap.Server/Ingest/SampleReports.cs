using System.Text.Json;
using GeoMap.Core.Queries;

namespace GeoMap.Server.Ingest;

/// <summary>What ingesting a folder of sample reports did.</summary>
/// <param name="Created">Reports stored now.</param>
/// <param name="Existing">Reports that were already stored (same text).</param>
/// <param name="Movements">Movements in the created reports.</param>
public sealed record SampleIngestSummary(int Created, int Existing, int Movements);

/// <summary>
/// Ingests <c>*.txt</c> reports with their <c>.json</c> sidecars (<c>publishedAt</c>, <c>language</c>, <c>url</c>,
/// <c>source</c>) through <see cref="ReportIngest"/>, the API's own path; running it twice stores nothing new.
/// </summary>
public static class SampleReports
{
    /// <summary>Ingests every report of <paramref name="folder"/> in name order.</summary>
    /// <exception cref="InvalidQueryException">A sidecar is missing, is not JSON, or has no valid publishedAt.</exception>
    public static async Task<SampleIngestSummary> IngestFolderAsync(ReportIngest ingest, string folder, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ingest);
        int created = 0, existing = 0, movements = 0;
        foreach (var text in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var submission = await ReadAsync(text, cancellationToken).ConfigureAwait(false);
            var result = await ingest.IngestAsync(submission, createdBy, cancellationToken).ConfigureAwait(false);
            if (result.Created)
            {
                created++;
                movements += result.Details.Movements.Count;
            }
            else
            {
                existing++;
            }
        }

        return new SampleIngestSummary(created, existing, movements);
    }

    private static async Task<ReportSubmission> ReadAsync(string textPath, CancellationToken cancellationToken)
    {
        var sidecar = Path.ChangeExtension(textPath, ".json");
        var name = Path.GetFileName(sidecar);
        if (!File.Exists(sidecar))
        {
            throw new InvalidQueryException("sample", $"{Path.GetFileName(textPath)} has no sidecar {name} with at least {{\"publishedAt\": \"2024-10-14T00:00:00Z\"}}.");
        }

        JsonElement meta;
        try
        {
            meta = JsonDocument.Parse(await File.ReadAllTextAsync(sidecar, cancellationToken).ConfigureAwait(false)).RootElement;
        }
        catch (JsonException e)
        {
            throw new InvalidQueryException("sample", $"{name} is not valid JSON: {e.Message}");
        }

        string? Field(string field) => meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var text = await File.ReadAllTextAsync(textPath, cancellationToken).ConfigureAwait(false);
        try
        {
            return ReportSubmissions.Create(text, Field("publishedAt"), Field("url"), Field("source"), Field("language"));
        }
        catch (InvalidQueryException e)
        {
            throw new InvalidQueryException("sample", $"{Path.GetFileName(textPath)} ({name}): {e.Message}");
        }
    }
}

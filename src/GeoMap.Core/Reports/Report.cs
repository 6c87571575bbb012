using System.Security.Cryptography;
using System.Text;

namespace GeoMap.Core.Reports;

/// <summary>A news report or intelligence note as received.</summary>
public sealed record Report
{
    /// <summary>Database identifier; 0 before the report is stored.</summary>
    public long Id { get; init; }

    /// <summary>The full text.</summary>
    public required string Text { get; init; }

    /// <summary>Where the report was published, when known.</summary>
    public string? Url { get; init; }

    /// <summary>ISO 639-1 language code (fr, en, …), when known.</summary>
    public string? Language { get; init; }

    /// <summary>When the report was published (UTC); relative dates in the text resolve against it.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The agency or outlet that published it (AFP, Reuters, Yonhap).</summary>
    public string? SourceAgency { get; init; }

    /// <summary>When the report is a near-copy of one stored earlier (a syndicated wire, a rewrite): that original report.</summary>
    /// <remarks>A copy is stored like any report, and its claims are linked as usual, but it adds no independent source.</remarks>
    public long? CopyOfReportId { get; init; }

    /// <summary>The estimated similarity to <see cref="CopyOfReportId"/> (0 to 1), when a copy.</summary>
    public double? CopySimilarity { get; init; }

    /// <summary>When GeoMap fetched the report's page from <see cref="Url"/> (UTC); null for a report sent as text.</summary>
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>What read the report: GeoMap's version (and the article reader's, for a fetched page), e.g. "GeoMap 1.0.0+c8c2355".</summary>
    public string? Extractor { get; init; }

    /// <summary>SHA-256 of the normalized text, hex: the same text twice is one report.</summary>
    public string ContentHash => ComputeHash(Text);

    /// <summary>Hashes a text after folding line endings and trimming, so trivial re-encodings are one report.</summary>
    public static string ComputeHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Normalize(NormalizationForm.FormC);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}

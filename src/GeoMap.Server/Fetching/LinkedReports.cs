using System.Globalization;
using System.Text;
using GeoMap.Core.Queries;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Languages;
using GeoMap.Server.Http;
using GeoMap.Server.Ingest;

namespace GeoMap.Server.Fetching;

/// <summary>
/// A report given by its link only (issue 18 item 2): the page fetched (<see cref="PageFetcher"/>), its article read
/// (<see cref="ArticleReader"/>), and the report made of the headline and the article's text, the page's publication
/// time and language unless the caller gave them.
/// </summary>
public sealed class LinkedReports(PageFetcher fetcher)
{
    /// <summary>The submission for a link-only report.</summary>
    /// <exception cref="InvalidQueryException">Naming <c>url</c> (unfetchable, no article, too long) or <c>publishedAt</c> (none given or stated).</exception>
    public async Task<ReportSubmission> FetchAsync(ReportSubmissions.ReportFields fields, long maxReportBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var url = TextInput.Check(fields.Url, "url", TextLimits.Url) ?? throw new InvalidQueryException("url", "A report needs its text or the address of its page.");
        var page = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        var article = ArticleReader.Read(page);
        var text = article.Title is { } title && !article.Text.StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + article.Text : article.Text;
        if (Encoding.UTF8.GetByteCount(text) > maxReportBytes)
        {
            throw new InvalidQueryException("url", string.Create(CultureInfo.InvariantCulture,
                $"The article at {page.Url} is longer than the limit of {maxReportBytes:N0} bytes for a report (GeoMap:Server:MaxReportBytes)."));
        }

        var published = fields.PublishedAt
            ?? (article.PublishedAt is { } at ? Timestamp.Text(at) : null)
            ?? throw new InvalidQueryException("publishedAt", $"The page at {page.Url} states no publication date; give publishedAt (RFC 3339): relative dates in the text are read against it.");

        // The page's own language only when GeoMap reads it; otherwise the text decides (detection).
        var language = fields.Language ?? (article.Language is { } code && LanguageCatalog.Codes.Contains(code) ? code : null);
        var reader = page.MediaType == "text/plain" ? null : ArticleReader.Name;
        return ReportSubmissions.Create(text, published, page.Url.AbsoluteUri, fields.Source, language) with { FetchedAt = page.FetchedAt, Reader = reader };
    }
}

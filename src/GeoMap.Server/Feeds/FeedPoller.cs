using System.Globalization;
using System.Text;
using GeoMap.Core.Queries;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Server.Fetching;
using GeoMap.Server.Ingest;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Feeds;

/// <summary>
/// One poll of a feed (issue 18 item 1): fetch it conditionally (ETag, Last-Modified), read it, and ingest each entry
/// not taken before through the one ingest path, by its link (the article, as <c>POST /api/reports {url}</c> does) or,
/// when the link cannot be read, by the entry's own text. What the poll did is recorded with the feed; a failing feed
/// backs off (doubling from its interval up to a day, or as long as the site's Retry-After asks).
/// </summary>
public sealed class FeedPoller(FeedRepository feeds, PageFetcher fetcher, ReportIngest ingest, LinkedReports links, GeoMapServerOptions options, ILogger<FeedPoller> logger)
{
    /// <summary>Entries taken by one poll at most, the oldest unseen first; the next poll, due at once, takes the rest.</summary>
    public const int MaxItemsPerPoll = 50;

    /// <summary>An entry's own text is ingested when its link cannot be read and the text is at least this long (a summary line is no report).</summary>
    public const int MinItemTextLength = 200;

    /// <summary>Longest back-off of a failing feed.</summary>
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromDays(1);

    /// <summary>Polls the feed; null when there is no such feed or it is paused.</summary>
    public async Task<FeedPoll?> PollAsync(long feedId, CancellationToken cancellationToken)
    {
        var feed = await feeds.GetAsync(feedId, cancellationToken).ConfigureAwait(false);
        if (feed is null || feed.State != "active")
        {
            return null;
        }

        var poll = await PollAsync(feed, cancellationToken).ConfigureAwait(false);
        await feeds.RecordPollAsync(feed.Id, poll, cancellationToken).ConfigureAwait(false);
        return poll;
    }

    private async Task<FeedPoll> PollAsync(Feed feed, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(feed.IntervalSeconds);
        var backOff = TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, interval.Ticks * (1L << Math.Min(feed.Failures + 1, 16))));
        FetchedPage page;
        FeedDocument document;
        try
        {
            page = await fetcher.FetchAsync(feed.Url, FeedReader.Fetch(feed.ETag, feed.LastModified), cancellationToken).ConfigureAwait(false);
            if (page.Status == 304)
            {
                return new FeedPoll("not modified", null, DateTimeOffset.UtcNow + interval, page.ETag, page.LastModified);
            }

            if (page.Status is 429 or 503)
            {
                var wait = page.RetryAfter is { } asked && asked > backOff ? (asked > MaxBackOff ? MaxBackOff : asked) : backOff;
                return new FeedPoll(string.Create(CultureInfo.InvariantCulture, $"answered {page.Status}"),
                    string.Create(CultureInfo.InvariantCulture, $"{feed.Url} answered {page.Status} (busy or rate-limited){(page.RetryAfter is { } r ? $" and asked to wait {r.TotalSeconds:0} s" : "")}; polled again in {wait.TotalMinutes:0} min."),
                    DateTimeOffset.UtcNow + wait);
            }

            document = FeedReader.Read(page.Text, page.Url);
        }
        catch (InvalidQueryException e)
        {
            return new FeedPoll("failed", e.Message, DateTimeOffset.UtcNow + backOff);
        }

        var entries = document.Items;
        var seen = await feeds.SeenAsync(feed.Id, [.. entries.Select(e => e.Key)], cancellationToken).ConfigureAwait(false);

        // Oldest first, so that reports are stored in the order they were published (a copy after its original); a
        // backlog beyond one poll's share is taken by the next poll, at once and without validators (the feed may not
        // change meanwhile, and a 304 would leave the backlog untaken).
        var unseen = entries.Where(e => !seen.Contains(e.Key)).DistinctBy(e => e.Key).OrderBy(e => e.PublishedAt ?? DateTimeOffset.MaxValue).ToList();
        var fresh = unseen.Take(MaxItemsPerPoll).ToList();
        var backlog = unseen.Count - fresh.Count;
        var source = feed.SourceAgency ?? feed.Title ?? document.Title;
        var language = feed.Language ?? document.Language;
        var createdBy = string.Create(CultureInfo.InvariantCulture, $"feed:{feed.Id}");
        int stored = 0, failed = 0;
        foreach (var entry in fresh)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (reportId, outcome) = await IngestAsync(entry, source, language, createdBy, cancellationToken).ConfigureAwait(false);
            stored += outcome == "stored" ? 1 : 0;
            failed += outcome.StartsWith("failed", StringComparison.Ordinal) ? 1 : 0;
            await feeds.MarkSeenAsync(feed.Id, entry.Key, reportId, outcome, cancellationToken).ConfigureAwait(false);
        }

        var status = string.Create(CultureInfo.InvariantCulture,
            $"{entries.Count} entries, {fresh.Count} new: {stored} reports stored, {fresh.Count - stored - failed} already stored, {failed} unreadable{(backlog > 0 ? $"; {backlog} more on the next poll" : "")}");
        return backlog > 0
            ? new FeedPoll(status, null, DateTimeOffset.UtcNow, "", "", document.Title, document.Format, fresh.Count, stored)
            : new FeedPoll(status, null, DateTimeOffset.UtcNow + interval, page.ETag, page.LastModified, document.Title, document.Format, fresh.Count, stored);
    }

    private async Task<(long? ReportId, string Outcome)> IngestAsync(FeedItem entry, string? source, string? language, string createdBy, CancellationToken cancellationToken)
    {
        var published = entry.PublishedAt is { } at ? Timestamp.Text(at) : null;
        string? linkError = null;
        if (entry.Link is { } link)
        {
            try
            {
                var result = await ingest.IngestLinkAsync(new ReportSubmissions.ReportFields(null, published, link, source, language), links, options.MaxReportBytes, createdBy, cancellationToken)
                    .ConfigureAwait(false);
                return (result.Details.Report.Id, result.Created ? "stored" : "already stored");
            }
            catch (Exception e) when (e is InvalidQueryException or UnusableInputException)
            {
                linkError = e.Message;
            }
        }

        // The entry's own text: a feed that carries whole articles, or a link that could not be read.
        if (entry.Text.Length < MinItemTextLength)
        {
            logger.LogInformation("Feed entry {Link} not taken: {Reason}", entry.Link, linkError ?? "no link and too little text");
            return (null, "failed: " + (linkError ?? string.Create(CultureInfo.InvariantCulture, $"no link and only {entry.Text.Length} characters of text")));
        }

        try
        {
            var text = entry.Title is { } title && !entry.Text.StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + entry.Text : entry.Text;
            if (Encoding.UTF8.GetByteCount(text) > options.MaxReportBytes)
            {
                return (null, "failed: the entry is longer than GeoMap:Server:MaxReportBytes");
            }

            var submission = ReportSubmissions.Create(text, published ?? Timestamp.Text(DateTimeOffset.UtcNow), entry.Link, source, language);
            var result = await ingest.IngestAsync(submission, createdBy, cancellationToken).ConfigureAwait(false);
            return (result.Details.Report.Id, result.Created ? "stored" : "already stored");
        }
        catch (Exception e) when (e is InvalidQueryException or UnusableInputException)
        {
            return (null, "failed: " + e.Message);
        }
    }
}

using System.Globalization;
using GeoMap.Core.Queries;
using GeoMap.Server.Auth;
using GeoMap.Server.Hosting;
using GeoMap.Server.Http;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/sources</c>: news feeds (RSS, Atom, JSON Feed) polled for reports (issue 18 item 1).</summary>
public static class SourcesApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sources").WithTags("Sources").RequireReader();
        group.MapGet("/", ListAsync).WithName("ListSources").WithSummary("Every feed with the state of its polling: last poll, its outcome or error, next poll, entries and reports so far.");
        group.MapPost("/", AddAsync).WithName("AddSource").RequireWriter()
            .WithSummary("Add a feed by its address (RSS, Atom or JSON Feed); it is polled at once, then every intervalSeconds (default 900). The same address again answers the stored feed (200).");
        group.MapGet("/{id:long}", GetAsync).WithName("GetSource").WithSummary("A feed and the state of its polling.");
        group.MapPatch("/{id:long}", UpdateAsync).WithName("UpdateSource").RequireWriter()
            .WithSummary("Pause or resume a feed (state: paused | active; resuming polls it at once), or change its interval, title, language or outlet.");
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteSource").RequireWriter().WithSummary("Stop polling a feed and forget it; the reports it brought stay.");
        group.MapPost("/{id:long}/poll", PollAsync).WithName("PollSource").RequireWriter().WithSummary("Poll a feed now (it is queued at once; the answer is the feed as it stands).");
        return app;
    }

    /// <summary>A feed to add or change.</summary>
    /// <param name="Url">Its address (http or https).</param>
    /// <param name="Title">A title (else the feed's own).</param>
    /// <param name="IntervalSeconds">Seconds between polls, 60 to 604800; 0 or left out: 900 for a new source, unchanged for a change.</param>
    /// <param name="Language">Language of its reports when pages do not say (a code GeoMap reads), else detected.</param>
    /// <param name="Source">The outlet its reports are credited to (else its title).</param>
    /// <param name="State">active or paused (changes only).</param>
    public sealed record SourceBody(string? Url, string? Title, int IntervalSeconds, string? Language, string? Source, string? State);

    /// <summary>A feed as the API shows it.</summary>
    /// <param name="Id">Its id.</param>
    /// <param name="Url">Its address.</param>
    /// <param name="Title">Its title.</param>
    /// <param name="Format">rss, atom or json once read.</param>
    /// <param name="State">active or paused.</param>
    /// <param name="IntervalSeconds">Seconds between polls.</param>
    /// <param name="Language">Language given for its reports.</param>
    /// <param name="Source">The outlet its reports are credited to.</param>
    /// <param name="LastPolledAt">When it was last polled.</param>
    /// <param name="LastStatus">What the last poll did.</param>
    /// <param name="LastError">Why the last poll failed.</param>
    /// <param name="Failures">Failed polls in a row (the back-off grows with them).</param>
    /// <param name="NextPollAt">When it is polled next (null while paused).</param>
    /// <param name="ItemsSeen">Entries taken so far.</param>
    /// <param name="ReportsStored">Reports stored from them.</param>
    /// <param name="CreatedBy">Who added it.</param>
    /// <param name="CreatedAt">When.</param>
    public sealed record SourceItem(
        long Id, string Url, string? Title, string? Format, string State, int IntervalSeconds, string? Language, string? Source, DateTimeOffset? LastPolledAt,
        string? LastStatus, string? LastError, int Failures, DateTimeOffset? NextPollAt, int ItemsSeen, int ReportsStored, string CreatedBy, DateTimeOffset CreatedAt);

    /// <summary>A stored feed as the API (and the CLI's <c>--json</c>) shows it.</summary>
    public static SourceItem Item(Feed f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.Id, f.Url, f.Title, f.Format, f.State, f.IntervalSeconds, f.Language, f.SourceAgency, f.LastPolledAt, f.LastStatus, f.LastError,
            f.Failures, f.State == "active" ? f.NextPollAt : null, f.ItemsSeen, f.ReportsStored, f.CreatedBy, f.CreatedAt);
    }

    /// <summary>Checks the fields of a feed to add (<paramref name="adding"/>) or change; the address must be http(s) without credentials.</summary>
    /// <exception cref="InvalidQueryException">Naming the field at fault.</exception>
    public static SourceBody Checked(SourceBody? body, bool adding)
    {
        if (body is null)
        {
            throw new InvalidQueryException("body", "Send a JSON object: {\"url\": \"https://…/feed\"} (and optionally title, intervalSeconds, language, source).");
        }

        var url = TextInput.Check(body.Url, "url", TextLimits.Url);
        if (adding && url is null)
        {
            throw new InvalidQueryException("url", "url is required: the address of an RSS, Atom or JSON feed.");
        }

        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https") || parsed.UserInfo.Length > 0))
        {
            throw new InvalidQueryException("url", $"'{QueryValues.Clip(url)}' is not an http or https address without a user name or password.");
        }

        if (body.IntervalSeconds is not 0 and (< 60 or > 604_800))
        {
            throw new InvalidQueryException("intervalSeconds", string.Create(CultureInfo.InvariantCulture, $"intervalSeconds must be 60 (a minute) to 604800 (a week); got {body.IntervalSeconds}."));
        }

        var language = TextInput.Check(body.Language, "language", 8)?.ToLowerInvariant();
        if (language is not null && !GeoMap.Geoparsing.Languages.LanguageCatalog.Codes.Contains(language))
        {
            throw new InvalidQueryException("language", $"language must be one GeoMap reads ({string.Join(", ", GeoMap.Geoparsing.Languages.LanguageCatalog.Codes)}), or left out to detect it.");
        }

        if (body.State is not (null or "active" or "paused"))
        {
            throw new InvalidQueryException("state", "state must be active or paused.");
        }

        return body with
        {
            Url = url,
            Title = TextInput.Check(body.Title, "title", TextLimits.Name),
            Source = TextInput.Check(body.Source, "source", TextLimits.Name),
            Language = language,
        };
    }

    /// <summary>The feed to add from checked fields (<see cref="Checked"/> with adding), polled every 900 s unless given.</summary>
    public static Feed NewFeed(SourceBody given, string createdBy)
    {
        ArgumentNullException.ThrowIfNull(given);
        return new Feed
        {
            Url = given.Url!, Title = given.Title, IntervalSeconds = given.IntervalSeconds == 0 ? 900 : given.IntervalSeconds, Language = given.Language,
            SourceAgency = given.Source, CreatedBy = createdBy,
        };
    }

    private static async Task<Ok<List<SourceItem>>> ListAsync(FeedRepository feeds, CancellationToken cancellationToken) =>
        TypedResults.Ok((await feeds.ListAsync(cancellationToken)).Select(Item).ToList());

    private static async Task<Results<Created<SourceItem>, Ok<SourceItem>>> AddAsync(
        SourceBody body, HttpContext context, FeedRepository feeds, JobWorker worker, CancellationToken cancellationToken)
    {
        var given = Checked(body, adding: true);
        var (feed, created) = await feeds.AddAsync(NewFeed(given, Roles.Actor(context.User)), cancellationToken);
        if (!created)
        {
            return TypedResults.Ok(Item(feed));
        }

        await feeds.QueueDuePollsAsync(TimeSpan.Zero, cancellationToken);
        worker.Wake();
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/sources/{feed.Id}"), Item(feed));
    }

    private static async Task<Results<Ok<SourceItem>, ProblemHttpResult>> GetAsync(long id, FeedRepository feeds, CancellationToken cancellationToken) =>
        await feeds.GetAsync(id, cancellationToken) is { } feed ? TypedResults.Ok(Item(feed)) : Problems.NotFound("source", id);

    private static async Task<Results<Ok<SourceItem>, ProblemHttpResult>> UpdateAsync(
        long id, SourceBody body, FeedRepository feeds, JobWorker worker, CancellationToken cancellationToken)
    {
        var given = Checked(body, adding: false);
        if (given.Url is not null)
        {
            throw new InvalidQueryException("url", "A source's address cannot change; add the new address as a source and delete this one.");
        }

        var feed = await feeds.UpdateAsync(id, given.State, given.IntervalSeconds == 0 ? null : given.IntervalSeconds, given.Title, given.Language, given.Source, cancellationToken);
        if (feed is null)
        {
            return Problems.NotFound("source", id);
        }

        if (given.State == "active")
        {
            await feeds.QueueDuePollsAsync(TimeSpan.Zero, cancellationToken);
            worker.Wake();
        }

        return TypedResults.Ok(Item(feed));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, FeedRepository feeds, CancellationToken cancellationToken) =>
        await feeds.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("source", id);

    private static async Task<Results<Accepted<SourceItem>, ProblemHttpResult>> PollAsync(long id, FeedRepository feeds, JobWorker worker, CancellationToken cancellationToken)
    {
        if (await feeds.GetAsync(id, cancellationToken) is not { } feed)
        {
            return Problems.NotFound("source", id);
        }

        if (feed.State != "active")
        {
            throw new InvalidQueryException("state", $"Source {id} is paused; resume it (PATCH {{\"state\": \"active\"}}), which polls it at once.");
        }

        await feeds.PollNowAsync(id, cancellationToken);
        await feeds.QueueDuePollsAsync(TimeSpan.Zero, cancellationToken);
        worker.Wake();
        return TypedResults.Accepted(string.Create(CultureInfo.InvariantCulture, $"/api/sources/{id}"), Item(feed));
    }
}

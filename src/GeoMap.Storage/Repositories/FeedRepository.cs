using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Repositories;

/// <summary>A news feed polled for reports, with the state of its polling.</summary>
public sealed record Feed
{
    /// <summary>Its id.</summary>
    public long Id { get; init; }

    /// <summary>The feed's address.</summary>
    public required string Url { get; init; }

    /// <summary>Its title (given, else the feed's own once read).</summary>
    public string? Title { get; init; }

    /// <summary>rss, atom or json once read.</summary>
    public string? Format { get; init; }

    /// <summary>active or paused.</summary>
    public string State { get; init; } = "active";

    /// <summary>Seconds between polls.</summary>
    public int IntervalSeconds { get; init; } = 900;

    /// <summary>The language of its reports when their pages do not say (else detected).</summary>
    public string? Language { get; init; }

    /// <summary>The outlet its reports are credited to (else the feed's title).</summary>
    public string? SourceAgency { get; init; }

    /// <summary>Validators of the last answer.</summary>
    public string? ETag { get; init; }

    /// <summary>Last-Modified of the last answer.</summary>
    public string? LastModified { get; init; }

    /// <summary>When it was last polled.</summary>
    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>What the last poll did, in words.</summary>
    public string? LastStatus { get; init; }

    /// <summary>Why the last poll failed, or null.</summary>
    public string? LastError { get; init; }

    /// <summary>Polls failed in a row.</summary>
    public int Failures { get; init; }

    /// <summary>When it is polled next.</summary>
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Entries taken from it.</summary>
    public int ItemsSeen { get; init; }

    /// <summary>Reports stored from it.</summary>
    public int ReportsStored { get; init; }

    /// <summary>Who added it.</summary>
    public string CreatedBy { get; init; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What one poll of a feed did, recorded with the feed.</summary>
/// <param name="Status">In words ("3 new entries, 2 reports stored", "not modified").</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="NextPollAt">When to poll again.</param>
/// <param name="ETag">The answer's ETag (kept when the answer had none; empty: forgotten, so that the next poll fetches the whole feed).</param>
/// <param name="LastModified">The answer's Last-Modified (as <paramref name="ETag"/>).</param>
/// <param name="Title">The feed's own title, kept when the feed has one already.</param>
/// <param name="Format">The format read.</param>
/// <param name="NewItems">Entries seen for the first time.</param>
/// <param name="Stored">Reports stored from them.</param>
public sealed record FeedPoll(string Status, string? Error, DateTimeOffset NextPollAt, string? ETag = null, string? LastModified = null,
    string? Title = null, string? Format = null, int NewItems = 0, int Stored = 0);

/// <summary>Feeds and the entries taken from them.</summary>
public sealed class FeedRepository(NpgsqlDataSource dataSource)
{
    /// <summary>The kind of the job that polls a feed.</summary>
    public const string PollJob = "feed.poll";

    private const string Columns =
        "f.id, f.url, f.title, f.format, f.state, f.interval_seconds, f.language, f.source_agency, f.etag, f.last_modified, f.last_polled_at, " +
        "f.last_status, f.last_error, f.failures, f.next_poll_at, f.items_seen, f.reports_stored, f.created_by, f.created_at";

    /// <summary>The key of a feed's pending poll in the job queue: one at a time.</summary>
    public static string PollKey(long feedId) => FormattableString.Invariant($"feed:{feedId}");

    /// <summary>Adds a feed, due for a poll at once; returns it, or the feed already stored with this address and false.</summary>
    public async Task<(Feed Feed, bool Created)> AddAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var command = dataSource.CreateCommand(
            $"""
            WITH added AS (
                INSERT INTO feeds (url, title, state, interval_seconds, language, source_agency, created_by, next_poll_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, now())
                ON CONFLICT (md5(url)) DO NOTHING
                RETURNING *)
            SELECT {Columns}, true FROM added f
            UNION ALL
            SELECT {Columns}, false FROM feeds f WHERE md5(f.url) = md5($1) AND NOT EXISTS (SELECT 1 FROM added)
            """);
        var p = command.Parameters;
        p.Add(new() { Value = feed.Url });
        p.Add(new() { Value = (object?)feed.Title ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = feed.State });
        p.Add(new() { Value = feed.IntervalSeconds });
        p.Add(new() { Value = (object?)feed.Language ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = (object?)feed.SourceAgency ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = feed.CreatedBy });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("A feed with this address was being added at the same time; try again.");
        }

        return (Read(reader), reader.GetBoolean(19));
    }

    /// <summary>Every feed, in id order.</summary>
    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM feeds f ORDER BY f.id");
        var result = new List<Feed>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    /// <summary>The feed, or null.</summary>
    public async Task<Feed?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM feeds f WHERE f.id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <summary>
    /// Changes what an analyst may change (state, interval, title, language, outlet; null leaves a field); a feed paused
    /// loses its queued poll, a feed resumed is due at once. Returns the feed, or null when there is none.
    /// </summary>
    public async Task<Feed?> UpdateAsync(long id, string? state, int? intervalSeconds, string? title, string? language, string? sourceAgency, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            WITH held AS ({JobQueue.DropQueuedSql("$7")} AND $2 = 'paused')
            UPDATE feeds f SET state = COALESCE($2, f.state), interval_seconds = COALESCE($3, f.interval_seconds), title = COALESCE($4, f.title),
                language = COALESCE($5, f.language), source_agency = COALESCE($6, f.source_agency),
                next_poll_at = CASE WHEN $2 = 'active' AND f.state = 'paused' THEN now() ELSE f.next_poll_at END,
                failures = CASE WHEN $2 = 'active' AND f.state = 'paused' THEN 0 ELSE f.failures END
            WHERE f.id = $1
            RETURNING {Columns}
            """);
        var p = command.Parameters;
        p.Add(new() { Value = id });
        p.Add(new() { Value = (object?)state ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = (object?)intervalSeconds ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        p.Add(new() { Value = (object?)title ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = (object?)language ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = (object?)sourceAgency ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = PollKey(id) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <summary>Removes a feed and its pending poll (the reports it brought stay); false when there is none.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"WITH gone AS ({JobQueue.DropQueuedSql("$2")}) DELETE FROM feeds WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = PollKey(id) });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Queues a poll for every active feed due within <paramref name="ahead"/> that has none pending (any server may run
    /// this: the poll's key makes a second one a no-op); returns how many were queued.
    /// </summary>
    public async Task<int> QueueDuePollsAsync(TimeSpan ahead, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            JobQueue.EnqueueEachSql(
                PollJob, "'feed:' || f.id", "jsonb_build_object('feedId', f.id)", "COALESCE(f.next_poll_at, now())", 3,
                "FROM feeds f WHERE f.state = 'active' AND COALESCE(f.next_poll_at, now()) <= now() + $1"));
        command.Parameters.Add(new() { Value = ahead, NpgsqlDbType = NpgsqlDbType.Interval });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes a feed due at once (and its pending poll, if queued); false when there is no such feed.</summary>
    public async Task<bool> PollNowAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"WITH due AS ({JobQueue.DueNowSql("$2")}) UPDATE feeds SET next_poll_at = now() WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = PollKey(id) });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The keys among <paramref name="itemKeys"/> this feed has taken already.</summary>
    public async Task<IReadOnlySet<string>> SeenAsync(long feedId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT item_key FROM feed_items WHERE feed_id = $1 AND item_key = ANY($2)");
        command.Parameters.Add(new() { Value = feedId });
        command.Parameters.Add(new() { Value = itemKeys.ToArray() });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            seen.Add(reader.GetString(0));
        }

        return seen;
    }

    /// <summary>Records an entry as taken, with the report it gave (or null) and what happened, in words.</summary>
    public async Task MarkSeenAsync(long feedId, string itemKey, long? reportId, string outcome, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO feed_items (feed_id, item_key, report_id, outcome) VALUES ($1, $2, $3, $4) ON CONFLICT (feed_id, item_key) DO NOTHING");
        command.Parameters.Add(new() { Value = feedId });
        command.Parameters.Add(new() { Value = itemKey });
        command.Parameters.Add(new() { Value = (object?)reportId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = outcome });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records what a poll did; a failed one counts toward the feed's back-off, a good one resets it.</summary>
    public async Task RecordPollAsync(long feedId, FeedPoll poll, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var command = dataSource.CreateCommand(
            """
            UPDATE feeds SET last_polled_at = now(), last_status = $2, last_error = $3, next_poll_at = $4,
                failures = CASE WHEN $3 IS NULL THEN 0 ELSE failures + 1 END,
                etag = NULLIF(COALESCE($5, etag), ''), last_modified = NULLIF(COALESCE($6, last_modified), ''), title = COALESCE(title, $7), format = COALESCE($8, format),
                items_seen = items_seen + $9, reports_stored = reports_stored + $10
            WHERE id = $1
            """);
        var p = command.Parameters;
        p.Add(new() { Value = feedId });
        p.Add(new() { Value = poll.Status });
        p.Add(new() { Value = (object?)poll.Error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = poll.NextPollAt.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new() { Value = (object?)poll.ETag ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = (object?)poll.LastModified ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = (object?)poll.Title ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = (object?)poll.Format ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = poll.NewItems });
        p.Add(new() { Value = poll.Stored });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Feed Read(NpgsqlDataReader r)
    {
        DateTimeOffset? At(int i) => r.IsDBNull(i) ? null : new DateTimeOffset(r.GetDateTime(i), TimeSpan.Zero);
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Feed
        {
            Id = r.GetInt64(0), Url = r.GetString(1), Title = S(2), Format = S(3), State = r.GetString(4), IntervalSeconds = r.GetInt32(5),
            Language = S(6), SourceAgency = S(7), ETag = S(8), LastModified = S(9), LastPolledAt = At(10), LastStatus = S(11), LastError = S(12),
            Failures = r.GetInt32(13), NextPollAt = At(14), ItemsSeen = r.GetInt32(15), ReportsStored = r.GetInt32(16), CreatedBy = r.GetString(17),
            CreatedAt = At(18)!.Value,
        };
    }
}

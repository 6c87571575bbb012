using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Repositories;

/// <summary>A job as stored.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What it does (<c>feed.poll</c>); each kind has one handler.</param>
/// <param name="Key">Unique among unfinished jobs when given (one pending poll per feed).</param>
/// <param name="Payload">Its input, JSON.</param>
/// <param name="State">queued, running, done or failed.</param>
/// <param name="Attempts">How many times a worker took it.</param>
/// <param name="MaxAttempts">Taken this often without finishing, it fails.</param>
/// <param name="RunAfter">Not taken before.</param>
/// <param name="LeasedBy">The worker holding it while running.</param>
/// <param name="LeaseUntil">When its lease expires unless renewed.</param>
/// <param name="LastError">Why its last attempt failed.</param>
public sealed record Job(
    long Id, string Kind, string? Key, string Payload, string State, int Attempts, int MaxAttempts, DateTimeOffset RunAfter,
    string? LeasedBy, DateTimeOffset? LeaseUntil, string? LastError);

/// <summary>
/// The queue of background work shared by every server on one database (issue 14 item 3). A worker leases a job
/// (<c>FOR UPDATE SKIP LOCKED</c>: two workers never take one job) and renews the lease while it works; the lease of a
/// worker that died expires and the job is taken again by any worker, up to its attempts.
/// </summary>
/// <remarks>
/// Every state change names the worker holding the lease and fails when it no longer holds it (its lease expired and
/// another worker took the job), so a slow worker cannot finish a job twice.
/// </remarks>
public sealed class JobQueue(NpgsqlDataSource dataSource)
{
    private const string Columns = "j.id, j.kind, j.job_key, j.payload::text, j.state, j.attempts, j.max_attempts, j.run_after, j.leased_by, j.lease_until, j.last_error";

    /// <summary>
    /// SQL that drops the queued (not yet running) job holding the key <paramref name="keyParameter"/>, for a statement
    /// that changes what the job was queued for in the same step (a feed paused or removed loses its queued poll).
    /// </summary>
    internal static string DropQueuedSql(string keyParameter) => $"DELETE FROM jobs WHERE job_key = {keyParameter} AND state = 'queued'";

    /// <summary>SQL that makes the queued job holding the key <paramref name="keyParameter"/> due at once.</summary>
    internal static string DueNowSql(string keyParameter) => $"UPDATE jobs SET run_after = now() WHERE job_key = {keyParameter} AND state = 'queued'";

    /// <summary>
    /// SQL that selects the keys of the jobs of <paramref name="kind"/> that failed (their attempts used up, or refused
    /// for good), with their last error (<c>job_key</c>, <c>last_error</c>), for a statement that marks what they were
    /// queued for failed too (an overlay whose tiling workers kept dying).
    /// </summary>
    internal static string FailedSql(string kind) => $"SELECT job_key, last_error FROM jobs WHERE kind = '{kind}' AND state = 'failed' AND job_key IS NOT NULL";

    /// <summary>
    /// SQL that queues one job of <paramref name="kind"/> a row of <paramref name="rows"/> (a <c>FROM … WHERE …</c> clause)
    /// whose key no unfinished job holds, as <see cref="EnqueueAsync"/> queues one; each is an expression over those rows.
    /// </summary>
    internal static string EnqueueEachSql(string kind, string key, string payload, string runAfter, int maxAttempts, string rows) =>
        $"""
        INSERT INTO jobs (kind, job_key, payload, run_after, max_attempts)
        SELECT '{kind}', {key}, {payload}, {runAfter}, {maxAttempts}
        {rows}
        ON CONFLICT (job_key) WHERE job_key IS NOT NULL AND state IN ('queued', 'running') DO NOTHING
        """;

    /// <summary>
    /// Queues a job; with a <paramref name="key"/> already held by an unfinished job, queues nothing and returns that
    /// job's id instead (moved earlier when it is still queued and this one is due sooner).
    /// </summary>
    public async Task<long> EnqueueAsync(
        string kind, string payloadJson, CancellationToken cancellationToken, string? key = null, DateTimeOffset? runAfter = null, int maxAttempts = 5)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(payloadJson);
        await using var command = dataSource.CreateCommand(
            """
            WITH added AS (
                INSERT INTO jobs (kind, job_key, payload, run_after, max_attempts)
                VALUES ($1, $2, $3::jsonb, COALESCE($4, now()), $5)
                ON CONFLICT (job_key) WHERE job_key IS NOT NULL AND state IN ('queued', 'running') DO NOTHING
                RETURNING id),
            moved AS (
                UPDATE jobs SET run_after = LEAST(run_after, COALESCE($4, now()))
                WHERE job_key = $2 AND state = 'queued' AND NOT EXISTS (SELECT 1 FROM added)
                RETURNING id)
            SELECT id FROM added
            UNION ALL
            SELECT id FROM moved
            UNION ALL
            SELECT id FROM jobs WHERE job_key = $2 AND state = 'running' AND NOT EXISTS (SELECT 1 FROM added) AND NOT EXISTS (SELECT 1 FROM moved)
            """);
        command.Parameters.Add(new() { Value = kind });
        command.Parameters.Add(new() { Value = (object?)key ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = payloadJson });
        command.Parameters.Add(new() { Value = (object?)runAfter?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = maxAttempts });
        var id = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (id is long added)
        {
            return added;
        }

        // The pending job with this key was being queued by another transaction, invisible to this statement, or finished
        // meanwhile: the next statement sees it as it is now.
        return await EnqueueAsync(kind, payloadJson, cancellationToken, key, runAfter, maxAttempts).ConfigureAwait(false);
    }

    /// <summary>
    /// Leases the next due job of one of <paramref name="kinds"/> for <paramref name="lease"/>: a queued one whose time
    /// has come, or a running one whose lease expired (its worker died). Null when none is due. A job taken more than
    /// its attempts allow is marked failed instead of leased, and given to <paramref name="abandoned"/>.
    /// </summary>
    public async Task<Job?> LeaseAsync(
        IReadOnlyCollection<string> kinds, string worker, TimeSpan lease, CancellationToken cancellationToken, Action<Job>? abandoned = null)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        while (true)
        {
            await using var command = dataSource.CreateCommand(
                $"""
                UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, leased_by = $2, lease_until = now() + $3
                FROM (SELECT id FROM jobs
                      WHERE kind = ANY($1) AND ((state = 'queued' AND run_after <= now()) OR (state = 'running' AND lease_until < now()))
                      ORDER BY run_after, id
                      LIMIT 1
                      FOR UPDATE SKIP LOCKED) due
                WHERE j.id = due.id
                RETURNING {Columns}
                """);
            command.Parameters.Add(new() { Value = kinds.ToArray() });
            command.Parameters.Add(new() { Value = worker });
            command.Parameters.Add(new() { Value = lease, NpgsqlDbType = NpgsqlDbType.Interval });
            Job? job;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                job = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
            }

            if (job is null || job.Attempts <= job.MaxAttempts)
            {
                return job;
            }

            // Taken again after its last attempt's lease expired: its workers keep dying on it.
            await FinishAsync(job.Id, worker, "failed", string.Create(CultureInfo.InvariantCulture,
                $"Abandoned {job.MaxAttempts} times (the worker stopped before it finished); last error: {job.LastError ?? "none"}"), cancellationToken).ConfigureAwait(false);
            abandoned?.Invoke(job);
        }
    }

    /// <summary>Extends the lease of a job this worker holds; false when it no longer holds it.</summary>
    public async Task<bool> RenewAsync(long id, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE jobs SET lease_until = now() + $3 WHERE id = $1 AND leased_by = $2 AND state = 'running'");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = worker });
        command.Parameters.Add(new() { Value = lease, NpgsqlDbType = NpgsqlDbType.Interval });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Marks a job this worker holds done; false when it no longer holds it.</summary>
    public Task<bool> CompleteAsync(long id, string worker, CancellationToken cancellationToken) =>
        FinishAsync(id, worker, "done", null, cancellationToken);

    /// <summary>
    /// Records a failed attempt of a job this worker holds: queued again after <paramref name="retryAfter"/> while it has
    /// attempts left and the failure is not <paramref name="final"/>, otherwise failed. False when it no longer holds it.
    /// </summary>
    public async Task<bool> FailAsync(long id, string worker, string error, TimeSpan retryAfter, bool final, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var command = dataSource.CreateCommand(
            """
            UPDATE jobs SET
                state = CASE WHEN $4 OR attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                run_after = now() + $5, leased_by = NULL, lease_until = NULL, last_error = $3,
                finished_at = CASE WHEN $4 OR attempts >= max_attempts THEN now() END
            WHERE id = $1 AND leased_by = $2 AND state = 'running'
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = worker });
        command.Parameters.Add(new() { Value = error });
        command.Parameters.Add(new() { Value = final });
        command.Parameters.Add(new() { Value = retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter, NpgsqlDbType = NpgsqlDbType.Interval });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The attempt each running job of <paramref name="keys"/> is at; keys of jobs not running are absent.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RunningAttemptsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var command = dataSource.CreateCommand("SELECT job_key, attempts FROM jobs WHERE job_key = ANY($1) AND state = 'running'");
        command.Parameters.Add(new() { Value = keys.ToArray() });
        var running = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            running[reader.GetString(0)] = reader.GetInt32(1);
        }

        return running;
    }

    /// <summary>The job, or null.</summary>
    public async Task<Job?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM jobs j WHERE j.id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <summary>Deletes finished jobs older than <paramref name="age"/>; returns how many.</summary>
    public async Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM jobs WHERE state IN ('done', 'failed') AND finished_at < now() - $1");
        command.Parameters.Add(new() { Value = age, NpgsqlDbType = NpgsqlDbType.Interval });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> FinishAsync(long id, string worker, string state, string? error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            UPDATE jobs SET state = $3, leased_by = NULL, lease_until = NULL, finished_at = now(), last_error = COALESCE($4, last_error)
            WHERE id = $1 AND leased_by = $2 AND state = 'running'
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = worker });
        command.Parameters.Add(new() { Value = state });
        command.Parameters.Add(new() { Value = (object?)error ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static Job Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6),
        new DateTimeOffset(r.GetDateTime(7), TimeSpan.Zero), r.IsDBNull(8) ? null : r.GetString(8),
        r.IsDBNull(9) ? null : new DateTimeOffset(r.GetDateTime(9), TimeSpan.Zero), r.IsDBNull(10) ? null : r.GetString(10));
}

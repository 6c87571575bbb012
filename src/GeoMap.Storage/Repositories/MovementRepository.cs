using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Core.Queries;
using GeoMap.Storage.Queries;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>
/// Tracked movements (the things on the map, each derived from its claims): add by hand, read, correct (with history),
/// delete, their claims, and the region + date query.
/// </summary>
public sealed class MovementRepository(NpgsqlDataSource dataSource, GroupingSettings? grouping = null, RegionRepository? regionRepository = null)
{
    private readonly GroupingSettings grouping = grouping ?? new GroupingSettings();

    internal const string InsertSql =
        """
        INSERT INTO movements (report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status,
            transport_mode, origin_place_id, via_place_ids, destination_place_id, geom, period, time_precision,
            claimed_by, claimed_by_country, sentence, sentence_start, confidence, created_by, movement_kind)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
        RETURNING id
        """;

    // The stored row as JSON (geometry as GeoJSON), for the edit history. It also locks the row, so the snapshot
    // taken before a change stays true until the change commits.
    private const string SnapshotSql =
        "SELECT to_jsonb(x)::text FROM (SELECT m.*, ST_AsGeoJSON(m.geom)::jsonb AS geom FROM movements m WHERE m.id = $1 FOR UPDATE) x";

    private readonly RegionRepository regions = regionRepository ?? new(dataSource);

    /// <summary>Where this flow's reads go: a replica for a request that only reads (<see cref="Replicas.ReplicaReads"/>), else the primary.</summary>
    private NpgsqlDataSource Reads => Replicas.ReplicaReads.For(dataSource);

    /// <summary>
    /// Stores a movement entered by hand as one claim of a new tracked movement (an analyst adding a movement means a
    /// movement of its own; merge it to join another) and records the creation; returns the tracked movement.
    /// </summary>
    public async Task<Movement> AddAsync(Movement movement, string createdBy, CancellationToken cancellationToken, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var id = await TransactionRetry.RunAsync(ct => AddOnceAsync(movement, createdBy, reason, ct), cancellationToken).ConfigureAwait(false);
        return (await GetAsync(id, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<long> AddOnceAsync(Movement movement, string createdBy, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claim = new Claim { Statement = movement with { CreatedBy = createdBy, CreatedAt = DateTimeOffset.UtcNow } };
        var (id, _, _) = await ClaimLinker.AddAsync(connection, transaction, claim, grouping, autoLink: false, null, cancellationToken).ConfigureAwait(false);
        await ClaimLinker.DeriveAsync(connection, transaction, id, grouping, cancellationToken).ConfigureAwait(false);
        await RecordEditAsync(connection, transaction, id, "create", createdBy, null, cancellationToken, reason: reason).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The movement with this id, or null.</summary>
    public async Task<Movement?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await WhereAsync("m.id", id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>The tracked movements the claims of a report are linked to, in id order.</summary>
    public async Task<IReadOnlyList<Movement>> ForReportAsync(long reportId, CancellationToken cancellationToken) =>
        await WhereAsync("m.id IN (SELECT c.movement_id FROM claims c WHERE c.report_id = $1)", reportId, cancellationToken).ConfigureAwait(false);

    /// <summary>The claims linked to a tracked movement, with their reports, in claim order; empty when there is no such movement.</summary>
    public async Task<IReadOnlyList<Claim>> ClaimsAsync(long movementId, CancellationToken cancellationToken)
    {
        await using var connection = await Reads.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ClaimRows.ListAsync(connection, null, "m.movement_id = $1", movementId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The claims linked to any of these tracked movements, in claim order.</summary>
    public async Task<IReadOnlyList<Claim>> ClaimsAsync(IReadOnlyList<long> movementIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(movementIds);
        await using var connection = await Reads.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ClaimRows.ListAsync(connection, null, "m.movement_id = ANY($1)", movementIds.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Groups the claims an upgrade left ungrouped (see migration 0005) by the grouping rule; returns how many.</summary>
    public Task<int> GroupPendingClaimsAsync(CancellationToken cancellationToken) =>
        ClaimLinker.GroupPendingAsync(dataSource, grouping, cancellationToken);

    /// <summary>
    /// Replaces the movement's fields with <paramref name="updated"/>, keeping its id, report and creation;
    /// records who changed it and the row before and after. Returns null when there is no such movement.
    /// </summary>
    /// <param name="id">The tracked movement.</param>
    /// <param name="updated">Its fields after the correction.</param>
    /// <param name="editedBy">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="fields">
    /// The fields the analyst corrected (as named in <c>PATCH /api/movements/{id}</c>): they are pinned, so that claims
    /// linked later do not change them back.
    /// </param>
    /// <param name="reason">Why, in the analyst's words; shown in the history.</param>
    /// <param name="expectedVersion">
    /// The <see cref="VersionAsync"/> the analyst's edit was made on; when the movement changed since (another edit, a
    /// new report linked to it), nothing is saved and <see cref="StaleEditException"/> is thrown. Null skips the check.
    /// </param>
    /// <exception cref="StaleEditException">The movement changed after <paramref name="expectedVersion"/>.</exception>
    public async Task<Movement?> UpdateAsync(long id, Movement updated, string editedBy, CancellationToken cancellationToken, IReadOnlyCollection<string>? fields = null,
        string? reason = null, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(updated);
        return await TransactionRetry.RunAsync(ct => UpdateOnceAsync(id, updated, editedBy, fields, reason, expectedVersion, ct), cancellationToken).ConfigureAwait(false)
            ? await GetAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The movement's version: it changes with every write to it (an edit, a claim linked or corrected), so an edit made
    /// on an older version is refused rather than silently undoing the newer change. Null when there is no such movement.
    /// </summary>
    /// <remarks>PostgreSQL's <c>xmin</c> of the row: the transaction that last wrote it.</remarks>
    public async Task<string?> VersionAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(VersionSql);
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private const string VersionSql = "SELECT xmin::text FROM movements WHERE id = $1";

    private static async Task CheckVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, string? expected, CancellationToken cancellationToken)
    {
        if (expected is null)
        {
            return;
        }

        await using var command = new NpgsqlCommand(VersionSql, connection, transaction) { Parameters = { new() { Value = id } } };
        var actual = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new StaleEditException(id);
        }
    }

    private async Task<bool> UpdateOnceAsync(long id, Movement updated, string editedBy, IReadOnlyCollection<string>? fields, string? reason, string? expectedVersion,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var before = await SnapshotAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return false;
        }

        // After the snapshot: it locked the row, so no write can slip in between the check and the update.
        await CheckVersionAsync(connection, transaction, id, expectedVersion, cancellationToken).ConfigureAwait(false);

        await using (var command = new NpgsqlCommand(
            """
            UPDATE movements SET report_id = $1, actor = $2, actor_country = $3, unit = $4, strength_min = $5, strength_max = $6,
                strength_text = $7, status = $8, transport_mode = $9, origin_place_id = $10, via_place_ids = $11,
                destination_place_id = $12, geom = $13, period = $14, time_precision = $15, claimed_by = $16,
                claimed_by_country = $17, sentence = $18, sentence_start = $19, confidence = $20,
                updated_by = $21, movement_kind = $22, updated_at = now(),
                pinned = ARRAY(SELECT DISTINCT f FROM unnest(pinned || $24::text[]) f ORDER BY f)
            WHERE id = $23
            """, connection, transaction))
        {
            await MovementRows.BindAsync(connection, transaction, command, updated with { CreatedBy = editedBy }, updated.ReportId, null, cancellationToken).ConfigureAwait(false);
            command.Parameters.Add(new() { Value = id });
            command.Parameters.Add(new() { Value = (fields ?? []).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await RecordEditAsync(connection, transaction, id, "update", editedBy, before, cancellationToken, reason: reason).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Corrects what one report says (a claim of movement <paramref name="movementId"/>), derives the movement again and
    /// records the change in its history. Returns the movement, or null when there is no such claim of it.
    /// </summary>
    /// <param name="movementId">The tracked movement.</param>
    /// <param name="claimId">Its claim to correct.</param>
    /// <param name="updated">What the report says, corrected.</param>
    /// <param name="editedBy">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="expectedVersion">As for <see cref="UpdateAsync"/>: a correction decided on an older version of the movement is refused.</param>
    /// <exception cref="StaleEditException">The movement changed after <paramref name="expectedVersion"/>.</exception>
    public async Task<Movement?> CorrectClaimAsync(long movementId, long claimId, Movement updated, string editedBy, CancellationToken cancellationToken,
        string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(updated);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ClaimLinker.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var before = await SnapshotAsync(connection, transaction, movementId, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return null;
        }

        // After the snapshot, which locked the movement's row (as UpdateOnceAsync).
        await CheckVersionAsync(connection, transaction, movementId, expectedVersion, cancellationToken).ConfigureAwait(false);

        await using (var command = new NpgsqlCommand(
            """
            UPDATE claims SET report_id = COALESCE($1::bigint, report_id), actor = $2, actor_country = $3, unit = $4, strength_min = $5, strength_max = $6,
                strength_text = $7, status = $8, transport_mode = $9, origin_place_id = $10, via_place_ids = $11,
                destination_place_id = $12, geom = $13, period = $14, time_precision = $15, claimed_by = $16,
                claimed_by_country = $17, sentence = $18, sentence_start = $19, confidence = $20,
                updated_by = $21, movement_kind = $22, updated_at = now()
            WHERE id = $23 AND movement_id = $24
            """, connection, transaction))
        {
            await MovementRows.BindAsync(connection, transaction, command, updated with { CreatedBy = editedBy }, null, null, cancellationToken).ConfigureAwait(false);
            command.Parameters.Add(new() { Value = claimId });
            command.Parameters.Add(new() { Value = movementId });
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }
        }

        await ClaimLinker.DeriveAsync(connection, transaction, movementId, grouping, cancellationToken).ConfigureAwait(false);
        await RecordEditAsync(connection, transaction, movementId, "update", editedBy, before, cancellationToken, $"claim {claimId} corrected").ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(movementId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the movement, keeping its last state in the edit history. False when it did not exist.</summary>
    /// <param name="id">The tracked movement.</param>
    /// <param name="deletedBy">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="reason">Why (a false report, a duplicate...), shown in the history.</param>
    /// <param name="expectedVersion">As for <see cref="UpdateAsync"/>: a deletion decided on an older version is refused.</param>
    /// <exception cref="StaleEditException">The movement changed after <paramref name="expectedVersion"/>.</exception>
    public async Task<bool> DeleteAsync(long id, string deletedBy, CancellationToken cancellationToken, string? reason = null, string? expectedVersion = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var before = await SnapshotAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return false;
        }

        await CheckVersionAsync(connection, transaction, id, expectedVersion, cancellationToken).ConfigureAwait(false);

        await using (var delete = new NpgsqlCommand("DELETE FROM movements WHERE id = $1", connection, transaction) { Parameters = { new() { Value = id } } })
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await RecordEditAsync(connection, transaction, id, "delete", deletedBy, before, cancellationToken, reason: reason).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The edit history of a movement, oldest first (also for deleted movements), each with the fields it changed.</summary>
    public async Task<IReadOnlyList<MovementEdit>> EditsAsync(long id, CancellationToken cancellationToken)
    {
        var result = new List<MovementEdit>();
        await using (var command = Reads.CreateCommand(
            "SELECT id, movement_id, action, edited_by, edited_at, before::text, after::text, note, reason FROM movement_edits WHERE movement_id = $1 ORDER BY id"))
        {
            command.Parameters.Add(new() { Value = id });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(new MovementEdit(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                    new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7))
                {
                    Reason = reader.IsDBNull(8) ? null : reader.GetString(8),
                });
            }
        }

        var names = await MovementEditDiff.PlaceNamesAsync(Reads, result.SelectMany(e => MovementEditDiff.PlaceIds(e.BeforeJson).Concat(MovementEditDiff.PlaceIds(e.AfterJson))), cancellationToken)
            .ConfigureAwait(false);
        // A deletion changes no field: it removes the movement, whose last state is in its before snapshot.
        return [.. result.Select(e => e with { Changes = e.Action == "delete" ? [] : MovementEditDiff.Changes(e.BeforeJson, e.AfterJson, names) })];
    }

    /// <summary>
    /// The region + date query of DESIGN.md: movements whose geometry intersects the region and whose
    /// period overlaps [From, To], in id order, one page after the cursor.
    /// </summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <param name="countTotal">Also return how many movements match in all (first pages only; see <see cref="MovementPage.TotalMatched"/>).</param>
    /// <exception cref="InvalidQueryException">The query is invalid or names an unknown region.</exception>
    public async Task<MovementPage> QueryAsync(MovementQuery query, CancellationToken cancellationToken, bool countTotal = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var filter = await FilterAsync(query, cancellationToken).ConfigureAwait(false);
        var where = filter.Where;
        if (query.After is { } after)
        {
            where += $" AND m.id > {filter.Add(after)}";
        }

        // Fetch one more than asked to know whether a next page exists without counting.
        // On a first page the total comes with the rows; a later page's total is the caller's to carry or count.
        var withTotal = countTotal && query.After is null;
        await using var command = Reads.CreateCommand(MovementRows.Select($"WHERE {where} ORDER BY m.id LIMIT {filter.Add(query.Limit + 1)}", withTotal));
        command.Parameters.AddRange(filter.Parameters.ToArray());
        var rows = new List<Movement>();
        long? total = withTotal ? 0 : null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(MovementRows.Read(reader));
                if (withTotal)
                {
                    total = reader.GetInt64(MovementRows.TotalColumn);
                }
            }
        }

        var hasMore = rows.Count > query.Limit;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return new MovementPage(rows, hasMore ? rows[^1].Id : null, total);
    }

    /// <summary>How many movements match the query, ignoring limit and cursor (OGC numberMatched).</summary>
    public async Task<long> CountAsync(MovementQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var filter = await FilterAsync(query, cancellationToken).ConfigureAwait(false);
        await using var command = Reads.CreateCommand($"SELECT count(*) FROM movements m WHERE {filter.Where}");
        command.Parameters.AddRange(filter.Parameters.ToArray());
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Every actor of the stored movements, once by its lower-cased name, and null last when a movement has none: what
    /// a briefing image assigns its actors' colours over, as the web client over every movement (or the tile summary's
    /// actors), so that one actor has one colour on the screen and in the image.
    /// </summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <remarks>
    /// A skip scan of <c>movements_actor_idx</c> (lower(actor)): one index descent per actor, 45 pages and 2.4 ms over
    /// bench/query's 1,000,000 movements, where a scan of the movements reads 55,000 pages.
    /// </remarks>
    public async Task<IReadOnlyList<string?>> ActorsAsync(CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand("""
            WITH RECURSIVE a(v) AS (
                SELECT min(lower(actor)) FROM movements
                UNION ALL
                SELECT (SELECT min(lower(m.actor)) FROM movements m WHERE lower(m.actor) > a.v) FROM a WHERE a.v IS NOT NULL
            )
            SELECT v FROM a WHERE v IS NOT NULL
            UNION ALL
            SELECT NULL WHERE EXISTS (SELECT 1 FROM movements WHERE lower(actor) IS NULL)
            """);
        var actors = new List<string?>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            actors.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }

        return actors;
    }

    internal static async Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Movement movement, long? reportId,
        IReadOnlyDictionary<string, long>? placeIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
        await MovementRows.BindAsync(connection, transaction, command, movement, reportId, placeIds, cancellationToken).ConfigureAwait(false);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private Task<MovementFilterSql> FilterAsync(MovementQuery query, CancellationToken cancellationToken) =>
        MovementFilterSql.PrepareAsync(query, dataSource, regions, cancellationToken);

    private async Task<List<Movement>> WhereAsync(string condition, long value, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand(MovementRows.Select($"WHERE {(condition.Contains('$', StringComparison.Ordinal) ? condition : condition + " = $1")}"));
        command.Parameters.Add(new() { Value = value });
        return await MovementRows.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The row as JSON, locked for the transaction; null when there is no such row (after a delete, too).</summary>
    internal static async Task<string?> SnapshotAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SnapshotSql, connection, transaction) { Parameters = { new() { Value = id } } };
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    internal static async Task RecordEditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, string action, string editedBy, string? before,
        CancellationToken cancellationToken, string? note = null, string? reason = null)
    {
        var after = await SnapshotAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "INSERT INTO movement_edits (movement_id, action, edited_by, before, after, note, reason) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7)", connection, transaction);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = action });
        command.Parameters.Add(new() { Value = editedBy });
        command.Parameters.Add(new() { Value = (object?)before ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)after ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)note ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)reason ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One page of a movement query.</summary>
/// <param name="Items">The movements, in id order.</param>
/// <param name="NextCursor">The cursor for the next page, or null on the last page.</param>
/// <param name="TotalMatched">How many movements match in all, when asked for on a first page; otherwise null.</param>
public sealed record MovementPage(IReadOnlyList<Movement> Items, long? NextCursor, long? TotalMatched = null);

/// <summary>One recorded change to a movement.</summary>
/// <param name="Id">Edit id.</param>
/// <param name="MovementId">The movement.</param>
/// <param name="Action">create, update, delete, merge, split, confirm or dismiss.</param>
/// <param name="EditedBy">Who.</param>
/// <param name="EditedAt">When (UTC).</param>
/// <param name="BeforeJson">The row before, as JSON; null for a creation.</param>
/// <param name="AfterJson">The row after, as JSON; null for a deletion.</param>
/// <param name="Note">What an analyst's decision did (merge, split, confirm, dismiss), in words.</param>
public sealed record MovementEdit(long Id, long MovementId, string Action, string EditedBy, DateTimeOffset EditedAt, string? BeforeJson, string? AfterJson, string? Note = null)
{
    /// <summary>Why, in the analyst's words (given with the edit); null when none was given.</summary>
    public string? Reason { get; init; }

    /// <summary>The fields the edit changed, with places named (<see cref="MovementRepository.EditsAsync"/> fills it).</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
}

/// <summary>An edit made on a version of a movement that has changed since: nothing was saved.</summary>
public sealed class StaleEditException : Exception
{
    /// <summary>Creates the exception for a movement.</summary>
    public StaleEditException(long movementId)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Movement {movementId} was changed by someone else (or by a new report) after you opened it; nothing was saved. Reload it, check the change and edit again."))
    {
        MovementId = movementId;
    }

    /// <summary>Creates the exception without a movement.</summary>
    public StaleEditException()
        : this("The movement was changed after you opened it; nothing was saved.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StaleEditException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StaleEditException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The movement, when known.</summary>
    public long? MovementId { get; }
}

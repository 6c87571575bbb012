using GeoMap.Core.Corroboration;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>
/// Analysts' decisions on tracked movements: merge two, split claims out, confirm or dismiss a contradiction. Each is one
/// transaction, recorded in the edit history of every movement it touches.
/// </summary>
/// <remarks>
/// Claims an analyst moved are marked <c>linked_by = 'analyst'</c>; the grouping rule only ever places new claims (and
/// claims a migration left ungrouped), so a decision survives later reports and the same report sent again. A flag
/// decision holds while the flag's signature (what was compared) stays the same.
/// </remarks>
public sealed class AnalystDecisions(NpgsqlDataSource dataSource, GroupingSettings? grouping = null)
{
    private readonly GroupingSettings grouping = grouping ?? new GroupingSettings();

    /// <summary>Moves every claim of <paramref name="otherId"/> into <paramref name="id"/> and deletes <paramref name="otherId"/>.</summary>
    /// <returns>False when <paramref name="id"/> does not exist.</returns>
    /// <exception cref="CorroborationException">Merging a movement with itself, or with one that does not exist or was deleted.</exception>
    public async Task<bool> MergeAsync(long id, long otherId, string by, CancellationToken cancellationToken)
    {
        if (id == otherId)
        {
            throw new CorroborationException("movementId", $"Movement {id} cannot be merged with itself; give the id of another movement.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ClaimLinker.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

        // Lock both in id order, so that two analysts merging the same pair the other way round cannot deadlock.
        var before = new Dictionary<long, string?>();
        foreach (var m in new[] { id, otherId }.Order())
        {
            before[m] = await MovementRepository.SnapshotAsync(connection, transaction, m, cancellationToken).ConfigureAwait(false);
        }

        if (before[id] is null)
        {
            return false;
        }

        if (before[otherId] is null)
        {
            throw new CorroborationException("movementId", await MissingAsync(connection, transaction, otherId, cancellationToken).ConfigureAwait(false));
        }

        await using (var move = new NpgsqlCommand(
            "UPDATE claims SET movement_id = $1, linked_by = 'analyst', link_reason = $2 WHERE movement_id = $3", connection, transaction))
        {
            move.Parameters.Add(new() { Value = id });
            move.Parameters.Add(new() { Value = $"merged by {by} from movement {otherId}" });
            move.Parameters.Add(new() { Value = otherId });
            await move.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var delete = new NpgsqlCommand("DELETE FROM movements WHERE id = $1", connection, transaction) { Parameters = { new() { Value = otherId } } })
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ClaimLinker.DeriveAsync(connection, transaction, id, grouping, cancellationToken).ConfigureAwait(false);
        await MovementRepository.RecordEditAsync(connection, transaction, id, "merge", by, before[id], cancellationToken, $"merged movement {otherId} into this one").ConfigureAwait(false);
        await MovementRepository.RecordEditAsync(connection, transaction, otherId, "merge", by, before[otherId], cancellationToken, $"merged into movement {id}").ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Moves the given claims of movement <paramref name="id"/> to a new tracked movement; returns its id, or null when <paramref name="id"/> does not exist.</summary>
    /// <exception cref="CorroborationException">No claims given, a claim not of this movement, or every claim of it.</exception>
    public async Task<long?> SplitAsync(long id, IReadOnlyList<long> claimIds, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        if (claimIds.Count == 0)
        {
            throw new CorroborationException("claimIds", "Name the claims to split out, for example {\"claimIds\": [12]}.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ClaimLinker.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var before = await MovementRepository.SnapshotAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return null;
        }

        var claims = await ClaimRows.ListAsync(connection, transaction, "m.movement_id = $1", id, cancellationToken).ConfigureAwait(false);
        var wanted = claimIds.Distinct().ToList();
        var foreign = wanted.Where(c => claims.All(x => x.Id != c)).ToList();
        if (foreign.Count > 0)
        {
            throw new CorroborationException("claimIds", $"Claim(s) {string.Join(", ", foreign)} are not claims of movement {id}; its claims are {string.Join(", ", claims.Select(c => c.Id))}.");
        }

        if (wanted.Count == claims.Count)
        {
            throw new CorroborationException("claimIds", $"Splitting out every claim of movement {id} would leave it empty; leave at least one claim.");
        }

        var first = claims.First(c => c.Id == wanted[0]);
        var newId = await MovementRepository.InsertAsync(connection, transaction, first.Statement, first.Statement.ReportId, null, cancellationToken).ConfigureAwait(false);
        await using (var move = new NpgsqlCommand(
            "UPDATE claims SET movement_id = $1, linked_by = 'analyst', link_reason = $2 WHERE id = ANY($3)", connection, transaction))
        {
            move.Parameters.Add(new() { Value = newId });
            move.Parameters.Add(new() { Value = $"split by {by} from movement {id}" });
            move.Parameters.Add(new() { Value = wanted.ToArray() });
            await move.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The claims left behind stay where they are, now by the analyst's decision too.
        await using (var keep = new NpgsqlCommand("UPDATE claims SET linked_by = 'analyst' WHERE movement_id = $1", connection, transaction) { Parameters = { new() { Value = id } } })
        {
            await keep.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ClaimLinker.DeriveAsync(connection, transaction, id, grouping, cancellationToken).ConfigureAwait(false);
        await ClaimLinker.DeriveAsync(connection, transaction, newId, grouping, cancellationToken).ConfigureAwait(false);
        var note = $"split claim(s) {string.Join(", ", wanted)} out of movement {id} into movement {newId}";
        await MovementRepository.RecordEditAsync(connection, transaction, id, "split", by, before, cancellationToken, note).ConfigureAwait(false);
        await MovementRepository.RecordEditAsync(connection, transaction, newId, "split", by, null, cancellationToken, note).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return newId;
    }

    /// <summary>Confirms or dismisses the movement's current flag of <paramref name="kind"/>; false when there is no such movement.</summary>
    /// <exception cref="CorroborationException">An unknown kind or decision, or no such flag on the movement now.</exception>
    public async Task<bool> DecideAsync(long id, string kind, string decision, string? note, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(decision);
        if (!ContradictionKinds.All.Contains(kind))
        {
            throw new CorroborationException("kind", $"'{kind}' is not a kind of contradiction; use {string.Join(", ", ContradictionKinds.All)}.");
        }

        var state = decision switch
        {
            "confirm" => "confirmed",
            "dismiss" => "dismissed",
            _ => throw new CorroborationException("decision", $"'{decision}' is not a decision; use confirm or dismiss."),
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ClaimLinker.LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var before = await MovementRepository.SnapshotAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return false;
        }

        var claims = await ClaimRows.ListAsync(connection, transaction, "m.movement_id = $1", id, cancellationToken).ConfigureAwait(false);
        var flag = ClaimDerivation.Derive(claims, grouping).Corroboration!.Flags.FirstOrDefault(f => f.Kind == kind)
            ?? throw new CorroborationException("kind", $"Movement {id} has no {kind} contradiction now; nothing to {decision}.");
        await using (var upsert = new NpgsqlCommand(
            """
            INSERT INTO flag_decisions (movement_id, kind, signature, state, decided_by, note) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (movement_id, kind, signature) DO UPDATE SET state = EXCLUDED.state, decided_by = EXCLUDED.decided_by, decided_at = now(), note = EXCLUDED.note
            """, connection, transaction))
        {
            upsert.Parameters.Add(new() { Value = id });
            upsert.Parameters.Add(new() { Value = kind });
            upsert.Parameters.Add(new() { Value = flag.Signature });
            upsert.Parameters.Add(new() { Value = state });
            upsert.Parameters.Add(new() { Value = by });
            upsert.Parameters.Add(new() { Value = (object?)note ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ClaimLinker.DeriveAsync(connection, transaction, id, grouping, cancellationToken).ConfigureAwait(false);
        await MovementRepository.RecordEditAsync(connection, transaction, id, decision, by, before, cancellationToken, $"{state} the {kind} contradiction: {flag.Detail}{(note is null ? "" : " — " + note)}").ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task<string> MissingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT action, edited_by, edited_at FROM movement_edits WHERE movement_id = $1 AND action IN ('delete', 'merge') ORDER BY id DESC LIMIT 1", connection, transaction)
        {
            Parameters = { new() { Value = id } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return $"There is no movement {id} to merge.";
        }

        var when = reader.GetDateTime(2).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return reader.GetString(0) == "delete"
            ? $"Movement {id} was deleted by {reader.GetString(1)} at {when} UTC; a deleted movement cannot be merged."
            : $"Movement {id} was already merged into another by {reader.GetString(1)} at {when} UTC; merge with that one (see GET /api/movements/{id}/edits).";
    }
}

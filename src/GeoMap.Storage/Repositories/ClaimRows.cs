using GeoMap.Core.Corroboration;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>Reads and writes rows of <c>claims</c>: a movement's columns (<see cref="MovementRows"/>) plus its link and report.</summary>
internal static class ClaimRows
{
    /// <summary>What a claim adds to the movement columns in <see cref="MovementRows.SelectClaims"/>.</summary>
    public const string Columns =
        "m.movement_id, m.link_reason, m.linked_by, r.published_at, r.source_agency, r.url, r.copy_of_report_id, COALESCE(orig.source_agency, r.source_agency)";

    /// <summary>The joins <see cref="Columns"/> needs.</summary>
    public const string Joins = "LEFT JOIN reports r ON r.id = m.report_id LEFT JOIN reports orig ON orig.id = r.copy_of_report_id";

    private const string InsertSql =
        """
        INSERT INTO claims (report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status,
            transport_mode, origin_place_id, via_place_ids, destination_place_id, geom, period, time_precision,
            claimed_by, claimed_by_country, sentence, sentence_start, confidence, created_by, movement_kind, movement_id, link_reason, linked_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
        RETURNING id
        """;

    public static Claim Read(NpgsqlDataReader r)
    {
        var statement = MovementRows.ReadStatement(r);
        const int c = MovementRows.ExtraColumn;
        return new Claim
        {
            Id = statement.Id,
            MovementId = r.GetInt64(c),
            Statement = statement,
            LinkReason = r.IsDBNull(c + 1) ? null : r.GetString(c + 1),
            LinkedBy = r.GetString(c + 2),
            PublishedAt = r.IsDBNull(c + 3) ? null : new DateTimeOffset(r.GetDateTime(c + 3), TimeSpan.Zero),
            Outlet = r.IsDBNull(c + 4) ? null : r.GetString(c + 4),
            ReportUrl = r.IsDBNull(c + 5) ? null : r.GetString(c + 5),
            CopyOfReportId = r.IsDBNull(c + 6) ? null : r.GetInt64(c + 6),
            OriginalOutlet = r.IsDBNull(c + 7) ? null : r.GetString(c + 7),
        };
    }

    /// <summary>The claims selected by <paramref name="where"/> (over <c>claims m</c>), in id order.</summary>
    public static async Task<List<Claim>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where, object value, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(MovementRows.SelectClaims($"WHERE {where}"), connection, transaction) { Parameters = { new() { Value = value } } };
        var result = new List<Claim>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    /// <summary>
    /// The insert of a claim whose places are stored, linked to <paramref name="movementId"/>, for a batch; with an
    /// <paramref name="id"/> taken from <c>claims_id_seq</c>, or returning the id it gets.
    /// </summary>
    public static NpgsqlBatchCommand InsertCommand(Claim claim, long movementId, string linkReason, string linkedBy, IReadOnlyDictionary<string, long> placeIds, long? id = null)
    {
        var command = new NpgsqlBatchCommand(id is null ? InsertSql : InsertWithIdSql);
        MovementRows.Bind(command.Parameters, claim.Statement, claim.Statement.ReportId, placeIds);
        command.Parameters.Add(new() { Value = movementId });
        command.Parameters.Add(new() { Value = linkReason });
        command.Parameters.Add(new() { Value = linkedBy });
        if (id is { } given)
        {
            command.Parameters.Add(new() { Value = given });
        }

        return command;
    }

    private const string InsertWithIdSql =
        """
        INSERT INTO claims (report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status,
            transport_mode, origin_place_id, via_place_ids, destination_place_id, geom, period, time_precision,
            claimed_by, claimed_by_country, sentence, sentence_start, confidence, created_by, movement_kind, movement_id, link_reason, linked_by, id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)
        """;

    /// <summary>Stores a claim linked to <paramref name="movementId"/>; returns its id.</summary>
    public static async Task<long> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Claim claim, long movementId, string linkReason, string linkedBy, IReadOnlyDictionary<string, long>? placeIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
        await MovementRows.BindAsync(connection, transaction, command, claim.Statement, claim.Statement.ReportId, placeIds, cancellationToken).ConfigureAwait(false);
        command.Parameters.Add(new() { Value = movementId });
        command.Parameters.Add(new() { Value = linkReason });
        command.Parameters.Add(new() { Value = linkedBy });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}

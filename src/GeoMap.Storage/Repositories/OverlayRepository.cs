using GeoMap.Core;
using GeoMap.Core.Overlays;
using GeoMap.Core.Queries;
using GeoMap.Storage.Queries;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Repositories;

/// <summary>Overlays: their metadata, footprint and processing state.</summary>
public sealed class OverlayRepository(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "o.id, o.title, o.source, o.caption, o.acquired_at, o.report_id, o.footprint, o.min_zoom, o.max_zoom, o.status, o.failure_reason, o.progress, o.checksum, o.uploader, o.created_at";

    /// <summary>Where this flow's reads go: a replica for a request that only reads (<see cref="Replicas.ReplicaReads"/>), else the primary.</summary>
    private NpgsqlDataSource Reads => Replicas.ReplicaReads.For(dataSource);

    /// <summary>Stores a new overlay (usually in state processing).</summary>
    public async Task AddAsync(Overlay overlay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO overlays (id, title, source, caption, acquired_at, report_id, footprint, min_zoom, max_zoom, tile_folder, status, failure_reason, progress, checksum, uploader)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            """);
        object N(object? v) => v ?? DBNull.Value;
        var p = command.Parameters;
        p.Add(new() { Value = overlay.Id });
        p.Add(new() { Value = overlay.Title });
        p.Add(new() { Value = N(overlay.Source) });
        p.Add(new() { Value = N(overlay.Caption) });
        p.Add(new() { Value = N(overlay.AcquiredAt?.UtcDateTime), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new() { Value = N(overlay.ReportId), NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new() { Value = N(overlay.Footprint) });
        p.Add(new() { Value = overlay.MinZoom });
        p.Add(new() { Value = overlay.MaxZoom });
        p.Add(new() { Value = overlay.Id.ToString("N") });
        p.Add(new() { Value = Vocabulary.Of(overlay.Status) });
        p.Add(new() { Value = N(overlay.FailureReason) });
        p.Add(new() { Value = (float)overlay.Progress });
        p.Add(new() { Value = N(overlay.Checksum) });
        p.Add(new() { Value = N(overlay.Uploader) });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The overlay, or null.</summary>
    public async Task<Overlay?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand($"SELECT {Columns} FROM overlays o WHERE o.id = $1");
        command.Parameters.Add(new() { Value = id });
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>Records tiling progress (0 to 1).</summary>
    public async Task SetProgressAsync(Guid id, double progress, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE overlays SET progress = $2, updated_at = now() WHERE id = $1 AND status = 'processing'");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = (float)Math.Clamp(progress, 0, 1) });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the overlay ready with its footprint and zoom range.</summary>
    public async Task MarkReadyAsync(Guid id, Polygon footprint, int minZoom, int maxZoom, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE overlays SET status = 'ready', footprint = $2, min_zoom = $3, max_zoom = $4, progress = 1, failure_reason = NULL, updated_at = now() WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = footprint });
        command.Parameters.Add(new() { Value = minZoom });
        command.Parameters.Add(new() { Value = maxZoom });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the overlay failed with a reason a person can act on, if it is still processing (a ready overlay stays ready).</summary>
    public async Task MarkFailedAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE overlays SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1 AND status = 'processing'");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = reason });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Marks failed, with <paramref name="reason"/>, every overlay still processing whose tiling job (of
    /// <paramref name="jobKind"/>, keyed by <paramref name="keyPrefix"/> and the overlay's id) failed in the queue: the
    /// workers that took it kept stopping before they finished. Returns their ids. Any server may run this at any time.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> FailAbandonedAsync(string jobKind, string keyPrefix, string reason, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE overlays o SET status = 'failed', failure_reason = $2, updated_at = now()
            FROM ({JobQueue.FailedSql(jobKind)}) j
            WHERE o.status = 'processing' AND j.job_key = $1 || o.id::text
            RETURNING o.id
            """);
        command.Parameters.Add(new() { Value = keyPrefix });
        command.Parameters.Add(new() { Value = reason });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>Deletes the overlay row; false when it did not exist. The caller removes its tiles.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM overlays WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>
    /// Overlays whose footprint intersects the box (if given) and whose acquisition time falls in
    /// [from, to] (if given), newest acquisition first.
    /// </summary>
    public Task<IReadOnlyList<Overlay>> ListAsync(BoundingBox? box, DateTimeOffset? from, DateTimeOffset? to, int limit, CancellationToken cancellationToken) =>
        QueryAsync(box, from, to, limit, byId: false, after: null, cancellationToken);

    /// <summary>
    /// Overlays whose footprint intersects an area (a region's polygons, lon/lat) and whose acquisition time falls in
    /// [from, to] (if given), newest acquisition first.
    /// </summary>
    public async Task<IReadOnlyList<Overlay>> ListInAsync(Geometry area, DateTimeOffset? from, DateTimeOffset? to, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        await using var command = Reads.CreateCommand();
        var where = Filter(command, area, from, to, after: null);
        command.CommandText = $"SELECT {Columns} FROM overlays o WHERE {where} ORDER BY o.acquired_at DESC NULLS LAST, o.created_at DESC LIMIT {command.Parameters.AddPositional(limit)}";
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The same filter as <see cref="ListAsync"/> in id order after the keyset cursor <paramref name="after"/>, for paging
    /// (OGC API items with next links).
    /// </summary>
    public Task<IReadOnlyList<Overlay>> PageAsync(BoundingBox? box, DateTimeOffset? from, DateTimeOffset? to, Guid? after, int limit, CancellationToken cancellationToken) =>
        QueryAsync(box, from, to, limit, byId: true, after, cancellationToken);

    /// <summary>How many overlays match the filter of <see cref="ListAsync"/>: OGC API numberMatched.</summary>
    public async Task<long> CountAsync(BoundingBox? box, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM overlays o WHERE {Filter(command, box?.ToGeometry(), from, to, after: null)}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<IReadOnlyList<Overlay>> QueryAsync(BoundingBox? box, DateTimeOffset? from, DateTimeOffset? to, int limit, bool byId, Guid? after, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand();
        var where = Filter(command, box?.ToGeometry(), from, to, after);
        var order = byId ? "o.id" : "o.acquired_at DESC NULLS LAST, o.created_at DESC";
        command.CommandText = $"SELECT {Columns} FROM overlays o WHERE {where} ORDER BY {order} LIMIT {command.Parameters.AddPositional(limit)}";
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ready overlays near a tracked movement (<see cref="Nearness"/>, the rule photos follow), nearest first,
    /// then oldest first; with <paramref name="anyTime"/>, near in space whenever they were acquired.</summary>
    public async Task<IReadOnlyList<Overlay>> NearMovementAsync(long movementId, Nearness near, bool anyTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(near);
        await using var command = Reads.CreateCommand(
            $"""
            SELECT {Columns}
            FROM movements m JOIN overlays o ON o.status = 'ready' AND {Nearness.Condition("o.footprint", anyTime ? null : "o.acquired_at", "$2", "$3")}
            WHERE m.id = $1 ORDER BY ST_Distance(m.geom::geography, o.footprint::geography), o.acquired_at NULLS LAST, o.id LIMIT 100
            """);
        command.Parameters.Add(new() { Value = movementId });
        command.Parameters.Add(new() { Value = near.Km });
        command.Parameters.Add(new() { Value = near.Days });
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The WHERE clause of a listing, its values added to the command as positional parameters.</summary>
    private static string Filter(NpgsqlCommand command, Geometry? area, DateTimeOffset? from, DateTimeOffset? to, Guid? after)
    {
        var clauses = new List<string>();
        string Add(object value, NpgsqlDbType? type = null) => command.Parameters.AddPositional(value, type);

        if (area is not null)
        {
            clauses.Add($"ST_Intersects(o.footprint, {Add(area)})");
        }

        if (from is { } f)
        {
            clauses.Add($"o.acquired_at >= {Add(f.UtcDateTime, NpgsqlDbType.TimestampTz)}");
        }

        if (to is { } t)
        {
            clauses.Add($"o.acquired_at <= {Add(t.UtcDateTime, NpgsqlDbType.TimestampTz)}");
        }

        if (after is { } cursor)
        {
            clauses.Add($"o.id > {Add(cursor)}");
        }

        return clauses.Count == 0 ? "TRUE" : string.Join(" AND ", clauses);
    }

    private static async Task<List<Overlay>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var result = new List<Overlay>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new Overlay
            {
                Id = r.GetGuid(0),
                Title = r.GetString(1),
                Source = r.IsDBNull(2) ? null : r.GetString(2),
                Caption = r.IsDBNull(3) ? null : r.GetString(3),
                AcquiredAt = r.IsDBNull(4) ? null : new DateTimeOffset(r.GetDateTime(4), TimeSpan.Zero),
                ReportId = r.IsDBNull(5) ? null : r.GetInt64(5),
                Footprint = r.IsDBNull(6) ? null : (Polygon)r.GetValue(6),
                MinZoom = r.GetInt32(7),
                MaxZoom = r.GetInt32(8),
                Status = Vocabulary.ParseOverlayStatus(r.GetString(9)),
                FailureReason = r.IsDBNull(10) ? null : r.GetString(10),
                Progress = r.GetFloat(11),
                Checksum = r.IsDBNull(12) ? null : r.GetString(12),
                Uploader = r.IsDBNull(13) ? null : r.GetString(13),
                CreatedAt = new DateTimeOffset(r.GetDateTime(14), TimeSpan.Zero),
            });
        }

        return result;
    }
}

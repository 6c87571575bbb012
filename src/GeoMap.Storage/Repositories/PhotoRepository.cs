using GeoMap.Core;
using GeoMap.Core.Photos;
using GeoMap.Storage.Queries;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Repositories;

/// <summary>A movement near a photo in space and time.</summary>
/// <param name="Id">The tracked movement.</param>
/// <param name="Actor">Its actor.</param>
/// <param name="DistanceKm">Distance from the photo to the movement's route or place.</param>
public sealed record NearMovement(long Id, string? Actor, double DistanceKm);

/// <summary>Another stored photo whose picture looks the same.</summary>
/// <param name="Id">The photo.</param>
/// <param name="Bits">How many of the 64 perceptual-hash bits differ.</param>
public sealed record NearDuplicate(long Id, int Bits);

/// <summary>Photos: their position, time, source, files and the movements near them.</summary>
public sealed class PhotoRepository(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "p.id, p.file_name, ST_X(p.geom), ST_Y(p.geom), p.altitude, p.bearing, p.taken_at, p.taken_offset_min, p.taken_anchored, p.camera_make, p.camera_model, " +
        "p.position_source, p.placed_by, p.placed_at, p.place_name, p.report_id, p.caption, p.uploader, p.checksum, p.phash, p.format, p.width, p.height, p.bytes, " +
        "p.original_path, p.screen_path, p.thumbnail_path, p.created_at";

    /// <summary>
    /// Stores a photo; when a photo with the same checksum is already stored (even one stored meanwhile by another
    /// request), stores nothing and answers that one.
    /// </summary>
    /// <returns>The stored photo and whether it was already there.</returns>
    public async Task<(Photo Photo, bool Duplicate)> AddAsync(Photo photo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO photos (file_name, geom, altitude, bearing, taken_at, taken_offset_min, taken_anchored, camera_make, camera_model, position_source,
                                placed_by, placed_at, place_name, report_id, caption, uploader, checksum, phash, format, width, height, bytes,
                                original_path, screen_path, thumbnail_path)
            VALUES ($1, CASE WHEN $2::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint($2, $3), 4326) END, $4, $5, $6, $7, $8, $9, $10, $11,
                    $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)
            ON CONFLICT (checksum) DO NOTHING
            RETURNING id
            """);
        object N(object? v) => v ?? DBNull.Value;
        var p = command.Parameters;
        p.Add(new() { Value = N(photo.FileName), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = N(photo.Lon), NpgsqlDbType = NpgsqlDbType.Double });
        p.Add(new() { Value = N(photo.Lat), NpgsqlDbType = NpgsqlDbType.Double });
        p.Add(new() { Value = N(photo.Altitude), NpgsqlDbType = NpgsqlDbType.Double });
        p.Add(new() { Value = N(photo.Bearing), NpgsqlDbType = NpgsqlDbType.Double });
        p.Add(new() { Value = N(photo.TakenAt?.UtcDateTime), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new() { Value = N(photo.TakenAt is { } t && photo.TakenAtHasOffset ? (int)t.Offset.TotalMinutes : null), NpgsqlDbType = NpgsqlDbType.Integer });
        p.Add(new() { Value = photo.TakenAtHasOffset });
        p.Add(new() { Value = N(photo.CameraMake), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = N(photo.CameraModel), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = Vocabulary.Of(photo.Lon is null ? PhotoPositionSource.None : photo.PositionSource) });
        p.Add(new() { Value = N(photo.PlacedBy), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = N(photo.PlacedAt?.UtcDateTime), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new() { Value = N(photo.PlaceName), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = N(photo.ReportId), NpgsqlDbType = NpgsqlDbType.Bigint });
        p.Add(new() { Value = N(photo.Caption), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = N(photo.Uploader), NpgsqlDbType = NpgsqlDbType.Text });
        p.Add(new() { Value = photo.Checksum });
        p.Add(new() { Value = photo.PerceptualHash });
        p.Add(new() { Value = photo.Format });
        p.Add(new() { Value = photo.Width });
        p.Add(new() { Value = photo.Height });
        p.Add(new() { Value = photo.Bytes });
        p.Add(new() { Value = photo.OriginalPath });
        p.Add(new() { Value = photo.ScreenPath });
        p.Add(new() { Value = photo.ThumbnailPath });
        var id = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (id is long stored)
        {
            return ((await GetAsync(stored, cancellationToken).ConfigureAwait(false))!, false);
        }

        return ((await FindByChecksumAsync(photo.Checksum, cancellationToken).ConfigureAwait(false))!, true);
    }

    /// <summary>The photo, or null.</summary>
    public async Task<Photo?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM photos p WHERE p.id = $1");
        command.Parameters.Add(new() { Value = id });
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>The photo of this file (its SHA-256), or null.</summary>
    public async Task<Photo?> FindByChecksumAsync(string checksum, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM photos p WHERE p.checksum = $1");
        command.Parameters.Add(new() { Value = checksum });
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>Other photos whose perceptual hash is at most <paramref name="maxBits"/> bits from <paramref name="hash"/>, closest first.</summary>
    public async Task<IReadOnlyList<NearDuplicate>> NearDuplicatesAsync(long hash, long excludeId, int maxBits, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT id, d FROM (SELECT id, bit_count((phash # $1)::bit(64)) AS d FROM photos WHERE id <> $2) x
            WHERE d <= $3 ORDER BY d, id LIMIT 20
            """);
        command.Parameters.Add(new() { Value = hash });
        command.Parameters.Add(new() { Value = excludeId });
        command.Parameters.Add(new() { Value = (long)maxBits });
        var found = new List<NearDuplicate>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new NearDuplicate(r.GetInt64(0), (int)r.GetInt64(1)));
        }

        return found;
    }

    /// <summary>
    /// Photos whose position lies in <paramref name="area"/> (if given) and taken in [from, to] (if given), in id order
    /// after <paramref name="after"/>.
    /// </summary>
    public async Task<IReadOnlyList<Photo>> ListAsync(Geometry? area, DateTimeOffset? from, DateTimeOffset? to, long? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        var where = Filter(command, area, from, to, after);
        command.CommandText = $"SELECT {Columns} FROM photos p WHERE {where} ORDER BY p.id LIMIT {command.Parameters.AddPositional(limit)}";
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many photos match the filter of <see cref="ListAsync"/>: OGC API numberMatched.</summary>
    public async Task<long> CountAsync(Geometry? area, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM photos p WHERE {Filter(command, area, from, to, after: null)}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Sets where the photo was taken and records who placed it, how and when; the photo as now stored, or null when
    /// there is no such photo.
    /// </summary>
    public async Task<Photo?> PlaceAsync(long id, double lon, double lat, PhotoPositionSource source, string placedBy, string? placeName, long? reportId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(source, PhotoPositionSource.None);
        await using var command = dataSource.CreateCommand(
            """
            UPDATE photos SET geom = ST_SetSRID(ST_MakePoint($2, $3), 4326), position_source = $4, placed_by = $5, placed_at = now(), place_name = $6, report_id = coalesce($7, report_id)
            WHERE id = $1
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = lon });
        command.Parameters.Add(new() { Value = lat });
        command.Parameters.Add(new() { Value = Vocabulary.Of(source) });
        command.Parameters.Add(new() { Value = placedBy });
        command.Parameters.Add(new() { Value = (object?)placeName ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)reportId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0 ? null : await GetAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the photo row; false when it did not exist. The caller removes its files.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM photos WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>The tracked movements near the photo (<see cref="Nearness"/>), nearest first.</summary>
    /// <remarks>The twin of <see cref="PhotosNearMovementAsync"/>: one condition, <see cref="NearCondition"/>, read from either side.</remarks>
    public async Task<IReadOnlyList<NearMovement>> MovementsNearPhotoAsync(long photoId, Nearness near, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(near);
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT m.id, m.actor, ST_Distance(m.geom::geography, p.geom::geography) / 1000
            FROM photos p JOIN movements m ON {NearCondition}
            WHERE p.id = $1 ORDER BY 3, m.id LIMIT 100
            """);
        command.Parameters.Add(new() { Value = photoId });
        command.Parameters.Add(new() { Value = near.Km });
        command.Parameters.Add(new() { Value = near.Days });
        var found = new List<NearMovement>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new NearMovement(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), Math.Round(r.GetDouble(2), 3)));
        }

        return found;
    }

    /// <summary>The photos near a tracked movement (<see cref="Nearness"/>), nearest first.</summary>
    public async Task<IReadOnlyList<Photo>> PhotosNearMovementAsync(long movementId, Nearness near, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(near);
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {Columns}
            FROM movements m JOIN photos p ON {NearCondition}
            WHERE m.id = $1 ORDER BY ST_Distance(m.geom::geography, p.geom::geography), p.id LIMIT 100
            """);
        command.Parameters.Add(new() { Value = movementId });
        command.Parameters.Add(new() { Value = near.Km });
        command.Parameters.Add(new() { Value = near.Days });
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    // $2 km, $3 days.
    private static readonly string NearCondition = Nearness.Condition("p.geom", "p.taken_at", "$2", "$3");

    private static string Filter(NpgsqlCommand command, Geometry? area, DateTimeOffset? from, DateTimeOffset? to, long? after)
    {
        var clauses = new List<string>();
        string Add(object value, NpgsqlDbType? type = null) => command.Parameters.AddPositional(value, type);
        if (area is not null)
        {
            clauses.Add($"ST_Intersects(p.geom, {Add(area)})");
        }

        if (from is { } f)
        {
            clauses.Add($"p.taken_at >= {Add(f.UtcDateTime, NpgsqlDbType.TimestampTz)}");
        }

        if (to is { } t)
        {
            clauses.Add($"p.taken_at <= {Add(t.UtcDateTime, NpgsqlDbType.TimestampTz)}");
        }

        if (after is { } cursor)
        {
            clauses.Add($"p.id > {Add(cursor)}");
        }

        return clauses.Count == 0 ? "TRUE" : string.Join(" AND ", clauses);
    }

    private static async Task<List<Photo>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var result = new List<Photo>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            DateTimeOffset? T(int i) => r.IsDBNull(i) ? null : new DateTimeOffset(r.GetDateTime(i), TimeSpan.Zero);
            var offset = r.IsDBNull(7) ? (int?)null : r.GetInt32(7);
            result.Add(new Photo
            {
                Id = r.GetInt64(0),
                FileName = S(1),
                Lon = D(2),
                Lat = D(3),
                Altitude = D(4),
                Bearing = D(5),
                TakenAt = T(6) is { } taken && offset is { } minutes ? taken.ToOffset(TimeSpan.FromMinutes(minutes)) : T(6),
                TakenAtHasOffset = r.GetBoolean(8),
                CameraMake = S(9),
                CameraModel = S(10),
                PositionSource = Vocabulary.ParsePositionSource(r.GetString(11)) ?? PhotoPositionSource.None,
                PlacedBy = S(12),
                PlacedAt = T(13),
                PlaceName = S(14),
                ReportId = r.IsDBNull(15) ? null : r.GetInt64(15),
                Caption = S(16),
                Uploader = S(17),
                Checksum = r.GetString(18),
                PerceptualHash = r.GetInt64(19),
                Format = r.GetString(20),
                Width = r.GetInt32(21),
                Height = r.GetInt32(22),
                Bytes = r.GetInt64(23),
                OriginalPath = r.GetString(24),
                ScreenPath = r.GetString(25),
                ThumbnailPath = r.GetString(26),
                CreatedAt = T(27)!.Value,
            });
        }

        return result;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using GeoMap.Core.Queries;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>
/// Query areas too large for a URL: a polygon stored once under an id derived from its geometry, then referenced by
/// queries (<see cref="RegionFilter.ForStoredArea"/>), so paging goes on with ordinary GET links.
/// </summary>
/// <remarks>
/// The id is the first 128 bits of the SHA-256 of the geometry's WKB, in hex: the same area stored twice, by any server of
/// the database, is one row with one id. Storing removes areas no query used for <see cref="Retention"/>, so the table
/// stays bounded by what clients actually use.
/// </remarks>
public sealed class QueryAreaRepository(NpgsqlDataSource dataSource)
{
    /// <summary>How long an area no query used is kept.</summary>
    public static TimeSpan Retention { get; } = TimeSpan.FromDays(30);

    /// <summary>The length of an area id (hex digits).</summary>
    public const int IdLength = 32;

    /// <summary>Stores the area (valid, EPSG:4326) or refreshes the stored copy; returns its id.</summary>
    public async Task<string> StoreAsync(Geometry area, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        var id = IdOf(area);
        await using var command = dataSource.CreateCommand("""
            WITH pruned AS (DELETE FROM query_areas WHERE used_at < now() - $4::interval AND id <> $1)
            INSERT INTO query_areas (id, geom, vertices) VALUES ($1, $2, $3)
            ON CONFLICT (id) DO UPDATE SET used_at = now()
            """);
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = area, DataTypeName = "geometry" });
        command.Parameters.Add(new() { Value = area.NumPoints });
        command.Parameters.Add(new() { Value = Retention });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The stored area, or null.</summary>
    public async Task<StoredQueryArea?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }

        await using var command = dataSource.CreateCommand("SELECT geom, vertices, created_at FROM query_areas WHERE id = $1");
        command.Parameters.Add(new() { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var geometry = reader.GetFieldValue<Geometry>(0);
        geometry.SRID = 4326;
        return new StoredQueryArea(id, geometry, reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2));
    }

    /// <summary>True when <paramref name="id"/> has the form of an area id (lower-case hex of <see cref="IdLength"/> digits).</summary>
    public static bool IsId(string? id) => id is { Length: IdLength } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>The id an area is stored under.</summary>
    public static string IdOf(Geometry area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false).Write(area);
        return Convert.ToHexStringLower(SHA256.HashData(wkb).AsSpan(0, IdLength / 2));
    }

    /// <summary>
    /// Refuses a query by an area that is not stored (never stored, or removed after <see cref="Retention"/> unused),
    /// and marks a stored one used (at most once a day, so reads rarely write).
    /// </summary>
    /// <exception cref="InvalidQueryException">Naming <c>area</c>, when it is not stored.</exception>
    internal static async Task RequireAsync(NpgsqlDataSource dataSource, string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            throw new InvalidQueryException("area", $"area '{(id.Length <= 60 ? id : id[..60] + "…")}' is not an area id; POST the polygon to /api/areas and use the id it answers.");
        }

        await using var command = dataSource.CreateCommand("""
            WITH touched AS (UPDATE query_areas SET used_at = now() WHERE id = $1 AND used_at < now() - interval '1 day' RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM query_areas WHERE id = $1)
            """);
        command.Parameters.Add(new() { Value = id });
        if (!(bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
        {
            throw new InvalidQueryException("area", string.Create(CultureInfo.InvariantCulture,
                $"There is no stored area '{id}' (areas no query used for {Retention.TotalDays:0} days are removed); POST the polygon to /api/areas again and use the id it answers."));
        }
    }
}

/// <summary>A stored query area.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Geometry">The polygon or multipolygon (EPSG:4326).</param>
/// <param name="Vertices">Its number of vertices.</param>
/// <param name="CreatedAt">When it was first stored.</param>
public sealed record StoredQueryArea(string Id, Geometry Geometry, int Vertices, DateTimeOffset CreatedAt);

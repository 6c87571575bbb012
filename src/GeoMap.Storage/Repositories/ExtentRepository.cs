using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>Where and when the stored data lies: a bounding box (lon/lat) and a time range, each null when unknown.</summary>
/// <param name="West">Smallest longitude, or null when nothing has a geometry.</param>
/// <param name="South">Smallest latitude.</param>
/// <param name="East">Largest longitude.</param>
/// <param name="North">Largest latitude.</param>
/// <param name="Start">Earliest time, or null when nothing has one.</param>
/// <param name="End">Latest time, or null when nothing has one.</param>
public sealed record Extent(double? West, double? South, double? East, double? North, DateTimeOffset? Start, DateTimeOffset? End);

/// <summary>The extents of the stored movements, places, reports, overlays and photos.</summary>
/// <param name="Movements">Movement routes (LineStrings) and their periods.</param>
/// <param name="MovementPoints">Movements known by one place (Points) and their periods.</param>
/// <param name="Places">Place points (places have no time).</param>
/// <param name="Reports">Publication times (reports have no geometry).</param>
/// <param name="Overlays">Footprints and acquisition times.</param>
/// <param name="Photos">Photo positions and the times they were taken.</param>
public sealed record StoredExtents(Extent Movements, Extent MovementPoints, Extent Places, Extent Reports, Extent Overlays, Extent Photos);

/// <summary>Reads the extents of what is stored, for OGC API collection metadata.</summary>
/// <remarks>
/// One statement of aggregate scans: GiST indexes do not answer ST_Extent, so this reads every geometry. That is a few
/// milliseconds per 10,000 rows; collection documents are fetched once per client session.
/// </remarks>
public sealed class ExtentRepository(NpgsqlDataSource dataSource)
{
    /// <summary>The extents of each kind of data.</summary>
    public async Task<StoredExtents> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT ST_XMin(m.b), ST_YMin(m.b), ST_XMax(m.b), ST_YMax(m.b), m.t0, m.t1,
                   ST_XMin(m.pb), ST_YMin(m.pb), ST_XMax(m.pb), ST_YMax(m.pb), m.pt0, m.pt1,
                   ST_XMin(p.b), ST_YMin(p.b), ST_XMax(p.b), ST_YMax(p.b),
                   r.t0, r.t1,
                   ST_XMin(o.b), ST_YMin(o.b), ST_XMax(o.b), ST_YMax(o.b), o.t0, o.t1,
                   ST_XMin(ph.b), ST_YMin(ph.b), ST_XMax(ph.b), ST_YMax(ph.b), ph.t0, ph.t1
            FROM (SELECT ST_Extent(geom) FILTER (WHERE NOT point) b, min(lower(period)) FILTER (WHERE NOT point) t0, max(upper(period)) FILTER (WHERE NOT point) t1,
                         ST_Extent(geom) FILTER (WHERE point) pb, min(lower(period)) FILTER (WHERE point) pt0, max(upper(period)) FILTER (WHERE point) pt1
                  FROM (SELECT geom, period, coalesce(GeometryType(geom) = 'POINT', false) AS point FROM movements) x) m,
                 (SELECT ST_Extent(geom) b FROM places) p,
                 (SELECT min(published_at) t0, max(published_at) t1 FROM reports) r,
                 (SELECT ST_Extent(footprint) b, min(acquired_at) t0, max(acquired_at) t1 FROM overlays) o,
                 (SELECT ST_Extent(geom) b, min(taken_at) t0, max(taken_at) t1 FROM photos) ph
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        double? D(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
        DateTimeOffset? T(int i) => reader.IsDBNull(i) ? null : new DateTimeOffset(reader.GetDateTime(i), TimeSpan.Zero);
        return new StoredExtents(
            new Extent(D(0), D(1), D(2), D(3), T(4), T(5)),
            new Extent(D(6), D(7), D(8), D(9), T(10), T(11)),
            new Extent(D(12), D(13), D(14), D(15), null, null),
            new Extent(null, null, null, null, T(16), T(17)),
            new Extent(D(18), D(19), D(20), D(21), T(22), T(23)),
            new Extent(D(24), D(25), D(26), D(27), T(28), T(29)));
    }
}

using System.Globalization;
using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Storage.Queries;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>
/// Tracked movements as Mapbox Vector Tiles (XYZ, EPSG:3857, extent 4096), made by PostGIS itself (<c>ST_AsMVT</c>
/// over the GiST index of <c>movements.geom_mercator</c>, migration 0009): full detail from <see cref="DetailZoom"/> on, flows between grid
/// cells below it.
/// </summary>
/// <remarks>
/// <para>
/// Layers at full detail: <c>movements</c> (the routes, LineStrings, feature id = movement id), <c>heads</c> (a point
/// where each arrowhead goes, with its direction <c>angle</c> in radians counter-clockwise from east in EPSG:3857 and
/// <c>last</c> for the destination's; a movement known by one place only is a head pointing down, marked <c>lone</c>,
/// which a route's heads leave out rather than write false, as a tile only carries what is set), and <c>places</c>
/// (the places those movements name, with <c>key</c> as <see cref="Core.Places.Place.Key"/> writes it, <c>name</c>,
/// <c>country</c>, <c>weight</c>, how many of the tile's movements touch each, and <c>area</c> for a country or
/// first-level region, drawn as a name rather than a town marker), and <c>labels</c> (a point at the middle of each
/// route with a strength or a stated time, in the one tile holding it, with <c>movement</c>, <c>actor</c>,
/// <c>start</c>/<c>end</c>, <c>precision</c> (the period's time precision, for its date label),
/// <c>smin</c>/<c>smax</c> (the claimed range as stored), the route's <c>length</c> in EPSG:3857 metres, its
/// direction <c>angle</c> there and its <c>rank</c> in the tile (1 the strongest, then the longest, routes without a
/// strength last), for the client's strength and date label), and <c>toareas</c> (the movements to a country or first-level
/// region: <c>movement</c>, the attributes of a route and its head's <c>kind</c>, <c>area</c> (the area's key) and
/// <c>areaname</c>, and the route's last stretch in EPSG:3857, <c>fx</c>/<c>fy</c> (the last place before the area,
/// absent when the area is all that is known) to <c>tx</c>/<c>ty</c> (the area's point), with the <c>bow</c> of a
/// stacked route's curve; its geometry that stretch, in every tile within 32 px of it, or the point of a movement
/// known by the area only; such a route's line in <c>movements</c> is only the rest of a route through via places).
/// The web client ends the stretch where it first meets the outline it draws
/// (tileAreas.ts), which tiles cannot know: it is simplified for the view's zoom. Heads are
/// points apart from the lines because a line is clipped at the tile's edge, where no arrowhead belongs. Routes between
/// the same two places fan out as the web client's list mode and the renderer draw them (the first straight, each
/// further one a curve bowing out to the left of its travel, see <see cref="FanStepPixels"/>), so a stack's heads and
/// labels are those of its curves.
/// </para>
/// <para>
/// Movement attributes: <c>actor</c>, <c>status</c>, <c>strength</c> (the representative strength the arrow's width
/// class is chosen by, as <c>Strength.Representative</c> computes it: the number, the middle of a range rounded down, or
/// its one known bound),
/// <c>start</c> and <c>end</c> (epoch milliseconds of the period, absent when open, so a client can filter a time
/// range on the tiles it has), <c>sources</c>, <c>claims</c> and <c>contradicted</c> (an open contradiction flag);
/// heads also carry <c>kind</c> (deployment, withdrawal, advance or transit; absent when unknown), which the map
/// style gives a symbol of its own (a withdrawal's double head).
/// </para>
/// <para>
/// Below <see cref="DetailZoom"/> a tile holds <c>flows</c> and their <c>heads</c>: the movements whose origin and
/// destination fall in the same two cells of a grid of <see cref="FlowCellPixels"/> pixels (a global grid per zoom,
/// so a flow has the same ends in every tile), drawn between the cells' centres, with <c>count</c>, <c>strength</c>
/// (the sum of their representative strengths, SQL's <c>movement_strength</c>, migration 0016), <c>actor</c> (the most frequent), <c>actors</c> (how many different), <c>status</c> (planned only when
/// all are), and <c>start</c>/<c>end</c> (the earliest and latest). Counts are of the movements crossing the tile, so
/// a flow's count can differ a little between the tiles it crosses; at most <see cref="MaxFlowsPerTile"/> flows,
/// the largest first.
/// </para>
/// <para>
/// Up to <see cref="FlowRowsMaxZoom"/>, a filter of dates only reads each movement's row for the tile in
/// <c>movement_flows</c> (migration 0015, kept by triggers in the writing transaction) instead of the movement: the same
/// cells and fields, so the same tile, from a few hundred narrow rows in index order instead of a page a movement.
/// </para>
/// </remarks>
public sealed class MovementTileRepository
{
    /// <summary>The first zoom level whose tiles hold every movement rather than flows.</summary>
    /// <remarks>
    /// 8 (was 7): a detail tile holds every movement of all time crossing it (the client filters dates itself), and a
    /// zoom 7 tile is 300 km across: at 1,000,000 movements (bench/query) it held about 1,800 routes with their heads and
    /// places, 137-232 kB, read from as many table pages, too much to send or draw for one tile of a first view. As flows
    /// of the client's dates the same tile reads about 170 pages; from zoom 8 on a tile holds a quarter of zoom 7's.
    /// </remarks>
    public const int DetailZoom = 8;

    /// <summary>The deepest zoom level served; deeper tiles would only repeat zoom 22's geometry.</summary>
    public const int MaxZoom = 22;

    /// <summary>The width of a flow's grid cell in pixels of a 256 px tile.</summary>
    public const int FlowCellPixels = 32;

    /// <summary>Flows kept in one tile, by count then total strength.</summary>
    /// <remarks>
    /// 250 (was 1,500, then 500): a first view at zoom 4-5 shows six to nine tiles, and each flow is a line and a head the
    /// browser draws into the tile's image on the main thread, at the first render and again at every zoom step. With 500
    /// that drawing was the largest part of a first render's main-thread time (bench/client --diagnose-load: two frames
    /// of 100-160 ms CPU for six tiles), and 3,000 arrows on one screen are not told apart anyway: a tile is 256 px
    /// across at its own zoom, so 250 flows are already one arrow every 16 px.
    /// </remarks>
    public const int MaxFlowsPerTile = 250;

    /// <summary>The deepest zoom whose flow tiles read <c>movement_flows</c> (migration 0015) rather than the movements.</summary>
    /// <remarks>
    /// The twin of the zooms <c>movement_flow_tiles</c> writes rows for. At 1,000,000 movements (bench/query) a flow tile
    /// of 31 days read one page of movements a movement: 11,892 pages at zoom 3, 3,434 at 4, 1,269 at 5, but 379 at 6
    /// and 170 at 7, where rows of their own would cost more to keep than they save.
    /// </remarks>
    internal const int FlowRowsMaxZoom = 5;

    /// <summary>The longest period a row of <c>movement_flows</c> is found by its start (its <c>since</c>, migration 0015).</summary>
    internal static readonly TimeSpan FlowShortPeriod = TimeSpan.FromDays(14);

    /// <summary>Bytes of tiles kept for answering again.</summary>
    internal const long CacheBudgetBytes = 64L * 1024 * 1024;

    /// <summary>How long a tile or summary is kept for answering again; <see cref="PruneChangesAsync"/> relies on it.</summary>
    internal static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    // A kept value's time is taken when its query has returned, its snapshot when the query began: queries end well
    // within this (Npgsql's command timeout is 30 s).
    private static readonly TimeSpan SnapshotBeforeKept = TimeSpan.FromMinutes(1);

    // The primary, always: tiles never read through ReplicaReads.For. A tile made on a replica would carry that replica's
    // snapshot, and one more than KeepFor behind is older than every mark PruneChangesAsync cuts below, so the rows that
    // would show the tile stale could be gone and it would be answered stale for up to KeepFor. Pinned by
    // Scaling/MultiNodeTests in GeoMap.Server.Tests (with replay paused, a new movement is in the tiles of both servers).
    private readonly NpgsqlDataSource dataSource;
    private readonly RegionRepository regions;
    private readonly MovementTileCache<byte[]>? cache;
    private readonly MovementTileCache<MovementTileSummary>? summaries;
    private readonly TimeProvider clock;

    // The oldest transaction still running (pg_snapshot_xmin) at times this repository looked, oldest first.
    private readonly Queue<(DateTimeOffset At, ulong Xmin)> marks = new();

    /// <summary>Tiles over a database, each kept once made (up to 64 MB, 10 minutes) and answered again while nothing in it has changed.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="regionRepository">Resolves <c>region=</c>; null: one that looks names up only as written.</param>
    public MovementTileRepository(NpgsqlDataSource dataSource, RegionRepository? regionRepository = null)
        : this(dataSource, keepTiles: true, regionRepository)
    {
    }

    /// <summary>Tiles over a database; <paramref name="keepTiles"/> false makes every tile anew (bench/query compares the SQL itself).</summary>
    internal MovementTileRepository(NpgsqlDataSource dataSource, bool keepTiles, RegionRepository? regionRepository = null, TimeProvider? time = null)
    {
        this.dataSource = dataSource;
        regions = regionRepository ?? new RegionRepository(dataSource);
        clock = time ?? TimeProvider.System;
        // A tile counts its bytes and the key's; a summary is a few numbers (so at most 4,096 filters are kept).
        cache = keepTiles ? new MovementTileCache<byte[]>(CacheBudgetBytes, t => t.Length + 256L, KeepFor, clock) : null;
        summaries = keepTiles ? new MovementTileCache<MovementTileSummary>(4096, _ => 1, KeepFor, clock) : null;
    }

    /// <summary>
    /// Deletes the rows of <c>movement_changes</c> that no kept tile or summary, in this server or any other, can still
    /// need, and notes where the next call may cut. The server calls it every few minutes; without it the log grows by a
    /// row per writing statement for ever.
    /// </summary>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>How many rows were deleted.</returns>
    /// <remarks>
    /// A kept value is checked only against rows from the oldest transaction its snapshot saw running (its xmin) on, and
    /// is used at most <see cref="KeepFor"/> after it was made. Snapshots' xmins only grow, so a snapshot taken after a
    /// moment has an xmin at least the xmin of that moment: rows of older transactions cannot concern any value made
    /// after it. Each call notes the current xmin; rows below an xmin noted more than <see cref="KeepFor"/> (and a
    /// margin) ago are deleted. A transaction still running then, however long, is at or above it and keeps its row.
    /// </remarks>
    public async Task<long> PruneChangesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        ulong? below = null;
        var now = clock.GetUtcNow();
        lock (marks)
        {
            while (marks.Count > 0 && now - marks.Peek().At > KeepFor + SnapshotBeforeKept)
            {
                below = marks.Dequeue().Xmin;
            }
        }

        await using var command = new NpgsqlCommand(below is null
            ? "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, 0::bigint"
            : """
              WITH gone AS (DELETE FROM movement_changes WHERE xid < $1::text::xid8 RETURNING 1)
              SELECT pg_snapshot_xmin(pg_current_snapshot())::text, (SELECT count(*) FROM gone)
              """, connection);
        if (below is { } b)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = b.ToString(CultureInfo.InvariantCulture) });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var xmin = ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
        lock (marks)
        {
            marks.Enqueue((now, xmin));
        }

        return reader.GetInt64(1);
    }

    /// <summary>The MVT bytes of one tile (empty when nothing is in it).</summary>
    /// <param name="z">Zoom, 0 to <see cref="MaxZoom"/>.</param>
    /// <param name="x">Column, 0 to 2^z - 1.</param>
    /// <param name="y">Row from the north, 0 to 2^z - 1.</param>
    /// <param name="query">Dates, actor, status and area; limit and cursor are ignored.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="InvalidQueryException">The query is invalid or names an unknown region.</exception>
    /// <remarks>
    /// A tile made before is answered again when no movement (or place) in it changed since: a tile is made under one
    /// snapshot, and <c>movement_changes</c> (migration 0014) holds the box and transaction of every write, so a write
    /// that snapshot did not see and that overlaps the tile and its buffer makes it again. A filter naming a stored
    /// region or query area reads tables the log does not follow, so its tiles are made every time.
    /// </remarks>
    public async Task<byte[]> TileAsync(int z, int x, int y, MovementQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(z);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(z, MaxZoom);
        var filter = await FilterAsync(query, cancellationToken).ConfigureAwait(false);
        var key = cache is not null && query.Region.RegionName is null && query.Region.AreaId is null ? CacheKey(z, x, y, filter) : null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (key is not null && cache!.Get(key) is { } kept)
        {
            if (await UnchangedSinceAsync(connection, kept.Snapshot, (z, x, y), cancellationToken).ConfigureAwait(false))
            {
                return kept.Value;
            }

            cache.Remove(key, kept);
        }

        var sql = TileSql(z, x, y, filter);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // A low-zoom tile groups tens of thousands of movements: with the default 4 MB the grouping spills to disk.
        await using (var setting = new NpgsqlCommand(WorkMemSql, connection, transaction))
        {
            await setting.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The snapshot in the same statement as the tile: the one its rows were read under.
        await using var command = new NpgsqlCommand($"SELECT pg_current_snapshot()::text, ({sql})", connection, transaction);
        command.Parameters.AddRange(filter.Parameters.ToArray());
        string snapshot;
        byte[] tile;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            snapshot = reader.GetString(0);
            tile = reader.IsDBNull(1) ? [] : reader.GetFieldValue<byte[]>(1);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (key is not null)
        {
            cache!.Put(key, tile, snapshot);
        }

        return tile;
    }

    // Whether no write that a snapshot did not see touched the tile's area (with the buffer its query reads), or, with
    // no tile, anything. Rows of transactions below the snapshot's xmin had ended before it, so it saw them; the
    // index on xid finds the rest.
    private static async Task<bool> UnchangedSinceAsync(NpgsqlConnection connection, string snapshot, (int Z, int X, int Y)? tile, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT NOT EXISTS (
                SELECT 1 FROM movement_changes c
                WHERE c.xid >= pg_snapshot_xmin($1::pg_snapshot) AND NOT pg_visible_in_snapshot(c.xid, $1::pg_snapshot)
                  {(tile is null ? "" : "AND (c.area IS NULL OR c.area && ST_TileEnvelope($2::integer, $3::integer, $4::integer, margin => 512.0 / 4096))")})
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = snapshot });
        if (tile is { } t)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = t.Z });
            command.Parameters.Add(new NpgsqlParameter { Value = t.X });
            command.Parameters.Add(new NpgsqlParameter { Value = t.Y });
        }

        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    // The tile and the exact filter (its SQL and values), before the tile's own parameters are added.
    private static string CacheKey(int z, int x, int y, MovementFilterSql filter) =>
        CacheKey($"{z.ToString(CultureInfo.InvariantCulture)}/{x.ToString(CultureInfo.InvariantCulture)}/{y.ToString(CultureInfo.InvariantCulture)}", filter);

    private static string CacheKey(string what, MovementFilterSql filter) =>
        string.Join('|', [what, filter.Where,
            .. filter.Parameters.Select(p => p.Value switch
            {
                NpgsqlTypes.NpgsqlRange<DateTime> r => $"{(r.LowerBoundInfinite ? "-inf" : r.LowerBound.ToString("O", CultureInfo.InvariantCulture))},{r.LowerBoundIsInclusive},"
                    + $"{(r.UpperBoundInfinite ? "inf" : r.UpperBound.ToString("O", CultureInfo.InvariantCulture))},{r.UpperBoundIsInclusive}",
                NetTopologySuite.Geometries.Geometry g => g.AsText(),
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v?.ToString() ?? "null",
            })]);

    /// <summary>The SQL of one tile (its parameters added to <paramref name="filter"/>), after <see cref="WorkMemSql"/>.</summary>
    /// <param name="z">Zoom.</param>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    /// <param name="filter">The query's filter.</param>
    /// <param name="fromFlowRows">
    /// False: flows from the movements themselves even where <c>movement_flows</c> could answer (tests and bench/query
    /// compare the two).
    /// </param>
    internal static string TileSql(int z, int x, int y, MovementFilterSql filter, bool fromFlowRows = true)
    {
        var (tz, tx, ty) = (filter.Add(z), filter.Add(x), filter.Add(y));
        var tile = $"{tz}::integer, {tx}::integer, {ty}::integer";
        if (z >= DetailZoom)
        {
            return DetailSql(filter.Where, tile);
        }

        var size = filter.Add(CellSize(z));
        var cells = fromFlowRows && z <= FlowRowsMaxZoom && filter.OnlyPeriod ? FlowRowCells(tz, tx, ty, filter.Period) : MovementCells(filter.Where, size);
        return FlowSql(tile, size, cells);
    }

    /// <summary>The working memory of one tile's query (only for its transaction).</summary>
    internal const string WorkMemSql = "SET LOCAL work_mem = '64MB'";

    /// <summary>
    /// How many movements match a query, the earliest start and latest end of their periods, the box of their
    /// geometries and their actors: what a map needs to choose between listing them and drawing tiles, to bound its
    /// time slider and to give its actors colours that stay while tiles load.
    /// </summary>
    /// <param name="query">Dates, actor, status and area; limit and cursor are ignored.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="InvalidQueryException">The query is invalid or names an unknown region.</exception>
    /// <remarks>Kept and answered again like a tile (<see cref="TileAsync"/>), while nothing at all was written since.</remarks>
    public async Task<MovementTileSummary> SummaryAsync(MovementQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var filter = await FilterAsync(query, cancellationToken).ConfigureAwait(false);
        var key = summaries is not null && query.Region.RegionName is null && query.Region.AreaId is null ? CacheKey("summary", filter) : null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (key is not null && summaries!.Get(key) is { } kept)
        {
            if (await UnchangedSinceAsync(connection, kept.Snapshot, null, cancellationToken).ConfigureAwait(false))
            {
                return kept.Value;
            }

            summaries.Remove(key, kept);
        }

        // Grouped by actor in the one scan the count and the box need anyway: the actors come at the cost of hashing a
        // short text per row (EXPLAIN figures in the commit that added them).
        await using var command = new NpgsqlCommand($"""
            WITH actors AS (
                SELECT m.actor, count(*) AS n,
                       min(lower(m.period)) FILTER (WHERE NOT lower_inf(m.period)) AS first,
                       max(COALESCE(upper(m.period), lower(m.period))) FILTER (WHERE NOT upper_inf(m.period) OR NOT lower_inf(m.period)) AS last,
                       ST_Extent(m.geom) AS box
                FROM movements m
                WHERE {filter.Where}
                GROUP BY m.actor
            )
            SELECT COALESCE(sum(n), 0)::bigint, min(first), max(last),
                   min(ST_XMin(box)), min(ST_YMin(box)), max(ST_XMax(box)), max(ST_YMax(box)),
                   pg_current_snapshot()::text,
                   COALESCE(array_agg(actor ORDER BY actor COLLATE "C" NULLS LAST), ARRAY[]::text[])
            FROM actors
            """, connection);
        command.Parameters.AddRange(filter.Parameters.ToArray());
        MovementTileSummary summary;
        string snapshot;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            DateTimeOffset? Time(int i) => reader.IsDBNull(i) ? null : new DateTimeOffset(reader.GetFieldValue<DateTime>(i), TimeSpan.Zero);
            var box = reader.IsDBNull(3) ? null : new NetTopologySuite.Geometries.Envelope(reader.GetDouble(3), reader.GetDouble(5), reader.GetDouble(4), reader.GetDouble(6));
            summary = new MovementTileSummary(reader.GetInt64(0), Time(1), Time(2), box, reader.GetFieldValue<string?[]>(8));
            snapshot = reader.GetString(7);
        }

        if (key is not null)
        {
            summaries!.Put(key, summary, snapshot);
        }

        return summary;
    }

    private Task<MovementFilterSql> FilterAsync(MovementQuery query, CancellationToken cancellationToken)
    {
        query.Validate();
        return MovementFilterSql.PrepareAsync(query, dataSource, regions, cancellationToken);
    }

    /// <summary>The grid cell of flows at a zoom, in Web Mercator metres.</summary>
    /// <remarks>The twin of migration 0015's <c>movement_flow_cell</c>, which computes the same double.</remarks>
    internal static double CellSize(int z) => WebMercator.Resolution(z) * FlowCellPixels;

    // The tile's envelope, and the area it and its buffer cover (migration 0015's movement_tile_area, which
    // movement_flows is made with), the area in EPSG:3857 for the index of movements.geom_mercator (migration 0009).
    private static string Bounds(string tile) => $"""
        bounds AS (
            SELECT ST_TileEnvelope({tile}) AS env, movement_tile_area({tile}) AS area
        )
        """;

    // Times are float8: extract() gives numeric, which ST_AsMVT writes as a string ("1719792000000.000000"), and the
    // client's time filter, reading no number, took every movement as open-ended and showed it in any range.
    private const string Attributes = """
        m.actor, m.status,
        movement_strength(m.strength_min, m.strength_max) AS strength,
        CASE WHEN lower_inf(m.period) THEN NULL ELSE (extract(epoch FROM lower(m.period)) * 1000)::float8 END AS start,
        CASE WHEN upper_inf(m.period) THEN NULL ELSE (extract(epoch FROM upper(m.period)) * 1000)::float8 END AS "end",
        m.source_count AS sources, m.claim_count AS claims, NULLIF(m.movement_kind, 'unknown') AS kind,
        COALESCE(jsonb_path_exists(m.corroboration, '$.flags[*] ? (@.state == "open")'), false) AS contradicted
        """;

    /// <summary>How far each further route of a stack bows out, as a share of its length (GeoMap.Rendering's MovementGeometry.Bend, fan.ts's bend).</summary>
    internal const double FanBend = 0.12;

    /// <summary>The most bends of a stack (MovementGeometry.MaxFan): routes beyond the fifth share the fifth's curve.</summary>
    internal const int MaxFan = 4;

    /// <summary>
    /// The most a stacked route's middle moves per step of its stack, in pixels of its tile: 8, so that even the fifth's
    /// (32 px) stays within the 32 px buffer the routes of a tile are chosen by, and every tile the curve crosses has it.
    /// </summary>
    internal const double FanStepPixels = 8;

    private static readonly string FanBendText = FanBend.ToString("R", CultureInfo.InvariantCulture);
    private static readonly string FanStepText = FanStepPixels.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// The fan's curve for a chord from (0, 0) to (1, 0) and a control point 1 to its left of the middle, in chord units:
    /// the 17 points of t = i/16 at (t, 2t(1 - t)), exact binary fractions. A stacked route's curve is this line through
    /// one affine map (x = x0 + t dx - 2t(1 - t) k dy, y = y0 + t dy + 2t(1 - t) k dx, the quadratic curve of fan.ts
    /// rewritten), which costs a tile one ST_Affine a route instead of a subquery building 17 points (a third of a zoom 8
    /// tile's time at 1,000,000 movements).
    /// </summary>
    private static readonly string FanTemplate = "LINESTRING(" + string.Join(", ", Enumerable.Range(0, 17).Select(i =>
    {
        var t = i / 16.0;
        return FormattableString.Invariant($"{t:R} {2 * t * (1 - t):R}");
    })) + ")";

    // Stacked routes fan out as in list mode and the renderer (fan.ts, MovementGeometry): the movements between the same
    // two places with no via place, either way, are numbered by id among those of the tile (all of them cross it, as
    // they share their line), and each after the first becomes a quadratic curve through 17 points whose control point
    // lies off the chord's middle, on the left of travel, by bend x min(stack, 4) of its length, but by no more than
    // twice FanStepPixels x min(stack, 4) pixels at this zoom, so that the curve stays where the tile chose its routes.
    private static string DetailSql(string where, string tile) => $"""
        WITH {Bounds(tile)},
        chosen AS (
            SELECT m.id, {Attributes}, m.strength_min AS smin, m.strength_max AS smax, m.time_precision AS precision, m.origin_place_id, m.via_place_ids, m.destination_place_id, m.geom_mercator AS g,
                   m.origin_place_id IS NOT NULL AND m.destination_place_id IS NOT NULL AND COALESCE(cardinality(m.via_place_ids), 0) = 0 AS stackable
            FROM movements m
            WHERE m.geom_mercator && (SELECT area FROM bounds) AND ({where})
        ),
        stacked AS (
            SELECT c.*, CASE WHEN c.stackable THEN least(row_number() OVER (
                       PARTITION BY c.stackable, least(c.origin_place_id, c.destination_place_id), greatest(c.origin_place_id, c.destination_place_id)
                       ORDER BY c.id) - 1, {MaxFan}) ELSE 0 END AS stack,
                   (ST_XMax(bounds.env) - ST_XMin(bounds.env)) / 256 AS pixel
            FROM chosen c, bounds
        ),
        m AS (
            SELECT s.id, s.actor, s.status, s.strength, s.start, s."end", s.sources, s.claims, s.kind, s.contradicted, s.smin, s.smax, s.precision,
                   s.origin_place_id, s.via_place_ids, s.destination_place_id, f.bent, CASE WHEN f.bent THEN f.k END AS bow,
                   CASE WHEN f.bent THEN ST_SetSRID(ST_Affine('{FanTemplate}'::geometry,
                            f.dx, -f.k * f.dy, f.dy, f.k * f.dx, ST_X(ST_StartPoint(s.g)), ST_Y(ST_StartPoint(s.g))), 3857)
                        ELSE s.g END AS g
            FROM stacked s, LATERAL (
                SELECT s.stack > 0 AND GeometryType(s.g) = 'LINESTRING' AND ST_NPoints(s.g) = 2 AND ST_Length(s.g) > 0 AS bent,
                       ST_X(ST_EndPoint(s.g)) - ST_X(ST_StartPoint(s.g)) AS dx, ST_Y(ST_EndPoint(s.g)) - ST_Y(ST_StartPoint(s.g)) AS dy,
                       least({FanBendText} * s.stack, 2 * {FanStepText} * s.stack * s.pixel / NULLIF(ST_Length(s.g), 0)) AS k) f
        ),
        touched AS (
            SELECT p.place_id, count(*) AS weight
            FROM m, unnest(array[m.origin_place_id] || m.via_place_ids || array[m.destination_place_id]) AS p(place_id)
            WHERE p.place_id IS NOT NULL
            GROUP BY p.place_id
        ),
        named AS (
            SELECT p.id, CASE WHEN p.geonameid IS NOT NULL THEN 'gn:' || p.geonameid ELSE 'cur:' || p.curated_key END AS key, p.name, p.country_code AS country, t.weight,
                   NULLIF(lower(p.kind) IN ('country', 'region'), false) AS area, p.geom
            FROM touched t JOIN places p ON p.id = t.place_id
        ),
        toarea AS (
            -- The movements to a country or region: the area (key and name), the route's last stretch (EPSG:3857, from
            -- the last place before the area to the area's point, the whole curve of a bent route; the point of a
            -- movement known by the area only), its ends and bow, and the rest of a route through via places.
            SELECT m.id, n.key AS area, n.name AS areaname, ST_X(a.p0) AS fx, ST_Y(a.p0) AS fy, ST_X(a.p1) AS tx, ST_Y(a.p1) AS ty, m.bow,
                   CASE WHEN a.p0 IS NULL THEN m.g WHEN m.bent OR ST_NPoints(m.g) = 2 THEN m.g ELSE ST_MakeLine(a.p0, a.p1) END AS stretch,
                   CASE WHEN a.p0 IS NOT NULL AND NOT m.bent AND ST_NPoints(m.g) > 2 THEN ST_RemovePoint(m.g, ST_NPoints(m.g) - 1) END AS rest
            FROM m JOIN named n ON n.id = m.destination_place_id AND n.area, LATERAL (
                SELECT CASE WHEN GeometryType(m.g) <> 'LINESTRING' THEN NULL WHEN m.bent THEN ST_StartPoint(m.g) ELSE ST_PointN(m.g, ST_NPoints(m.g) - 1) END AS p0,
                       CASE WHEN GeometryType(m.g) = 'LINESTRING' THEN ST_EndPoint(m.g) ELSE m.g END AS p1) a
        ),
        lines AS (
            -- A route to an area is drawn from the toareas layer; here only the rest of one through via places.
            SELECT m.id, m.actor, m.status, m.strength, m.start, m."end", m.sources, m.claims, m.contradicted,
                   ST_AsMVTGeom(CASE WHEN a.id IS NULL THEN m.g ELSE a.rest END, bounds.env, 4096, 64, true) AS geom
            FROM m LEFT JOIN toarea a ON a.id = m.id, bounds
            WHERE GeometryType(m.g) = 'LINESTRING'
        ),
        toareas AS (
            -- In every tile within 32 px of the stretch: the head the client draws where it meets the outline may be there.
            SELECT a.id AS movement, a.area, a.areaname, a.fx, a.fy, a.tx, a.ty, a.bow,
                   m.actor, m.status, m.strength, m.start, m."end", m.sources, m.claims, m.contradicted, m.kind,
                   ST_AsMVTGeom(a.stretch, bounds.env, 4096, 512, true) AS geom
            FROM toarea a JOIN m ON m.id = a.id, bounds
        ),
        heads AS (
            -- Only the vertices in the tile and its buffer: a route's heads elsewhere are other tiles' (no sort by
            -- movement and vertex as a window over every point would need). A bent route's vertices are its curve's, not
            -- places: only its last has a head.
            SELECT m.id AS movement, m.actor, m.status, m.strength, m.start, m."end", m.sources, m.claims, m.contradicted, m.kind,
                   v.n = v.points AS last, pi() / 2 - ST_Azimuth(v.previous, v.point) AS angle, NULL::boolean AS lone,
                   ST_AsMVTGeom(v.point, bounds.env, 4096, 512, true) AS geom
            FROM m, bounds, LATERAL (
                SELECT n, ST_NPoints(m.g) AS points, ST_PointN(m.g, n) AS point, ST_PointN(m.g, n - 1) AS previous
                FROM generate_series(2, ST_NPoints(m.g)) n) v
            WHERE GeometryType(m.g) = 'LINESTRING' AND v.point && bounds.area AND NOT ST_Equals(v.previous, v.point)
              AND (NOT m.bent OR v.n = v.points)
            UNION ALL
            SELECT m.id, m.actor, m.status, m.strength, m.start, m."end", m.sources, m.claims, m.contradicted, m.kind,
                   true, -pi() / 2, true, ST_AsMVTGeom(m.g, bounds.env, 4096, 512, true)
            FROM m, bounds
            WHERE GeometryType(m.g) = 'POINT'
        ),
        labels AS (
            -- One label per route with a strength or a stated time, at its middle, in the one tile holding that point
            -- (not in its buffer, so no neighbour repeats it); its direction there and its length let the client place
            -- it and leave it out where the route is short on screen.
            SELECT m.id AS movement, m.actor, m.start, m."end", m.precision, m.smin, m.smax, ST_Length(m.g) AS length,
                   row_number() OVER (ORDER BY COALESCE(m.smax, m.smin) DESC NULLS LAST, ST_Length(m.g) DESC, m.id) AS rank,
                   pi() / 2 - ST_Azimuth(ST_LineInterpolatePoint(m.g, 0.45), ST_LineInterpolatePoint(m.g, 0.55)) AS angle,
                   ST_AsMVTGeom(mid.point, bounds.env, 4096, 0, true) AS geom
            FROM m, bounds, LATERAL (SELECT ST_LineInterpolatePoint(m.g, 0.5) AS point) mid
            WHERE GeometryType(m.g) = 'LINESTRING' AND ST_Length(m.g) > 0
              AND (COALESCE(m.smin, m.smax) IS NOT NULL OR (m.precision <> 'unknown' AND (m.start IS NOT NULL OR m."end" IS NOT NULL)))
              AND ST_Intersects(mid.point, bounds.env)
        ),
        places AS (
            SELECT n.id, n.key, n.name, n.country, n.weight, n.area,
                   ST_AsMVTGeom(ST_Transform(n.geom, 3857), bounds.env, 4096, 256, true) AS geom
            FROM named n, bounds
            WHERE abs(ST_Y(n.geom)) < 85.0511
        )
        SELECT COALESCE((SELECT ST_AsMVT(l, 'movements', 4096, 'geom', 'id') FROM (SELECT * FROM lines WHERE geom IS NOT NULL ORDER BY id) l), ''::bytea)
            || COALESCE((SELECT ST_AsMVT(h, 'heads', 4096, 'geom') FROM (SELECT * FROM heads WHERE geom IS NOT NULL ORDER BY movement, last, angle) h), ''::bytea)
            || COALESCE((SELECT ST_AsMVT(p, 'places', 4096, 'geom', 'id') FROM (SELECT * FROM places WHERE geom IS NOT NULL ORDER BY id) p), ''::bytea)
            || COALESCE((SELECT ST_AsMVT(l, 'labels', 4096, 'geom') FROM (SELECT * FROM labels WHERE geom IS NOT NULL ORDER BY movement) l), ''::bytea)
            || COALESCE((SELECT ST_AsMVT(t, 'toareas', 4096, 'geom') FROM (SELECT * FROM toareas WHERE geom IS NOT NULL ORDER BY movement) t), ''::bytea)
        """;

    // Flows: the movements grouped by the grid cells (integers, round(metres / cell)) of their stored first and last
    // points, first by actor as well, so the main actor is the one with most movements without sorting each group; the
    // largest flows are kept before anything is drawn. The cells come from the movements themselves or from their rows
    // in movement_flows (FlowRowCells), which hold the same cells and fields.
    private static string MovementCells(string where, string size) => $"""
        SELECT round(m.start_x_mercator / {size}::float8)::integer AS ox, round(m.start_y_mercator / {size}::float8)::integer AS oy,
               round(m.end_x_mercator / {size}::float8)::integer AS dx, round(m.end_y_mercator / {size}::float8)::integer AS dy,
               m.actor, count(*) AS count, sum(movement_strength(m.strength_min, m.strength_max)) AS strength,
               bool_and(m.status = 'planned') AS planned,
               bool_or(lower_inf(m.period)) AS open_start, min(lower(m.period)) AS first,
               bool_or(upper_inf(m.period)) AS open_end, max(upper(m.period)) AS last
        FROM movements m
        WHERE m.geom_mercator && (SELECT area FROM bounds) AND m.start_x_mercator IS NOT NULL AND m.end_x_mercator IS NOT NULL
              AND ({where})
        GROUP BY 1, 2, 3, 4, m.actor
        """;

    // The tile's rows of movement_flows (migration 0015) in the date range: a short period's row by its start (from
    // FlowShortPeriod before the range to its end, through the index), the others' all, each then tested exactly.
    private static string FlowRowCells(string z, string x, string y, string? period)
    {
        var theTile = $"f.zoom = {z}::smallint AND f.tile_x = {x}::integer AND f.tile_y = {y}::integer";
        var rows = period is null
            ? $"SELECT * FROM movement_flows f WHERE {theTile}"
            : $"""
              SELECT * FROM movement_flows f
              WHERE {theTile} AND f.period && {period}
                AND f.since >= COALESCE(lower({period}) - interval '{FlowShortPeriod.TotalDays.ToString(CultureInfo.InvariantCulture)} days', '-infinity')
                AND f.since <= COALESCE(upper({period}), 'infinity')
              UNION ALL
              SELECT * FROM movement_flows f WHERE {theTile} AND f.since IS NULL AND f.period && {period}
              """;
        return $"""
            SELECT f.ox, f.oy, f.dx, f.dy, f.actor, count(*) AS count, sum(f.strength) AS strength, bool_and(f.planned) AS planned,
                   bool_or(lower_inf(f.period)) AS open_start, min(lower(f.period)) AS first,
                   bool_or(upper_inf(f.period)) AS open_end, max(upper(f.period)) AS last
            FROM ({rows}) f
            GROUP BY 1, 2, 3, 4, f.actor
            """;
    }

    private static string FlowSql(string tile, string size, string cells) => $"""
            WITH {Bounds(tile)},
            cells AS (
                {cells}
            ),
            largest AS (
                SELECT ox, oy, dx, dy, sum(count) AS count, sum(strength) AS strength,
                       (array_agg(actor ORDER BY count DESC, actor) FILTER (WHERE actor IS NOT NULL))[1] AS actor, count(actor) AS actors,
                       CASE WHEN bool_and(planned) THEN 'planned' ELSE 'mixed' END AS status,
                       CASE WHEN bool_or(open_start) THEN NULL ELSE (extract(epoch FROM min(first)) * 1000)::float8 END AS start,
                       CASE WHEN bool_or(open_end) THEN NULL ELSE (extract(epoch FROM max(last)) * 1000)::float8 END AS "end"
                FROM cells
                GROUP BY ox, oy, dx, dy
                ORDER BY count DESC, strength DESC NULLS LAST, ox, oy, dx, dy
                LIMIT {MaxFlowsPerTile}
            ),
            flows AS (
                SELECT row_number() OVER (ORDER BY f.count DESC, f.strength DESC NULLS LAST, f.ox, f.oy, f.dx, f.dy) AS id, f.*,
                       ST_SetSRID(ST_MakePoint(f.ox * {size}::float8, f.oy * {size}::float8), 3857) AS o,
                       ST_SetSRID(ST_MakePoint(f.dx * {size}::float8, f.dy * {size}::float8), 3857) AS d
                FROM largest f
            ),
            lines AS (
                SELECT f.id, f.count, f.strength, f.actor, f.actors, f.status, f.start, f."end",
                       ST_AsMVTGeom(ST_MakeLine(f.o, f.d), bounds.env, 4096, 64, true) AS geom
                FROM flows f, bounds
                WHERE (f.ox, f.oy) <> (f.dx, f.dy)
            ),
            heads AS (
                SELECT f.id AS flow, f.count, f.strength, f.actor, f.actors, f.status, f.start, f."end", true AS last,
                       CASE WHEN (f.ox, f.oy) = (f.dx, f.dy) THEN -pi() / 2 ELSE pi() / 2 - ST_Azimuth(f.o, f.d) END AS angle,
                       ST_AsMVTGeom(f.d, bounds.env, 4096, 512, true) AS geom
                FROM flows f, bounds
            )
            SELECT COALESCE((SELECT ST_AsMVT(l, 'flows', 4096, 'geom', 'id') FROM (SELECT * FROM lines WHERE geom IS NOT NULL ORDER BY id) l), ''::bytea)
                || COALESCE((SELECT ST_AsMVT(h, 'heads', 4096, 'geom') FROM (SELECT * FROM heads WHERE geom IS NOT NULL ORDER BY flow) h), ''::bytea)
            """;
}

/// <summary>What <see cref="MovementTileRepository.SummaryAsync"/> finds.</summary>
/// <param name="Count">Movements matching.</param>
/// <param name="From">The earliest start of their periods, or null when none has one.</param>
/// <param name="To">The latest end (or start, for a period open at its end) of their periods, or null.</param>
/// <param name="Bounds">The box of their geometries (lon/lat), or null when none has one.</param>
/// <param name="Actors">
/// Their actors as stored, each spelling once in ordinal order, and null last when one has no actor stated (drawn in
/// the unattributed colour, which no actor may then take): what a map assigns its actors' colours over.
/// </param>
public sealed record MovementTileSummary(long Count, DateTimeOffset? From, DateTimeOffset? To, NetTopologySuite.Geometries.Envelope? Bounds,
    IReadOnlyList<string?> Actors);

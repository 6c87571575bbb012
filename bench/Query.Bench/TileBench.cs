using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Storage.Queries;
using GeoMap.Storage.Repositories;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Bench.Query;

/// <summary>
/// Movement vector tiles over the loaded movements (issue 19): <c>MovementTileRepository.TileAsync</c> and the same
/// SQL (parameters as literals, the same work_mem) through psql, alternating tile by tile. Each zoom gets tiles under
/// random movements' first points; below the detail zoom a tile is asked for a random 31-day window within the stored periods (the flows of the
/// client's time range), from it on for all time (the client filters detail tiles itself).
/// </summary>
internal static partial class TileBench
{
    private static readonly int[] Zooms = [3, 4, 5, 6, 7, 8, 10, 12];

    // Tiles under random movements' first points, each zoom's with the query the client sends it.
    private static async Task<List<(int Z, int X, int Y, MovementQuery Query)>> SampleAsync(NpgsqlDataSource dataSource, int perZoom, int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        var points = new List<(double Lon, double Lat)>();
        await using (var command = dataSource.CreateCommand($"SELECT ST_X(ST_StartPoint(geom)), ST_Y(ST_StartPoint(geom)) FROM movements TABLESAMPLE SYSTEM (1) REPEATABLE ({seed}) LIMIT 2000"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                points.Add((reader.GetDouble(0), reader.GetDouble(1)));
            }
        }

        DateTime first, last;
        await using (var command = dataSource.CreateCommand("SELECT min(lower(period)), max(upper(period)) FROM movements"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (first, last) = (reader.GetDateTime(0), reader.GetDateTime(1));
        }

        var days = Math.Max(1, (int)(last - first).TotalDays - 31);
        var tiles = new List<(int Z, int X, int Y, MovementQuery Query)>();
        foreach (var z in Zooms)
        {
            for (var i = 0; i < perZoom; i++)
            {
                var (lon, lat) = points[random.Next(points.Count)];
                var (xm, ym) = WebMercator.FromLonLat(lon, lat);
                var from = new DateTimeOffset(first, TimeSpan.Zero).AddDays(random.Next(days));
                var query = z < MovementTileRepository.DetailZoom ? new MovementQuery { From = from, To = from.AddDays(31) } : new MovementQuery();
                tiles.Add((z, WebMercator.TileX(xm, z), WebMercator.TileY(ym, z), query));
            }
        }

        return tiles;
    }

    public static async Task<string> RunAsync(NpgsqlDataSource dataSource, string psqlUrl, int perZoom, int seed, CancellationToken ct)
    {
        var zooms = Zooms;
        var tiles = await SampleAsync(dataSource, perZoom, seed, ct);

        // Tiles made anew each time (no kept tiles), like for like with the SQL through psql.
        var repository = new MovementTileRepository(dataSource, keepTiles: false);
        await using var psql = await PsqlSession.StartAsync(psqlUrl, ct);
        await psql.TimeAsync(MovementTileRepository.WorkMemSql.Replace(" LOCAL", "", StringComparison.Ordinal), ct);
        var storage = zooms.ToDictionary(z => z, _ => new List<double>());
        var direct = zooms.ToDictionary(z => z, _ => new List<double>());
        var bytes = zooms.ToDictionary(z => z, _ => new List<double>());
        // One unmeasured pass of each path warms the pool, the plans and the buffer cache alike.
        foreach (var t in tiles.Take(zooms.Length * 2))
        {
            await repository.TileAsync(t.Z, t.X, t.Y, t.Query, ct);
            await psql.TimeAsync(Literal(t.Z, t.X, t.Y, t.Query), ct);
        }

        foreach (var t in tiles)
        {
            var watch = Stopwatch.StartNew();
            var tile = await repository.TileAsync(t.Z, t.X, t.Y, t.Query, ct);
            storage[t.Z].Add(watch.Elapsed.TotalMilliseconds);
            bytes[t.Z].Add(tile.Length);
            direct[t.Z].Add(await psql.TimeAsync(Literal(t.Z, t.X, t.Y, t.Query), ct));
        }

        static double P(List<double> xs, double p) { var s = xs.Order().ToList(); return s[Math.Max(0, (int)Math.Ceiling(p * s.Count) - 1)]; }
        var all = (Storage: storage.Values.SelectMany(v => v).ToList(), Direct: direct.Values.SelectMany(v => v).ToList());
        var rows = zooms.Select(z =>
            $"| {z} ({(z < MovementTileRepository.DetailZoom ? "flows, 31 days" : "detail, all time")}) | {P(storage[z], 0.5):F1} / {P(storage[z], 0.99):F1} | {P(direct[z], 0.5):F1} / {P(direct[z], 0.99):F1} | {P(bytes[z], 0.5):F0} / {bytes[z].Max():F0} |");
        return $"""
            Tiles: {perZoom} per zoom under random movements' first points (seed {seed}); below zoom {MovementTileRepository.DetailZoom} with a random 31-day window, from it on for all time. After one unmeasured pass, the two paths alternate tile by tile.

            | zoom | Storage `TileAsync` p50 / p99 ms | the same SQL through psql p50 / p99 ms | bytes p50 / max |
            |---|---|---|---|
            {string.Join("\n", rows)}
            | all | {P(all.Storage, 0.5):F1} / {P(all.Storage, 0.99):F1} | {P(all.Direct, 0.5):F1} / {P(all.Direct, 0.99):F1} | |

            Targets: p50 under 20 ms and p99 under 100 ms per tile.
            """;
    }

    /// <summary>
    /// The same tiles' SQL under <c>EXPLAIN (ANALYZE, BUFFERS)</c>, each run twice and the second read: the 8 kB pages
    /// each tile's query touched (shared hits and reads, all plan nodes), which unlike time does not depend on the load.
    /// </summary>
    public static async Task<string> ExplainAsync(NpgsqlDataSource dataSource, int perZoom, int seed, CancellationToken ct)
    {
        var tiles = await SampleAsync(dataSource, perZoom, seed, ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var setting = new NpgsqlCommand(MovementTileRepository.WorkMemSql.Replace(" LOCAL", "", StringComparison.Ordinal), connection))
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        var pages = Zooms.ToDictionary(z => z, _ => new List<double>());
        var ms = Zooms.ToDictionary(z => z, _ => new List<double>());
        foreach (var t in tiles)
        {
            var filter = new MovementFilterSql(t.Query, regionCode: null);
            var sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + MovementTileRepository.TileSql(t.Z, t.X, t.Y, filter);
            JsonElement plan = default;
            for (var pass = 0; pass < 2; pass++)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddRange(filter.Parameters.Select(p => p.Clone()).ToArray());
                using var json = JsonDocument.Parse((string)(await command.ExecuteScalarAsync(ct))!);
                plan = json.RootElement[0].Clone();
            }

            var top = plan.GetProperty("Plan");
            pages[t.Z].Add(top.GetProperty("Shared Hit Blocks").GetDouble() + top.GetProperty("Shared Read Blocks").GetDouble());
            ms[t.Z].Add(plan.GetProperty("Execution Time").GetDouble());
        }

        static double P(List<double> xs, double p) { var s = xs.Order().ToList(); return s[Math.Max(0, (int)Math.Ceiling(p * s.Count) - 1)]; }
        var rows = Zooms.Select(z => $"| {z} | {P(pages[z], 0.5):F0} / {pages[z].Max():F0} | {P(ms[z], 0.5):F1} / {P(ms[z], 0.99):F1} |");
        return $"""
            | zoom | pages touched p50 / max | execution ms p50 / p99 |
            |---|---|---|
            {string.Join("\n", rows)}
            """;
    }

    /// <summary>
    /// The same flow tiles made from <c>movement_flows</c> and from the movements themselves (migration 0015): how many
    /// are byte for byte the same, per zoom, and the features they hold.
    /// </summary>
    public static async Task<string> CompareAsync(NpgsqlDataSource dataSource, int perZoom, int seed, CancellationToken ct)
    {
        var tiles = await SampleAsync(dataSource, perZoom, seed, ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var setting = new NpgsqlCommand(MovementTileRepository.WorkMemSql.Replace(" LOCAL", "", StringComparison.Ordinal), connection))
        {
            await setting.ExecuteNonQueryAsync(ct);
        }

        async Task<byte[]> TileAsync((int Z, int X, int Y, MovementQuery Query) t, bool fromFlowRows)
        {
            var filter = new MovementFilterSql(t.Query, regionCode: null);
            await using var command = new NpgsqlCommand(MovementTileRepository.TileSql(t.Z, t.X, t.Y, filter, fromFlowRows), connection) { CommandTimeout = 0 };
            command.Parameters.AddRange(filter.Parameters.ToArray());
            return await command.ExecuteScalarAsync(ct) is byte[] b ? b : [];
        }

        var rows = new List<string>();
        foreach (var group in tiles.Where(t => t.Z <= MovementTileRepository.FlowRowsMaxZoom).GroupBy(t => t.Z))
        {
            var (same, bytes) = (0, 0L);
            foreach (var t in group)
            {
                var fromRows = await TileAsync(t, fromFlowRows: true);
                var fromMovements = await TileAsync(t, fromFlowRows: false);
                same += fromRows.AsSpan().SequenceEqual(fromMovements) ? 1 : 0;
                bytes += fromRows.Length;
            }

            rows.Add($"| {group.Key} | {same} of {group.Count()} | {bytes / group.Count()} |");
        }

        return $"""
            | zoom | tiles byte for byte the same | mean bytes |
            |---|---|---|
            {string.Join("\n", rows)}
            """;
    }

    /// <summary>The exact SQL TileAsync sends, with its parameters written as literals for psql.</summary>
    private static string Literal(int z, int x, int y, MovementQuery query)
    {
        var filter = new MovementFilterSql(query, regionCode: null);
        var sql = MovementTileRepository.TileSql(z, x, y, filter);
        var values = filter.Parameters.Select(p => p.Value switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "::float8",
            int i => i.ToString(CultureInfo.InvariantCulture),
            NpgsqlRange<DateTime> r => $"tstzrange({(r.LowerBoundInfinite ? "NULL" : $"'{r.LowerBound:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}'")}, {(r.UpperBoundInfinite ? "NULL" : $"'{r.UpperBound:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}'")}, '[]')",
            var v => throw new NotSupportedException($"No literal form for {v?.GetType().Name}"),
        }).ToArray();
        return Placeholder().Replace(sql, m => values[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1]);
    }

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();
}

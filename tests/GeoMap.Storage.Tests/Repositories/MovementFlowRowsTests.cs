using GeoMap.Core.Movements;
using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Storage.Queries;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using Npgsql;

namespace GeoMap.Storage.Tests.Repositories;

/// <summary>
/// The flow tiles of the lowest zooms read <c>movement_flows</c> (migration 0015): byte for byte the tiles the movements
/// themselves give, and the rows stay exactly those of the movements through every kind of write.
/// </summary>
public sealed class MovementFlowRowsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly MovementRepository movements = new(database.DataSource);

    public static TheoryData<string?, string?> Windows => new()
    {
        { null, null },
        { "2024-03-01", "2024-03-31" },
        { "2024-05-20", null },
        { null, "2024-02-10" },
        { "2024-09-01", "2024-09-02" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Flow_tiles_from_the_flow_rows_are_the_tiles_of_the_movements(string? from, string? to)
    {
        await SeedVariedAsync();
        await AssertFlowRowsExactAsync();
        var query = new MovementQuery { From = from is null ? null : Build.Utc(from), To = to is null ? null : Build.Utc(to) };
        var compared = 0;
        var withFlows = 0;
        foreach (var (z, x, y) in await TilesUnderMovementsAsync())
        {
            var fromRows = await TileAsync(z, x, y, query, fromFlowRows: true);
            Assert.Equal(await TileAsync(z, x, y, query, fromFlowRows: false), fromRows);
            compared++;
            withFlows += fromRows.Length > 0 ? 1 : 0;
        }

        Assert.True(compared > 40, $"{compared} tiles compared");
        Assert.True(withFlows > compared / 3, $"{withFlows} of {compared} tiles hold flows");
    }

    [Fact]
    public void Only_a_filter_of_dates_at_the_lowest_zooms_reads_the_flow_rows()
    {
        static string Sql(int z, MovementQuery q) => MovementTileRepository.TileSql(z, 0, 0, new MovementFilterSql(q, regionCode: null));
        var dates = new MovementQuery { From = Build.Utc("2024-01-01"), To = Build.Utc("2024-02-01") };
        Assert.Contains("movement_flows", Sql(MovementTileRepository.FlowRowsMaxZoom, dates), StringComparison.Ordinal);
        Assert.Contains("movement_flows", Sql(0, new MovementQuery()), StringComparison.Ordinal);
        Assert.DoesNotContain("movement_flows", Sql(MovementTileRepository.FlowRowsMaxZoom + 1, dates), StringComparison.Ordinal);
        Assert.DoesNotContain("movement_flows", Sql(3, dates with { Actor = "Russia" }), StringComparison.Ordinal);
        Assert.DoesNotContain("movement_flows", Sql(3, dates with { Status = MovementStatus.Planned }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cell_size_in_SQL_is_the_same_double_as_in_CSharp()
    {
        for (var z = 0; z <= MovementTileRepository.FlowRowsMaxZoom; z++)
        {
            await using var command = database.DataSource.CreateCommand("SELECT movement_flow_cell($1)");
            command.Parameters.Add(new NpgsqlParameter { Value = z });
            Assert.Equal(MovementTileRepository.CellSize(z), (double)(await command.ExecuteScalarAsync())!);
        }

        await using var zooms = database.DataSource.CreateCommand(
            "SELECT max(zoom)::integer FROM movement_flow_tiles(ST_SetSRID(ST_MakePoint(1000, 1000), 3857), 1000, 1000, 1000, 1000)");
        Assert.Equal(MovementTileRepository.FlowRowsMaxZoom, (int)(await zooms.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task An_edit_a_corrected_place_a_false_report_deleted_and_a_merge_each_change_the_flow_tile_exactly()
    {
        // Three movements between the same two towns, in one zoom 4 cell each end, in one tile.
        var origin = Build.Place("Flowford", 100.10, -40.10, country: "ZZ");
        var destination = Build.Place("Flowham", 101.60, -40.90, country: "ZZ");
        var elsewhere = Build.Place("Flowstead", 104.50, -43.00, country: "ZZ");
        var ids = new List<long>();
        foreach (var actor in new[] { "Testland", "Testland", "Otherland" })
        {
            ids.Add((await movements.AddAsync(Build.Movement(actor, Build.Days("2024-04-02", "2024-04-05"), origin, destination)
                with { Strength = Strength.Exactly(100, "100"), Status = MovementStatus.Planned }, "test", CancellationToken.None)).Id);
        }

        var query = new MovementQuery { From = Build.Utc("2024-04-01"), To = Build.Utc("2024-04-30") };
        var (x, y) = (TileX(100.5, 4), TileY(-40.5, 4));
        async Task<byte[]> ExactAsync()
        {
            await AssertFlowRowsExactAsync();
            var tile = await TileAsync(4, x, y, query, fromFlowRows: true);
            Assert.Equal(await TileAsync(4, x, y, query, fromFlowRows: false), tile);
            return tile;
        }

        var before = await ExactAsync();
        Assert.NotEmpty(before);

        // An analyst's edit: the strength and the status of one.
        var edited = (await movements.GetAsync(ids[0], CancellationToken.None))! with { Strength = Strength.Exactly(900, "900"), Status = MovementStatus.Completed };
        Assert.NotNull(await movements.UpdateAsync(ids[0], edited, "analyst", CancellationToken.None));
        var afterEdit = await ExactAsync();
        Assert.NotEqual(before, afterEdit);

        // A corrected destination moves the flow's end to another cell.
        var corrected = (await movements.GetAsync(ids[1], CancellationToken.None))! with { Destination = elsewhere };
        Assert.NotNull(await movements.UpdateAsync(ids[1], corrected, "analyst", CancellationToken.None));
        var afterCorrection = await ExactAsync();
        Assert.NotEqual(afterEdit, afterCorrection);

        // A gazetteer place moved keeps the movements' stored routes, so neither their rows nor the tile change.
        await using (var move = database.DataSource.CreateCommand("UPDATE places SET geom = ST_SetSRID(ST_MakePoint(100.2, -40.2), 4326) WHERE name = 'Flowford'"))
        {
            Assert.Equal(1, await move.ExecuteNonQueryAsync());
        }

        Assert.Equal(afterCorrection, await ExactAsync());

        // Deleted as a false report.
        Assert.True(await movements.DeleteAsync(ids[2], "analyst", CancellationToken.None, reason: "false report"));
        var afterDelete = await ExactAsync();
        Assert.NotEqual(afterCorrection, afterDelete);

        // Merged: one movement left of the two.
        Assert.True(await new AnalystDecisions(database.DataSource).MergeAsync(ids[0], ids[1], "analyst", CancellationToken.None));
        Assert.NotEqual(afterDelete, await ExactAsync());

        await using var rows = database.DataSource.CreateCommand("SELECT count(*) FROM movement_flows WHERE movement_id = ANY($1)");
        rows.Parameters.Add(new NpgsqlParameter { Value = new[] { ids[1], ids[2] } });
        Assert.Equal(0L, await rows.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Concurrent_writers_keep_the_flow_rows_exact()
    {
        // Eight writers at once, each inserting, editing and deleting in its own transactions, one of each rolled back.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async w =>
        {
            for (var round = 0; round < 4; round++)
            {
                await using var connection = await database.DataSource.OpenConnectionAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                await using (var insert = new NpgsqlCommand(
                    """
                    INSERT INTO movements (actor, status, strength_min, strength_max, geom, period)
                    SELECT 'Writer' || $1, 'planned', 10 * i, NULL,
                           ST_SetSRID(ST_MakeLine(ST_MakePoint(-60 + $1 + i * 0.3, -20 - $2), ST_MakePoint(-58 + $1 + i * 0.2, -21 - $2)), 4326),
                           tstzrange(timestamptz '2024-06-01' + i * interval '1 day', timestamptz '2024-06-03' + i * interval '1 day')
                    FROM generate_series(1, 5) i
                    """, connection, transaction))
                {
                    insert.Parameters.Add(new NpgsqlParameter { Value = (double)w });
                    insert.Parameters.Add(new NpgsqlParameter { Value = (double)round });
                    await insert.ExecuteNonQueryAsync();
                }

                await using (var edit = new NpgsqlCommand(
                    "UPDATE movements SET status = 'completed', period = tstzrange(lower(period), upper(period) + interval '30 days') WHERE actor = 'Writer' || $1 AND strength_min = 20",
                    connection, transaction))
                {
                    edit.Parameters.Add(new NpgsqlParameter { Value = (double)w });
                    await edit.ExecuteNonQueryAsync();
                }

                await using (var delete = new NpgsqlCommand("DELETE FROM movements WHERE actor = 'Writer' || $1 AND strength_min = 30", connection, transaction))
                {
                    delete.Parameters.Add(new NpgsqlParameter { Value = (double)w });
                    await delete.ExecuteNonQueryAsync();
                }

                if (round == 2)
                {
                    await transaction.RollbackAsync();
                }
                else
                {
                    await transaction.CommitAsync();
                }
            }
        }));

        await AssertFlowRowsExactAsync();
        await using var count = database.DataSource.CreateCommand("SELECT count(*) FROM movements WHERE actor LIKE 'Writer%'");
        Assert.Equal(8L * 3 * 4, await count.ExecuteScalarAsync());
    }

    // Movements of every shape the flows meet: routes, routes through a via point, single places, periods short, long
    // and open at either end, no actor, no strength, and some beyond the latitudes Web Mercator reaches. Once per class.
    private async Task SeedVariedAsync()
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using (var seeded = new NpgsqlCommand("SELECT count(*) FROM movements WHERE created_by = 'varied'", connection))
        {
            if ((long)(await seeded.ExecuteScalarAsync())! > 0)
            {
                return;
            }
        }

        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO movements (actor, status, strength_min, strength_max, geom, period, created_by)
            SELECT (ARRAY['Russia', 'Ukraine', NULL, 'China'])[1 + i % 4],
                   (ARRAY['planned', 'under_way', 'completed', 'unknown', 'planned'])[1 + (i * 7) % 5],
                   CASE WHEN i % 5 = 0 THEN NULL ELSE 100 * (i % 13) END,
                   CASE WHEN i % 3 = 0 THEN NULL ELSE 150 * (i % 13) END,
                   CASE WHEN i % 11 = 0 THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)
                        WHEN i % 7 = 0 THEN ST_SetSRID(ST_MakeLine(ARRAY[ST_MakePoint(lon, lat), ST_MakePoint(lon + 3, lat - 2), ST_MakePoint(lon + dlon, lat + dlat)]), 4326)
                        ELSE ST_SetSRID(ST_MakeLine(ST_MakePoint(lon, lat), ST_MakePoint(lon + dlon, lat + dlat)), 4326) END,
                   CASE WHEN i % 17 = 0 THEN tstzrange(NULL, day + interval '3 days')
                        WHEN i % 19 = 0 THEN tstzrange(day, NULL)
                        WHEN i % 13 = 0 THEN tstzrange(day, day + interval '40 days')
                        WHEN i % 23 = 0 THEN tstzrange(day + interval '6 hours', day + interval '14 days 6 hours', '[]')
                        ELSE tstzrange(day, day + (1 + i % 10) * interval '1 day') END,
                   'varied'
            FROM (SELECT i,
                         -10 + (i * 7919 % 8000) / 100.0 AS lon, 20 + (i * 104729 % 6700) / 100.0 AS lat,
                         ((i * 31 % 80) - 40) / 10.0 AS dlon, ((i * 17 % 60) - 30) / 10.0 AS dlat,
                         timestamptz '2024-01-01' + (i * 37 % 300) * interval '1 day' AS day
                  FROM generate_series(1, 1500) i) s
            """, connection);
        await insert.ExecuteNonQueryAsync();
    }

    // Tiles at each flow-row zoom under the first and last points of the movements, with their neighbours.
    private async Task<List<(int Z, int X, int Y)>> TilesUnderMovementsAsync()
    {
        var points = new List<(double X, double Y)>();
        await using (var command = database.DataSource.CreateCommand(
            "SELECT start_x_mercator, start_y_mercator, end_x_mercator, end_y_mercator FROM movements WHERE created_by = 'varied' AND start_x_mercator IS NOT NULL AND id % 25 = 0"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                points.Add((reader.GetDouble(0), reader.GetDouble(1)));
                points.Add((reader.GetDouble(2), reader.GetDouble(3)));
            }
        }

        var tiles = new SortedSet<(int, int, int)>();
        for (var z = 0; z <= MovementTileRepository.FlowRowsMaxZoom; z++)
        {
            var last = (1 << z) - 1;
            foreach (var (px, py) in points)
            {
                var (x, y) = (WebMercator.TileX(px, z), WebMercator.TileY(py, z));
                tiles.Add((z, x, y));
                tiles.Add((z, Math.Min(last, x + 1), y));
                tiles.Add((z, x, Math.Max(0, y - 1)));
            }
        }

        return [.. tiles];
    }

    private async Task<byte[]> TileAsync(int z, int x, int y, MovementQuery query, bool fromFlowRows)
    {
        var filter = new MovementFilterSql(query, regionCode: null);
        await using var command = database.DataSource.CreateCommand(MovementTileRepository.TileSql(z, x, y, filter, fromFlowRows));
        command.Parameters.AddRange(filter.Parameters.ToArray());
        return await command.ExecuteScalarAsync() is byte[] tile ? tile : [];
    }

    // movement_flows holds exactly the rows the movements now have, no more, no fewer.
    private async Task AssertFlowRowsExactAsync()
    {
        await using var command = database.DataSource.CreateCommand(
            """
            WITH expected AS (
                SELECT m.id AS movement_id, movement_flow_since(m.period) AS since, t.tile_x, t.tile_y, t.ox, t.oy, t.dx, t.dy,
                       movement_strength(m.strength_min, m.strength_max) AS strength, t.zoom, m.status = 'planned' AS planned, m.period, m.actor
                FROM movements m, LATERAL movement_flow_tiles(m.geom_mercator, m.start_x_mercator, m.start_y_mercator, m.end_x_mercator, m.end_y_mercator) t),
            actual AS (
                SELECT movement_id, since, tile_x, tile_y, ox, oy, dx, dy, strength, zoom, planned, period, actor FROM movement_flows)
            SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM actual) missing),
                   (SELECT count(*) FROM (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected) extra),
                   (SELECT count(*) FROM actual)
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal((0L, 0L), (reader.GetInt64(0), reader.GetInt64(1)));
        Assert.True(reader.GetInt64(2) > 0, "no flow rows at all");
    }

    private static int TileX(double lon, int z) => WebMercator.TileX(WebMercator.FromLonLat(lon, 0).XMercator, z);

    private static int TileY(double lat, int z) => WebMercator.TileY(WebMercator.FromLonLat(0, lat).YMercator, z);
}

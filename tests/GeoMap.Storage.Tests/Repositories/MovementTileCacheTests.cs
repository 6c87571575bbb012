using GeoMap.Core.Movements;
using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using Npgsql;

namespace GeoMap.Storage.Tests.Repositories;

/// <summary>Kept movement tiles (migration 0014's change log): answered again while true, made again once not.</summary>
public sealed class MovementTileCacheTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly MovementRepository movements = new(database.DataSource);

    [Fact]
    public async Task A_kept_tile_is_answered_again_until_a_write_it_did_not_see_touches_it()
    {
        var tiles = new MovementTileRepository(database.DataSource);
        var id = await AddAsync("Keptford", "Keptham", 30.10, -10.10);
        var first = await TileAsync(tiles, 30.15, -10.15);
        Assert.NotEmpty(first);
        Assert.Same(first, await TileAsync(tiles, 30.15, -10.15));

        // A movement far away is no reason to make it again.
        await AddAsync("Farford", "Farham", 35.10, -15.10);
        Assert.Same(first, await TileAsync(tiles, 30.15, -10.15));

        // An edit not yet committed is not seen; committed, it is.
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await StrengthenAsync(connection, transaction, id, 9000);
            Assert.Same(first, await TileAsync(tiles, 30.15, -10.15));
            await transaction.CommitAsync();
        }

        var after = await TileAsync(tiles, 30.15, -10.15);
        Assert.NotSame(first, after);
        Assert.NotEqual(first, after);
    }

    [Fact]
    public async Task A_tile_made_while_a_write_was_under_way_is_made_again_once_the_write_commits()
    {
        // The write began before the tile was made and committed after: the tile's snapshot did not see it, though
        // its change row was written first.
        var id = await AddAsync("Raceford", "Raceham", 40.10, -20.10);

        // Another write, anywhere in the cluster, older than the long one and outlasting it.
        await using var olderConnection = await database.DataSource.OpenConnectionAsync();
        await using var olderWrite = await olderConnection.BeginTransactionAsync();
        await TransactionIdAsync(olderConnection, olderWrite);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await StrengthenAsync(connection, transaction, id, 7000);

        var tiles = new MovementTileRepository(database.DataSource);
        var during = await TileAsync(tiles, 40.15, -20.15);
        Assert.Same(during, await TileAsync(tiles, 40.15, -20.15));
        await transaction.CommitAsync();

        var after = await TileAsync(tiles, 40.15, -20.15);
        Assert.NotEqual(during, after);
        Assert.Equal(after, await new MovementTileRepository(database.DataSource, keepTiles: false).TileAsync(9, TileX(40.15), TileY(-20.15), new MovementQuery(), CancellationToken.None));
    }

    [Fact]
    public async Task A_renamed_place_makes_the_detail_tiles_around_it_again()
    {
        var tiles = new MovementTileRepository(database.DataSource);
        await AddAsync("Namedford", "Namedham", 25.10, -5.10);
        var first = await TileAsync(tiles, 25.15, -5.15);
        await using (var rename = database.DataSource.CreateCommand("UPDATE places SET name = 'Renamedford' WHERE name = 'Namedford'"))
        {
            Assert.Equal(1, await rename.ExecuteNonQueryAsync());
        }

        Assert.NotEqual(first, await TileAsync(tiles, 25.15, -5.15));
    }

    [Fact]
    public async Task A_kept_summary_is_answered_again_until_any_movement_is_written()
    {
        var tiles = new MovementTileRepository(database.DataSource);
        await AddAsync("Countford", "Countham", 20.10, -1.10);
        var first = await tiles.SummaryAsync(new MovementQuery(), CancellationToken.None);
        Assert.Same(first, await tiles.SummaryAsync(new MovementQuery(), CancellationToken.None));

        await AddAsync("Countfar", "Countfurther", -60.10, 10.10);
        var after = await tiles.SummaryAsync(new MovementQuery(), CancellationToken.None);
        Assert.Equal(first.Count + 1, after.Count);
        Assert.True(after.Bounds!.MinX < -60);
    }

    [Fact]
    public async Task The_change_log_loses_only_rows_no_kept_tile_can_need()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var tiles = new MovementTileRepository(database.DataSource, keepTiles: true, time: clock);
        await AddAsync("Pruneford", "Pruneham", 50.10, -30.10);
        var written = await ChangeRowsAsync();
        Assert.True(written > 0);

        // The first round only notes where the log may be cut later. Then a write begins and runs long.
        Assert.Equal(0, await tiles.PruneChangesAsync(CancellationToken.None));
        var id = await AddAsync("Lateford", "Lateham", 50.12, -30.12);

        // Another write, anywhere in the cluster, older than the long one and outlasting it.
        await using var olderConnection = await database.DataSource.OpenConnectionAsync();
        await using var olderWrite = await olderConnection.BeginTransactionAsync();
        await TransactionIdAsync(olderConnection, olderWrite);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await StrengthenAsync(connection, transaction, id, 4321);
        var openWrite = await TransactionIdAsync(connection, transaction);

        // Past the keeping time, at most the rows written before the note go (none when a transaction of another test
        // in this cluster was open at the note: xmin is the cluster's); a tile made now does not see the open write.
        clock.Advance(TimeSpan.FromMinutes(11.5));
        var during = await TileAsync(tiles, 50.15, -30.15);
        Assert.InRange(await tiles.PruneChangesAsync(CancellationToken.None), 0, written);
        await transaction.CommitAsync();

        // The write's row, now committed, is twelve minutes old but the tile made before its commit still needs it: a
        // cut by age would lose it here and answer the tile kept without the write.
        clock.Advance(TimeSpan.FromMinutes(0.5));
        Assert.Equal(0, await tiles.PruneChangesAsync(CancellationToken.None));
        Assert.True(await ChangeRowsAsync(openWrite) > 0);
        var after = await TileAsync(tiles, 50.15, -30.15);
        Assert.NotEqual(during, after);
        Assert.Equal(after, await new MovementTileRepository(database.DataSource, keepTiles: false).TileAsync(9, TileX(50.15), TileY(-30.15), new MovementQuery(), CancellationToken.None));

        // While the older write is open, every note's xmin is at most its transaction, older than the commit: the row
        // stays however much time passes.
        for (var round = 0; round < 3; round++)
        {
            clock.Advance(TimeSpan.FromMinutes(12));
            await tiles.PruneChangesAsync(CancellationToken.None);
        }

        Assert.True(await ChangeRowsAsync(openWrite) > 0);
        await olderWrite.CommitAsync();

        // Then the log empties: at the first note taken while no writing transaction that began before the commit was
        // still open anywhere in the cluster. Other test projects share the cluster and, under CI's load, hold writes
        // open for seconds (a fresh database's migrations; 50 rounds of 20 ms once ran out), so the test waits for such
        // a moment up to a minute of wall time.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await ChangeRowsAsync() > 0 && waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            clock.Advance(TimeSpan.FromMinutes(12));
            await tiles.PruneChangesAsync(CancellationToken.None);
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        Assert.Equal(0, await ChangeRowsAsync());
    }

    private static async Task<string> TransactionIdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await using var command = new NpgsqlCommand("SELECT pg_current_xact_id()::text", connection, transaction);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> ChangeRowsAsync(string xid)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM movement_changes WHERE xid = $1::text::xid8");
        command.Parameters.Add(new NpgsqlParameter { Value = xid });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> AddAsync(string from, string to, double lon, double lat)
    {
        var origin = Build.Place(from, lon, lat, country: "ZZ");
        var destination = Build.Place(to, lon + 0.1, lat - 0.1, country: "ZZ");
        var added = await movements.AddAsync(Build.Movement("Testland", Build.Days("2024-01-01", "2024-01-02"), origin, destination)
            with { Strength = Strength.Exactly(100, "100") }, "test", CancellationToken.None);
        return added.Id;
    }

    private static async Task StrengthenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, int strength)
    {
        await using var command = new NpgsqlCommand("UPDATE movements SET strength_min = $1, strength_max = $1 WHERE id = $2", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = strength });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<long> ChangeRowsAsync()
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM movement_changes");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    // A detail tile (zoom 9) under a point.
    private static Task<byte[]> TileAsync(MovementTileRepository tiles, double lon, double lat) =>
        tiles.TileAsync(9, TileX(lon), TileY(lat), new MovementQuery(), CancellationToken.None);

    private static int TileX(double lon) => WebMercator.TileX(WebMercator.FromLonLat(lon, 0).XMercator, 9);

    private static int TileY(double lat) => WebMercator.TileY(WebMercator.FromLonLat(0, lat).YMercator, 9);
}

/// <summary>A clock the test moves.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

using GeoMap.Core.Corroboration;
using GeoMap.Core.Places;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Repositories;

public sealed class LinkAreaTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly GroupingSettings Settings = new();

    private static SortedSet<long> Areas(Place to) => ClaimLinker.LinkAreas([Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), to)], Settings);

    // Pairs of destinations a given distance apart, in several parts of the world (the grid is earth-centred, so near the
    // poles and the antimeridian too).
    public static TheoryData<double, double, double, double> Near => new()
    {
        { 131.95, 43.80, 131.99, 43.78 },      // a city and its base
        { 131.95, 43.80, 132.50, 43.80 },      // 44 km east
        { 179.90, 64.70, -179.95, 64.90 },     // across the antimeridian
        { 15.60, 78.20, 16.90, 78.30 },        // Svalbard, 30 km
        { 0.0, 0.0, 0.0, 0.44 },               // 49 km north over the equator
    };

    [Theory]
    [MemberData(nameof(Near))]
    public void Destinations_close_enough_to_be_one_movement_share_a_lock(double lon1, double lat1, double lon2, double lat2)
    {
        var a = Build.Place("A", lon1, lat1);
        var b = Build.Place("B", lon2, lat2);
        Assert.True(GreatCircle.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= Settings.DestinationKm);
        Assert.True(Areas(a).Overlaps(Areas(b)));
        Assert.InRange(Areas(a).Count, 1, 8);
    }

    [Fact]
    public void Destinations_far_apart_link_without_waiting_for_each_other()
    {
        Assert.False(Areas(Build.Place("Ussuriysk", 131.95, 43.80)).Overlaps(Areas(Build.Place("Kursk", 36.19, 51.73))));
    }

    [Fact]
    public void Origins_and_destinations_lock_apart()
    {
        var town = Build.Place("Town", 131.95, 43.80);
        var to = ClaimLinker.LinkAreas([Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), town)], Settings);
        var from = ClaimLinker.LinkAreas([Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), town, Build.Place("Far", 36.19, 51.73))], Settings);
        Assert.False(to.Overlaps(from)); // leaving the town is not arriving there: no link, no wait

    }

    [Fact]
    public async Task Reports_of_one_movement_arriving_at_once_start_one_tracked_movement()
    {
        var lon = 60 + (Random.Shared.NextDouble() * 40);
        var lat = -50 + (Random.Shared.NextDouble() * 10);
        var town = Build.Place("Town" + Guid.NewGuid().ToString("N")[..8], lon, lat);
        var reports = new ReportRepository(database.DataSource);
        var stored = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => reports.AddAsync(
            new Core.Reports.Report { Text = $"Report {i} of one movement {Guid.NewGuid()}", PublishedAt = Build.Utc("2024-10-18"), SourceAgency = "Outlet " + i },
            [], [Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), town)], "test", CancellationToken.None))));
        Assert.Single(stored.Select(s => s.Details.Movements.Single().Id).Distinct());
    }

    [Fact]
    public void Origins_wait_for_each_other_only_for_a_claim_naming_no_destination()
    {
        var town = Build.Place("Town", 131.95, 43.80);
        var far = Build.Place("Far", 36.19, 51.73);
        var leaving = Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), town, far);
        var locks = ClaimLinker.LinkAreaLocks([leaving], Settings, originsExclusive: false);
        var originAreas = ClaimLinker.LinkAreas([leaving with { Destination = null }], Settings);

        Assert.All(locks.Where(l => !originAreas.Contains(l.Key)), l => Assert.True(l.Value));
        Assert.All(locks.Where(l => originAreas.Contains(l.Key)), l => Assert.False(l.Value));
        Assert.All(ClaimLinker.LinkAreaLocks([leaving with { Destination = null }], Settings, originsExclusive: false), l => Assert.True(l.Value));
        Assert.All(ClaimLinker.LinkAreaLocks([leaving], Settings, originsExclusive: true), l => Assert.True(l.Value));
    }

    [Fact]
    public async Task Reports_leaving_a_town_for_places_far_apart_at_once_join_a_movement_known_by_that_origin_once()
    {
        // A movement known only by where it left from; each report names a base beside that town (not the town: reports
        // writing one place row queue on it) and a destination of its own, far from the others'. One after another, the first joins the movement and gives it its destination, and each of the
        // others is a movement of its own. At once, each would see the movement without a destination and join it.
        var lon = 60 + (Random.Shared.NextDouble() * 40);
        var lat = 10 + (Random.Shared.NextDouble() * 10);
        var town = Build.Place("Town" + Guid.NewGuid().ToString("N")[..8], lon, lat);
        var reports = new ReportRepository(database.DataSource);
        var withdrawal = Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), town, town) with { Via = [], Destination = null };
        var first = await reports.AddAsync(
            new Core.Reports.Report { Text = $"Russia left {town.Name} {Guid.NewGuid()}", PublishedAt = Build.Utc("2024-10-16"), SourceAgency = "Outlet" },
            [], [withdrawal], "test", CancellationToken.None);
        var movement = first.Details.Movements.Single().Id;

        // The map held whole meanwhile, so that all six queue and then link at the same moment.
        await using var gate = await database.DataSource.OpenConnectionAsync();
        await using (var hold = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({ClaimLinker.LinkLockKey})", gate))
        {
            await hold.ExecuteNonQueryAsync();
        }

        var pending = Enumerable.Range(0, 6).Select(i => Task.Run(() => reports.AddAsync(
            new Core.Reports.Report { Text = $"Russia left {town.Name} for place {i} {Guid.NewGuid()}", PublishedAt = Build.Utc("2024-10-18"), SourceAgency = "Outlet " + i },
            [], [withdrawal with { Origin = Build.Place($"Base {i} {town.Name}", lon + (0.02 * (i + 1)), lat), Destination = Build.Place($"Place {i} {town.Name}", lon + 2 + (3 * i), lat - 5) }],
            "test", CancellationToken.None))).ToList();
        await Task.Delay(500);
        await using (var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({ClaimLinker.LinkLockKey})", gate))
        {
            await release.ExecuteNonQueryAsync();
        }

        var stored = await Task.WhenAll(pending);

        var joined = stored.Select(s => s.Details.Movements.Single().Id).ToList();
        Assert.Equal(1, joined.Count(id => id == movement));
        Assert.Equal(6, joined.Distinct().Count());
    }
}

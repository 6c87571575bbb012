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
}

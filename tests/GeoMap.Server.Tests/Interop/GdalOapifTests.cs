using System.Text.Json;
using GeoMap.Core.Movements;

namespace GeoMap.Server.Tests.Interop;

/// <summary>GDAL's OGC API - Features driver (as used by QGIS) reads the movements collection unchanged.</summary>
public sealed class GdalOapifTests(KestrelServer server) : IClassFixture<KestrelServer>, IAsyncLifetime
{
    private const int InsideBox = 37;
    private const int InOctober = 23;
    private const int Elsewhere = 60;
    private const int DestinationOnly = 4;
    private const int PhotosInBox = 3;

    public Task InitializeAsync() => server.SeedOnceAsync(SeedAsync);

    private async Task SeedAsync()
    {
        var inBox = (ServerFixture.Place("Vladivostok", 131.89, 43.12), ServerFixture.Place("Ussuriysk", 131.95, 43.80));
        var outside = (ServerFixture.Place("Kyiv", 30.52, 50.45), ServerFixture.Place("Kharkiv", 36.23, 49.99));
        var movements = new List<Movement>();
        movements.AddRange(Enumerable.Range(0, InOctober).Select(_ => ServerFixture.Movement("Gdal", inBox.Item1, inBox.Item2, "2024-10-08", "2024-10-13")));
        movements.AddRange(Enumerable.Range(0, InsideBox - InOctober).Select(_ => ServerFixture.Movement("Gdal", inBox.Item1, inBox.Item2, "2024-06-01", "2024-06-02")));
        movements.AddRange(Enumerable.Range(0, Elsewhere).Select(_ => ServerFixture.Movement("Gdal", outside.Item1, outside.Item2, "2024-06-01", "2024-06-02")));
        movements.AddRange(Enumerable.Range(0, DestinationOnly).Select(_ => ServerFixture.Movement("Gdal", outside.Item1, outside.Item2, "2024-06-01", "2024-06-02") with { Origin = null }));
        // Many identical movements, each a tracked movement of its own (no report would state them; see SeedAsync).
        var repository = new Storage.Repositories.MovementRepository(server.Database.DataSource);
        foreach (var m in movements)
        {
            await repository.AddAsync(m, "test", CancellationToken.None);
        }

        // Ground photos: three in the box (one facing east), two in Ukraine.
        for (var i = 0; i < PhotosInBox; i++)
        {
            await InteropPhotos.AddAsync(server, 131.95, 43.80 + (i * 0.01), i == 1 ? 90 : null, new DateTimeOffset(2024, 10, 12, 9, i, 0, TimeSpan.FromHours(10)));
        }

        await InteropPhotos.AddAsync(server, 30.52, 50.45, 180, new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(3)));
        await InteropPhotos.AddAsync(server, 36.23, 49.99, null, null);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ogr2ogr_reads_every_movement_through_pages()
    {
        var output = Path.Combine(Path.GetTempPath(), $"geomap-gdal-{Guid.NewGuid():N}.geojson");
        try
        {
            await RunAsync("ogr2ogr", "-f", "GeoJSON", output, $"OAPIF:{server.Address}/ogc", "movements", "-oo", "PAGE_SIZE=25");
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var features = document.RootElement.GetProperty("features");
            Assert.Equal(InsideBox + Elsewhere, features.GetArrayLength());
            Assert.All(features.EnumerateArray(), f => Assert.Equal("LineString", f.GetProperty("geometry").GetProperty("type").GetString()));
            Assert.True(server.Requests.Count(r => r.StartsWith("/ogc/collections/movements/items", StringComparison.Ordinal) && r.Contains("cursor=", StringComparison.Ordinal)) >= 3,
                "GDAL should have followed next links: " + string.Join("\n", server.Requests));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Ogrinfo_bbox_is_sent_to_the_server_and_honoured()
    {
        var text = await RunAsync("ogrinfo", "-ro", "-al", "-so", "-spat", "131", "42", "133", "45", $"OAPIF:{server.Address}/ogc", "movements");
        // The server filtered: GDAL needed only the pages of the 37 matches (10 per page), not all 97 movements.
        var pages = server.Requests.Count(r => r.Contains("bbox=131", StringComparison.Ordinal));
        Assert.InRange(pages, 1, 5);
        Assert.Contains($"Feature Count: {InsideBox}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogrinfo_datetime_is_sent_to_the_server_and_honoured()
    {
        var text = await RunAsync("ogrinfo", "-ro", "-al", "-q", "-where", "start >= '2024-10-01T00:00:00Z' AND start <= '2024-10-31T00:00:00Z'", $"OAPIF:{server.Address}/ogc", "movements");
        var pages = server.Requests.Count(r => r.Contains("datetime=2024-10-01T00", StringComparison.Ordinal));
        Assert.InRange(pages, 1, 4);
        Assert.Equal(InOctober, text.Split('\n').Count(l => l.StartsWith("OGRFeature(movements)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ogrinfo_types_each_movement_collection_with_one_geometry_type()
    {
        var routes = await RunAsync("ogrinfo", "-ro", "-so", $"OAPIF:{server.Address}/ogc", "movements");
        var points = await RunAsync("ogrinfo", "-ro", "-so", $"OAPIF:{server.Address}/ogc", "movement-points");
        Assert.Contains("Geometry: Line String", routes, StringComparison.Ordinal);
        Assert.Contains("Geometry: Point", points, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {DestinationOnly}", points, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogrinfo_reads_the_ground_photos_in_a_box_with_their_time_and_direction()
    {
        var summary = await RunAsync("ogrinfo", "-ro", "-so", $"OAPIF:{server.Address}/ogc", "photos");
        Assert.Contains("Geometry: Point", summary, StringComparison.Ordinal);
        var text = await RunAsync("ogrinfo", "-ro", "-al", "-spat", "131", "42", "133", "45", $"OAPIF:{server.Address}/ogc", "photos");
        Assert.InRange(server.Requests.Count(r => r.StartsWith("/ogc/collections/photos/items", StringComparison.Ordinal) && r.Contains("bbox=131", StringComparison.Ordinal)), 1, 3);
        var features = text.Split("OGRFeature(photos)")[1..];
        Assert.Equal(PhotosInBox, features.Length);
        Assert.All(features, f => Assert.Contains("POINT (131.95 43.8", f, StringComparison.Ordinal));
        // GDAL types a field from the values it sees: bearing may read as Integer or Real.
        Assert.Single(features, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"bearing \((Integer|Real)\) = 90\b"));
        // The time taken, in the camera's own offset.
        Assert.All(features, f => Assert.Matches(@"takenAt \(DateTime\) = 2024/10/12 09:0\d:00\+10", f));
    }

    private static Task<string> RunAsync(string tool, params string[] arguments) => ExternalTool.RunAsync(tool, arguments);
}

using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Reports;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Tests.Interop;

/// <summary>
/// QGIS (3.22, headless PyQGIS from Debian's python3-qgis) adds each OGC collection as a layer of the right geometry
/// type with the right feature count, before and after reading it.
/// </summary>
public sealed class QgisOapifTests(KestrelServer server) : IClassFixture<KestrelServer>, IAsyncLifetime
{
    private const int Routes = 7;
    private const int OnePlace = 3;
    private const int Reports = 2;
    private const int PlacedPhotos = 3;

    public async Task InitializeAsync()
    {
        var vladivostok = ServerFixture.Place("Vladivostok", 131.89, 43.12);
        var ussuriysk = ServerFixture.Place("Ussuriysk", 131.95, 43.80);
        var kyiv = ServerFixture.Place("Kyiv", 30.52, 50.45);
        var reports = new ReportRepository(server.Database.DataSource);
        long reportId = 0;
        for (var i = 0; i < Reports; i++)
        {
            var report = new Report { Text = $"QGIS test report {i} {Guid.NewGuid():N}", PublishedAt = new DateTimeOffset(2024, 10, 15 + i, 0, 0, 0, TimeSpan.Zero), Language = "en" };
            reportId = (await reports.AddAsync(report, [], [], "test", CancellationToken.None)).Details.Report.Id;
        }

        var movements = new MovementRepository(server.Database.DataSource);
        for (var i = 0; i < Routes; i++)
        {
            await movements.AddAsync(ServerFixture.Movement("Qgis", vladivostok, ussuriysk, "2024-10-08", "2024-10-13") with { ReportId = reportId }, "test", CancellationToken.None);
        }

        for (var i = 0; i < OnePlace; i++)
        {
            await movements.AddAsync(ServerFixture.Movement("Qgis", vladivostok, kyiv, "2024-10-08", "2024-10-13") with { Origin = null, ReportId = reportId }, "test", CancellationToken.None);
        }

        await InteropOverlays.AddReadyAsync(server, "Ussuriysk base", (131.9, 43.75, 132.0, 43.85));
        for (var i = 0; i < PlacedPhotos; i++)
        {
            await InteropPhotos.AddAsync(server, 131.95 + (i * 0.01), 43.80, i == 0 ? null : i * 90, new DateTimeOffset(2024, 10, 12, 8, i, 0, TimeSpan.FromHours(10)));
        }

        // One the camera did not place: no geometry until an analyst places it.
        await InteropPhotos.AddAsync(server, null, null, null, null);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // What the collection itself says it holds: the placed photos at least (an unplaced one is a feature without geometry).
    private async Task<long> PhotoCountAsync()
    {
        using var http = new HttpClient();
        using var items = JsonDocument.Parse(await http.GetStringAsync(server.Address + "/ogc/collections/photos/items?limit=1"));
        var matched = items.RootElement.GetProperty("numberMatched").GetInt64();
        Assert.InRange(matched, PlacedPhotos, PlacedPhotos + 1);
        return matched;
    }

    [Fact]
    public async Task Each_collection_loads_in_qgis_with_its_geometry_type_and_feature_count()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Interop", "qgis_layers.py");

        // Debian's interpreter, where python3-qgis installs; a python3 earlier on PATH (pyenv, venv) lacks it.
        var output = await ExternalTool.RunAsync("/usr/bin/python3", [script, server.Address + "/ogc", "movements", "movement-points", "places", "reports", "overlays", "photos"],
            new Dictionary<string, string> { ["QT_QPA_PLATFORM"] = "offscreen" });
        using var document = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        var layers = document.RootElement;

        var places = (await new PlaceRepository(server.Database.DataSource).CountAsync(null, CancellationToken.None));
        foreach (var (name, geometry, count) in new[]
        {
            ("movements", "LineString", (long)Routes),
            ("movement-points", "Point", OnePlace),
            ("places", "Point", places),
            ("reports", "NoGeometry", Reports),
            ("overlays", "Polygon", 1),
            ("photos", "Point", await PhotoCountAsync()),
        })
        {
            var layer = layers.GetProperty(name);
            Assert.True(layer.GetProperty("valid").GetBoolean(), $"QGIS could not load {name}: {(layer.TryGetProperty("error", out var error) ? error.GetString() : "")}");
            Assert.Equal((name, geometry), (name, layer.GetProperty("geometry").GetString()));
            Assert.Equal((name, count), (name, layer.GetProperty("count").GetInt64()));
            Assert.Equal((name, count), (name, layer.GetProperty("read").GetInt64()));
        }
    }
}

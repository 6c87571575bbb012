using System.Net;
using GeoMap.Core.Registry;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Server.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace GeoMap.Server.Tests.Apis;

public sealed class HostingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Sample_reports_go_through_the_api_ingest_path_once()
    {
        var folder = Path.Combine(DataPaths.FindDataDirectory(), "samples");
        var count = Directory.GetFiles(folder, "*.txt").Length;
        Assert.NotEqual(0, count);
        var ingest = server.Factory.Services.GetRequiredService<ReportIngest>();

        var first = await SampleReports.IngestFolderAsync(ingest, folder, "sample-data", CancellationToken.None);
        Assert.Equal(count, first.Created);
        Assert.NotEqual(0, first.Movements);

        var second = await SampleReports.IngestFolderAsync(ingest, folder, "sample-data", CancellationToken.None);
        Assert.Equal((0, count, 0), (second.Created, second.Existing, second.Movements));

        var movements = await (await server.Client().GetAsync("/api/movements?limit=1000")).JsonAsync();
        // Each extracted movement is a claim of one tracked movement; the tracked movements hold them all.
        Assert.Equal(first.Movements, movements.GetProperty("features").EnumerateArray().Sum(f => f.GetProperty("properties").GetProperty("claimCount").GetInt32()));
    }

    [Fact]
    public async Task Health_reports_liveness_and_database_readiness()
    {
        var health = await (await server.Client().GetAsync("/health").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal("ready", health.GetProperty("database").GetString());
        await server.Client().GetAsync("/health/live").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Client_routes_fall_back_to_the_web_client_and_api_paths_do_not()
    {
        var index = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "GeoMap.Server", "wwwroot", "index.html");
        var response = await server.Client().GetAsync("/reports/12");
        if (File.Exists(index))
        {
            await Task.FromResult(response).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await File.ReadAllTextAsync(index), await response.Content.ReadAsStringAsync());
        }
        else
        {
            await response.ProblemAsync(404);
        }

        await (await server.Client().GetAsync("/api/reports/12/nothing")).ProblemAsync(404);
        await (await server.Client().GetAsync("/ogc/nothing")).ProblemAsync(404);
    }
}

public sealed class MapImageRouteTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_briefing_map_is_routed_and_validates_its_bbox()
    {
        var response = await server.Client().GetAsync("/api/map.png?bbox=30,44,40,52&size=320x200").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await response.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal("bbox", (await (await server.Client().GetAsync("/api/map.png")).ProblemAsync(400)).GetProperty("parameter").GetString());
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GeoMap.Core.Projections;
using GeoMap.Server.Overlays;
using GeoMap.Server.Tests.Apis;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using SkiaSharp;

namespace GeoMap.Server.Tests.Scaling;

/// <summary>
/// Several servers on one database and one tiles folder share the tiling: an upload received by one server is tiled by
/// another's worker, and the job of a server killed mid-tiling is finished by another once its lease expires.
/// </summary>
public sealed class SharedJobsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly string tiles = Path.Combine(Path.GetTempPath(), "geomap-shared-jobs-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_upload_is_tiled_by_another_server_and_a_killed_servers_job_is_finished_by_another()
    {
        var key = (await new ApiKeyRepository(database.DataSource).AddAsync("shared-jobs", ApiKeyRole.Analyst, CancellationToken.None)).Secret;
        var queue = new JobQueue(database.DataSource);
        var overlays = new OverlayRepository(database.DataSource);
        try
        {
            // A receives uploads and takes no jobs; C works and is killed; B starts later and works.
            await using var a = await InProcessAsync(("GeoMap:Jobs:Enabled", "false"));
            await using var c = await ServerProcess.StartAsync(Settings());
            using var toA = Client(a.Address, key);

            var slow = await UploadAsync(toA, Png(3000), "30,10,30.3,10.3");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            Job job;
            while (!c.Holds(job = (await queue.GetAsync(slow.Job, CancellationToken.None))!))
            {
                Assert.True(DateTime.UtcNow < deadline, $"Server C did not take the job: {job}\n{c.Output}");
                await Task.Delay(50);
            }

            await c.KillAsync();
            Assert.Equal(Core.Overlays.OverlayStatus.Processing, (await overlays.GetAsync(slow.Overlay, CancellationToken.None))!.Status);
            Assert.Equal(("running", 1), ((await queue.GetAsync(slow.Job, CancellationToken.None))!.State, job.Attempts));

            await using var b = await InProcessAsync();
            using var toB = Client(b.Address, key);
            var finished = await ReadyAsync(toA, slow.Overlay);
            Assert.Equal("ready", finished.GetProperty("properties").GetProperty("status").GetString());
            var done = await FinishedAsync(queue, slow.Job);
            Assert.Equal(("done", 2), (done.State, done.Attempts));
            Assert.Empty(Directory.EnumerateDirectories(tiles, $".{slow.Overlay:D}.tmp-*"));
            Assert.False(Directory.Exists(OverlayJobs.UploadFolderOf(new GeoMapServerOptions { TilesFolder = tiles }, slow.Overlay)));

            // With A taking no jobs and C dead, B's worker is the only one left to tile this.
            var quick = await UploadAsync(toA, OverlaysAndTilesTests.Png(256), "31,10,31.05,10.05");
            await ReadyAsync(toA, quick.Overlay);
            var quickDone = await FinishedAsync(queue, quick.Job);
            Assert.Equal(("done", 1), (quickDone.State, quickDone.Attempts));

            foreach (var overlay in new[] { slow.Overlay, quick.Overlay })
            {
                var tileJson = await (await toB.GetAsync(new Uri($"/tiles/{overlay:D}/tilejson.json", UriKind.Relative))).JsonAsync();
                var zoom = tileJson.GetProperty("minzoom").GetInt32();
                var centre = tileJson.GetProperty("center");
                var (xMercator, yMercator) = WebMercator.FromLonLat(centre[0].GetDouble(), centre[1].GetDouble());
                var tile = new Uri($"/tiles/{overlay:D}/{zoom}/{WebMercator.TileX(xMercator, zoom)}/{WebMercator.TileY(yMercator, zoom)}.png", UriKind.Relative);
                var fromA = await toA.GetAsync(tile).ExpectAsync(HttpStatusCode.OK);
                var fromB = await toB.GetAsync(tile).ExpectAsync(HttpStatusCode.OK);
                Assert.Equal("image/png", fromA.Content.Headers.ContentType?.MediaType);
                Assert.Equal(await fromA.Content.ReadAsByteArrayAsync(), await fromB.Content.ReadAsByteArrayAsync());
                Assert.Equal(fromA.Headers.ETag, fromB.Headers.ETag);
            }
        }
        finally
        {
            if (Directory.Exists(tiles))
            {
                Directory.Delete(tiles, recursive: true);
            }
        }
    }

    private Dictionary<string, string> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["GeoMap:Database:ConnectionString"] = database.ConnectionString,
            ["GeoMap:Server:TilesFolder"] = tiles,
            ["GeoMap:Server:PhotosFolder"] = tiles + "-photos",
            ["GeoMap:Server:SeedRegionsOnStart"] = "false",
            ["GeoMap:Jobs:LeaseSeconds"] = "5",
            ["GeoMap:Jobs:IdleSeconds"] = "0.2",
        };
        foreach (var (k, v) in more)
        {
            settings[k] = v;
        }

        return settings;
    }

    private Task<InProcessServer> InProcessAsync(params (string Key, string Value)[] more) => InProcessServer.StartAsync(Settings(more));

    internal static HttpClient Client(Uri address, string key)
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private Task<(Guid Overlay, long Job)> UploadAsync(HttpClient server, byte[] png, string bounds) => UploadAsync(database.DataSource, server, png, bounds);

    /// <summary>Uploads <paramref name="png"/> as an overlay through <paramref name="server"/>: its id and its tiling job's.</summary>
    internal static async Task<(Guid Overlay, long Job)> UploadAsync(Npgsql.NpgsqlDataSource database, HttpClient server, byte[] png, string bounds)
    {
        var response = await server.PostAsync(new Uri("/api/overlays", UriKind.Relative),
            OverlaysAndTilesTests.Upload(png, "scene.png", ("title", "Shared scene"), ("bounds", bounds))).ExpectAsync(HttpStatusCode.Accepted);
        var id = Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!);
        await using var command = database.CreateCommand("SELECT id FROM jobs WHERE job_key = $1");
        command.Parameters.Add(new() { Value = $"overlay:{id:D}" });
        return (id, (long)(await command.ExecuteScalarAsync())!);
    }

    internal static async Task<JsonElement> ReadyAsync(HttpClient server, Guid overlay)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var body = await (await server.GetAsync(new Uri($"/api/overlays/{overlay:D}", UriKind.Relative))).JsonAsync();
            var status = body.GetProperty("properties").GetProperty("status").GetString();
            if (status != "processing")
            {
                Assert.True(status == "ready", body.ToString());
                return body;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Overlay {overlay} was not tiled within 120 s: {body}");
            await Task.Delay(200);
        }
    }

    /// <summary>The job once it finished: the overlay turns ready just before its worker marks the job done.</summary>
    internal static async Task<Job> FinishedAsync(JobQueue queue, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = (await queue.GetAsync(id, CancellationToken.None))!;
            if (job.State is "done" or "failed" || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A square PNG of <paramref name="size"/> pixels, big enough that tiling it takes a while.</summary>
    internal static byte[] Png(int size)
    {
        using var bitmap = new SKBitmap(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new SKColor[size * size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                pixels[(y * size) + x] = new SKColor((byte)x, (byte)y, (byte)(x ^ y), 255);
            }
        }

        bitmap.Pixels = pixels;
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 1).ToArray();
    }
}

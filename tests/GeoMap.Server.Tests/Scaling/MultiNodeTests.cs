using System.Net;
using System.Net.Http.Json;
using GeoMap.Core.Projections;
using GeoMap.Server.Tests.Apis;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace GeoMap.Server.Tests.Scaling;

/// <summary>
/// The deployment of README "Several servers" on one machine (issue 14): a primary and a streaming replica (two managed
/// clusters, the second made by <c>pg_basebackup</c>), one S3-compatible store (s3rver) and two GeoMap servers, each a
/// process of its own on its own port, sharing those three and nothing else (each has its own empty folders).
/// </summary>
/// <remarks>
/// Which server takes the first tiling job is a race between the two workers; the test names them by what they did
/// (<c>busy</c> took it, <c>idle</c> did not) rather than by start order. Each works one job at a time, so while the
/// busy one tiles the large upload, an upload it receives can only be tiled by the idle one.
/// </remarks>
public sealed class MultiNodeTests(DatabaseFixture database, TestReplica replica, LocalS3 s3)
    : IClassFixture<DatabaseFixture>, IClassFixture<TestReplica>, IClassFixture<LocalS3>
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "geomap-multi-node-tests", Guid.NewGuid().ToString("N"));
    private readonly string prefix = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Two_servers_on_a_primary_a_replica_and_a_bucket_share_reads_uploads_tiles_and_a_dead_workers_job()
    {
        var key = (await new ApiKeyRepository(database.DataSource).AddAsync("multi-node", ApiKeyRole.Analyst, CancellationToken.None)).Secret;
        await replica.CatchUpAsync(database.DatabaseName);
        var queue = new JobQueue(database.DataSource);
        var starting = new[] { ServerProcess.StartAsync(Settings("a")), ServerProcess.StartAsync(Settings("b")) };
        ServerProcess[] servers;
        try
        {
            servers = await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }

            throw;
        }

        await using var a = servers[0];
        await using var b = servers[1];
        try
        {
            using var toA = SharedJobsTests.Client(a.Address, key);
            using var toB = SharedJobsTests.Client(b.Address, key);

            // Reads: with the replica's replay paused, a movement written through A is on the primary only. Neither server's
            // OGC items show it (they read the replica); its writer, reading through B with A's write position, does (B
            // sends that read to the primary); movement tiles show it on both (tiles are made on the primary: see
            // MovementTileRepository.PruneChangesAsync, whose pruning assumes it).
            await using var onReplica = Storage.GeoMapDataSource.Create(replica.ConnectionStringFor(database.DatabaseName));
            const string box = "/ogc/collections/movements/items?bbox=131.5,42.9,132.3,44.0&datetime=2024-10-01T00:00:00Z/2024-10-31T00:00:00Z";
            var (zoom, lon, lat) = (8, 131.95, 43.80);
            var (xMercator, yMercator) = WebMercator.FromLonLat(lon, lat);
            var (tileX, tileY) = (WebMercator.TileX(xMercator, zoom), WebMercator.TileY(yMercator, zoom));
            var movementTile = new Uri($"/tiles/movements/{zoom}/{tileX}/{tileY}.mvt", UriKind.Relative);
            await ReplicaReadsTests.ReplayAsync(onReplica, pause: true);
            long movement;
            try
            {
                using var writer = SharedJobsTests.Client(a.Address, key);
                var created = await writer.PostAsJsonAsync("/api/movements", new
                {
                    actor = "Russia",
                    origin = new { name = "Vladivostok", lon = 131.89, lat = 43.12, countryCode = "RU" },
                    destination = new { name = "Ussuriysk", lon, lat, countryCode = "RU" },
                    start = "2024-10-08",
                    end = "2024-10-13",
                    sentence = "A brigade moved from Vladivostok to Ussuriysk.",
                }).ExpectAsync(HttpStatusCode.Created);
                movement = (await created.JsonAsync()).GetProperty("id").GetInt64();
                var position = created.Headers.GetValues("GeoMap-Write-Position").Single();
                foreach (var server in new[] { toA, toB })
                {
                    Assert.Equal(0, (await (await server.GetAsync(new Uri(box, UriKind.Relative)).ExpectAsync(HttpStatusCode.OK)).JsonAsync()).GetProperty("numberMatched").GetInt32());
                    await server.GetAsync(new Uri($"/ogc/collections/movements/items/{movement}", UriKind.Relative)).ExpectAsync(HttpStatusCode.NotFound);
                    Assert.Contains(movement, await MovementIdsAsync(server, movementTile, tileX, tileY, zoom));
                }

                using var ownRead = new HttpRequestMessage(HttpMethod.Get, new Uri($"/ogc/collections/movements/items/{movement}", UriKind.Relative));
                ownRead.Headers.Add("GeoMap-Write-Position", position);
                await toB.SendAsync(ownRead).ExpectAsync(HttpStatusCode.OK);
            }
            finally
            {
                await ReplicaReadsTests.ReplayAsync(onReplica, pause: false);
            }

            await replica.CatchUpAsync(database.DatabaseName);
            foreach (var server in new[] { toA, toB })
            {
                var page = await (await server.GetAsync(new Uri(box, UriKind.Relative)).ExpectAsync(HttpStatusCode.OK)).JsonAsync();
                Assert.Equal(movement, Assert.Single(page.GetProperty("features").EnumerateArray()).GetProperty("id").GetInt64());
            }

            // Jobs: a large upload is taken by one worker (busy); an upload to busy while it tiles is tiled by the other (idle).
            var large = await SharedJobsTests.UploadAsync(database.DataSource, toA, SharedJobsTests.Png(3000), "30,10,30.3,10.3");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            Job job;
            while (!a.Holds(job = (await queue.GetAsync(large.Job, CancellationToken.None))!) && !b.Holds(job))
            {
                Assert.True(job.State is "queued" or "running" && DateTime.UtcNow < deadline, $"No server took the job: {job}\nA:\n{a.Output}\nB:\n{b.Output}");
                await Task.Delay(20);
            }

            var (busy, idle, toBusy, toIdle) = a.Holds(job) ? (a, b, toA, toB) : (b, a, toB, toA);
            var small = await SharedJobsTests.UploadAsync(database.DataSource, toBusy, OverlaysAndTilesTests.Png(256), "31,10,31.05,10.05");
            await SharedJobsTests.ReadyAsync(toBusy, small.Overlay);
            var smallDone = await SharedJobsTests.FinishedAsync(queue, small.Job);
            Assert.Equal(("done", 1), (smallDone.State, smallDone.Attempts));
            job = (await queue.GetAsync(large.Job, CancellationToken.None))!;
            Assert.True(busy.Holds(job) && job.State == "running" && job.Attempts == 1,
                $"The large upload was to be still tiling on the busy server, one job at a time, while the other tiled the small one: {job}");

            // A crash, at once (the large upload must still be tiling when it comes): the busy server dies mid-job; its
            // lease expires and the idle one tiles the large upload again.
            await busy.KillAsync();
            Assert.Equal(Core.Overlays.OverlayStatus.Processing, (await new OverlayRepository(database.DataSource).GetAsync(large.Overlay, CancellationToken.None))!.Status);
            await SharedJobsTests.ReadyAsync(toIdle, large.Overlay);
            var done = await SharedJobsTests.FinishedAsync(queue, large.Job);
            Assert.Equal(("done", 2), (done.State, done.Attempts));
            await toIdle.GetAsync(await OverlayTileAsync(toIdle, large.Overlay)).ExpectAsync(HttpStatusCode.OK);

            // Nothing of either overlay stays on the disk of the server that tiled both: the bucket holds it all.
            var idleFolder = Path.Combine(root, idle == a ? "a" : "b");
            Assert.Empty(Directory.Exists(idleFolder) ? Directory.EnumerateFiles(idleFolder, "*.png", SearchOption.AllDirectories) : []);

            // The killed one left its attempt's scratch folder (the fetched upload, part of a pyramid); restarted on the
            // same folders, it deletes it.
            var busyName = busy == a ? "a" : "b";
            var scratch = Path.Combine(root, busyName, "tiles", ".work");
            Assert.NotEmpty(Directory.EnumerateDirectories(scratch));
            await using (var restarted = await ServerProcess.StartAsync(Settings(busyName)))
            {
                var until = DateTime.UtcNow.AddSeconds(30);
                while (Directory.EnumerateDirectories(scratch).Any())
                {
                    Assert.True(DateTime.UtcNow < until, "The restarted server kept the scratch folder of its killed attempt:\n" + restarted.Output);
                    await Task.Delay(200);
                }

                // Tiles: the small overlay's tile, read through the server that tiled it and through the restarted one
                // (whose disk never held it), is the same object of the bucket.
                using var toRestarted = SharedJobsTests.Client(restarted.Address, key);
                var tile = await OverlayTileAsync(toIdle, small.Overlay);
                var fromRestarted = await toRestarted.GetAsync(tile).ExpectAsync(HttpStatusCode.OK);
                var fromIdle = await toIdle.GetAsync(tile).ExpectAsync(HttpStatusCode.OK);
                Assert.Equal("image/png", fromRestarted.Content.Headers.ContentType?.MediaType);
                Assert.Equal(await fromRestarted.Content.ReadAsByteArrayAsync(), await fromIdle.Content.ReadAsByteArrayAsync());
                Assert.Equal(fromRestarted.Headers.ETag, fromIdle.Headers.ETag);
                using var store = new Storage.Objects.S3Store(s3.Settings(prefix));
                Assert.NotNull(await store.InfoAsync($"{small.Overlay:D}/quicklook.png", CancellationToken.None));
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private Dictionary<string, string> Settings(string name) => new(s3.Configuration(prefix))
    {
        ["GeoMap:Database:ConnectionString"] = database.ConnectionString,
        ["GeoMap:Database:ReadConnectionString"] = replica.ConnectionStringFor(database.DatabaseName),
        ["GeoMap:Server:TilesFolder"] = Path.Combine(root, name, "tiles"),
        ["GeoMap:Server:PhotosFolder"] = Path.Combine(root, name, "photos"),
        ["GeoMap:Server:SeedRegionsOnStart"] = "false",
        ["GeoMap:Jobs:Concurrency"] = "1",
        ["GeoMap:Jobs:LeaseSeconds"] = "5",
        ["GeoMap:Jobs:IdleSeconds"] = "0.2",
    };

    private static async Task<long[]> MovementIdsAsync(HttpClient server, Uri tile, int x, int y, int z)
    {
        var response = await server.GetAsync(tile).ExpectAsync(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var decoded = new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z), "id");
        return [.. (decoded.Layers.SingleOrDefault(l => l.Name == "movements")?.Features ?? [])
            .Select(f => Convert.ToInt64(f.Attributes["id"], System.Globalization.CultureInfo.InvariantCulture))];
    }

    // The overlay tile at the centre of its deepest zoom.
    private static async Task<Uri> OverlayTileAsync(HttpClient server, Guid overlay)
    {
        var tileJson = await (await server.GetAsync(new Uri($"/tiles/{overlay:D}/tilejson.json", UriKind.Relative)).ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        var zoom = tileJson.GetProperty("maxzoom").GetInt32();
        var centre = tileJson.GetProperty("center");
        var (xMercator, yMercator) = WebMercator.FromLonLat(centre[0].GetDouble(), centre[1].GetDouble());
        return new Uri($"/tiles/{overlay:D}/{zoom}/{WebMercator.TileX(xMercator, zoom)}/{WebMercator.TileY(yMercator, zoom)}.png", UriKind.Relative);
    }
}

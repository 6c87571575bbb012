using System.Net;
using GeoMap.Core.Projections;
using GeoMap.Server.Tests.Apis;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Server.Tests.Scaling;

/// <summary>
/// Servers that share a bucket (a real S3-compatible server, s3rver) and a database but no disk: an upload received by
/// one is tiled by the other, its pyramid lands in the bucket, both serve its tiles from there, and deleting the overlay
/// deletes its objects.
/// </summary>
public sealed class ObjectStorageTests(DatabaseFixture database, LocalS3 s3) : IClassFixture<DatabaseFixture>, IClassFixture<LocalS3>
{
    [Fact]
    public async Task Servers_sharing_only_a_bucket_tile_and_serve_each_others_uploads()
    {
        var key = (await new ApiKeyRepository(database.DataSource).AddAsync("bucket", ApiKeyRole.Analyst, CancellationToken.None)).Secret;
        var folders = new[] { Folder(), Folder() };
        var prefix = Guid.NewGuid().ToString("N");
        var direct = $"{s3.ServiceUrl.TrimEnd('/')}/{s3.Bucket}/{prefix}/{{overlayId}}/{{z}}/{{x}}/{{y}}.png";
        Dictionary<string, string> Settings(string folder, bool worker) => new(s3.Configuration(prefix))
        {
            // A hands clients the bucket's own address for tiles; B serves them itself.
            ["GeoMap:Storage:TileUrlTemplate"] = worker ? "" : direct,
            ["GeoMap:Database:ConnectionString"] = database.ConnectionString,
            ["GeoMap:Server:TilesFolder"] = folder,
            ["GeoMap:Server:PhotosFolder"] = folder + "-photos",
            ["GeoMap:Server:SeedRegionsOnStart"] = "false",
            ["GeoMap:Jobs:Enabled"] = worker ? "true" : "false",
            ["GeoMap:Jobs:IdleSeconds"] = "0.2",
        };
        try
        {
            await using var a = await InProcessServer.StartAsync(Settings(folders[0], worker: false));
            await using var b = await InProcessServer.StartAsync(Settings(folders[1], worker: true));
            using var toA = SharedJobsTests.Client(a.Address, key);
            using var toB = SharedJobsTests.Client(b.Address, key);

            var response = await toA.PostAsync(new Uri("/api/overlays", UriKind.Relative),
                OverlaysAndTilesTests.Upload(OverlaysAndTilesTests.Png(512), "scene.png", ("title", "In the bucket"), ("bounds", "32,10,32.1,10.1"))).ExpectAsync(HttpStatusCode.Accepted);
            var id = Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!);
            await SharedJobsTests.ReadyAsync(toA, id);
            long job;
            await using (var command = database.DataSource.CreateCommand("SELECT id FROM jobs WHERE job_key = $1"))
            {
                command.Parameters.Add(new() { Value = $"overlay:{id:D}" });
                job = (long)(await command.ExecuteScalarAsync())!;
            }

            // The upload is removed once the overlay is ready, when its worker ends the job.
            Assert.Equal("done", (await SharedJobsTests.FinishedAsync(new JobQueue(database.DataSource), job)).State);

            var store = new Storage.Objects.S3Store(s3.Settings(prefix));
            Assert.NotNull(await store.InfoAsync($"{id:D}/quicklook.png", CancellationToken.None));
            Assert.NotNull(await store.InfoAsync($"{id:D}/metadata.json", CancellationToken.None));
            Assert.False(Directory.Exists(Path.Combine(folders[0], id.ToString("D"))) || Directory.Exists(Path.Combine(folders[1], id.ToString("D"))), "no pyramid on either disk");
            Assert.Null(await store.InfoAsync($".uploads/{id:D}/image.png", CancellationToken.None));

            var tileJson = await (await toB.GetAsync(new Uri($"/tiles/{id:D}/tilejson.json", UriKind.Relative))).JsonAsync();
            var zoom = tileJson.GetProperty("maxzoom").GetInt32();
            var centre = tileJson.GetProperty("center");
            var (xMercator, yMercator) = WebMercator.FromLonLat(centre[0].GetDouble(), centre[1].GetDouble());
            var tile = new Uri($"/tiles/{id:D}/{zoom}/{WebMercator.TileX(xMercator, zoom)}/{WebMercator.TileY(yMercator, zoom)}.png", UriKind.Relative);
            var fromA = await toA.GetAsync(tile).ExpectAsync(HttpStatusCode.OK);
            var fromB = await toB.GetAsync(tile).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal("image/png", fromA.Content.Headers.ContentType?.MediaType);
            Assert.True(fromA.Headers.CacheControl?.Public, "tiles are cacheable");
            var bytes = await fromA.Content.ReadAsByteArrayAsync();
            Assert.Equal(bytes, await fromB.Content.ReadAsByteArrayAsync());
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);

            // A sends clients to the bucket, which serves the same bytes without GeoMap; B sends them to itself.
            var fromBucket = direct.Replace("{overlayId}", id.ToString("D"), StringComparison.Ordinal);
            Assert.Equal(fromBucket, (await (await toA.GetAsync(new Uri($"/api/overlays/{id:D}", UriKind.Relative))).JsonAsync()).GetProperty("properties").GetProperty("tiles").GetString());
            Assert.Equal(fromBucket, (await (await toA.GetAsync(new Uri($"/tiles/{id:D}/tilejson.json", UriKind.Relative))).JsonAsync()).GetProperty("tiles")[0].GetString());
            Assert.Equal($"{b.Address.ToString().TrimEnd('/')}/tiles/{id:D}/{{z}}/{{x}}/{{y}}.png", tileJson.GetProperty("tiles")[0].GetString());
            using (var anonymous = new HttpClient())
            {
                var tilePath = tile.OriginalString.Split('/')[3..];
                var url = fromBucket.Replace("{z}", tilePath[0], StringComparison.Ordinal).Replace("{x}", tilePath[1], StringComparison.Ordinal).Replace("{y}.png", tilePath[2], StringComparison.Ordinal);
                Assert.Equal(bytes, await anonymous.GetByteArrayAsync(new Uri(url)));
            }

            using var conditional = new HttpRequestMessage(HttpMethod.Get, tile);
            conditional.Headers.IfNoneMatch.Add(fromA.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await toB.SendAsync(conditional)).StatusCode);
            await toA.GetAsync(new Uri($"/tiles/{id:D}/{zoom}/0/0.png", UriKind.Relative)).ExpectAsync(HttpStatusCode.NotFound);
            await toB.GetAsync(new Uri($"/ogc/collections/overlay-{id:D}/map/tiles/WebMercatorQuad/{zoom}/{WebMercator.TileY(yMercator, zoom)}/{WebMercator.TileX(xMercator, zoom)}", UriKind.Relative)).ExpectAsync(HttpStatusCode.OK);
            await toB.GetAsync(new Uri($"/tiles/{id:D}/quicklook.png", UriKind.Relative)).ExpectAsync(HttpStatusCode.OK);

            // A briefing map drawn by A, which has no pyramid on its disk, shows the overlay from the bucket.
            const string map = "/api/map.png?bbox=31.95,9.95,32.15,10.15&size=800x800";
            var plain = await (await toA.GetAsync(new Uri(map, UriKind.Relative)).ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync();
            var withOverlay = await (await toA.GetAsync(new Uri($"{map}&overlay={id:D}&opacity=1", UriKind.Relative)).ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync();
            using (var without = SkiaSharp.SKBitmap.Decode(plain))
            using (var with = SkiaSharp.SKBitmap.Decode(withOverlay))
            {
                // The middle of the map is the middle of the overlay (the legend stays in a corner): the overlay is drawn there.
                Assert.NotEqual(without.GetPixel(400, 400), with.GetPixel(400, 400));
            }

            await toB.DeleteAsync(new Uri($"/api/overlays/{id:D}", UriKind.Relative)).ExpectAsync(HttpStatusCode.NoContent);
            Assert.Null(await store.InfoAsync($"{id:D}/quicklook.png", CancellationToken.None));
            await toA.GetAsync(tile).ExpectAsync(HttpStatusCode.NotFound);
            store.Dispose();
        }
        finally
        {
            foreach (var folder in folders)
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    [Fact]
    public async Task Ground_photos_kept_in_the_bucket_are_served_by_any_server_and_deleted_there()
    {
        var key = (await new ApiKeyRepository(database.DataSource).AddAsync("bucket-photos", ApiKeyRole.Analyst, CancellationToken.None)).Secret;
        var folders = new[] { Folder(), Folder() };
        var prefix = Guid.NewGuid().ToString("N");
        Dictionary<string, string> Settings(string folder) => new(s3.Configuration(prefix))
        {
            ["GeoMap:Database:ConnectionString"] = database.ConnectionString,
            ["GeoMap:Server:TilesFolder"] = folder,
            ["GeoMap:Server:PhotosFolder"] = folder + "-photos",
            ["GeoMap:Server:SeedRegionsOnStart"] = "false",
            ["GeoMap:Jobs:Enabled"] = "false",
        };
        try
        {
            await using var a = await InProcessServer.StartAsync(Settings(folders[0]));
            await using var b = await InProcessServer.StartAsync(Settings(folders[1]));
            using var toA = SharedJobsTests.Client(a.Address, key);
            using var toB = SharedJobsTests.Client(b.Address, key);

            var jpeg = TestPhotos.Jpeg(new PhotoSpec { Seed = 7, Lat = 50.45, Lon = 30.52, TakenAt = "2024:10:12 09:00:00" });
            var created = await toA.PostAsync(new Uri("/api/photos", UriKind.Relative), PhotosApiTests.Upload((jpeg, "square.jpg"))).ExpectAsync(HttpStatusCode.Created);
            var photo = (await created.JsonAsync()).GetProperty("features")[0];
            var id = photo.GetProperty("id").GetInt64();

            // Nothing of it stays on A's disk; B, which never saw the upload, serves its files from the bucket.
            Assert.Empty(Directory.Exists(folders[0] + "-photos") ? Directory.GetFiles(folders[0] + "-photos", "*.jpg", SearchOption.AllDirectories) : []);
            var original = await toB.GetAsync(new Uri($"/api/photos/{id}/original", UriKind.Relative)).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(jpeg, await original.Content.ReadAsByteArrayAsync());
            var thumbnail = await toB.GetAsync(new Uri($"/api/photos/{id}/thumbnail", UriKind.Relative)).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(thumbnail.Headers.ETag);

            string thumb;
            await using (var command = database.DataSource.CreateCommand("SELECT thumbnail_path FROM photos WHERE id = $1"))
            {
                command.Parameters.Add(new() { Value = id });
                thumb = (string)(await command.ExecuteScalarAsync())!;
            }

            using var store = new Storage.Objects.S3Store(s3.Settings(prefix + "/photos"));
            Assert.NotNull(await store.InfoAsync(thumb, CancellationToken.None));
            await toB.DeleteAsync(new Uri($"/api/photos/{id}", UriKind.Relative)).ExpectAsync(HttpStatusCode.NoContent);
            Assert.Null(await store.InfoAsync(thumb, CancellationToken.None));
            await toA.GetAsync(new Uri($"/api/photos/{id}/thumbnail", UriKind.Relative)).ExpectAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            foreach (var folder in folders.SelectMany(f => new[] { f, f + "-photos" }))
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    private static string Folder() => Path.Combine(Path.GetTempPath(), "geomap-bucket-tests", Guid.NewGuid().ToString("N"));
}

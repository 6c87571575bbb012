using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GeoMap.Testing;
using SixLabors.ImageSharp;

namespace GeoMap.Server.Tests.Apis;

public sealed class PhotosApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    internal static MultipartFormDataContent Upload(params (byte[] Bytes, string Name)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (bytes, name) in files)
        {
            form.Add(new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } }, "file", name);
        }

        return form;
    }

    private async Task<long> CountAsync()
    {
        await using var command = server.Database.DataSource.CreateCommand("SELECT count(*) FROM photos");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static JsonElement Properties(JsonElement feature) => feature.GetProperty("properties");

    [Fact]
    public async Task An_uploaded_photo_is_stored_with_its_EXIF_position_time_bearing_and_camera()
    {
        var jpeg = TestPhotos.Jpeg(new PhotoSpec { Seed = 101, Lat = 43.7972, Lon = 131.9517, Bearing = 45, Altitude = 80, TakenAt = "2024:10:12 14:30:00", Offset = "+10:00", Make = "Sony", Model = "A7" });
        var response = await server.Client("analyst").PostAsync("/api/photos", Upload((jpeg, "station.jpg"))).ExpectAsync(HttpStatusCode.Created);
        var feature = (await response.JsonAsync()).GetProperty("features")[0];
        var p = Properties(feature);
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(131.9517, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 4);
        Assert.Equal(43.7972, feature.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(), 4);
        Assert.Equal("2024-10-12T14:30:00+10:00", p.GetProperty("takenAt").GetString());
        Assert.Equal(45, p.GetProperty("bearing").GetDouble());
        Assert.Equal(80, p.GetProperty("altitude").GetDouble());
        Assert.Equal("camera", p.GetProperty("positionSource").GetString());
        Assert.Equal("key:test-analyst", p.GetProperty("placedBy").GetString());
        Assert.Equal("key:test-analyst", p.GetProperty("uploader").GetString());
        Assert.Equal(("Sony", "A7"), (p.GetProperty("cameraMake").GetString(), p.GetProperty("cameraModel").GetString()));
        Assert.Equal("station.jpg", p.GetProperty("fileName").GetString());
        Assert.False(p.GetProperty("duplicate").GetBoolean());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(jpeg)), p.GetProperty("checksum").GetString());

        var id = feature.GetProperty("id").GetInt64();
        var thumbnail = await server.Client().GetAsync($"/api/photos/{id}/thumbnail").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        var thumbInfo = Image.Identify(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal(256, Math.Max(thumbInfo.Width, thumbInfo.Height));
        Assert.Null(thumbInfo.Metadata.ExifProfile);
        var screen = Image.Identify(await (await server.Client().GetAsync($"/api/photos/{id}/screen").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync());
        Assert.Null(screen.Metadata.ExifProfile);

        // The original, metadata and all, is for analysts only.
        await (await server.Client("viewer").GetAsync($"/api/photos/{id}/original")).ProblemAsync(403);
        Assert.Equal(jpeg, await (await server.Client("analyst").GetAsync($"/api/photos/{id}/original").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_same_file_twice_is_one_photo_and_a_recompressed_copy_is_reported_as_a_near_duplicate()
    {
        var first = TestPhotos.Jpeg(new PhotoSpec { Seed = 202, Width = 1200, Height = 900, Lat = 10, Lon = 20 });
        var analyst = server.Client("analyst");
        var stored = (await (await analyst.PostAsync("/api/photos", Upload((first, "a.jpg"))).ExpectAsync(HttpStatusCode.Created)).JsonAsync()).GetProperty("features")[0];
        var again = await analyst.PostAsync("/api/photos", Upload((first, "renamed.jpg"))).ExpectAsync(HttpStatusCode.OK);
        var duplicate = (await again.JsonAsync()).GetProperty("features")[0];
        Assert.True(Properties(duplicate).GetProperty("duplicate").GetBoolean());
        Assert.Equal(stored.GetProperty("id").GetInt64(), duplicate.GetProperty("id").GetInt64());

        var smaller = TestPhotos.Jpeg(new PhotoSpec { Seed = 202, Width = 800, Height = 600 });
        var near = (await (await analyst.PostAsync("/api/photos", Upload((smaller, "copy.jpg"))).ExpectAsync(HttpStatusCode.Created)).JsonAsync()).GetProperty("features")[0];
        Assert.Contains(stored.GetProperty("id").GetInt64(), Properties(near).GetProperty("nearDuplicates").EnumerateArray().Select(n => n.GetProperty("id").GetInt64()));
    }

    public static TheoryData<string, int> Hostile => new()
    {
        { "empty", 400 },
        { "text named jpg", 415 },
        { "pdf named jpg", 415 },
        { "truncated", 400 },
        { "garbage after the marker", 400 },
        { "huge dimensions", 413 },
        { "latitude 200", 400 },
        { "year 9999", 400 },
        { "offset -25:00", 400 },
        { "thousands of EXIF entries", 400 },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_file_is_a_clear_problem_and_nothing_of_it_is_stored(string kind, int status)
    {
        var before = await CountAsync();
        var problem = await (await server.Client("analyst").PostAsync("/api/photos", Upload((HostilePhotos.Make(kind), "bad.jpg")))).ProblemAsync(status);
        Assert.Equal("file", problem.GetProperty("parameter").GetString());
        Assert.Equal("bad.jpg", problem.GetProperty("fileName").GetString());
        Assert.Equal(before, await CountAsync());
        NoStagingLeft();
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_file_beside_good_photos_is_refused_alone_and_they_are_stored(string kind, int status)
    {
        var before = await CountAsync();
        var good = TestPhotos.Jpeg(new PhotoSpec { Seed = 3000 + Hostile.ToList().FindIndex(row => (string)row[0] == kind), Lat = 1, Lon = 1 });
        var answer = await (await server.Client("analyst").PostAsync("/api/photos", Upload((HostilePhotos.Make(kind), "bad.jpg"), (good, "good.jpg"))).ExpectAsync(HttpStatusCode.Created)).JsonAsync();
        Assert.Equal(["good.jpg"], answer.GetProperty("features").EnumerateArray().Select(f => Properties(f).GetProperty("fileName").GetString()));
        var refused = Assert.Single(answer.GetProperty("refused").EnumerateArray());
        Assert.Equal("bad.jpg", refused.GetProperty("fileName").GetString());
        Assert.Equal(status, refused.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(refused.GetProperty("detail").GetString()));
        Assert.Equal(before + 1, await CountAsync());
        NoStagingLeft();
    }

    [Fact]
    public async Task When_every_file_is_refused_the_problem_gives_each_ones_reason()
    {
        var before = await CountAsync();
        var problem = await (await server.Client("analyst").PostAsync("/api/photos",
            Upload((HostilePhotos.Make("pdf named jpg"), "a.jpg"), (HostilePhotos.Make("truncated"), "b.jpg")))).ProblemAsync(415);
        Assert.Equal("a.jpg", problem.GetProperty("fileName").GetString());
        Assert.StartsWith("None of the 2 files was stored", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal([("a.jpg", 415), ("b.jpg", 400)], problem.GetProperty("refused").EnumerateArray().Select(r => (r.GetProperty("fileName").GetString(), r.GetProperty("status").GetInt32())));
        Assert.Equal(before, await CountAsync());
        NoStagingLeft();
    }

    private void NoStagingLeft() =>
        Assert.Empty(Directory.Exists(server.PhotosFolder) ? Directory.EnumerateFiles(server.PhotosFolder, "*", SearchOption.AllDirectories).Where(f => f.Contains(".uploads", StringComparison.Ordinal)) : []);

    [Fact]
    public async Task A_photo_over_the_size_limit_is_a_413()
    {
        var huge = new byte[60 * 1024 * 1024];
        huge[0] = 0xFF;
        huge[1] = 0xD8;
        huge[2] = 0xFF;
        await (await server.Client("analyst").PostAsync("/api/photos", Upload((huge, "big.jpg")))).ProblemAsync(413);
    }

    [Fact]
    public async Task Uploads_need_a_file_and_a_writer()
    {
        await (await server.Client().PostAsync("/api/photos", Upload((TestPhotos.Jpeg(new PhotoSpec()), "a.jpg")))).ProblemAsync(401);
        await (await server.Client("viewer").PostAsync("/api/photos", Upload((TestPhotos.Jpeg(new PhotoSpec()), "a.jpg")))).ProblemAsync(403);
        var empty = new MultipartFormDataContent { { new StringContent("x"), "caption" } };
        Assert.Equal("file", (await (await server.Client("analyst").PostAsync("/api/photos", empty)).ProblemAsync(400)).GetProperty("parameter").GetString());
        await (await server.Client("analyst").PostAsync("/api/photos", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).ProblemAsync(415);
    }

    [Fact]
    public async Task A_photo_without_a_position_is_placed_by_an_analyst_who_is_recorded()
    {
        var analyst = server.Client("analyst");
        var feature = (await (await analyst.PostAsync("/api/photos", Upload((TestPhotos.Jpeg(new PhotoSpec { Seed = 404 }), "unplaced.jpg"))).ExpectAsync(HttpStatusCode.Created)).JsonAsync()).GetProperty("features")[0];
        Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
        Assert.Equal("none", Properties(feature).GetProperty("positionSource").GetString());
        var id = feature.GetProperty("id").GetInt64();

        var placed = await (await analyst.PatchAsJsonAsync($"/api/photos/{id}", new { lon = 30.5234, lat = 50.4501 }).ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal(30.5234, placed.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 6);
        Assert.Equal("analyst", Properties(placed).GetProperty("positionSource").GetString());
        Assert.Equal("key:test-analyst", Properties(placed).GetProperty("placedBy").GetString());
        Assert.NotEqual(JsonValueKind.Null, Properties(placed).GetProperty("placedAt").ValueKind);

        Assert.Equal("lat", (await (await analyst.PatchAsJsonAsync($"/api/photos/{id}", new { lon = 30, lat = 95 })).ProblemAsync(400)).GetProperty("parameter").GetString());
        Assert.Equal("reportId", (await (await analyst.PatchAsJsonAsync($"/api/photos/{id}", new { lon = 30, lat = 50, source = "report" })).ProblemAsync(400)).GetProperty("parameter").GetString());
        Assert.Equal("source", (await (await analyst.PatchAsJsonAsync($"/api/photos/{id}", new { lon = 30, lat = 50, source = "camera" })).ProblemAsync(400)).GetProperty("parameter").GetString());
        await (await server.Client("viewer").PatchAsJsonAsync($"/api/photos/{id}", new { lon = 30, lat = 50 })).ProblemAsync(403);
        await (await analyst.PatchAsJsonAsync("/api/photos/999999", new { lon = 30, lat = 50 })).ProblemAsync(404);
    }

    [Fact]
    public async Task Photos_are_listed_by_box_and_date_and_linked_both_ways_to_movements_near_in_space_and_time()
    {
        var from = ServerFixture.Place("Photo Origin", 60.00, -40.00);
        var to = ServerFixture.Place("Photo Destination", 60.50, -40.00);
        var ids = await server.SeedAsync([ServerFixture.Movement("Testland", from, to, "2024-10-08", "2024-10-13")]);
        var movement = ids[0];
        var analyst = server.Client("analyst");
        async Task<long> AddAsync(int seed, double lon, double lat, string taken) =>
            (await (await analyst.PostAsync("/api/photos", Upload((TestPhotos.Jpeg(new PhotoSpec { Seed = seed, Lon = lon, Lat = lat, TakenAt = taken, Offset = "+00:00" }), $"{seed}.jpg"))).ExpectAsync(HttpStatusCode.Created)).JsonAsync())
                .GetProperty("features")[0].GetProperty("id").GetInt64();

        var onTheRoute = await AddAsync(501, 60.25, -40.02, "2024:10:10 08:00:00");
        var elevenDaysLater = await AddAsync(502, 60.25, -40.02, "2024:10:25 08:00:00");
        var farAway = await AddAsync(503, 61.50, -40.00, "2024:10:10 08:00:00");

        var near = await (await server.Client().GetAsync($"/api/movements/{movement}/photos").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal([onTheRoute], near.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
        var photo = await (await server.Client().GetAsync($"/api/photos/{onTheRoute}").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        var linked = Properties(photo).GetProperty("movements");
        Assert.Equal(movement, linked[0].GetProperty("id").GetInt64());
        Assert.True(linked[0].GetProperty("distanceKm").GetDouble() < 5);
        Assert.Empty(Properties(await (await server.Client().GetAsync($"/api/photos/{farAway}")).JsonAsync()).GetProperty("movements").EnumerateArray());

        var listed = await (await server.Client().GetAsync("/api/photos?bbox=59.9,-40.2,60.6,-39.9&from=2024-10-01&to=2024-10-20").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal([onTheRoute], listed.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
        var all = await (await server.Client().GetAsync("/api/photos?bbox=59.9,-40.2,61.6,-39.9&limit=2").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal(2, all.GetProperty("features").GetArrayLength());
        var next = all.GetProperty("next").GetString()!;
        var rest = await (await server.Client().GetAsync(next).ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal([farAway], rest.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
        Assert.Empty(Properties(await (await server.Client().GetAsync($"/api/photos/{elevenDaysLater}")).JsonAsync()).GetProperty("movements").EnumerateArray());

        var ogc = await (await server.Client().GetAsync("/ogc/collections/photos/items?bbox=59.9,-40.2,60.6,-39.9&datetime=2024-10-01T00:00:00Z/2024-10-20T00:00:00Z").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal(1, ogc.GetProperty("numberMatched").GetInt64());
        Assert.Equal(onTheRoute, ogc.GetProperty("features")[0].GetProperty("id").GetInt64());
        await server.Client().GetAsync($"/ogc/collections/photos/items/{onTheRoute}").ExpectAsync(HttpStatusCode.OK);
        await (await server.Client().GetAsync("/api/photos?bbox=1,2,3")).ProblemAsync(400);
    }

    [Fact]
    public async Task The_map_image_marks_the_photos_when_asked()
    {
        await server.Client("analyst").PostAsync("/api/photos", Upload((TestPhotos.Jpeg(new PhotoSpec { Seed = 707, Lat = -20.5, Lon = 100.5, Bearing = 90 }), "marked.jpg"))).ExpectAsync(HttpStatusCode.Created);
        var plain = await (await server.Client().GetAsync("/api/map.png?bbox=100,-21,101,-20&size=400x400").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync();
        var marked = await (await server.Client().GetAsync("/api/map.png?bbox=100,-21,101,-20&size=400x400&photos=true").ExpectAsync(HttpStatusCode.OK)).Content.ReadAsByteArrayAsync();
        Assert.NotEqual(plain, marked);
        Assert.Equal("photos", (await (await server.Client().GetAsync("/api/map.png?bbox=100,-21,101,-20&photos=yes")).ProblemAsync(400)).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_deleted_photo_takes_its_files_with_it()
    {
        var analyst = server.Client("analyst");
        var id = (await (await analyst.PostAsync("/api/photos", Upload((TestPhotos.Jpeg(new PhotoSpec { Seed = 606 }), "gone.jpg"))).ExpectAsync(HttpStatusCode.Created)).JsonAsync()).GetProperty("features")[0].GetProperty("id").GetInt64();
        await analyst.DeleteAsync($"/api/photos/{id}").ExpectAsync(HttpStatusCode.NoContent);
        await (await server.Client().GetAsync($"/api/photos/{id}")).ProblemAsync(404);
        await (await server.Client().GetAsync($"/api/photos/{id}/thumbnail")).ProblemAsync(404);
    }
}

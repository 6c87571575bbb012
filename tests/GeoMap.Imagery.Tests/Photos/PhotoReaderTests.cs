using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Photos;
using GeoMap.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace GeoMap.Imagery.Tests.Photos;

public sealed class PhotoReaderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("geomap-photo-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(PhotoSpec spec, string name = "photo.jpg") => TestPhotos.WriteJpeg(Path.Combine(folder, name), spec);

    private string WriteBytes(byte[] bytes, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Position_altitude_bearing_time_and_camera_are_read_from_EXIF()
    {
        var m = PhotoReader.Identify(Write(new PhotoSpec { Lat = 43.7972, Lon = 131.9517, Altitude = 120.5, Bearing = 275.5, TakenAt = "2024:10:12 14:30:05", Offset = "+10:00", Make = "Canon", Model = "EOS R6" }),
            new PhotoLimits(), Now);
        Assert.Equal("jpeg", m.Format);
        Assert.Equal(43.7972, m.Lat!.Value, 4);
        Assert.Equal(131.9517, m.Lon!.Value, 4);
        Assert.Equal(120.5, m.Altitude!.Value, 1);
        Assert.Equal(275.5, m.Bearing!.Value, 2);
        Assert.Equal(new DateTimeOffset(2024, 10, 12, 14, 30, 5, TimeSpan.FromHours(10)), m.TakenAt);
        Assert.Equal(TimeSpan.FromHours(10), m.TakenAt!.Value.Offset);
        Assert.True(m.TakenAtHasOffset);
        Assert.Equal(("Canon", "EOS R6"), (m.Make, m.Model));
        Assert.Equal((640, 480), (m.Width, m.Height));
    }

    [Theory]
    [InlineData(-33.8688, 151.2093)]
    [InlineData(40.7128, -74.0060)]
    [InlineData(-34.6037, -58.3816)]
    public void Southern_and_western_positions_are_negative(double lat, double lon)
    {
        var m = PhotoReader.Identify(Write(new PhotoSpec { Lat = lat, Lon = lon }), new PhotoLimits(), Now);
        Assert.Equal(lat, m.Lat!.Value, 4);
        Assert.Equal(lon, m.Lon!.Value, 4);
    }

    [Fact]
    public void Without_an_offset_the_GPS_time_gives_the_moment()
    {
        var m = PhotoReader.Identify(Write(new PhotoSpec { TakenAt = "2024:10:12 14:30:00", GpsDate = "2024:10:12", GpsTime = (4, 30, 7) }), new PhotoLimits(), Now);
        Assert.Equal(new DateTimeOffset(2024, 10, 12, 4, 30, 7, TimeSpan.Zero), m.TakenAt);
        Assert.True(m.TakenAtHasOffset);
    }

    [Fact]
    public void A_local_time_of_unknown_zone_is_kept_but_not_anchored()
    {
        var m = PhotoReader.Identify(Write(new PhotoSpec { TakenAt = "2024:10:12 14:30:00" }), new PhotoLimits(), Now);
        Assert.Equal(new DateTimeOffset(2024, 10, 12, 14, 30, 0, TimeSpan.Zero), m.TakenAt);
        Assert.False(m.TakenAtHasOffset);
    }

    [Fact]
    public void Half_a_position_is_no_position()
    {
        var m = PhotoReader.Identify(Write(new PhotoSpec { Lat = 43.8 }), new PhotoLimits(), Now);
        Assert.Null(m.Lat);
        Assert.Null(m.Lon);
    }

    [Theory]
    [InlineData(6, 480, 640, "top-right", PhotoResizer.NetVips)]
    [InlineData(8, 480, 640, "bottom-left", PhotoResizer.NetVips)]
    [InlineData(3, 640, 480, "bottom-right", PhotoResizer.NetVips)]
    [InlineData(1, 640, 480, "top-left", PhotoResizer.NetVips)]
    [InlineData(6, 480, 640, "top-right", PhotoResizer.ImageSharp)]
    [InlineData(8, 480, 640, "bottom-left", PhotoResizer.ImageSharp)]
    public async Task The_EXIF_orientation_is_applied_to_the_copies(ushort orientation, int width, int height, string redCorner, PhotoResizer resizer)
    {
        var processed = await PhotoReader.ProcessAsync(Write(new PhotoSpec { Orientation = orientation }), Path.Combine(folder, "out"), new PhotoLimits { Resizer = resizer }, CancellationToken.None);
        Assert.Equal((width, height), (processed.Metadata.Width, processed.Metadata.Height));
        using var screen = Image.Load<Rgb24>(processed.ScreenPath);
        Assert.Equal((width, height), (screen.Width, screen.Height));
        var (x, y) = redCorner switch
        {
            "top-right" => (screen.Width - 10, 10),
            "bottom-left" => (10, screen.Height - 10),
            "bottom-right" => (screen.Width - 10, screen.Height - 10),
            _ => (10, 10),
        };
        Assert.True(screen[x, y].R > 200 && screen[x, y].G < 60, $"red expected at the {redCorner}, found {screen[x, y]}");
        Assert.Equal(1, screen.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value ?? 1);
    }

    [Theory]
    [InlineData(PhotoResizer.NetVips)]
    [InlineData(PhotoResizer.ImageSharp)]
    public async Task Copies_are_shrunk_and_carry_no_metadata(PhotoResizer resizer)
    {
        var processed = await PhotoReader.ProcessAsync(Write(new PhotoSpec { Width = 2400, Height = 1600, Lat = 43.8, Lon = 131.95, Bearing = 90, Make = "Nikon" }),
            Path.Combine(folder, "out"), new PhotoLimits { Resizer = resizer }, CancellationToken.None);
        foreach (var (path, longest) in new[] { (processed.ScreenPath, 1600), (processed.ThumbnailPath, 256) })
        {
            var info = Image.Identify(path);
            Assert.Equal(longest, Math.Max(info.Width, info.Height));
            Assert.Null(info.Metadata.ExifProfile);
            Assert.Null(info.Metadata.XmpProfile);
            Assert.Null(info.Metadata.IptcProfile);
            Assert.DoesNotContain("Nikon", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Copies_keep_only_the_GPS_when_the_setting_says_so()
    {
        var processed = await PhotoReader.ProcessAsync(Write(new PhotoSpec { Lat = 43.8, Lon = 131.95, Bearing = 90, Make = "Nikon" }),
            Path.Combine(folder, "out"), new PhotoLimits { CopiesKeepGps = true }, CancellationToken.None);
        var exif = Image.Identify(processed.ScreenPath).Metadata.ExifProfile!;
        Assert.NotNull(exif.GetValue(ExifTag.GPSLatitude));
        Assert.NotNull(exif.GetValue(ExifTag.GPSImgDirection));
        Assert.Null(exif.GetValue(ExifTag.Make));
        Assert.Null(exif.GetValue(ExifTag.DateTimeOriginal));
    }

    [Fact]
    public async Task Near_duplicates_have_close_perceptual_hashes_and_different_pictures_do_not()
    {
        var limits = new PhotoLimits();
        var a = await PhotoReader.ProcessAsync(Write(new PhotoSpec { Seed = 1, Width = 1200, Height = 900 }, "a.jpg"), Path.Combine(folder, "a"), limits, CancellationToken.None);
        var smaller = await PhotoReader.ProcessAsync(Write(new PhotoSpec { Seed = 1, Width = 600, Height = 450 }, "b.jpg"), Path.Combine(folder, "b"), limits, CancellationToken.None);
        var other = await PhotoReader.ProcessAsync(Write(new PhotoSpec { Seed = 2, Width = 1200, Height = 900 }, "c.jpg"), Path.Combine(folder, "c"), limits, CancellationToken.None);
        Assert.True(PerceptualHash.Distance(a.PerceptualHash, smaller.PerceptualHash) <= PerceptualHash.NearBits);
        Assert.True(PerceptualHash.Distance(a.PerceptualHash, other.PerceptualHash) > PerceptualHash.NearBits);
    }

    public static TheoryData<string, Type> BadFiles => new()
    {
        { "empty", typeof(CorruptImageException) },
        { "text named jpg", typeof(UnsupportedImageException) },
        { "pdf named jpg", typeof(UnsupportedImageException) },
        { "truncated", typeof(CorruptImageException) },
        { "garbage after the marker", typeof(CorruptImageException) },
        { "huge dimensions", typeof(PixelBudgetExceededException) },
        { "latitude 200", typeof(InvalidPhotoMetadataException) },
        { "longitude -181", typeof(InvalidPhotoMetadataException) },
        { "minutes 75", typeof(InvalidPhotoMetadataException) },
        { "year 9999", typeof(InvalidPhotoMetadataException) },
        { "year 1850", typeof(InvalidPhotoMetadataException) },
        { "offset -25:00", typeof(InvalidPhotoMetadataException) },
        { "date of words", typeof(InvalidPhotoMetadataException) },
        { "bearing 400", typeof(InvalidPhotoMetadataException) },
        { "altitude 900 km", typeof(InvalidPhotoMetadataException) },
        { "zero denominator", typeof(InvalidPhotoMetadataException) },
        { "thousands of EXIF entries", typeof(InvalidPhotoMetadataException) },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Every_hostile_file_is_refused_with_a_reason_and_nothing_written(string kind, Type expected)
    {
        var output = Path.Combine(folder, "out");
        var e = await Assert.ThrowsAnyAsync<ImageryException>(() => PhotoReader.ProcessAsync(WriteBytes(HostilePhotos.Make(kind), "photo.jpg"), output, new PhotoLimits(), CancellationToken.None));
        Assert.IsType(expected, e);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_whole_decode_over_the_memory_budget_is_stopped()
    {
        var path = Write(new PhotoSpec { Width = 2000, Height = 1500 });
        var e = await Assert.ThrowsAsync<DecodeBudgetExceededException>(() => PhotoReader.ProcessAsync(path, Path.Combine(folder, "out"), new PhotoLimits { MaxDecodeBytes = 1024 * 1024, Resizer = PhotoResizer.ImageSharp }, CancellationToken.None));
        Assert.Contains("MB", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PhotoResizer.NetVips)]
    [InlineData(PhotoResizer.ImageSharp)]
    public async Task A_decode_over_the_time_budget_is_stopped(PhotoResizer resizer)
    {
        var path = Write(new PhotoSpec { Width = 3000, Height = 2000 });
        await Assert.ThrowsAsync<DecodeBudgetExceededException>(() => PhotoReader.ProcessAsync(path, Path.Combine(folder, "out"), new PhotoLimits { DecodeTimeout = TimeSpan.FromTicks(1), Resizer = resizer }, CancellationToken.None));
    }

    /// <summary>Inputs bench/fuzz found (2026-12-03): EXIF directories whose entries throw when ImageSharp parses them on first use.</summary>
    public static TheoryData<string> FuzzFindings => new()
    {
        "/9j/4AAQSkZJRgABAQEAYABgAAD/4QDtRXhpZgAASUkqAAgAAAADABIBAwABAAAABgAAAGmHBAABAAAAMgAAACWIBAABAAAAawAAAAAAAAACAAOQAgAUAAAAUAAAABGhAgDv////ZAAAAAAAAAAyMDI0OjEwOjEyIDE0OjMwOjAwACswMzowcAADAAIABQADAAAArQAAAAEAAgACAAAATgAAAAQABQADAAAAxQAAAAMAAgACAAAARQAAABEABQABAAAA3QAAAAAAAAAwAAAAAQAAABsBAAABAAAAD/3//wAAAAAjAAAAAQAAAAIAAAABAAAAAAAAAAEAAAAOAQAAAQAAAP/bAIQACAYGBwYFCAcHBwkJCAoMFA0MCwsMGRITDxQdLB8eHRocHCAkLicgIiwjHBwoNyksMDE0NDQfJzk9ODI8LjM0LAEJCQkMCwwYDQ0YMiEcITIyMjIyMjL/fwAAMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy/8AAEQgAEAAYAwEiAAIRAQMRAf/EAaIAAAEFAQEBgQEBAAAAAAAAAAABAgMEBQYHCAkKCxAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6AQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgsRAAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz9PX29/j5+v/aAAwRAxEAPwDzO7Wp/9k=",
        "/9j/4AAQSkZJRgABAQEAYABgAAD/4QDtRXhpZgAASUkqAAgAAAADABIBAwABAAAABgAAAGmHBAABAAAAMgAAACWIBAABAAAAawAAAAAAAAACAAOQAgDx////UAAAABGQAgAHAAAAZAAAAAAAAAAyMDI0OjEwOjEyIDE0OjMlOjAwACswMzowMAAFAAIABQADAAAArQAAAAEAAgACAAD/TgAAAAQABQADAAAAxQAAAAMAAgACAAAARQAAABEABQABAAAA3QAAAAAAAAAwAAAAAQAAABsAAAABAAAADwAAAAEAAAAjAAAAAQAAAAIAAAABAAAAAIqSk5SVlpeYmZoAAQAAAP/bAIQACAYGBwYFCAcHBwkJCAoMFA0MCwsMGRITDxQdGh8eHRocHCAkLicgIiwjHBwoNyksMDE0NDQfJzk9ODI8LjM0MgEJCQkMCwwYDQ0YMiEcITIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy/8AAEQgAEAAYAwEiAAIRAQMRAf/EAaIAAAEFAQEBAQEBAAAAAAAAAAABAgMEBQ4HCAkKCxAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJAAAAAQAAAA4BAKKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6AQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgsRAAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz9PX29/j5+v/aAAwRAxEAPwDzO7Wp/9k=",
    };

    [Theory]
    [MemberData(nameof(FuzzFindings))]
    public async Task Inputs_the_fuzzer_found_are_refused_as_damaged(string base64)
    {
        foreach (var resizer in new[] { PhotoResizer.NetVips, PhotoResizer.ImageSharp })
        {
            var e = await Assert.ThrowsAnyAsync<ImageryException>(() => PhotoReader.ProcessAsync(WriteBytes(Convert.FromBase64String(base64), "found.jpg"), Path.Combine(folder, "out"), new PhotoLimits { Resizer = resizer }, CancellationToken.None));
            Assert.IsType<CorruptImageException>(e);
        }
    }

    [Fact]
    public void A_PNG_named_jpg_is_read_as_the_PNG_it_is()
    {
        var m = PhotoReader.Identify(WriteBytes(TestPhotos.Png(300, 200), "photo.jpg"), new PhotoLimits(), Now);
        Assert.Equal(("png", 300, 200), (m.Format, m.Width, m.Height));
    }
}

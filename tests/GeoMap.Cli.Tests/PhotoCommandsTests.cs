using System.Text.Json;
using GeoMap.Testing;

namespace GeoMap.Cli.Tests;

public sealed class PhotoCommandsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly string photos = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", "photos-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment => new() { ["GEOMAP_DB"] = database.ConnectionString };

    [Fact]
    public async Task Photos_are_added_with_a_summary_and_a_bad_file_fails_alone_with_exit_code_1()
    {
        var placed = GeomapProcess.TempFile("convoy.jpg", TestPhotos.Jpeg(new PhotoSpec { Seed = 71, Lat = 48.45, Lon = 35.05, Bearing = 120, TakenAt = "2024:10:09 07:15:00", Offset = "+03:00" }));
        var unplaced = GeomapProcess.TempFile("port.jpg", TestPhotos.Jpeg(new PhotoSpec { Seed = 72 }));
        var absurd = GeomapProcess.TempFile("absurd.jpg", HostilePhotos.Make("latitude 200"));

        var add = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "photo", "add", placed, unplaced, absurd, "--photos", photos);
        Assert.Equal(1, add.ExitCode);
        Assert.Contains("3 files, 2 stored (1 with a position), 0 already stored, 1 failed", add.Stdout.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("absurd.jpg", add.Stderr, StringComparison.Ordinal);
        Assert.Contains("latitude", add.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", add.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetDirectories(photos).Count(d => !Path.GetFileName(d).StartsWith('.')));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(photos, ".uploads"), "*", SearchOption.AllDirectories));

        var again = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "photo", "add", placed, "--photos", photos, "--json");
        Assert.True(again.ExitCode == 0, again.Stderr);
        var json = JsonDocument.Parse(again.Stdout).RootElement;
        var first = json.GetProperty("photos")[0];
        Assert.Equal("duplicate", first.GetProperty("status").GetString());
        var properties = first.GetProperty("photo").GetProperty("properties");
        Assert.Equal("2024-10-09T07:15:00+03:00", properties.GetProperty("takenAt").GetString());
        Assert.Equal(120, properties.GetProperty("bearing").GetDouble());
        Assert.Equal("camera", properties.GetProperty("positionSource").GetString());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("duplicates").GetInt32());
    }
}

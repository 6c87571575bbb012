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

    [Fact]
    public async Task Photos_are_listed_by_box_and_time_and_removed_with_their_files()
    {
        var bridge = GeomapProcess.TempFile("bridge.jpg", TestPhotos.Jpeg(new PhotoSpec { Seed = 81, Lat = -12.50, Lon = 130.80, TakenAt = "2024:11:02 06:00:00", Offset = "+09:30" }));
        var depot = GeomapProcess.TempFile("depot.jpg", TestPhotos.Jpeg(new PhotoSpec { Seed = 82, Lat = -12.55, Lon = 130.90, TakenAt = "2024:12:20 06:00:00", Offset = "+09:30" }));
        var add = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "photo", "add", bridge, depot, "--photos", photos, "--json");
        Assert.True(add.ExitCode == 0, add.Stderr);
        var ids = JsonDocument.Parse(add.Stdout).RootElement.GetProperty("photos").EnumerateArray()
            .ToDictionary(p => Path.GetFileName(p.GetProperty("file").GetString()!), p => p.GetProperty("photo").GetProperty("id").GetInt64());

        async Task<string[]> ListedAsync(params string[] filters)
        {
            var list = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, ["photo", "list", "--bbox", "130.5,-12.8,131.0,-12.3", .. filters, "--json"]);
            Assert.True(list.ExitCode == 0, list.Stderr);
            return [.. JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("fileName").GetString()!)];
        }

        Assert.Equal(["bridge.jpg", "depot.jpg"], await ListedAsync());
        Assert.Equal(["depot.jpg"], await ListedAsync("--from", "2024-12-01"));
        Assert.Equal(["bridge.jpg"], await ListedAsync("--to", "2024-11-30", "--limit", "5"));
        var table = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "photo", "list", "--bbox", "130.5,-12.8,131.0,-12.3");
        Assert.Contains("bridge.jpg", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("-12.50000, 130.80000", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 photos.", table.Stdout, StringComparison.Ordinal);

        var folders = Directory.GetDirectories(photos).Where(d => !Path.GetFileName(d).StartsWith('.')).ToHashSet();
        var rm = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "photo", "rm", ids["bridge.jpg"].ToString(System.Globalization.CultureInfo.InvariantCulture), "--photos", photos);
        Assert.True(rm.ExitCode == 0, rm.Stderr);
        Assert.Equal(["depot.jpg"], await ListedAsync());
        Assert.Single(folders, d => !Directory.Exists(d));

        var again = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "photo", "rm", ids["bridge.jpg"].ToString(System.Globalization.CultureInfo.InvariantCulture), "--photos", photos);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("There is no photo", again.Stderr, StringComparison.Ordinal);
        var badLimit = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "photo", "list", "--limit", "0");
        Assert.Equal(1, badLimit.ExitCode);
        Assert.Contains("--limit", badLimit.Stderr, StringComparison.Ordinal);
    }
}

using GeoMap.Testing;

namespace GeoMap.Cli.Tests;

public sealed class OverlayCommandsTests(DatabaseFixture database, LocalS3 s3) : IClassFixture<DatabaseFixture>, IClassFixture<LocalS3>
{
    private readonly string tiles = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", "tiles-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment => new() { ["GEOMAP_DB"] = database.ConnectionString };

    [Fact]
    public async Task An_added_overlay_is_tiled_listed_and_removed_with_its_tiles()
    {
        var image = GeomapProcess.TempFile("square.png", NetVips.Image.Black(64, 64).NewFromImage(200, 40, 40).PngsaveBuffer());

        var add = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "add", image, "--bounds", "131.9,43.78,131.96,43.82", "--title", "Test square", "--acquired", "2024-10-15T06:00:00Z", "--tiles", tiles);
        Assert.True(add.ExitCode == 0, add.Stderr);
        var id = Assert.Single(Directory.GetDirectories(tiles));
        Assert.True(File.Exists(Path.Combine(id, "metadata.json")));
        Assert.NotEmpty(Directory.GetFiles(id, "*.png", SearchOption.AllDirectories));

        var list = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "list", "--bbox", "131,43,133,44");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("ready", list.Stdout, StringComparison.Ordinal);
        var elsewhere = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "list", "--bbox", "0,0,1,1");
        Assert.DoesNotContain("ready", elsewhere.Stdout, StringComparison.Ordinal);

        var rm = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "rm", Path.GetFileName(id), "--tiles", tiles);
        Assert.True(rm.ExitCode == 0, rm.Stderr);
        Assert.False(Directory.Exists(id));
        var again = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "rm", Path.GetFileName(id), "--tiles", tiles);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("no overlay", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_bucket_configured_an_added_overlay_is_stored_drawn_and_removed_there()
    {
        var prefix = Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string>(Environment.Concat(s3.Configuration(prefix, "__")));
        var image = GeomapProcess.TempFile("bucket.png", NetVips.Image.Black(64, 64).NewFromImage(40, 40, 200).PngsaveBuffer());

        var add = await GeomapProcess.RunWithEnvironmentAsync(environment, null, "overlay", "add", image, "--bounds", "131.9,43.78,131.96,43.82", "--title", "In the bucket", "--tiles", tiles, "--json");
        Assert.True(add.ExitCode == 0, add.Stderr);
        var id = System.Text.Json.JsonDocument.Parse(add.Stdout).RootElement.GetProperty("id").GetString()!;
        Assert.True(!Directory.Exists(tiles) || Directory.GetFiles(tiles, "*.png", SearchOption.AllDirectories).Length == 0, "no pyramid on disk");
        using var store = new Storage.Objects.S3Store(s3.Settings(prefix));
        Assert.NotNull(await store.InfoAsync($"{id}/metadata.json", CancellationToken.None));

        var map = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", $"bucket-{Guid.NewGuid():N}.png");
        var render = await GeomapProcess.RunWithEnvironmentAsync(environment, null, "render", "--bbox", "131.85,43.75,132.0,43.85", "--overlay", id, "--opacity", "1", "--size", "400x300", "-o", map, "--tiles", tiles);
        Assert.True(render.ExitCode == 0, render.Stderr);
        Assert.True(File.Exists(map));

        var rm = await GeomapProcess.RunWithEnvironmentAsync(environment, null, "overlay", "rm", id, "--tiles", tiles);
        Assert.True(rm.ExitCode == 0, rm.Stderr);
        Assert.Null(await store.InfoAsync($"{id}/metadata.json", CancellationToken.None));

        var badKind = await GeomapProcess.RunWithEnvironmentAsync(new Dictionary<string, string>(Environment) { ["GeoMap__Storage__Kind"] = "ftp" }, null, "overlay", "rm", id);
        Assert.Equal(1, badKind.ExitCode);
        Assert.Contains("folder or s3", badKind.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disguised_file_is_refused_and_leaves_no_row_and_no_tiles()
    {
        var fake = GeomapProcess.TempFile("photo.tif", "this is not an image at all"u8.ToArray());

        var add = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "add", fake, "--bounds", "0,0,1,1", "--tiles", tiles);

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("is not a TIFF, PNG, JPEG or WebP", add.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", add.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", add.Stderr, StringComparison.Ordinal);
        Assert.True(!Directory.Exists(tiles) || Directory.GetFileSystemEntries(tiles).Length == 0);

        var badBounds = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "add", fake, "--bounds", "0,0,1", "--title", "Half bounds", "--tiles", tiles);
        Assert.Equal(1, badBounds.ExitCode);
        Assert.Contains("--bounds", badBounds.Stderr, StringComparison.Ordinal);

        var list = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.DoesNotContain("photo", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Half bounds", list.Stdout, StringComparison.Ordinal);
    }
}

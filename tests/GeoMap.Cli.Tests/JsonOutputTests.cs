using System.Text.Json;
using GeoMap.Testing;

namespace GeoMap.Cli.Tests;

/// <summary><c>--json</c>: every command that prints data prints one JSON document, in the HTTP API's field names.</summary>
public sealed class JsonOutputTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private Dictionary<string, string> Environment => new() { ["GEOMAP_DB"] = database.ConnectionString };

    private static JsonElement Parse(GeomapProcess.Outcome outcome)
    {
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        using var document = JsonDocument.Parse(outcome.Stdout);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Keys_add_and_list_print_the_api_shapes_and_list_never_prints_a_secret()
    {
        var name = "json-" + Guid.NewGuid().ToString("N")[..8];
        var created = Parse(await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "keys", "add", name, "--role", "analyst", "--json"));
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("gmk_", secret, StringComparison.Ordinal);
        Assert.Equal(name, created.GetProperty("key").GetProperty("name").GetString());
        Assert.Equal("analyst", created.GetProperty("key").GetProperty("role").GetString());

        var listed = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "keys", "list", "--json");
        var keys = Parse(listed);
        var mine = keys.EnumerateArray().Single(k => k.GetProperty("name").GetString() == name);
        Assert.True(mine.TryGetProperty("createdAt", out _));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("revokedAt").ValueKind);
        Assert.DoesNotContain(secret[8..], listed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overlay_add_and_list_print_overlay_features_as_the_api_does()
    {
        var tiles = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", "tiles-" + Guid.NewGuid().ToString("N"));
        var image = GeomapProcess.TempFile("json.png", NetVips.Image.Black(64, 64).NewFromImage(30, 90, 200).PngsaveBuffer());
        try
        {
            var added = Parse(await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "add", image, "--bounds", "24.0,56.9,24.1,57.0", "--title", "Json square", "--tiles", tiles, "--json"));
            Assert.Equal("Feature", added.GetProperty("type").GetString());
            Assert.Equal("ready", added.GetProperty("properties").GetProperty("status").GetString());
            var id = added.GetProperty("id").GetString()!;

            var listed = Parse(await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "overlay", "list", "--bbox", "23,56,25,58", "--json"));
            var feature = listed.EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);
            Assert.Equal("Json square", feature.GetProperty("properties").GetProperty("title").GetString());
            Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        }
        finally
        {
            if (Directory.Exists(tiles))
            {
                Directory.Delete(tiles, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Db_status_names_the_database_and_its_migrations()
    {
        var status = Parse(await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "db", "status", "--json"));
        Assert.Equal("GEOMAP_DB", status.GetProperty("database").GetString());
        Assert.True(status.GetProperty("running").GetBoolean());
        Assert.Contains(status.GetProperty("appliedMigrations").EnumerateArray(), v => v.GetInt32() == 1);
        Assert.Empty(status.GetProperty("pendingMigrations").EnumerateArray());
    }

    [Fact]
    public async Task Gazetteer_lookup_prints_every_match_with_coordinates()
    {
        var found = Parse(await GeomapProcess.RunAsync(null, "gazetteer", "lookup", "Vladivostok", "--json"));
        var first = found.GetProperty("entries")[0];
        Assert.Equal("RU", first.GetProperty("countryCode").GetString());
        Assert.InRange(first.GetProperty("lon").GetDouble(), 131, 133);
        Assert.False(string.IsNullOrEmpty(found.GetProperty("match").GetString()));
    }
}

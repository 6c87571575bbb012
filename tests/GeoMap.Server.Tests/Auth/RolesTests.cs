using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace GeoMap.Server.Tests.Auth;

public sealed class RolesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Reads_are_open_by_default()
    {
        await server.Client().GetAsync("/api/movements").ExpectAsync(HttpStatusCode.OK);
        await server.Client().GetAsync("/ogc/collections").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_write_without_a_key_is_401_and_with_a_viewer_key_403()
    {
        var missing = await (await server.Client().PostAsync("/api/movements", Json("{\"actor\": \"X\"}"))).ProblemAsync(401);
        Assert.Contains("Authorization: Bearer", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var bad = server.Client();
        bad.DefaultRequestHeaders.Add("X-Api-Key", "gmk_not-a-real-key");
        var unknown = await (await bad.PostAsync("/api/movements", Json("{\"actor\": \"X\"}"))).ProblemAsync(401);
        Assert.Contains("not recognized", unknown.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var forbidden = await (await server.Client("viewer").PostAsync("/api/movements", Json("{\"actor\": \"X\"}"))).ProblemAsync(403);
        Assert.Contains("needs analyst", forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await server.Client("analyst").PostAsync("/api/movements", Json("{\"actor\": \"X\"}")).ExpectAsync(HttpStatusCode.Created);
        await server.Client("admin").PostAsync("/api/movements", Json("{\"actor\": \"X\"}")).ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Key_management_needs_admin_and_a_revoked_key_stops_working()
    {
        await (await server.Client("analyst").GetAsync("/api/keys")).ProblemAsync(403);
        await (await server.Client().GetAsync("/api/keys")).ProblemAsync(401);

        var admin = server.Client("admin");
        var name = "temp-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/keys", new { name, role = "analyst" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.JsonAsync()).GetProperty("secret").GetString()!;
        await (await admin.PostAsJsonAsync("/api/keys", new { name, role = "analyst" })).ProblemAsync(409);
        await (await admin.PostAsJsonAsync("/api/keys", new { name = "x", role = "emperor" })).ProblemAsync(400);

        var listed = await (await admin.GetAsync("/api/keys")).JsonAsync();
        var entry = listed.EnumerateArray().Single(k => k.GetProperty("name").GetString() == name);
        Assert.StartsWith(entry.GetProperty("prefix").GetString()!, secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.ToString(), StringComparison.Ordinal);

        var user = server.Client();
        user.DefaultRequestHeaders.Add("X-Api-Key", secret);
        await user.PostAsync("/api/movements", Json("{\"actor\": \"Y\"}")).ExpectAsync(HttpStatusCode.Created);

        await admin.DeleteAsync($"/api/keys/{name}").ExpectAsync(HttpStatusCode.NoContent);
        await (await user.PostAsync("/api/movements", Json("{\"actor\": \"Y\"}"))).ProblemAsync(401);
        await (await admin.DeleteAsync($"/api/keys/{name}")).ProblemAsync(404);
    }

    [Fact]
    public async Task Keys_are_stored_hashed()
    {
        await using var command = server.Database.DataSource.CreateCommand("SELECT key_hash FROM api_keys WHERE name = 'test-analyst'");
        var hash = (string)(await command.ExecuteScalarAsync())!;
        Assert.NotEqual(server.Keys["analyst"], hash);
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(server.Keys["analyst"][4..], hash, StringComparison.Ordinal);
    }
}

/// <summary>A server configured to need a key for reads and to allow only three writes per minute.</summary>
public sealed class LockedDownServer : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GeoMap:Server:ReadsRequireKey"] = "true",
        ["GeoMap:Server:WritesPerWindow"] = "3",
        ["GeoMap:Server:WriteWindowSeconds"] = "600",
    };
}

public sealed class LockedDownTests(LockedDownServer server) : IClassFixture<LockedDownServer>
{
    [Fact]
    public async Task Reads_need_a_viewer_key_when_configured()
    {
        await (await server.Client().GetAsync("/api/movements")).ProblemAsync(401);
        await (await server.Client().GetAsync("/ogc/collections/movements/items")).ProblemAsync(401);
        await server.Client("viewer").GetAsync("/api/movements").ExpectAsync(HttpStatusCode.OK);
        await server.Client().GetAsync("/health").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Tiles_need_a_viewer_key_when_reads_do()
    {
        string[] paths = ["/tiles/movements/3/4/2.mvt", "/tiles/movements/tilejson.json", $"/tiles/{Guid.NewGuid()}/0/0/0.png", $"/tiles/{Guid.NewGuid()}/tilejson.json"];
        foreach (var path in paths)
        {
            await (await server.Client().GetAsync(path)).ProblemAsync(401);
        }

        await server.Client("viewer").GetAsync("/tiles/movements/3/4/2.mvt").ExpectAsync(HttpStatusCode.OK);
        await server.Client("viewer").GetAsync("/tiles/movements/tilejson.json").ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Writes_are_rate_limited_per_key()
    {
        var analyst = server.Client("analyst");
        for (var i = 0; i < 3; i++)
        {
            await analyst.PostAsync("/api/movements", new StringContent("{\"actor\": \"R\"}", Encoding.UTF8, "application/json")).ExpectAsync(HttpStatusCode.Created);
        }

        var limited = await analyst.PostAsync("/api/movements", new StringContent("{\"actor\": \"R\"}", Encoding.UTF8, "application/json"));
        var problem = await limited.ProblemAsync(429);
        Assert.Contains("3 writes per 600 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(limited.Headers.RetryAfter is not null);

        // Another key has its own budget, and reads are not limited.
        await server.Client("admin").PostAsync("/api/movements", new StringContent("{\"actor\": \"R\"}", Encoding.UTF8, "application/json")).ExpectAsync(HttpStatusCode.Created);
        await analyst.GetAsync("/api/movements").ExpectAsync(HttpStatusCode.OK);
    }
}

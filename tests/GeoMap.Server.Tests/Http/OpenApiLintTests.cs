using System.Reflection;

namespace GeoMap.Server.Tests.Http;

/// <summary>The OpenAPI document passes a standard linter (Redocly CLI, recommended rules) with no error and no warning.</summary>
public sealed class OpenApiLintTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static string Tools => typeof(OpenApiLintTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestTools").Value!;

    [Fact]
    public async Task Parameters_read_from_the_query_string_problems_and_key_schemes_are_documented()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await server.Client().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");
        string[] Names(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();
        Assert.Superset(new HashSet<string> { "bbox", "region", "geometry", "from", "to", "actor", "status", "limit", "cursor", "format", "view" }, Names("/api/movements", "get").ToHashSet());
        Assert.Superset(new HashSet<string> { "collectionId", "bbox", "bbox-crs", "crs", "datetime", "limit", "cursor", "f" }, Names("/ogc/collections/{collectionId}/items", "get").ToHashSet());

        var post = paths.GetProperty("/api/movements").GetProperty("post");
        Assert.Equal(["apiKey", "bearer"], post.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)));
        foreach (var status in new[] { "400", "401", "403", "429" })
        {
            Assert.True(post.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        }

        var schemes = json.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKey").GetProperty("name").GetString());
        Assert.Equal("202", paths.GetProperty("/api/overlays").GetProperty("post").GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2')).Name);
    }

    [Fact]
    public async Task The_openapi_document_lints_clean_with_redocly()
    {
        var redocly = Path.Combine(Tools, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"The OpenAPI linter is not installed at {redocly}: run bash scripts/setup.sh (npm ci in tests/tools).");
        var document = Path.Combine(Path.GetTempPath(), $"geomap-openapi-{Guid.NewGuid():N}.json");
        var text = await server.Client().GetStringAsync("/openapi/v1.json");
        await File.WriteAllTextAsync(document, text);
        try
        {
            var output = await Interop.ExternalTool.RunAsync(redocly,
                ["lint", document, "--config", Path.Combine(Tools, "redocly.yaml"), "--format", "stylish", "--max-problems", "500"],
                new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" });
            Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(document);
        }
    }
}

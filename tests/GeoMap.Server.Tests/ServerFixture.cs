using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Core.Time;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoMap.Server.Tests;

/// <summary>
/// A GeoMap server (WebApplicationFactory, in-memory HTTP) on a fresh database of the managed test cluster, with a
/// temporary tiles folder and one key per role. Subclasses change settings through <see cref="Settings"/>.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    private static long nextPlace;
    private WebApplicationFactory<Program>? factory;

    /// <summary>The database.</summary>
    public DatabaseFixture Database { get; } = new();

    /// <summary>The tiles folder of this server.</summary>
    public virtual string TilesFolder { get; } = Path.Combine(Path.GetTempPath(), "geomap-server-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The photos folder of this server.</summary>
    public string PhotosFolder => TilesFolder + "-photos";

    /// <summary>Secrets by role name.</summary>
    public Dictionary<string, string> Keys { get; } = [];

    /// <summary>The factory.</summary>
    public WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>Configuration overrides for this server.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>Further host configuration for this server (logging, services).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Directory.CreateDirectory(TilesFolder);
        var keys = new ApiKeyRepository(Database.DataSource);
        foreach (var role in new[] { ApiKeyRole.Viewer, ApiKeyRole.Analyst, ApiKeyRole.Admin })
        {
            var name = ApiKeyRepository.RoleText(role);
            Keys[name] = (await keys.AddAsync("test-" + name, role, CancellationToken.None)).Secret;
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("GeoMap:Database:ConnectionString", Database.ConnectionString);
            b.UseSetting("GeoMap:Server:TilesFolder", TilesFolder);
            b.UseSetting("GeoMap:Server:PhotosFolder", PhotosFolder);
            b.UseSetting("GeoMap:Server:SeedRegionsOnStart", "false");
            foreach (var (key, value) in Settings)
            {
                b.UseSetting(key, value);
            }

            Configure(b);
        });
        _ = factory.Server;
    }

    public virtual async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await Database.DisposeAsync();
        foreach (var folder in new[] { TilesFolder, PhotosFolder })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A client sending the key of <paramref name="role"/> (viewer, analyst, admin), or none.</summary>
    public HttpClient Client(string? role = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[role]);
        }

        return client;
    }

    /// <summary>A place with a unique curated key.</summary>
    public static Place Place(string name, double lon, double lat, string? country = null) => new()
    {
        CuratedKey = $"test:{name.ToLowerInvariant()}:{Interlocked.Increment(ref nextPlace)}",
        Name = name,
        CountryCode = country,
        Lon = lon,
        Lat = lat,
    };

    /// <summary>A movement from <paramref name="from"/> to <paramref name="to"/> during the given days.</summary>
    public static Movement Movement(string actor, Place from, Place to, string firstDay, string lastDay, MovementStatus status = MovementStatus.Completed) => new()
    {
        Actor = actor,
        Origin = from,
        Destination = to,
        Status = status,
        Mode = TransportMode.Road,
        Period = Period.Days(DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)),
        Strength = Strength.Exactly(1500, "1,500"),
        Sentence = $"{actor} moved troops from {from.Name} to {to.Name}.",
        Confidence = 0.8,
    };

    /// <summary>Stores movements under one synthetic report (one transaction); returns their ids.</summary>
    public async Task<IReadOnlyList<long>> SeedAsync(IReadOnlyList<Movement> movements)
    {
        // A report, and its movements entered by hand, each a tracked movement of its own: the grouping rule would
        // join the identical movements the paging tests need, which no report would state.
        var report = new Report { Text = "seed " + Guid.NewGuid().ToString("N"), PublishedAt = DateTimeOffset.UtcNow, Language = "en" };
        var reportId = (await new ReportRepository(Database.DataSource).AddAsync(report, [], [], "test", CancellationToken.None)).Details.Report.Id;
        var repository = new MovementRepository(Database.DataSource);
        var ids = new List<long>();
        foreach (var m in movements)
        {
            ids.Add((await repository.AddAsync(m with { ReportId = reportId }, "test", CancellationToken.None)).Id);
        }

        return ids;
    }
}

/// <summary>Reading responses in tests.</summary>
public static class Responses
{
    /// <summary>The body as a JSON document.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Not JSON ({(int)response.StatusCode}): {text[..Math.Min(text.Length, 500)]}", e);
        }
    }

    /// <summary>Asserts a problem-details response with this status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        return json;
    }

    /// <summary>Asserts the status, showing the body when it differs.</summary>
    public static async Task<HttpResponseMessage> ExpectAsync(this Task<HttpResponseMessage> request, System.Net.HttpStatusCode status)
    {
        var response = await request;
        if (response.StatusCode != status)
        {
            Assert.Fail($"Expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    /// <summary>POSTs JSON.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);
}

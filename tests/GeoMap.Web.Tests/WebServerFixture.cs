using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Core.Time;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>
/// A real GeoMap server (Kestrel on a loopback port) over a fresh database of the managed test cluster, seeded with
/// three movements, with an analyst key, and a headless Chromium (/usr/bin/chromium) to drive the built web client.
/// </summary>
public class WebServerFixture : IAsyncLifetime
{
    /// <summary>Where the browser is; Playwright never downloads one on this machine.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private WebApplication? app;
    private IPlaywright? playwright;

    /// <summary>The database.</summary>
    public DatabaseFixture Database { get; } = new();

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A key with the analyst role.</summary>
    public string AnalystKey { get; private set; } = "";

    /// <summary>The tiles folder of this server.</summary>
    public string TilesFolder { get; } = Path.Combine(Path.GetTempPath(), "geomap-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A folder for the files a fixture writes for its server (a basemap package), deleted with the fixture.</summary>
    public string ScratchFolder { get; } = Path.Combine(Path.GetTempPath(), "geomap-web-tests", Guid.NewGuid().ToString("N") + "-scratch");

    /// <summary>The seeded movements by name: vladivostok (Russia, 8-13 Oct 2024), wonsan (North Korea, planned, 20-22 Oct), dandong (China, 5-6 Nov).</summary>
    public Dictionary<string, long> Movements { get; } = [];

    /// <summary>The repository root (where src/ and test-output/ are).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var index = Path.Combine(RepositoryRoot, "src", "GeoMap.Server", "wwwroot", "index.html");
        if (!File.Exists(index))
        {
            throw new InvalidOperationException(
                $"The web client is not built: {index} is missing. Run `npm ci && npm run build` in src/GeoMap.Web (scripts/test.sh does) before these tests.");
        }

        await Database.InitializeAsync();
        Directory.CreateDirectory(TilesFolder);
        AnalystKey = (await new ApiKeyRepository(Database.DataSource).AddAsync("web-tests", ApiKeyRole.Analyst, CancellationToken.None)).Secret;
        await SeedAsync();
        await SeedMoreAsync();

        app = Program.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GeoMap:Database:ConnectionString"] = Database.ConnectionString,
                ["GeoMap:Server:TilesFolder"] = TilesFolder,
                ["GeoMap:Server:PhotosFolder"] = TilesFolder + "-photos",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            b.Configuration.AddInMemoryCollection(Settings);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Database.DisposeAsync();
        foreach (var folder in new[] { TilesFolder, TilesFolder + "-photos", ScratchFolder })
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

    /// <summary>A new browser page at 1280x800 (or the width and device pixel ratio given) that records console errors and failed requests.</summary>
    public async Task<BrowserPage> OpenAsync(string pathAndQuery, int width = 1280, float pixelRatio = 1)
    {
        var session = await NewPageAsync(width, pixelRatio);
        await session.Page.GotoAsync(pathAndQuery);
        await session.WaitUntilReadyAsync();
        return session;
    }

    /// <summary>
    /// A new browser page at 1280x800, in a context of its own, not yet navigated (for routes and listeners that must
    /// be in place before the page loads).
    /// </summary>
    public async Task<BrowserPage> NewPageAsync(int width = 1280, float pixelRatio = 1)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, DeviceScaleFactor = pixelRatio, BaseURL = BaseAddress.ToString() });
        return new BrowserPage(await context.NewPageAsync());
    }

    /// <summary>What a fixture for a particular map state stores after the three movements, before the server starts.</summary>
    protected virtual Task SeedMoreAsync() => Task.CompletedTask;

    /// <summary>Further server settings of a fixture (a basemap package, written into <see cref="ScratchFolder"/>); read once, as the server starts.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    private async Task SeedAsync()
    {
        var vladivostok = Place("Vladivostok", 131.8735, 43.1056, "RU", 2013348);
        var ussuriysk = Place("Ussuriysk", 131.9511, 43.8019, "RU", 2014006);
        var pyongyang = Place("Pyongyang", 125.7543, 39.0339, "KP", 1871859);
        var wonsan = Place("Wonsan", 127.4436, 39.1528, "KP", 1866923);
        var shenyang = Place("Shenyang", 123.4328, 41.7922, "CN", 2034937);
        var dandong = Place("Dandong", 124.3947, 40.1292, "CN", 2037886);
        var movements = new[]
        {
            Movement("Russia", vladivostok, ussuriysk, "2024-10-08", "2024-10-13", MovementStatus.Completed, 1500, TransportMode.Sea),
            Movement("North Korea", pyongyang, wonsan, "2024-10-20", "2024-10-22", MovementStatus.Planned, 12000, TransportMode.Rail),
            Movement("China", shenyang, dandong, "2024-11-05", "2024-11-06", MovementStatus.UnderWay, 300, TransportMode.Road),
        };
        var report = new Report { Text = "Seeded by the web tests " + Guid.NewGuid().ToString("N"), PublishedAt = new DateTimeOffset(2024, 11, 10, 0, 0, 0, TimeSpan.Zero), Language = "en" };
        var result = await new ReportRepository(Database.DataSource).AddAsync(report, [], movements, "web-tests", CancellationToken.None);
        // A named region for the "pick a region by name" query: Primorsky Krai (a box around it is enough here).
        var primorye = new NetTopologySuite.Geometries.GeometryFactory(new NetTopologySuite.Geometries.PrecisionModel(), 4326)
            .ToGeometry(new NetTopologySuite.Geometries.Envelope(130.4, 139.0, 42.3, 48.5));
        await new RegionRepository(Database.DataSource).UpsertAsync(
            [new GeoMap.Core.Regions.Region("RU-PRI", GeoMap.Core.Regions.RegionKind.Admin1, "Primorsky Krai", "RU",
                new Dictionary<string, string> { ["fr"] = "Kraï du Primorié", ["ru"] = "Приморский край" }, primorye)],
            CancellationToken.None);
        var names = new[] { "vladivostok", "wonsan", "dandong" };
        var stored = await new MovementRepository(Database.DataSource).ForReportAsync(result.Details.Report.Id, CancellationToken.None);
        foreach (var m in stored)
        {
            Movements[names[Array.FindIndex(movements, x => x.Actor == m.Actor)]] = m.Id;
        }
    }

    private static Place Place(string name, double lon, double lat, string country, long geonameId) => new()
    {
        GeonameId = geonameId,
        Name = name,
        CountryCode = country,
        FeatureCode = "PPL",
        Lon = lon,
        Lat = lat,
    };

    private static Movement Movement(string actor, Place from, Place to, string firstDay, string lastDay, MovementStatus status, int strength, TransportMode mode) => new()
    {
        Actor = actor,
        Origin = from,
        Destination = to,
        Status = status,
        Mode = mode,
        Period = Period.Days(DateOnly.Parse(firstDay, CultureInfo.InvariantCulture), DateOnly.Parse(lastDay, CultureInfo.InvariantCulture)),
        Strength = Strength.Exactly(strength, strength.ToString("N0", CultureInfo.InvariantCulture)),
        Sentence = $"{actor} moved {strength.ToString("N0", CultureInfo.InvariantCulture)} troops from {from.Name} to {to.Name}.",
        Source = new Attribution("NIS", "KR"),
        Confidence = 0.9,
    };

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GeoMap.sln not found above " + AppContext.BaseDirectory);
    }
}

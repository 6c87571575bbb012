using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using GeoMap.Testing;

namespace GeoMap.Cli.Tests.Install;

/// <summary>
/// The release as a user installs it: the Debian package unpacked into a scratch root and the tarball unpacked into a
/// fresh folder, each run from <c>/</c> with none of the source tree's environment, must serve the client, store a
/// report, tile an overlay and run <c>extract</c> and <c>render</c>.
/// </summary>
[Trait("Category", "Install")]
public sealed class InstalledReleaseTests(ReleaseFixture release) : IClassFixture<ReleaseFixture>
{
    [Fact]
    public async Task Deb_HasTheFilesOfAnInstalledService()
    {
        var root = await UnpackDebAsync("layout");
        var control = Path.Combine(release.Scratch, "layout-control");
        await MustRunAsync("dpkg-deb", ["-e", release.Deb, control]);

        var fields = File.ReadAllText(Path.Combine(control, "control"));
        Assert.Contains("Package: geomap", fields, StringComparison.Ordinal);
        Assert.Contains("Architecture: amd64", fields, StringComparison.Ordinal);
        Assert.Contains("postgresql-15-postgis-3", fields, StringComparison.Ordinal);
        Assert.Equal("/etc/geomap/appsettings.json", File.ReadAllText(Path.Combine(control, "conffiles")).Trim());
        Assert.Contains("adduser --system", File.ReadAllText(Path.Combine(control, "postinst")), StringComparison.Ordinal);

        var bin = new FileInfo(Path.Combine(root, "usr", "bin", "geomap"));
        Assert.Equal("../lib/geomap/geomap", bin.LinkTarget);
        Assert.True(File.Exists(Path.Combine(root, "usr", "lib", "geomap", "wwwroot", "index.html")));
        Assert.True(File.Exists(Path.Combine(root, "usr", "lib", "geomap", "data", "cache", "gazetteer.bin")));

        var unit = File.ReadAllText(Path.Combine(root, "lib", "systemd", "system", "geomap.service"));
        Assert.Contains("User=geomap", unit, StringComparison.Ordinal);
        Assert.Contains("ExecStart=/usr/bin/geomap serve", unit, StringComparison.Ordinal);
        Assert.Contains("GEOMAP_CONFIG=/etc/geomap/appsettings.json", unit, StringComparison.Ordinal);

        // Only linux-x64 native code ships: no per-platform runtimes folder, no macOS or Windows libraries.
        var program = Path.Combine(root, "usr", "lib", "geomap");
        Assert.False(Directory.Exists(Path.Combine(program, "runtimes")), "a runtimes/ folder means native assets for other platforms shipped");
        var foreign = Directory.EnumerateFiles(program, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".dylib", StringComparison.Ordinal) || f.EndsWith(".exe", StringComparison.Ordinal)).ToList();
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task InstalledServer_RunFromRoot_ServesClientStoresReportAndTilesOverlay()
    {
        var root = await UnpackDebAsync("serve");
        var geomap = Path.Combine(root, "usr", "bin", "geomap");
        var state = Directory.CreateDirectory(Path.Combine(release.Scratch, "serve-state")).FullName;
        var database = await TestCluster.CreateDatabaseAsync("install");
        var cluster = await TestCluster.GetAsync();
        var environment = new Dictionary<string, string>
        {
            ["GEOMAP_DB"] = cluster.ConnectionStringFor(database),
            ["GEOMAP_DATA_DIR"] = state,
            ["GEOMAP_CONFIG"] = Path.Combine(root, "etc", "geomap", "appsettings.json"),
            ["GeoMap__Server__SeedRegionsOnStart"] = "false",
        };

        var created = await MustRunAsync(geomap, ["keys", "add", "installer", "--role", "analyst", "--json"], environment);
        var secret = JsonDocument.Parse(created.Stdout).RootElement.GetProperty("secret").GetString()!;

        var port = FreePort();
        var info = new ProcessStartInfo(geomap) { WorkingDirectory = "/", UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        ReleaseFixture.Isolate(info, environment);
        using var server = Process.Start(info)!;
        var output = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
            await WaitHealthyAsync(http, server, output);

            var page = await http.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<script", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

            http.DefaultRequestHeaders.Add("X-Api-Key", secret);
            var report = await http.PostAsJsonAsync(new Uri("/api/reports", UriKind.Relative), new
            {
                text = "About 800 soldiers were transferred from Minsk to Brest by train on 4 March 2025.",
                language = "en",
                publishedAt = "2025-03-05T08:00:00Z",
            });
            var reportBody = await report.Content.ReadAsStringAsync();
            Assert.True(report.StatusCode == HttpStatusCode.Created, reportBody);
            Assert.Contains("Brest", reportBody, StringComparison.Ordinal);

            var tiff = Path.Combine(release.Scratch, "overlay.tif");
            await MustRunAsync("gdal_create", ["-of", "GTiff", "-outsize", "256", "256", "-bands", "3", "-ot", "Byte", "-burn", "90",
                "-a_srs", "EPSG:4326", "-a_ullr", "27.4", "54.0", "27.8", "53.8", tiff]);
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(await File.ReadAllBytesAsync(tiff)), "file", "overlay.tif" },
                { new StringContent("installed"), "title" },
            };
            var upload = await http.PostAsync(new Uri("/api/overlays", UriKind.Relative), form);
            var uploadBody = await upload.Content.ReadAsStringAsync();
            Assert.True(upload.StatusCode == HttpStatusCode.Accepted, uploadBody);
            var id = JsonDocument.Parse(uploadBody).RootElement.GetProperty("id").GetString()!;
            var overlay = await WaitReadyAsync(http, id);
            var z = overlay.GetProperty("maxZoom").GetInt32();

            // The tile under the image's centre at its deepest zoom.
            var (x, y) = TileOf(27.6, 53.9, z);
            var tile = await http.GetAsync(new Uri($"/tiles/{id}/{z}/{x}/{y}.png", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
            Assert.True(Directory.Exists(Path.Combine(state, "tiles", id)), "tiles belong in the state folder");
        }
        finally
        {
            if (!server.HasExited)
            {
                using var term = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await term.WaitForExitAsync();
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await server.WaitForExitAsync(stop.Token);
            }
        }
    }

    [Fact]
    public async Task Tarball_UnpackedAnywhere_ExtractsAndRendersFromRoot()
    {
        var folder = Directory.CreateDirectory(Path.Combine(release.Scratch, "opt")).FullName;
        await MustRunAsync("tar", ["-C", folder, "-xzf", release.Tarball]);
        var geomap = Directory.GetFiles(folder, "geomap", SearchOption.AllDirectories).Single(f => !f.Contains("/wwwroot/", StringComparison.Ordinal));

        var text = Path.Combine(release.Scratch, "report.txt");
        await File.WriteAllTextAsync(text, "Two battalions were sent from Lviv to Odesa on 12 May 2025.");
        var extract = await MustRunAsync(geomap, ["extract", text, "--published", "2025-05-13"], null);
        Assert.Contains("Odesa", extract.Stdout, StringComparison.Ordinal);

        var database = await TestCluster.CreateDatabaseAsync("tarball");
        var cluster = await TestCluster.GetAsync();
        var png = Path.Combine(release.Scratch, "map.png");
        await MustRunAsync(geomap, ["render", "--bbox", "22,44,41,53", "--size", "400x300", "-o", png],
            new Dictionary<string, string> { ["GEOMAP_DB"] = cluster.ConnectionStringFor(database), ["GEOMAP_DATA_DIR"] = Path.Combine(release.Scratch, "tarball-state") });
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes.Length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "render wrote no PNG");
    }

    private async Task<string> UnpackDebAsync(string name)
    {
        var root = Path.Combine(release.Scratch, name + "-root");
        await MustRunAsync("dpkg-deb", ["-x", release.Deb, root]);
        return root;
    }

    private static Task<GeomapProcess.Outcome> MustRunAsync(string program, string[] args) => MustRunAsync(program, args, null);

    private static async Task<GeomapProcess.Outcome> MustRunAsync(string program, string[] args, IReadOnlyDictionary<string, string>? environment)
    {
        var result = await ReleaseFixture.RunAsync(program, args, "/", environment, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        return result;
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process server, System.Text.StringBuilder output)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(server.HasExited, "geomap serve exited:\n" + output);
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        Assert.Fail("geomap serve did not become healthy:\n" + output);
    }

    private static async Task<JsonElement> WaitReadyAsync(HttpClient http, string id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (DateTime.UtcNow < deadline)
        {
            var feature = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/overlays/{id}", UriKind.Relative))).RootElement;
            var body = feature.TryGetProperty("properties", out var properties) ? properties : feature;
            var status = body.GetProperty("status").GetString();
            if (status == "ready")
            {
                return body;
            }

            Assert.NotEqual("failed", status);
            await Task.Delay(500);
        }

        throw new TimeoutException("The overlay was not tiled in time.");
    }

    // The XYZ tile holding a point, by the project's one Web Mercator.
    private static (int X, int Y) TileOf(double lon, double lat, int z)
    {
        var (x, y) = GeoMap.Core.Projections.WebMercator.FromLonLat(lon, lat);
        return (GeoMap.Core.Projections.WebMercator.TileX(x, z), GeoMap.Core.Projections.WebMercator.TileY(y, z));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

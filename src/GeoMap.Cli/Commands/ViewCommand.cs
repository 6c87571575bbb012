using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary>
/// <c>geomap view</c>: the map in a desktop application window (Chromium in app mode with its own profile), on the
/// local server, starting the server and the embedded database when none answers, and stopping them when the
/// window closes.
/// </summary>
public static class ViewCommand
{
    private static readonly string[] BrowserCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>Builds the <c>view</c> command.</summary>
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "Address of the GeoMap server; started on it (with the embedded database) when nothing answers there.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var browser = new Option<string?>("--browser") { Description = "Chromium or Chrome executable (default: /usr/bin/chromium, else the first Chrome found)." };
        var browserArgs = new Option<string[]>("--browser-arg") { Description = "Extra argument for the browser (repeatable), e.g. --browser-arg=--start-maximized." };
        var query = new Option<string?>("--query") { Description = "Query string of the map view to open, e.g. \"c=131.9,43.8&z=7&from=2024-10-01&to=2024-10-31\"." };
        var command = new Command("view", "Open the map in a desktop window; starts the server and database if needed and stops them when the window closes.")
        {
            url, browser, browserArgs, query,
        };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(() =>
            RunAsync(new Uri(parse.GetValue(url)!), parse.GetValue(browser), parse.GetValue(browserArgs) ?? [], parse.GetValue(query), cancellationToken)).ConfigureAwait(false));
        return command;
    }

    private static async Task<int> RunAsync(Uri baseUrl, string? browserPath, string[] extraArgs, string? query, CancellationToken cancellationToken)
    {
        var executable = FindBrowser(browserPath);
        WebApplication? server = null;
        if (await IsGeoMapAsync(baseUrl, cancellationToken).ConfigureAwait(false))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Using the GeoMap server at {baseUrl}.");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Starting the GeoMap server at {baseUrl} (and the embedded database unless GEOMAP_DB is set)…");
            server = BuildServer(baseUrl);
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        var profile = Profile(out var temporary);
        try
        {
            var target = new Uri(baseUrl, string.IsNullOrWhiteSpace(query) ? "/" : "/?" + query.TrimStart('?'));
            using var process = StartBrowser(executable, target, profile, extraArgs);
            AnsiConsole.MarkupLine("The map is open; close its window to quit.");
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: close the window we opened, then stop what we started.
                process.Kill(entireProcessTree: true);
            }

            return 0;
        }
        finally
        {
            if (server is not null)
            {
                AnsiConsole.MarkupLine("Stopping the server…");
                await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
                await server.DisposeAsync().ConfigureAwait(false);
            }

            if (temporary)
            {
                TryDelete(profile);
            }
        }
    }

    /// <summary>True when <paramref name="baseUrl"/> answers <c>/health</c> as a GeoMap server (healthy or not).</summary>
    private static async Task<bool> IsGeoMapAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync(new Uri(baseUrl, "/health"), cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (body.Contains("\"database\"", StringComparison.Ordinal))
            {
                return true;
            }

            throw new ArgumentException($"{baseUrl} answers, but is not a GeoMap server; give another address with --url.");
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>The server exactly as <c>geomap serve</c> composes it, listening on <paramref name="url"/>.</summary>
    private static WebApplication BuildServer(Uri url) =>
        GeoMap.Server.GeoMapServer.BuildApplication(["--urls", url.GetLeftPart(UriPartial.Authority)]);

    private static string FindBrowser(string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return File.Exists(requested) ? requested : throw new FileNotFoundException($"No browser at {requested}.", requested);
        }

        return BrowserCandidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("No Chromium found; install it (scripts/setup.sh does) or give --browser PATH.");
    }

    /// <summary>
    /// The window's own profile (so the API key entered in it is kept between sessions); a temporary one when
    /// another GeoMap window holds it, because Chromium would hand the URL to that window's process and return at once.
    /// </summary>
    private static string Profile(out bool temporary)
    {
        var root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "geomap");
        var profile = Path.Combine(root, "view-profile");
        temporary = File.Exists(Path.Combine(profile, "SingletonLock")) || new FileInfo(Path.Combine(profile, "SingletonLock")).LinkTarget is not null;
        if (temporary)
        {
            profile = Path.Combine(Path.GetTempPath(), "geomap-view-" + Guid.NewGuid().ToString("N"));
        }

        Directory.CreateDirectory(profile);
        return profile;
    }

    private static Process StartBrowser(string executable, Uri target, string profile, string[] extraArgs)
    {
        var info = new ProcessStartInfo(executable) { UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--app=" + target.AbsoluteUri, "--user-data-dir=" + profile, "--window-size=1440,900",
            "--no-first-run", "--no-default-browser-check", "--disable-sync", "--disable-background-networking", "--disable-component-update",
        })
        {
            info.ArgumentList.Add(arg);
        }

        // Chromium refuses to run as root without this; GeoMap's setup runs as root in containers.
        if (Environment.IsPrivilegedProcess)
        {
            info.ArgumentList.Add("--no-sandbox");
        }

        foreach (var arg in extraArgs)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

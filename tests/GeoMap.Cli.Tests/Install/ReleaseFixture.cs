using System.Diagnostics;

namespace GeoMap.Cli.Tests.Install;

/// <summary>
/// The release built by <c>scripts/package.sh</c>: the folder named by <c>GEOMAP_PACKAGE_DIR</c> (scripts/test.sh builds
/// it once before the tests), else built here from the source tree holding these tests.
/// </summary>
public sealed class ReleaseFixture : IAsyncLifetime
{
    /// <summary>The Debian package.</summary>
    public string Deb { get; private set; } = "";

    /// <summary>The tarball.</summary>
    public string Tarball { get; private set; } = "";

    /// <summary>A scratch folder removed after the tests.</summary>
    public string Scratch { get; } = Path.Combine(Path.GetTempPath(), "geomap-install-tests", Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Scratch);
        var folder = Environment.GetEnvironmentVariable("GEOMAP_PACKAGE_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            folder = Path.Combine(Scratch, "dist");
            var root = SourceRoot();
            var result = await RunAsync("bash", [Path.Combine(root, "scripts", "package.sh"), "--skip-setup", "--out", folder], root, null, TimeSpan.FromMinutes(30));
            Assert.True(result.ExitCode == 0, "scripts/package.sh failed:\n" + result.Stdout + result.Stderr);
        }

        Deb = Directory.GetFiles(folder, "geomap_*_amd64.deb").Single();
        Tarball = Directory.GetFiles(folder, "geomap-*-linux-x64.tar.gz").Single();
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Scratch, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing a file; the temp folder is cleaned by the system.
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs a program to its end and captures what it prints.</summary>
    public static async Task<GeomapProcess.Outcome> RunAsync(string program, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        Isolate(info, environment);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', info.ArgumentList)} did not finish in {timeout}.");
        }

        return new GeomapProcess.Outcome(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// An installed program must not lean on the developer's environment: the variables that point GeoMap at the source
    /// tree are removed, and the caller's own are set.
    /// </summary>
    public static void Isolate(ProcessStartInfo info, IReadOnlyDictionary<string, string>? environment)
    {
        ArgumentNullException.ThrowIfNull(info);
        foreach (var name in new[] { "GEOMAP_DATA", "GEOMAP_GAZETTEER_CACHE", "GEOMAP_DB", "GEOMAP_DATA_DIR", "GEOMAP_CONFIG", "DOTNET_ROOT" })
        {
            info.Environment.Remove(name);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("These tests build the release from the source tree, which was not found above " + AppContext.BaseDirectory);
    }
}

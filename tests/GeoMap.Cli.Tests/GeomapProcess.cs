using System.Diagnostics;
using System.Text;

namespace GeoMap.Cli.Tests;

/// <summary>Runs the real <c>geomap</c> executable (built next to the tests) and captures what it prints.</summary>
public static class GeomapProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Task<Outcome> RunAsync(string? stdin, params string[] args) => RunWithEnvironmentAsync(new Dictionary<string, string>(), stdin, args);

    public static async Task<Outcome> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, string? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "geomap.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }

    public static string TempFile(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}

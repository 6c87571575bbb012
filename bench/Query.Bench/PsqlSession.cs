using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoMap.Bench.Query;

/// <summary>A psql process kept open; each statement's client-side time is read from \timing.</summary>
internal sealed partial class PsqlSession : IAsyncDisposable
{
    private readonly Process process;

    private PsqlSession(Process process) => this.process = process;

    public static async Task<PsqlSession> StartAsync(string url, CancellationToken ct)
    {
        var info = new ProcessStartInfo("psql", ["-X", "-q", url])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var session = new PsqlSession(Process.Start(info)!);
        await session.process.StandardInput.WriteLineAsync("\\o /dev/null");
        await session.process.StandardInput.WriteLineAsync("\\timing on");
        await session.process.StandardInput.FlushAsync(ct);
        return session;
    }

    /// <summary>Runs one statement and returns psql's "Time: x ms".</summary>
    public async Task<double> TimeAsync(string sql, CancellationToken ct)
    {
        await process.StandardInput.WriteLineAsync(sql + ";");
        await process.StandardInput.FlushAsync(ct);
        while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
        {
            var match = TimeLine().Match(line);
            if (match.Success)
            {
                return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("psql ended: " + await process.StandardError.ReadToEndAsync(ct));
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    [GeneratedRegex(@"^Time: ([0-9.]+) ms")]
    private static partial Regex TimeLine();
}

using System.Diagnostics;
using Npgsql;

namespace GeoMap.Bench.Corroboration;

/// <summary>
/// Wall time, this process's CPU time and the PostgreSQL cluster's CPU time (the postmaster, its live backends and
/// the backends that ended, from /proc), so that a loaded machine's wall time can be read beside the work done.
/// </summary>
internal sealed class CpuClock
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly int postmaster;
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private readonly TimeSpan benchStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double pgStart;

    private CpuClock(int postmaster)
    {
        this.postmaster = postmaster;
        pgStart = PostgresSeconds();
    }

    public static async Task<CpuClock> StartAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_backend_pid()");
        var backend = (int)(await command.ExecuteScalarAsync())!;
        return new CpuClock(Stat(backend)?.Parent ?? 0);
    }

    public Task<(double Wall, double Bench, double Postgres)> StopAsync() => Task.FromResult((
        wall.Elapsed.TotalSeconds,
        (Process.GetCurrentProcess().TotalProcessorTime - benchStart).TotalSeconds,
        PostgresSeconds() - pgStart));

    private double PostgresSeconds()
    {
        if (postmaster == 0 || Stat(postmaster) is not { } main)
        {
            return double.NaN;
        }

        var ticks = main.Own + main.Children;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } s && s.Parent == postmaster)
            {
                ticks += s.Own;
            }
        }

        return ticks / TicksPerSecond;
    }

    private static (int Parent, long Own, long Children)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            static long L(string x) => long.Parse(x, System.Globalization.CultureInfo.InvariantCulture);
            return ((int)L(f[1]), L(f[11]) + L(f[12]), L(f[13]) + L(f[14]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

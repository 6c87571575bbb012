using System.Globalization;

namespace GeoMap.Bench.Client;

/// <summary>
/// CPU time (user + system, all cores) of this process and every process below it: the server runs in this process,
/// Playwright's driver and Chromium's processes are its descendants. Read from /proc, so Linux only.
/// </summary>
internal static class ProcessTreeCpu
{
    // USER_HZ: the unit of utime and stime in /proc/PID/stat; 100 on every Linux GeoMap runs on.
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of CPU used so far by the tree (processes that already exited are not counted).</summary>
    public static double Seconds()
    {
        var stats = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var text = File.ReadAllText(Path.Combine(dir, "stat"));
                // The command name is in parentheses and may hold spaces: the fields start after its last ')'.
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                stats[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The process ended while we read.
            }
        }

        var self = Environment.ProcessId;
        long total = 0;
        foreach (var (pid, (_, ticks)) in stats)
        {
            for (var p = pid; p > 1 && stats.TryGetValue(p, out var s); p = s.Parent)
            {
                if (p == self)
                {
                    total += ticks;
                    break;
                }
            }
        }

        return total / TicksPerSecond;
    }
}

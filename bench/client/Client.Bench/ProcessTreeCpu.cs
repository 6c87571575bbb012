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

    /// <summary>CPU ticks used so far by each live process of the tree, by pid.</summary>
    public static Dictionary<int, long> Snapshot()
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
        var tree = new Dictionary<int, long>();
        foreach (var (pid, (_, ticks)) in stats)
        {
            for (var p = pid; p > 1 && stats.TryGetValue(p, out var s); p = s.Parent)
            {
                if (p == self)
                {
                    tree[pid] = ticks;
                    break;
                }
            }
        }

        return tree;
    }

    /// <summary>
    /// Seconds of CPU the tree used between two snapshots: each process's growth, whole for a process born in between.
    /// A sum of totals would go negative when a process of the first snapshot ends (a closed browser context's
    /// renderer), taking its whole past with it; its last moments are lost instead, which is small.
    /// </summary>
    public static double SecondsBetween(Dictionary<int, long> before, Dictionary<int, long> after)
    {
        long total = 0;
        foreach (var (pid, ticks) in after)
        {
            total += Math.Max(0, ticks - before.GetValueOrDefault(pid));
        }

        return total / TicksPerSecond;
    }

    /// <summary>
    /// Milliseconds of CPU between two snapshots by kind of process: Chromium's by its <c>--type</c> (the browser
    /// process has none), others by their command name (this process is "dotnet": the server and the bench).
    /// </summary>
    public static Dictionary<string, double> MsByKind(Dictionary<int, long> before, Dictionary<int, long> after)
    {
        var byKind = new Dictionary<string, double>();
        foreach (var (pid, ticks) in after)
        {
            var grown = Math.Max(0, ticks - before.GetValueOrDefault(pid));
            if (grown == 0)
            {
                continue;
            }

            var kind = KindOf(pid);
            byKind[kind] = byKind.GetValueOrDefault(kind) + grown * 1000 / TicksPerSecond;
        }

        return byKind;
    }

    private static string KindOf(int pid)
    {
        try
        {
            // Chromium rewrites its processes' command lines as one string, arguments separated by spaces.
            var args = File.ReadAllText($"/proc/{pid}/cmdline").Split(['\0', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (args.Length == 0)
            {
                return "ended";
            }

            var name = Path.GetFileName(args[0]);
            if (!name.Contains("chrom", StringComparison.Ordinal))
            {
                return name;
            }

            var type = args.FirstOrDefault(a => a.StartsWith("--type=", StringComparison.Ordinal));
            return type is null ? "browser" : type["--type=".Length..];
        }
        catch (IOException)
        {
            return "ended";
        }
    }
}

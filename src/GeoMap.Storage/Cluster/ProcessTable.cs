using System.Diagnostics;
using System.Globalization;

namespace GeoMap.Storage.Cluster;

/// <summary>Linux process and ownership helpers the cluster needs (/proc, chown, kill).</summary>
internal static class ProcessTable
{
    public static string? WorkingDirectory(int pid)
    {
        try
        {
            var link = new FileInfo($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cwd").LinkTarget;
            return link is null ? null : Path.TrimEndingDirectorySeparator(link);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static List<int> WithWorkingDirectory(string directory)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId
                && WorkingDirectory(pid) == directory)
            {
                found.Add(pid);
            }
        }

        return found;
    }

    public static void Kill(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            p.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    public static void WaitGone(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (pids.Any(p => Directory.Exists($"/proc/{p.ToString(CultureInfo.InvariantCulture)}")) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }
    }

    public static (int Uid, int Gid) UserIds(string user)
    {
        foreach (var line in File.ReadLines("/etc/passwd"))
        {
            var f = line.Split(':');
            if (f.Length > 3 && f[0] == user)
            {
                return (int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture));
            }
        }

        throw new ClusterException($"The OS user '{user}' does not exist; PostgreSQL cannot run as root. Run scripts/setup.sh (the postgresql package creates it).");
    }

    public static void Chown(string path, int uid, int gid)
    {
        var info = new ProcessStartInfo("chown") { RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"{uid}:{gid}"));
        info.ArgumentList.Add(path);
        using var process = Process.Start(info) ?? throw new ClusterException("Could not run chown.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new ClusterException($"Could not give {path} to uid {uid}: {error.Trim()}");
        }
    }
}

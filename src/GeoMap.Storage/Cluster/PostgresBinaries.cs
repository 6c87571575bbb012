namespace GeoMap.Storage.Cluster;

/// <summary>Finds the PostgreSQL server binaries (initdb, pg_ctl, postgres) that setup installed.</summary>
public static class PostgresBinaries
{
    /// <summary>
    /// The folder holding initdb and pg_ctl: the given one, else the newest /usr/lib/postgresql/N/bin,
    /// else a folder on PATH. Throws <see cref="ClusterException"/> naming the fix when none is found.
    /// </summary>
    public static string Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasTools(configured)
                ? configured
                : throw new ClusterException($"No initdb and pg_ctl in '{configured}' (GeoMap:Database:PostgresBinDirectory).");
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => (dir: Path.Combine(d, "bin"), version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => HasTools(x.dir))
                .OrderByDescending(x => x.version)
                .FirstOrDefault();
            if (newest.dir is not null)
            {
                return newest.dir;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasTools(dir))
            {
                return dir;
            }
        }

        throw new ClusterException(
            "PostgreSQL is not installed: no initdb/pg_ctl found. Run scripts/setup.sh (it installs postgresql-15 and postgresql-15-postgis-3), or set GEOMAP_DB to an existing PostGIS.");
    }

    private static bool HasTools(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}

namespace GeoMap.Core.Registry;

/// <summary>
/// Where GeoMap's files are. GeoMap's own read-only files (the curated lists, the registry data, the gazetteer cache,
/// the sample reports, the web client) sit beside the program in a release (<c>{program}/data</c>,
/// <c>{program}/wwwroot</c>) and in the source tree during development; they are found from the program's folder,
/// never from the working folder, so GeoMap runs the same from anywhere. What GeoMap writes (the managed cluster,
/// overlay tiles) lives in one state folder, <see cref="StateDirectory"/>.
/// </summary>
public static class DataPaths
{
    /// <summary>Environment variable naming the folder of GeoMap's own read-only data (registry/, gazetteer/, cache/).</summary>
    public const string DataVariable = "GEOMAP_DATA";

    /// <summary>Environment variable naming the state folder (the managed cluster, tiles).</summary>
    public const string StateVariable = "GEOMAP_DATA_DIR";

    private static readonly Lazy<string?> SourceRoot = new(FindSourceRoot);

    /// <summary>
    /// The folder of GeoMap's own data: <c>GEOMAP_DATA</c>, else <c>data</c> beside the program (a release), else the
    /// source tree's <c>data</c> folder above the program (a build inside the repository).
    /// </summary>
    /// <returns>An absolute path.</returns>
    /// <exception cref="DirectoryNotFoundException">When none is found.</exception>
    public static string FindDataDirectory()
    {
        var env = Environment.GetEnvironmentVariable(DataVariable);
        if (!string.IsNullOrEmpty(env))
        {
            return Path.GetFullPath(env);
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (IsDataFolder(beside))
        {
            return beside;
        }

        if (SourceRoot.Value is { } root && IsDataFolder(Path.Combine(root, "data")))
        {
            return Path.Combine(root, "data");
        }

        throw new DirectoryNotFoundException(
            $"GeoMap's own data folder was not found beside the program ({beside}) nor in a source tree above it; "
            + $"reinstall GeoMap, or set {DataVariable} to the folder holding registry/ and gazetteer/.");
    }

    /// <summary>
    /// The built web client: <c>wwwroot</c> beside the program (a release), else the source tree's
    /// <c>src/GeoMap.Server/wwwroot</c>; null when the client has not been built.
    /// </summary>
    public static string? FindWebRoot()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html")))
        {
            return beside;
        }

        var built = SourceRoot.Value is { } root ? Path.Combine(root, "src", "GeoMap.Server", "wwwroot") : null;
        return built is not null && File.Exists(Path.Combine(built, "index.html")) ? built : null;
    }

    /// <summary>
    /// The state folder: <paramref name="configured"/>, else <c>GEOMAP_DATA_DIR</c>, else /var/lib/geomap for root
    /// (a managed cluster runs as the postgres user, who cannot enter /root), else <c>$XDG_DATA_HOME/geomap</c>
    /// (by default ~/.local/share/geomap).
    /// </summary>
    /// <param name="configured">A folder from the settings, or null.</param>
    /// <returns>An absolute path.</returns>
    public static string StateDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var env = Environment.GetEnvironmentVariable(StateVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            return Path.GetFullPath(env);
        }

        if (Environment.IsPrivilegedProcess)
        {
            return "/var/lib/geomap";
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var home = string.IsNullOrWhiteSpace(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(home, "geomap");
    }

    private static bool IsDataFolder(string folder) =>
        Directory.Exists(Path.Combine(folder, "registry")) || Directory.Exists(Path.Combine(folder, "gazetteer"));

    /// <summary>The source tree holding the program's build output (the folder with GeoMap.sln), if any.</summary>
    private static string? FindSourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoMap.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

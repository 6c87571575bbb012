namespace GeoMap.Core.Registry;

/// <summary>Locates the repository's data folder.</summary>
public static class DataPaths
{
    /// <summary>Finds the data folder: <c>GEOMAP_DATA</c>, else the nearest ancestor of the working or application folder that holds <c>data/registry</c> or <c>data/gazetteer</c>.</summary>
    /// <returns>An absolute path.</returns>
    /// <exception cref="DirectoryNotFoundException">When none is found.</exception>
    public static string FindDataDirectory()
    {
        var env = Environment.GetEnvironmentVariable("GEOMAP_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return Path.GetFullPath(env);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var data = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(Path.Combine(data, "registry")) || Directory.Exists(Path.Combine(data, "gazetteer")))
                {
                    return data;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "GeoMap's data folder was not found: run from the repository (or below it), or set GEOMAP_DATA to the folder holding registry/ and gazetteer/.");
    }
}

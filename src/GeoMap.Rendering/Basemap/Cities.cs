using GeoMap.Core.Registry;

namespace GeoMap.Rendering.Basemap;

/// <summary>The cities worth labelling, from a GeoNames table read by <see cref="GeoNamesReader"/>.</summary>
public static class Cities
{
    /// <summary>Reads national capitals (PPLC) and populated places of at least <paramref name="minPopulation"/> inhabitants.</summary>
    /// <param name="path">A GeoNames main table (cities1000.txt).</param>
    /// <param name="minPopulation">Smallest population of a city that is no capital.</param>
    /// <returns>Capitals first, then by population: the order labels are placed in.</returns>
    /// <remarks>GeoNames marks historical capitals PPLCH and seats of disputed governments PPLCD; only PPLC is a capital.</remarks>
    public static IReadOnlyList<City> Read(string path, long minPopulation = 100_000)
    {
        using var reader = File.OpenText(path);
        var cities = GeoNamesReader.ReadPlaces(reader, f => f.Class == 'P' && (f.Code == "PPLC" || f.Population >= minPopulation))
            .Select(r => new City(r.Name.Length > 0 ? r.Name : r.AsciiName, r.CountryCode, r.Lon, r.Lat, r.Population, r.FeatureCode == "PPLC"))
            .ToList();
        cities.Sort((a, b) => a.IsCapital != b.IsCapital ? b.IsCapital.CompareTo(a.IsCapital)
            : a.Population != b.Population ? b.Population.CompareTo(a.Population)
            : string.CompareOrdinal(a.Name, b.Name));
        return cities;
    }
}

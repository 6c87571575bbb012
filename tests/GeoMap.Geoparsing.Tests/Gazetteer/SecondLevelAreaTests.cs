using GeoMap.Core.Places;
using GeoMap.Core.Registry;
using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

public class SecondLevelAreaTests
{
    [Fact]
    public void Reads_the_json_list_and_the_geonames_text_file_and_skips_malformed_codes()
    {
        var dir = Directory.CreateTempSubdirectory("geomap-admin2-");
        try
        {
            var json = Path.Combine(dir.FullName, "admin2.json");
            File.WriteAllText(json, """[{"code":"US.IA.173","name":"Taylor County"},{"code":"US.IA","name":"broken"},{"code":"PH.05.62","name":" "},{"name":"no code"}]""");
            var text = Path.Combine(dir.FullName, "admin2Codes.txt");
            File.WriteAllText(text, "PH.05.62\tProvince of Sorsogon\tProvince of Sorsogon\t1685754\nnot a row\n");
            Assert.Equal([new Admin2Area("US.IA.173", "Taylor County")], Admin2Reader.Read(json));
            Assert.Equal([new Admin2Area("PH.05.62", "Province of Sorsogon", 1685754, "Province of Sorsogon")], Admin2Reader.Read(text));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_area_sits_at_the_mean_of_its_towns_across_the_antimeridian_and_counts_their_people()
    {
        var builder = new GazetteerBuilder();
        builder.Add(Town(1, "West", 179.0, 1000, "FJ", "03", "A"));
        builder.Add(Town(2, "East", -179.0, 3000, "FJ", "03", "A"));
        builder.Add(Town(3, "Elsewhere", 10.0, 500, "FJ", "03", "B"));
        var added = RegistrySources.AddSecondLevelAreas(builder,
            [new Admin2Area("FJ.03.A", "Alpha Province"), new Admin2Area("FJ.03.C", "Province without towns")]);

        Assert.Equal(1, added);
        var area = builder.Build().Entries.Single(e => e.FeatureCode == "ADM2");
        Assert.Equal("Alpha Province", area.Name);
        Assert.Equal(PlaceKind.Region, area.Kind);
        Assert.Equal(4000, area.Population);
        Assert.True(Math.Abs(Math.Abs(area.Lon) - 180) < 1e-6, $"longitude {area.Lon} should be on the antimeridian, not at 0");
        Assert.Equal(("FJ", "03", "A"), (area.CountryCode, area.Admin1Code, area.Admin2Code));
    }

    [Fact]
    public void An_imported_ADM2_feature_and_the_registry_area_of_its_code_are_one_entry_with_the_imported_id_and_position()
    {
        var builder = new GazetteerBuilder();
        builder.Add(Town(1, "Bedford", -94.72, 1440, "US", "IA", "173"));
        builder.Add(Town(2, "Lenox", -94.56, 1407, "US", "IA", "173"));
        RegistrySources.AddGeoNames(builder, [new GeoNamesRecord(4877118, "Taylor County", "Taylor County", "Comte de Taylor", 40.74, -94.70, 'A', "ADM2", "US", "IA", 6121, "173")]);

        var named = RegistrySources.AddSecondLevelAreas(builder, [new Admin2Area("US.IA.173", "Taylor")]);

        Assert.Equal(1, named);
        var g = builder.Build();
        var area = Assert.Single(g.Entries, e => e.FeatureCode == "ADM2");
        Assert.Equal((4877118L, "admin2:US.IA.173", "Taylor County"), (area.GeonameId, area.CuratedKey, area.Name));
        Assert.Equal((40.74, -94.70), (area.Lat, area.Lon));
        Assert.Equal(6121, area.Population); // the dump's own figure is larger than its towns' 2,847
        foreach (var name in new[] { "Taylor", "Taylor County", "Comte de Taylor" })
        {
            Assert.Equal(area, g[Assert.Single(g.Lookup(name).Entries, i => g[i].FeatureCode == "ADM2")]);
        }
    }

    [Fact]
    public void Admin2_codes_name_the_areas_present_by_id_or_by_code_and_add_the_missing_ones_at_their_towns()
    {
        var builder = new GazetteerBuilder();
        builder.Add(Town(1, "Bedford", -94.72, 1440, "US", "IA", "173"));
        builder.Add(Town(2, "Creston", -94.36, 7834, "US", "IA", "175"));
        builder.Add(Town(3, "Corydon", -93.32, 1585, "US", "IA", "185"));
        RegistrySources.AddSecondLevelAreas(builder, [new Admin2Area("US.IA.173", "Taylor County")]);
        RegistrySources.AddGeoNames(builder, [new GeoNamesRecord(4868539, "Union County", "Union County", "", 41.03, -94.24, 'A', "ADM2", "US", "IA", 0, "175")]);

        var named = RegistrySources.AddSecondLevelAreas(builder,
        [
            new Admin2Area("US.IA.173", "Taylor County", 4877118, "Taylor County"),   // the registry's area, found by its code
            new Admin2Area("US.IA.175", "Union", 4868539, "Union"),                   // the imported feature, found by its id
            new Admin2Area("US.IA.185", "Wayne County", 3, "Wayne County"),           // not present, has a town: added, without the town's id a bad row gives it
            new Admin2Area("US.IA.999", "Nowhere County", 4999999, "Nowhere County"), // not present, no town: left out
        ]);

        Assert.Equal(3, named);
        var areas = builder.Build().Entries.Where(e => e.FeatureCode == "ADM2").OrderBy(e => e.Admin2Code, StringComparer.Ordinal).ToList();
        Assert.Equal(["173", "175", "185"], areas.Select(a => a.Admin2Code));
        Assert.Equal([4877118L, 4868539L, 0L], areas.Select(a => a.GeonameId));
        Assert.Equal(["admin2:US.IA.173", "admin2:US.IA.175", "admin2:US.IA.185"], areas.Select(a => a.CuratedKey));
        Assert.Equal(["Taylor County", "Union County", "Wayne County"], areas.Select(a => a.Name));
        Assert.Equal((41.03, -94.24, 7834L), (areas[1].Lat, areas[1].Lon, areas[1].Population));
        Assert.True(builder.TryGetByGeonameId(3, out var town) && builder.Get(town).Name == "Corydon" && builder.Get(town).FeatureCode == "PPL");
    }

    [Theory]
    // Two towns in the county's east (lon -94.36 and -94.40): the county stands at its outline's centre where one is known,
    // whether or not it has towns, and at its towns' mean only where none is.
    [InlineData("US.IA.175", true, 41.03, -94.24)]
    [InlineData("US.IA.175", false, 40.7, -94.38)]
    [InlineData("US.IA.999", true, 41.5, -95.0)]
    [InlineData("US.IA.999", false, double.NaN, double.NaN)]
    public void A_county_stands_at_the_centre_of_its_outline_where_one_is_known(string code, bool outline, double lat, double lon)
    {
        var builder = new GazetteerBuilder();
        builder.Add(Town(1, "Creston", -94.36, 7834, "US", "IA", "175"));
        builder.Add(Town(2, "Afton", -94.40, 845, "US", "IA", "175"));
        var centres = new Dictionary<string, (double Lat, double Lon)> { ["US.IA.175"] = (41.03, -94.24), ["US.IA.999"] = (41.5, -95.0) };

        RegistrySources.AddSecondLevelAreas(builder, [new Admin2Area(code, "Some County")], outline ? centres : null);

        var area = builder.Build().Entries.SingleOrDefault(e => e.FeatureCode == "ADM2");
        if (double.IsNaN(lat))
        {
            Assert.Null(area);
            return;
        }

        Assert.NotNull(area);
        Assert.Equal(lat, area.Lat, 4);
        Assert.Equal(lon, area.Lon, 4);
    }

    [Fact]
    public void Us_states_and_counties_are_keyed_by_the_geonames_code_of_their_state_and_their_own_fips_code()
    {
        var dir = Directory.CreateTempSubdirectory("geomap-counties-");
        try
        {
            // A state (FIPS 19, Iowa) of two square counties side by side, 95 to 93 W and 41 to 42 N, and a county of a state
            // the admin-1 file names no region for (FIPS 99).
            var path = Path.Combine(dir.FullName, "counties.json");
            File.WriteAllText(path, """
                {"type":"Topology","arcs":[[[-95,41],[-94,41],[-94,42],[-95,42],[-95,41]],[[10,10],[11,10],[11,11],[10,11],[10,10]],
                   [[-94,41],[-93,41],[-93,42],[-94,42],[-94,41]],[[-95,41],[-93,41],[-93,42],[-95,42],[-95,41]]],
                 "objects":{
                   "states":{"type":"GeometryCollection","geometries":[
                     {"type":"Polygon","id":"19","properties":{"name":"Iowa"},"arcs":[[3]]},
                     {"type":"Polygon","id":"99","properties":{"name":"Nowhere"},"arcs":[[1]]}]},
                   "counties":{"type":"GeometryCollection","geometries":[
                     {"type":"Polygon","id":"19175","properties":{"name":"Union"},"arcs":[[0]]},
                     {"type":"Polygon","id":"19177","properties":{"name":"Other"},"arcs":[[2]]},
                     {"type":"Polygon","id":"99001","properties":{"name":"Lost"},"arcs":[[1]]}]}}}
                """);

            var centres = RegistrySources.UsAreaCentres(
                [new Admin1Region("US-IA", "US", "IA", 0, "Iowa", ["Iowa"], new Dictionary<string, string>(), 42.0, -93.5, null)], path);

            Assert.Equal(["US.IA", "US.IA.175", "US.IA.177"], centres.Keys.Order(StringComparer.Ordinal));
            Assert.Equal((41.5, -94.0), (Math.Round(centres["US.IA"].Lat, 4), Math.Round(centres["US.IA"].Lon, 4)));
            Assert.Equal((41.5, -94.5), (Math.Round(centres["US.IA.175"].Lat, 4), Math.Round(centres["US.IA.175"].Lon, 4)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    // Natural Earth's outline of a Great Lakes state runs out into the lake; the land's centre (the Census outline) is its
    // point. An imported GeoNames dump's own point comes before both.
    [InlineData(false, false, 44.9, -85.7)]
    [InlineData(true, false, 44.35, -85.44)]
    [InlineData(true, true, 44.25, -85.5)]
    public void A_us_state_stands_at_the_centre_of_its_land(bool census, bool dump, double lat, double lon)
    {
        var builder = new GazetteerBuilder();
        if (dump)
        {
            RegistrySources.AddGeoNames(builder, [new GeoNamesRecord(5001836, "Michigan", "Michigan", "", 44.25, -85.5, 'A', "ADM1", "US", "MI", 0)]);
        }

        var centres = new Dictionary<string, (double Lat, double Lon)> { ["US.MI"] = (44.35, -85.44) };

        RegistrySources.AddRegions(builder,
            [new Admin1Region("US-MI", "US", "MI", 5001836, "Michigan", ["Michigan"], new Dictionary<string, string>(), 44.9, -85.7, null)],
            census ? centres : null);

        var state = builder.Build().Entries.Single(e => e.FeatureCode == "ADM1");
        Assert.Equal(lat, state.Lat, 4);
        Assert.Equal(lon, state.Lon, 4);
    }

    [Fact]
    public void The_compiled_gazetteer_knows_counties_and_provinces_by_their_full_names()
    {
        var (entries, _) = TestGazetteer.Instance.Lookup("Taylor County");
        var iowa = entries.Select(e => TestGazetteer.Instance[e]).Where(e => e.FeatureCode == "ADM2" && e.Admin1Code == "IA").ToList();
        var county = Assert.Single(iowa);
        Assert.InRange(county.Lat, 40.4, 41.0); // Taylor County, Iowa: about 40.74 N, 94.70 W
        Assert.InRange(county.Lon, -95.1, -94.3);
    }

    private static GazetteerEntry Town(long id, string name, double lon, long population, string cc, string a1, string a2) => new()
    {
        GeonameId = id, Name = name, Lat = cc == "FJ" ? -17 : 40.7, Lon = lon, Population = population, CountryCode = cc, Admin1Code = a1, Admin2Code = a2, FeatureCode = "PPL",
    };
}

public class TerritoryPositionTests
{
    [Theory]
    [InlineData("Réunion", -21.0, 55.5)]
    [InlineData("French Guiana", 4.9, -52.3)]
    [InlineData("Mayotte", -12.8, 45.2)]
    public void Territories_without_an_outline_sit_at_their_capital_not_at_null_island(string name, double lat, double lon)
    {
        var (entries, _) = TestGazetteer.Instance.Lookup(name);
        var territory = entries.Select(e => TestGazetteer.Instance[e]).First(e => e.Kind == GeoMap.Core.Places.PlaceKind.Country);
        Assert.InRange(territory.Lat, lat - 1, lat + 1);
        Assert.InRange(territory.Lon, lon - 1, lon + 1);
    }
}

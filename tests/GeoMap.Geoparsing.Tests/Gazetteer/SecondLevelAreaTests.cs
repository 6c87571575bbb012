using GeoMap.Core.Places;
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
            Assert.Equal([new Admin2Area("PH.05.62", "Province of Sorsogon")], Admin2Reader.Read(text));
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
        GeonameId = id, Name = name, Lat = -17, Lon = lon, Population = population, CountryCode = cc, Admin1Code = a1, Admin2Code = a2, FeatureCode = "PPL",
    };
}

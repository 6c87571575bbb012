using System.Globalization;
using GeoMap.Core.Places;
using GeoMap.Core.Registry;
using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

/// <summary>Full GeoNames dumps merged with the registry data: one entry per place, whichever sources name it.</summary>
public sealed class GeoNamesImportTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("geomap-import-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void Dumps_and_registry_give_one_entry_per_second_level_area_whatever_the_order_of_the_files()
    {
        var sources = new GazetteerSources
        {
            Cities = Write("cities1000.txt",
                Place(4846834, "Bedford", 40.6669, -94.7214, 'P', "PPL", 1440, "173"),
                Place(4853423, "Creston", 41.0586, -94.3614, 'P', "PPLA2", 7834, "175")),
            Admin2 = Write("admin2.json", """[{"code":"US.IA.173","name":"Taylor County"},{"code":"US.IA.175","name":"Union County"}]"""),
            GeoNamesDumps =
            [
                // Alternate names come first on purpose: Union County only gets its id from admin2Codes.txt.
                Write("alternateNamesV2.txt",
                    "1\t4868539\tfr\tComté d'Union\t\t\t\t\t\t",
                    "2\t4877118\tfr\tComté de Taylor\t\t\t\t\t\t",
                    "3\t4877118\tpost\t50833\t\t\t\t\t\t",
                    "4\tnot a number\tfr\tNulle part\t\t\t\t\t\t"),
                Write("allCountries.txt",
                    Place(4877118, "Taylor County", 40.74163, -94.69635, 'A', "ADM2", 6121, "173"),
                    Place(4846835, "Hamlet", 40.7, -94.7, 'P', "PPL", 0, "173"),
                    Place(4846836, "Gravity", 40.76, -94.74, 'P', "PPL", 640, "173"),
                    "4846837\tTruncated\tTruncated\t\t40.7"),
                Write("admin2Codes.txt",
                    "US.IA.173\tTaylor County\tTaylor County\t4877118",
                    "US.IA.175\tUnion County\tUnion County\t4868539",
                    "US.IA\tNot an area\tNot an area\t4862182",
                    "US.IA.180\t\t\t4880000",
                    "garbage"),
            ],
        };

        var g = GazetteerLoader.Build(sources, new GazetteerOptions { MinImportPopulation = 500 });

        var areas = g.Entries.Where(e => e.FeatureCode == "ADM2").OrderBy(e => e.Admin2Code, StringComparer.Ordinal).ToList();
        Assert.Equal(["173", "175"], areas.Select(a => a.Admin2Code));
        var (taylor, union) = (areas[0], areas[1]);
        Assert.Equal((4877118L, "admin2:US.IA.173", 40.74163, -94.69635), (taylor.GeonameId, taylor.CuratedKey, taylor.Lat, taylor.Lon));
        Assert.Equal((4868539L, "admin2:US.IA.175", 41.0586), (union.GeonameId, union.CuratedKey, Math.Round(union.Lat, 4)));
        Assert.Equal(taylor, g[Assert.Single(g.Lookup("Comté de Taylor").Entries)]);
        Assert.Equal(union, g[Assert.Single(g.Lookup("Comté d'Union").Entries)]);
        Assert.Equal(["Bedford", "Creston", "Gravity"], g.Entries.Where(e => e.Kind == PlaceKind.PopulatedPlace).Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_country_the_table_gives_no_id_merges_into_the_imported_country_of_its_code()
    {
        var langs = Directory.CreateDirectory(Path.Combine(dir.FullName, "langs")).FullName;
        File.WriteAllText(Path.Combine(langs, "en.json"), """{"locale":"en","countries":{"XK":"Kosovo"}}""");
        File.WriteAllText(Path.Combine(langs, "fr.json"), """{"locale":"fr","countries":{"XK":"République du Kosovo"}}""");
        var builder = new GazetteerBuilder();
        RegistrySources.AddGeoNames(builder, [Record(831053, "Kosovo", 42.58, 21.0, "PCLI", "")]);

        RegistrySources.AddCountries(builder, langs, CountryTable.Load(Path.Combine(langs, "en.json"), null, null));

        var g = builder.Build();
        var kosovo = Assert.Single(g.Entries, e => e.Kind == PlaceKind.Country);
        Assert.Equal((831053L, "country:XK"), (kosovo.GeonameId, kosovo.CuratedKey));
        Assert.Equal(kosovo, g[Assert.Single(g.Lookup("République du Kosovo").Entries)]);
    }

    [Fact]
    public void A_region_without_an_id_merges_into_the_imported_first_level_area_of_its_code()
    {
        var builder = new GazetteerBuilder();
        RegistrySources.AddGeoNames(builder, [Record(7910958, "Pristina", 42.67, 21.17, "ADM1", "01")]);

        RegistrySources.AddRegions(builder,
            [new Admin1Region("XK-01", "XK", "01", 0, "Pristina District", ["Pristina District", "Prishtinë"], new Dictionary<string, string>(), 42.6, 21.2, null)]);

        var g = builder.Build();
        var region = Assert.Single(g.Entries, e => e.FeatureCode == "ADM1");
        Assert.Equal((7910958L, "admin1:XK.01"), (region.GeonameId, region.CuratedKey));
        Assert.Equal(region, g[Assert.Single(g.Lookup("Prishtinë").Entries)]);
        Assert.Equal(region, g[Assert.Single(g.Lookup("Pristina").Entries)]);
    }

    [Theory]
    // The dump's ADM1 feature, found by the id the region data gives or by its code, places the region; without one, the
    // region data's point (the centre of its outline) does.
    [InlineData(7910958L, true, 42.67, 21.17)]
    [InlineData(0L, true, 42.67, 21.17)]
    [InlineData(7910958L, false, 42.6, 21.2)]
    [InlineData(0L, false, 42.6, 21.2)]
    public void A_region_stands_at_the_imported_dump_s_point_when_the_dump_has_it(long regionDataId, bool imported, double lat, double lon)
    {
        var builder = new GazetteerBuilder();
        if (imported)
        {
            RegistrySources.AddGeoNames(builder, [Record(7910958, "Pristina", 42.67, 21.17, "ADM1", "01")]);
        }

        RegistrySources.AddRegions(builder,
            [new Admin1Region("XK-01", "XK", "01", regionDataId, "Pristina District", ["Pristina District"], new Dictionary<string, string>(), 42.6, 21.2, null)]);

        var region = Assert.Single(builder.Build().Entries, e => e.FeatureCode == "ADM1");
        Assert.Equal((lat, lon), (region.Lat, region.Lon));
    }

    [Fact]
    public void Admin1_codes_name_the_registry_region_of_their_code_when_its_id_differs()
    {
        var builder = new GazetteerBuilder();
        RegistrySources.AddRegions(builder,
            [new Admin1Region("XK-01", "XK", "01", 0, "Pristina District", ["Pristina District"], new Dictionary<string, string>(), 42.6, 21.2, null)]);

        var named = new GeoNamesImporter(builder, 500, null).ImportAdmin1Codes(Write("admin1CodesASCII.txt", "XK.01\tPrishtinë\tPrishtine\t7910958"), CancellationToken.None);

        Assert.Equal(1, named);
        var g = builder.Build();
        Assert.Equal("admin1:XK.01", g[Assert.Single(g.Lookup("Prishtinë").Entries)].CuratedKey);
    }

    private static GeoNamesRecord Record(long id, string name, double lat, double lon, string code, string admin1) =>
        new(id, name, name, "", lat, lon, 'A', code, "XK", admin1, 0);

    private static string Place(long id, string name, double lat, double lon, char featureClass, string code, long population, string admin2) =>
        string.Join('\t', new object[] { id, name, name, "", lat, lon, featureClass, code, "US", "", "IA", admin2, "", "", population, "", "300", "America/Chicago", "2024-01-01" }
            .Select(o => Convert.ToString(o, CultureInfo.InvariantCulture)));

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}

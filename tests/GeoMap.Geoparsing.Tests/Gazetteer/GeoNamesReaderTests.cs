using GeoMap.Core.Registry;
using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

public class GeoNamesReaderTests
{
    private const string Row = "2014006\tUssuriysk\tUssuriysk\tUssurijsk,Oussouriisk\t43.80291\t131.94578\tP\tPPL\tRU\t\t59\t\t\t\t157068\t\t\tAsia/Vladivostok\t2019-09-05";

    [Fact]
    public void Reads_a_main_table_row()
    {
        var r = Assert.Single(GeoNamesReader.ReadPlaces(new StringReader(Row)));
        Assert.Equal(2014006, r.Id);
        Assert.Equal("Ussuriysk", r.Name);
        Assert.Equal('P', r.FeatureClass);
        Assert.Equal("59", r.Admin1);
        Assert.Equal(157068, r.Population);
        Assert.Equal(43.80291, r.Lat, 5);
    }

    [Fact]
    public void Skips_malformed_rows_and_comments()
    {
        var text = "# comment\nnot\ta\trow\n" + Row + "\n";
        Assert.Single(GeoNamesReader.ReadPlaces(new StringReader(text)));
    }

    [Fact]
    public void Reads_every_row_of_a_long_file_whatever_the_row_lengths_line_ends_and_last_line()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 1; i <= 3000; i++)
        {
            var alternates = i == 1500 ? new string('a', 200_000) : new string('b', i % 97);
            text.Append(Row.Replace("2014006", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("Ussurijsk,Oussouriisk", alternates, StringComparison.Ordinal)).Append(i % 2 == 0 ? "\r\n" : "\n");
        }

        var rows = GeoNamesReader.ReadPlaces(new StringReader(text.ToString().TrimEnd())).ToList();

        Assert.Equal(Enumerable.Range(1, 3000).Select(i => (long)i), rows.Select(r => r.Id));
        Assert.Equal(200_000, rows[1499].AlternateNames.Length);
        Assert.Equal(1498 % 97, rows[1497].AlternateNames.Length);
        Assert.All(rows, r => Assert.Equal("Ussuriysk", r.Name));
    }

    [Fact]
    public void A_line_of_more_than_a_million_characters_is_skipped_and_the_next_rows_are_read()
    {
        var text = Row + "\n" + new string('x', 3_000_000) + "\n" + Row.Replace("2014006", "7", StringComparison.Ordinal);
        Assert.Equal([2014006L, 7L], GeoNamesReader.ReadPlaces(new StringReader(text)).Select(r => r.Id));
        Assert.Equal([2014006L], GeoNamesReader.ReadPlaces(new StringReader(Row + "\n" + new string('x', 3_000_000))).Select(r => r.Id));
    }

    [Fact]
    public void A_place_filter_sees_class_code_and_population_and_only_kept_rows_come_back()
    {
        var text = Row + "\n" + Row.Replace("2014006", "1", StringComparison.Ordinal).Replace("\tP\tPPL\t", "\tA\tADM2\t", StringComparison.Ordinal);
        var seen = new List<GeoNamesFeature>();
        var kept = GeoNamesReader.ReadPlaces(new StringReader(text), f => { seen.Add(f); return f.Code == "ADM2"; }).ToList();
        Assert.Equal([new GeoNamesFeature('P', "PPL", 157068), new GeoNamesFeature('A', "ADM2", 157068)], seen);
        Assert.Equal(("ADM2", 1L), (Assert.Single(kept).FeatureCode, kept[0].Id));
    }

    [Fact]
    public void An_alternate_name_filter_sees_id_and_language()
    {
        var text = "1\t2014006\tru\tВорошилов\t\t\t\t1\t\t\n2\t2014006\tlink\thttps://en.wikipedia.org/wiki/Ussuriysk\t\t\t\t\t\t\n3\t1\tfr\tAilleurs\r\n";
        var names = GeoNamesReader.ReadAlternateNames(new StringReader(text), (id, language) => language != "link").ToList();
        Assert.Equal([("Ворошилов", true), ("Ailleurs", false)], names.Select(n => (n.Name, n.IsHistoric)));
    }

    [Fact]
    public void Reads_alternate_names_with_language_and_historic_flag()
    {
        var a = Assert.Single(GeoNamesReader.ReadAlternateNames(new StringReader("1\t2014006\tru\tВорошилов\t\t\t\t1\t\t")));
        Assert.Equal(("ru", "Ворошилов", true), (a.Language, a.Name, a.IsHistoric));
    }

    [Fact]
    public void Reads_admin1_codes()
    {
        var a = Assert.Single(GeoNamesReader.ReadAdmin1Codes(new StringReader("RU.41\tKursk\tKursk\t538555")));
        Assert.Equal(("RU.41", 538555L), (a.Code, a.GeonameId));
    }

    [Fact]
    public void Skips_rows_whose_coordinates_are_not_on_the_earth()
    {
        var text = string.Join('\n',
            Row.Replace("43.80291", "143.8", StringComparison.Ordinal),
            Row.Replace("131.94578", "-181", StringComparison.Ordinal),
            Row.Replace("43.80291", "NaN", StringComparison.Ordinal),
            Row.Replace("2014006\tUssuriysk", "2014007\tKept", StringComparison.Ordinal));
        Assert.Equal(2014007, Assert.Single(GeoNamesReader.ReadPlaces(new StringReader(text))).Id);
    }

    [Fact]
    public void Reads_admin2_codes_and_skips_rows_that_are_not_second_level_areas()
    {
        var text = string.Join('\n',
            "US.IA.173\tTaylor County\tTaylor County\t4877118",
            "US.IA\tA first-level code\tA first-level code\t4862182",
            "US..173\tAn empty part\tAn empty part\t1",
            "US.IA.174\t \t\t2",
            "US.IA.175\tAn id that is not a number\tAn id that is not a number\t48x",
            "US.IA.176",
            "",
            "PH.05.62\tProvince of Sorsogon\tProvince of Sorsogon");
        Assert.Equal(
            [new Admin2Area("US.IA.173", "Taylor County", 4877118, "Taylor County"), new Admin2Area("PH.05.62", "Province of Sorsogon", 0, "Province of Sorsogon")],
            GeoNamesReader.ReadAdmin2Codes(new StringReader(text)).ToList());
    }

    [Theory]
    [InlineData("places", Row, GeoNamesFileKind.Places)]
    [InlineData("admin1 codes", "RU.41\tKursk\tKursk\t538555", GeoNamesFileKind.Admin1Codes)]
    [InlineData("admin2 codes", "US.IA.173\tTaylor County\tTaylor County\t4877118", GeoNamesFileKind.Admin2Codes)]
    [InlineData("admin2 codes after a comment", "# code, name, ascii name, geonameid\nUS.IA.173\tTaylor County\tTaylor County\t4877118", GeoNamesFileKind.Admin2Codes)]
    [InlineData("admin2 codes with Windows line ends", "US.IA.173\tTaylor County\tTaylor County\t4877118\r\n", GeoNamesFileKind.Admin2Codes)]
    [InlineData("alternate names", "1\t2014006\tru\tВорошилов\t\t\t\t1\t\t", GeoNamesFileKind.AlternateNames)]
    [InlineData("old alternate names", "1\t2014006\tru\tВорошилов\t\t\t\t1", GeoNamesFileKind.AlternateNames)]
    [InlineData("a code with three dots", "US.IA.173.1\tA part\tA part\t1", null)]
    [InlineData("four columns of words", "name\tcountry\tregion\tnote", null)]
    [InlineData("prose", "Ussuriysk is a town in Primorsky Krai.", null)]
    [InlineData("binary", "\0\u0001\u0002\t\0\t\0\t\0", null)]
    [InlineData("empty", "", null)]
    public void Detect_tells_the_tables_apart(string what, string content, GeoNamesFileKind? expected)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content);
            Assert.True(expected == GeoNamesReader.Detect(path), what);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Detect_refuses_a_first_row_longer_than_64_KB()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "US.IA.173\t" + new string('x', 1 << 20));
            Assert.Null(GeoNamesReader.Detect(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Importing_a_dump_keeps_populated_places_above_the_floor()
    {
        var builder = new GazetteerBuilder();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Row + "\n" + Row.Replace("2014006\tUssuriysk", "1\tHamlet", StringComparison.Ordinal).Replace("157068", "12", StringComparison.Ordinal));
            var kept = new GeoNamesImporter(builder, 500, null).ImportPlaces(path, keepAll: false, CancellationToken.None);
            Assert.Equal(1, kept);
            Assert.True(builder.TryGetByGeonameId(2014006, out _));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

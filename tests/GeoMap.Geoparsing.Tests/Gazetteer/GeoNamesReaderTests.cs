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

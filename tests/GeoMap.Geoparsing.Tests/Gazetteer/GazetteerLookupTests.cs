using GeoMap.Core.Places;
using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

public class GazetteerLookupTests
{
    [Theory]
    [InlineData("Oussouriisk", 2014006L)]
    [InlineData("Ussurijsk", 2014006L)]
    [InlineData("Koursk", 538560L)]
    [InlineData("Kharkov", 706483L)]
    [InlineData("Charkiw", 706483L)]
    [InlineData("Séoul", 1835848L)]
    [InlineData("Pékin", 1816670L)]
    [InlineData("Corée du Nord", 1873107L)]
    [InlineData("North Korea", 1873107L)]
    [InlineData("Russie", 2017370L)]
    public void Names_in_many_spellings_reach_their_entry(string name, long geonameId)
    {
        var g = TestGazetteer.Instance;
        var (entries, _) = g.Lookup(name);
        Assert.Contains(entries, e => g[e].GeonameId == geonameId);
    }

    [Fact]
    public void Pekin_with_an_accent_never_reaches_Pekin_Illinois()
    {
        var g = TestGazetteer.Instance;
        var (entries, kind) = g.Lookup("Pékin");
        Assert.Equal(NameMatchKind.Accented, kind);
        Assert.DoesNotContain(entries, e => g[e].CountryCode == "US");
    }

    [Theory]
    [InlineData("Mer du Japon", "cur:sea:japan")]
    [InlineData("Sea of Japan", "cur:sea:japan")]
    [InlineData("base navale de Vladivostok", "cur:naval:vladivostok")]
    [InlineData("Pogonovo", "cur:trng:pogonovo")]
    public void Curated_places_are_found(string name, string key)
    {
        var g = TestGazetteer.Instance;
        Assert.Contains(g.Lookup(name).Entries, e => g[e].Key == key);
    }

    [Fact]
    public void First_level_regions_carry_geonames_ids_and_codes()
    {
        var g = TestGazetteer.Instance;
        Assert.True(g.TryGetByCuratedKey("admin1:RU.59", out var primorye));
        Assert.Equal(PlaceKind.Region, g[primorye].Kind);
        Assert.Contains(g.Lookup("Primorsky Krai").Entries, e => e == primorye);
        Assert.True(g.TryGetByCuratedKey("admin1:UA.11", out var crimea));
        Assert.Equal("UA", g[crimea].CountryCode);
    }
}

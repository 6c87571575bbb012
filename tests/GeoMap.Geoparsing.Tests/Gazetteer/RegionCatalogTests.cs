using GeoMap.Core;
using GeoMap.Core.Regions;
using GeoMap.Geoparsing.Gazetteer;
using NetTopologySuite.Geometries;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

public class RegionCatalogTests
{
    private static readonly Lazy<List<Region>> Catalog = new(() => RegionCatalog.Read(TestGazetteer.DataDirectory));

    private static Point At(double lon, double lat) => GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat));

    private static Region Find(string code) => Catalog.Value.Single(r => r.Code == code);

    [Fact]
    public void Crimea_and_Sevastopol_are_regions_of_Ukraine()
    {
        Assert.Equal("UA", Find("UA-43").CountryCode);
        Assert.Equal("UA", Find("UA-40").CountryCode);
        Assert.Equal("11", Find("UA-43").GeonamesAdmin1);
    }

    [Fact]
    public void Simferopol_lies_in_Ukraine_not_in_Russia()
    {
        var simferopol = At(34.10, 44.95);
        Assert.True(Find("UA").Geometry.Contains(simferopol));
        Assert.False(Find("RU").Geometry.Contains(simferopol));
    }

    [Fact]
    public void Russia_keeps_Kursk_and_Ukraine_keeps_Kharkiv()
    {
        Assert.True(Find("RU").Geometry.Contains(At(36.19, 51.74)));
        Assert.True(Find("UA").Geometry.Contains(At(36.25, 49.98)));
    }

    [Theory]
    [InlineData("RU-PRI", "Primor'ye")]
    [InlineData("UA-63", "Kharkivs'ka Oblast'")]
    public void A_region_keeps_the_registrys_names_in_no_language_as_alternates(string code, string alternate)
    {
        Assert.Contains(alternate, Find(code).AlternateNames ?? []);
        Assert.DoesNotContain(Find(code).Names.Values, n => (Find(code).AlternateNames ?? []).Contains(n));
    }

    [Theory]
    [InlineData("oblast")]
    [InlineData("krai")]
    [InlineData("province of")]
    [InlineData("oblast de")]
    [InlineData("gebiet")]
    [InlineData("provincia")]
    [InlineData("governorate")]
    public void The_words_for_a_kind_of_region_come_from_the_languages(string word) =>
        Assert.Contains(word, RegionCatalog.KindWords);

    [Fact]
    public void Countries_have_names_in_many_languages()
    {
        var kp = Find("KP");
        Assert.Equal(RegionKind.Country, kp.Kind);
        Assert.Equal("Corée du Nord", kp.Names["fr"]);
        Assert.True(kp.Names.Count > 50);
        Assert.Equal("North Korea", kp.Name);
    }

    [Fact]
    public void Every_geometry_is_a_valid_polygon_or_multipolygon() =>
        Assert.All(Catalog.Value, r => Assert.True(r.Geometry is Polygon or MultiPolygon && r.Geometry.IsValid, r.Code));
}

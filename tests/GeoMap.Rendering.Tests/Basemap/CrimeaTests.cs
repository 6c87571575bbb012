using GeoMap.Core;
using GeoMap.Rendering.Basemap;
using NetTopologySuite.Geometries;

namespace GeoMap.Rendering.Tests.Basemap;

/// <summary>GeoMap draws Ukraine's internationally recognised borders, though Natural Earth puts Crimea in Russia.</summary>
public class CrimeaTests
{
    public static TheoryData<string, double, double> CrimeanPlaces => new()
    {
        { "Simferopol", 34.10, 44.95 },
        { "Sevastopol", 33.52, 44.60 },
        { "Kerch", 36.47, 45.36 },
        { "Yevpatoria", 33.37, 45.20 },
    };

    [Theory]
    [MemberData(nameof(CrimeanPlaces))]
    public void Crimean_places_lie_in_Ukraine_and_not_in_Russia(string name, double lon, double lat)
    {
        var point = GeometryFactories.Wgs84.CreatePoint(new Coordinate(lon, lat));
        foreach (var layer in Layers())
        {
            Assert.True(Country(layer, "Ukraine").Covers(point), $"{name} should be in Ukraine");
            Assert.False(Country(layer, "Russia").Covers(point), $"{name} should not be in Russia");
        }
    }

    [Fact]
    public void Mainland_Russia_and_Ukraine_keep_their_places()
    {
        var belgorod = GeometryFactories.Wgs84.CreatePoint(new Coordinate(36.60, 50.60));
        var kharkiv = GeometryFactories.Wgs84.CreatePoint(new Coordinate(36.25, 49.98));
        foreach (var layer in Layers())
        {
            Assert.True(Country(layer, "Russia").Covers(belgorod));
            Assert.True(Country(layer, "Ukraine").Covers(kharkiv));
        }
    }

    [Fact]
    public void The_Perekop_isthmus_is_not_drawn_as_an_international_border()
    {
        // Between Crimea and the Kherson oblast: no border line may run here once Crimea is Ukraine's.
        var perekop = new Envelope(33.0, 35.6, 45.6, 46.3);
        foreach (var layer in Layers())
        {
            Assert.DoesNotContain(layer.Borders, line => Enumerable.Range(0, line.Count).Any(i => perekop.Contains(line.Lon(i), line.Lat(i))));
        }
    }

    [Fact]
    public void The_land_border_between_Russia_and_Ukraine_is_still_drawn()
    {
        // The border crosses the Belgorod-Kharkiv road near 36.4E, 50.35N.
        var near = new Envelope(36.0, 36.9, 50.1, 50.6);
        foreach (var layer in Layers())
        {
            Assert.Contains(layer.Borders, line => Enumerable.Range(0, line.Count).Any(i => near.Contains(line.Lon(i), line.Lat(i))));
        }
    }

    private static IEnumerable<BasemapLayer> Layers() => new[] { SharedBasemap.Value.Overview, SharedBasemap.Value.Detailed }.OfType<BasemapLayer>();

    private static Geometry Country(BasemapLayer layer, string name) => layer.Countries.Single(c => c.Name == name).Geometry;
}

using System.Text.Json;
using GeoMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Tests.Registry;

public class GeoJsonGeometryTests
{
    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]}""", typeof(Polygon), 1.0)]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[30,50],[31,50],[31,51],[30,51],[30,50]]],[[[32,50],[34,50],[34,51],[32,51],[32,50]]]]}""", typeof(MultiPolygon), 3.0)]
    [InlineData("""{"type":"Polygon","coordinates":[[[30,50],[34,50],[34,54],[30,54],[30,50]],[[31,51],[32,51],[32,52],[31,52],[31,51]]]}""", typeof(Polygon), 15.0)]
    public void Polygons_are_read_with_their_holes_in_wgs84(string json, Type type, double area)
    {
        var geometry = GeoJsonGeometry.Parse(JsonDocument.Parse(json).RootElement);
        Assert.NotNull(geometry);
        Assert.IsType(type, geometry);
        Assert.Equal(area, geometry.Area, 9);
        Assert.Equal(4326, geometry.SRID);
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[30,50]}""")]
    [InlineData("""{"type":"LineString","coordinates":[[30,50],[31,51]]}""")]
    [InlineData("""null""")]
    [InlineData("""{"coordinates":[30,50]}""")]
    public void Anything_but_a_polygon_gives_nothing(string json) =>
        Assert.Null(GeoJsonGeometry.Parse(JsonDocument.Parse(json).RootElement));

    [Theory]
    [InlineData("""{"type":"Polygon","coordinates":[[[30,"north"],[31,50],[31,51],[30,50]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":"everywhere"}""")]
    public void Malformed_coordinates_are_an_error_that_says_so(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => GeoJsonGeometry.Parse(JsonDocument.Parse(json).RootElement));
        Assert.Contains("Polygon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_label_point_of_a_multipolygon_lies_in_its_largest_part()
    {
        var geometry = GeoJsonGeometry.Parse(JsonDocument.Parse("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[10,0],[14,0],[14,4],[10,4],[10,0]]]]}""").RootElement)!;
        var (lon, lat) = GeoJsonGeometry.LabelPoint(geometry);
        Assert.Equal((12.0, 2.0), (lon, lat));
    }

    [Theory]
    // One square: its middle. Two squares, the second four times the first (1x1 at 0..1, 2x2 at 10..12): the centre is
    // weighted by area, between the parts, not inside the larger one as the label point is.
    [InlineData("""{"type":"Polygon","coordinates":[[[30,50],[32,50],[32,52],[30,52],[30,50]]]}""", 31.0, 51.0)]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[10,0],[12,0],[12,2],[10,2],[10,0]]]]}""", 8.9, 0.9)]
    // Parts on both sides of the antimeridian: a planar centroid would fall on the far side of the globe, so the label point.
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[178,60],[180,60],[180,62],[178,62],[178,60]]],[[[-180,60],[-175,60],[-175,62],[-180,62],[-180,60]]]]}""", -177.5, 61.0)]
    public void The_centre_of_an_area_is_the_centroid_of_all_its_parts(string json, double lon, double lat)
    {
        var geometry = GeoJsonGeometry.Parse(JsonDocument.Parse(json).RootElement)!;
        var centre = GeoJsonGeometry.Centre(geometry);
        Assert.Equal(lon, centre.Lon, 9);
        Assert.Equal(lat, centre.Lat, 9);
    }
}

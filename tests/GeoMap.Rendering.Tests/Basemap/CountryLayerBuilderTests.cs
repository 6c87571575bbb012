using GeoMap.Core.Registry;
using GeoMap.Rendering.Basemap;

namespace GeoMap.Rendering.Tests.Basemap;

public class CountryLayerBuilderTests
{
    // Two squares sharing the arc x=1 (arc 0); arc 1 and 2 close them. Quantized: scale 1, translate (10, 20).
    private const string TwoSquares = """
        {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
         "objects":{
           "countries":{"type":"GeometryCollection","geometries":[
             {"type":"Polygon","arcs":[[0,1]],"id":"001","properties":{"name":"West"}},
             {"type":"Polygon","arcs":[[2,-1]],"id":"002","properties":{"name":"East"}}]},
           "land":{"type":"GeometryCollection","geometries":[
             {"type":"Polygon","arcs":[[1,2]]}]}},
         "arcs":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]]}
        """;

    [Fact]
    public void A_shared_arc_is_a_border_and_the_land_outline_is_the_coast()
    {
        var layer = new CountryLayerBuilder(Read(TwoSquares)).Build();
        var border = Assert.Single(layer.Borders);
        Assert.Equal([11f, 20f, 11f, 21f], border.Coordinates);
        Assert.Equal(2, layer.Coastlines.Count);
        Assert.DoesNotContain(layer.Coastlines, c => c.Coordinates.SequenceEqual(border.Coordinates));
        Assert.Equal(2, layer.Countries.Count);
    }

    private static Topology Read(string json)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, json);
            return Topology.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

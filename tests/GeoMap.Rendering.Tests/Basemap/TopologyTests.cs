using GeoMap.Rendering.Basemap;

namespace GeoMap.Rendering.Tests.Basemap;

public class TopologyTests
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
    public void Quantized_arcs_are_delta_decoded_and_reversed_arcs_run_backwards()
    {
        var topology = Read(TwoSquares);
        Assert.Equal([11f, 20f, 11f, 21f], topology.Arcs[0]);
        var east = topology.Objects["countries"][1];
        Assert.Equal("East", east.Name);
        Assert.Equal("002", east.Id);

        // arc 2 then arc 0 reversed, the shared point written once
        Assert.Equal([11f, 20f, 12f, 20f, 12f, 21f, 11f, 21f, 11f, 20f], topology.Ring(east.Polygons[0][0]));
    }

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

    [Fact]
    public void A_file_that_is_not_a_topology_is_refused()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"type":"FeatureCollection","features":[]}""");
            Assert.Throws<InvalidDataException>(() => Topology.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
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

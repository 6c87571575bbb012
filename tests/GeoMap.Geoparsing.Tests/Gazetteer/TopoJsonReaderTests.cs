using System.Text.Json;
using GeoMap.Geoparsing.Gazetteer;
using NetTopologySuite.Geometries;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

public class TopoJsonReaderTests
{
    // Two unit squares sharing the arc x=1, quantized with scale 1 and translate (10, 20).
    private const string Topology = """
    {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
     "arcs":[[[1,0],[0,1]],
             [[1,1],[-1,0],[0,-1],[1,0]],
             [[1,0],[1,0],[0,1],[-1,0]]],
     "objects":{"countries":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","id":"001","properties":{"name":"West"},"arcs":[[0,1]]},
        {"type":"MultiPolygon","id":"002","properties":{"name":"East"},"arcs":[[[2,-1]]]},
        {"type":"Point","id":"003","coordinates":[0,0]}]}}}
    """;

    [Fact]
    public void Decodes_delta_encoded_arcs_and_reversed_arc_indices()
    {
        using var doc = JsonDocument.Parse(Topology);
        var features = TopoJsonReader.Read(doc, "countries");
        Assert.Equal(["001", "002"], features.Select(f => f.Id));
        var west = features[0].Geometry;
        var east = features[1].Geometry;
        Assert.IsType<Polygon>(west);
        Assert.IsType<MultiPolygon>(east);
        Assert.Equal(1.0, west.Area, 9);
        Assert.Equal(1.0, east.Area, 9);
        Assert.Equal(new Envelope(10, 11, 20, 21), west.EnvelopeInternal);
        Assert.Equal(new Envelope(11, 12, 20, 21), east.EnvelopeInternal);
        Assert.True(west.Touches(east));
        Assert.Equal("West", features[0].Properties["name"]);
    }

    [Fact]
    public void An_unknown_object_is_an_error()
    {
        using var doc = JsonDocument.Parse(Topology);
        Assert.Throws<InvalidDataException>(() => TopoJsonReader.Read(doc, "land"));
    }
}

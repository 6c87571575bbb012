using System.Text;
using GeoMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Tests.Registry;

public class TopologyTests
{
    // Two unit squares sharing the arc x=1 (arc 0), quantized with scale 1 and translate (10, 20); a point is skipped.
    private const string TwoSquares = """
        {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
         "arcs":[[[1,0],[0,1]],
                 [[1,1],[-1,0],[0,-1],[1,0]],
                 [[1,0],[1,0],[0,1],[-1,0]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","id":"001","properties":{"name":"West","rank":3},"arcs":[[0,1]]},
            {"type":"MultiPolygon","id":"002","properties":{"name":"East"},"arcs":[[[2,-1]]]},
            {"type":"Point","id":"003","coordinates":[0,0]}]}}}
        """;

    private const string PlainArcs = """
        {"type":"Topology",
         "arcs":[[[10.5,20.5],[11.5,20.5],[11.5,21.5],[10.5,21.5],[10.5,20.5]]],
         "objects":{"one":{"type":"Polygon","arcs":[[0]]}}}
        """;

    [Fact]
    public void Quantized_arcs_are_delta_decoded_and_a_reversed_arc_runs_backwards()
    {
        var topology = Read(TwoSquares);
        Assert.Equal([11f, 20f, 11f, 21f], topology.Arcs[0]);
        var east = topology.Features("countries")[1];
        Assert.Equal(("East", "002"), (east.Name, east.Id));

        // arc 2 then arc 0 reversed, the shared point written once
        Assert.Equal([11f, 20f, 12f, 20f, 12f, 21f, 11f, 21f, 11f, 20f], topology.Ring(east.Polygons[0][0]));
    }

    [Fact]
    public void Features_become_polygons_that_touch_along_their_shared_arc()
    {
        var topology = Read(TwoSquares);
        var features = topology.Features("countries");
        Assert.Equal(["001", "002"], features.Select(f => f.Id));
        var west = topology.ToGeometry(features[0]);
        var east = topology.ToGeometry(features[1]);
        Assert.IsType<Polygon>(west);
        Assert.Equal((1.0, 1.0), (west.Area, east.Area));
        Assert.Equal(new Envelope(10, 11, 20, 21), west.EnvelopeInternal);
        Assert.Equal(new Envelope(11, 12, 20, 21), east.EnvelopeInternal);
        Assert.True(west.Touches(east));
        Assert.Equal(("West", "3"), (features[0].Properties["name"], features[0].Properties["rank"]));
    }

    [Fact]
    public void Plain_arcs_are_read_as_absolute_positions()
    {
        var topology = Read(PlainArcs);
        var square = topology.ToGeometry(Assert.Single(topology.Features("one")));
        Assert.Equal(new Envelope(10.5, 11.5, 20.5, 21.5), square.EnvelopeInternal);
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    [InlineData("""[1,2,3]""")]
    public void A_document_that_is_not_a_topology_is_refused(string json) =>
        Assert.Throws<InvalidDataException>(() => Read(json));

    [Fact]
    public void An_unknown_object_is_an_error_that_names_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(TwoSquares).Features("land"));
        Assert.Contains("'land'", error.Message, StringComparison.Ordinal);
    }

    private static Topology Read(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Topology.Read(stream, "test.json");
    }
}

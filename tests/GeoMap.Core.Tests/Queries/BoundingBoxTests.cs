using GeoMap.Core.Queries;
using NetTopologySuite.Geometries;

namespace GeoMap.Core.Tests.Queries;

public sealed class BoundingBoxTests
{
    [Theory]
    [InlineData("30,44,40,52", 30, 44, 40, 52)]
    [InlineData(" 30.5 , -44 , 40 , 52 ", 30.5, -44, 40, 52)]
    [InlineData("30,44,0,40,52,1000", 30, 44, 40, 52)]
    [InlineData("170,60,-170,70", 170, 60, -170, 70)]
    public void Valid_boxes_parse(string text, double w, double s, double e, double n)
    {
        var box = BoundingBox.Parse(text);
        Assert.Equal((w, s, e, n), (box.West, box.South, box.East, box.North));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("1,2,3", "has 3 values")]
    [InlineData("a,2,3,4", "is not a number")]
    [InlineData("30,44,40,NaN", "is not a number")]
    [InlineData("200,0,10,10", "outside the valid longitude range")]
    [InlineData("0,-91,10,10", "outside the valid latitude range")]
    [InlineData("0,50,10,40", "south (50) is greater than north (40)")]
    [InlineData("1,2,3,4'; DROP TABLE movements;--", "is not a number")]
    public void Invalid_boxes_are_errors_that_say_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<InvalidQueryException>(() => BoundingBox.Parse(text));
        Assert.Equal("bbox", error.Parameter);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_across_the_antimeridian_splits_into_two()
    {
        var geometry = BoundingBox.Parse("170,60,-170,70").ToGeometry();
        var parts = Assert.IsType<MultiPolygon>(geometry);
        Assert.Equal(2, parts.NumGeometries);
        Assert.Equal(new Envelope(170, 180, 60, 70), parts[0].EnvelopeInternal);
        Assert.Equal(new Envelope(-180, -170, 60, 70), parts[1].EnvelopeInternal);
    }
}

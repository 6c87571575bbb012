using GeoMap.Core.Queries;

namespace GeoMap.Core.Tests.Queries;

public sealed class GeometryValidationTests
{
    [Theory]
    [InlineData("POLYGON((30 44, 40 44, 40 52, 30 52, 30 44))")]
    [InlineData("POLYGON((30 45, 40 45, 40 55, 30 55, 30 45), (33 49, 35 49, 35 51, 33 51, 33 49))")]
    [InlineData("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")]
    public void Valid_areas_are_accepted(string wkt) =>
        Assert.Equal(4326, GeometryValidation.ParseWkt(wkt, "geometry").SRID);

    [Theory]
    [InlineData("POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))", "Self-intersection")]
    [InlineData("POLYGON((0 0, 10 0, 10 10, 0 10))", "not valid WKT")]
    [InlineData("POINT(30 50)", "is a Point")]
    [InlineData("POLYGON((0 0, 200 0, 200 10, 0 0))", "outside lon -180..180")]
    [InlineData("POLYGON((0 0", "not valid WKT")]
    [InlineData("", "is empty")]
    public void Invalid_areas_are_errors_that_name_the_problem(string wkt, string expected)
    {
        var error = Assert.Throws<InvalidQueryException>(() => GeometryValidation.ParseWkt(wkt, "geometry"));
        Assert.Equal("geometry", error.Parameter);
        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}

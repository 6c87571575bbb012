using GeoMap.Core.Queries;
using GeoMap.Rendering.Basemap;

namespace GeoMap.Rendering.Tests;

public class MapRequestValidationTests
{
    private static readonly MapRenderer Renderer = new(BasemapData.Empty);

    public static TheoryData<string, MapRequest> BadRequests => new()
    {
        { "size", new MapRequest { Box = new BoundingBox(30, 44, 42, 52), Width = 9000, Height = 1000 } },
        { "size", new MapRequest { Box = new BoundingBox(30, 44, 42, 52), Width = 1600, Height = 100 } },
        { "size", new MapRequest { Box = new BoundingBox(30, 44, 42, 52), Width = 0, Height = 0 } },
        { "bbox", new MapRequest { Box = new BoundingBox(30, 44, 30, 52) } },
        { "bbox", new MapRequest { Box = new BoundingBox(30, 50, 42, 50) } },
        { "bbox", new MapRequest { Box = new BoundingBox(30, 86, 42, 89) } },
        { "to", new MapRequest { Box = new BoundingBox(30, 44, 42, 52), From = new DateOnly(2024, 10, 13), To = new DateOnly(2024, 10, 8) } },
        { "overlay", new MapRequest { Box = new BoundingBox(30, 44, 42, 52), Overlays = [new MapOverlay { Id = "x", TileFolder = "/nonexistent/tiles/x" }] } },
        { "overlay", new MapRequest { Box = new BoundingBox(30, 44, 42, 52), Overlays = [new MapOverlay { Id = "x", TileFolder = Path.GetTempPath(), Opacity = 1.5 }] } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void A_request_that_cannot_be_drawn_is_refused_naming_the_parameter(string parameter, MapRequest request)
    {
        var e = Assert.Throws<MapRequestException>(() => Renderer.RenderPng(request));
        Assert.Equal(parameter, e.Parameter);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Theory]
    [InlineData("30,44,42")]
    [InlineData("30,44,42,north")]
    [InlineData("190,44,200,52")]
    [InlineData("30,52,42,44")]
    public void A_malformed_bbox_is_refused_before_rendering(string text)
    {
        Assert.Throws<InvalidQueryException>(() => BoundingBox.Parse(text));
    }

    [Fact]
    public void The_largest_allowed_size_is_accepted_by_validation()
    {
        var request = new MapRequest { Box = new BoundingBox(30, 44, 42, 52), Width = MapRequest.MaxSide, Height = MapRequest.MinSide };
        Assert.Same(request, request.Validate());
    }
}

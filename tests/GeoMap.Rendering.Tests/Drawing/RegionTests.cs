using GeoMap.Core;
using GeoMap.Core.Overlays;
using GeoMap.Core.Queries;
using GeoMap.Core.Regions;
using GeoMap.Rendering.Basemap;
using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using NetTopologySuite.Geometries;

namespace GeoMap.Rendering.Tests.Drawing;

public class RegionTests
{
    [Fact]
    public void A_highlighted_region_is_tinted_inside_and_nowhere_else()
    {
        var square = GeometryFactories.Wgs84.ToGeometry(new Envelope(34, 36, 46, 48));
        var region = new Region("UA-23", RegionKind.Admin1, "Zaporizhzhia Oblast", "UA", new Dictionary<string, string>(), square);
        var request = new MapRequest { Box = new BoundingBox(30, 44, 40, 50), Width = 800, Height = 600, Regions = [region] };
        using var bitmap = new MapRenderer(BasemapData.Empty) { ShowLegend = false }.RenderBitmap(request);
        var viewport = new MapViewport(request.Box, request.Width, request.Height);

        var inside = viewport.ToPixel(35, 47);
        var outside = viewport.ToPixel(38, 47);
        Assert.NotEqual(MapStyle.Briefing.Sea, bitmap.GetPixel((int)inside.X, (int)inside.Y));
        Assert.Equal(MapStyle.Briefing.Sea, bitmap.GetPixel((int)outside.X, (int)outside.Y));
    }

    [Fact]
    public void A_stored_overlay_is_drawn_from_its_folder_under_the_tiles_root()
    {
        var overlay = new Overlay { Id = Guid.Parse("6f1c0c2e-8a0e-4a4c-9a55-0d7f3c1b2a11"), Title = "Maxar 12 Oct", MinZoom = 4, MaxZoom = 14 };
        var drawn = MapOverlay.From(overlay, "/srv/tiles", 0.6);
        Assert.Equal("/srv/tiles/6f1c0c2e-8a0e-4a4c-9a55-0d7f3c1b2a11", drawn.TileFolder);
        Assert.Equal((4, 14), (drawn.MinZoom, drawn.MaxZoom));
        Assert.Equal(("Maxar 12 Oct", 0.6), (drawn.Title, drawn.Opacity));
    }
}

using GeoMap.Core.Photos;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Tests.Drawing;

public class PhotoPainterTests
{
    private static Photo At(double lon, double lat, double? bearing) => new()
    {
        Lon = lon, Lat = lat, Bearing = bearing, Checksum = "x", Format = "jpeg", OriginalPath = "o", ScreenPath = "s", ThumbnailPath = "t",
    };

    private static bool Near(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 60;

    [Theory]
    [InlineData(0, 0, -1)]
    [InlineData(90, 1, 0)]
    [InlineData(180, 0, 1)]
    public void A_photo_is_a_camera_with_its_cone_of_view_pointing_where_the_camera_faced(double bearing, int dx, int dy)
    {
        var request = new MapRequest { Box = new Core.Queries.BoundingBox(30, 49, 32, 51), Width = 1000, Height = 1000, Photos = [At(31, 50, bearing), At(30.5, 49.5, null)] };
        using var bitmap = new MapRenderer(GeoMap.Rendering.Basemap.BasemapData.Empty) { ShowLegend = false }.RenderBitmap(request);
        var viewport = new GeoMap.Rendering.Projection.MapViewport(request.Box, request.Width, request.Height);
        var style = MovementStyle.Default.Photo;
        var camera = viewport.ToPixelNearest(31, 50);

        // The lens at the centre, the body beside it, the cone 12 px out towards the bearing and nothing the other way.
        Assert.True(Near(bitmap.GetPixel((int)camera.X, (int)camera.Y), style.Outline));
        Assert.True(Near(bitmap.GetPixel((int)camera.X + 4, (int)camera.Y + 2), style.Fill));
        var background = bitmap.GetPixel(5, 5);
        Assert.NotEqual(background, bitmap.GetPixel((int)camera.X + (12 * dx), (int)camera.Y + (12 * dy)));
        Assert.Equal(background, bitmap.GetPixel((int)camera.X - (12 * dx), (int)camera.Y - (12 * dy)));

        // A photo whose direction is unknown has no cone.
        var plain = viewport.ToPixelNearest(30.5, 49.5);
        Assert.True(Near(bitmap.GetPixel((int)plain.X, (int)plain.Y), style.Outline));
        Assert.Equal(background, bitmap.GetPixel((int)plain.X, (int)plain.Y - 12));
    }

    [Theory]
    [InlineData(new[] { "none in view" }, new string[0])]
    [InlineData(new[] { "unknown" }, new[] { "GROUND PHOTOS", "where a photo was taken" })]
    [InlineData(new[] { "north" }, new[] { "GROUND PHOTOS", "the cone: where the camera faced" })]
    [InlineData(new[] { "north", "unknown", "none in view" }, new[] { "GROUND PHOTOS", "where a photo was taken", "the cone: where the camera faced" })]
    public void The_legend_explains_the_photo_markers_the_map_shows(string[] photos, string[] explained)
    {
        var request = new MapRequest
        {
            Box = new Core.Queries.BoundingBox(30, 49, 32, 51), Width = 800, Height = 600,
            Photos = [.. photos.Select(p => p switch { "north" => At(30.5, 50.5, 0), "unknown" => At(31, 50, null), _ => At(40, 40, 0) })],
        };
        using var bitmap = new SKBitmap(request.Width, request.Height);
        using var canvas = new SKCanvas(bitmap);
        using var type = new Rendering.Drawing.Typography(MapStyle.Briefing.FontFamily, MapStyle.Briefing.FallbackFontFamily);
        var context = new Rendering.Drawing.RenderContext(canvas, new GeoMap.Rendering.Projection.MapViewport(request.Box, request.Width, request.Height), MapStyle.Briefing, type,
            new Rendering.Drawing.LabelSpace(request.Width, request.Height));

        using var legend = Rendering.Drawing.Legend.Layout(context, [], new Dictionary<string, SKColor>(), [], [], Rendering.Drawing.PhotoPainter.Visible(context, request.Photos), request.Height);

        var lines = legend.Lines.SkipWhile(l => l != "GROUND PHOTOS").TakeWhile(l => l == "GROUND PHOTOS" || !l.All(c => char.IsUpper(c) || c == ' ')).ToList();
        Assert.Equal(explained, lines);
    }
}

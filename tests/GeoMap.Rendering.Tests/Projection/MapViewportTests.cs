using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Rendering.Drawing;
using GeoMap.Rendering.Projection;

namespace GeoMap.Rendering.Tests.Projection;

public class MapViewportTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(37.6, 55.75)]
    [InlineData(-122.4, 37.8)]
    [InlineData(131.9, 43.1)]
    [InlineData(15.6, 78.2)]
    public void Mercator_round_trips(double lon, double lat)
    {
        Assert.Equal(lon, WebMercator.Lon(WebMercator.X(lon)), 9);
        Assert.Equal(lat, WebMercator.Lat(WebMercator.Y(lat)), 9);
    }

    [Fact]
    public void The_whole_box_is_visible_and_its_centre_is_the_image_centre()
    {
        var viewport = new MapViewport(new BoundingBox(30, 44, 42, 52.5), 1600, 1000);
        var nw = viewport.ToPixel(30, 52.5);
        var se = viewport.ToPixel(42, 44);
        Assert.InRange(nw.X, -0.01, 1600.01);
        Assert.InRange(se.X, -0.01, 1600.01);
        Assert.InRange(nw.Y, -0.01, 1000.01);
        Assert.InRange(se.Y, -0.01, 1000.01);

        // One side fills the image exactly.
        Assert.True(Math.Abs(se.X - nw.X - 1600) < 0.01 || Math.Abs(se.Y - nw.Y - 1000) < 0.01);
        Assert.Equal(36, viewport.LonAt(800), 6);
    }

    [Fact]
    public void A_box_across_the_antimeridian_puts_east_to_the_right_of_west()
    {
        var viewport = new MapViewport(new BoundingBox(170, 50, -170, 70), 1000, 800);
        var west = viewport.ToPixelNearest(171, 60);
        var east = viewport.ToPixelNearest(-171, 60);
        Assert.True(east.X > west.X);
        Assert.InRange(west.X, 0, 1000);
        Assert.InRange(east.X, 0, 1000);
        Assert.Equal(180, Math.Abs(viewport.LonAt(500)), 6);
        Assert.Equal([0, 1], viewport.WorldCopies());
    }

    [Theory]
    [InlineData(10, 60, 30, 70)]
    [InlineData(5, 76, 35, 81)]
    [InlineData(-10, -60, 30, -50)]
    public void The_scale_bar_length_is_true_at_its_latitude(double west, double south, double east, double north)
    {
        var viewport = new MapViewport(new BoundingBox(west, south, east, north), 1000, 700);
        var row = 650.0;
        var lat = viewport.LatAt(row);
        var (km, pixels) = ScaleBar.Choose(viewport, lat, 170);

        // Independent check: great-circle distance along the row between the bar's ends.
        var lon0 = viewport.LonAt(100);
        var lon1 = viewport.LonAt(100 + pixels);
        var metres = Haversine(lon0, lat, lon1, lat);
        Assert.Equal(km * 1000, metres, km * 1000 * 0.01);
        Assert.Contains(km / Math.Pow(10, Math.Floor(Math.Log10(km))), new[] { 1.0, 2, 5 });
        Assert.InRange(pixels, 170 / 2.5, 170);
    }

    private static double Haversine(double lon0, double lat0, double lon1, double lat1)
    {
        const double r = 6_378_137;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat1 - lat0);
        var dLon = Rad(lon1 - lon0);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat0)) * Math.Cos(Rad(lat1)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * r * Math.Asin(Math.Sqrt(a));
    }
}

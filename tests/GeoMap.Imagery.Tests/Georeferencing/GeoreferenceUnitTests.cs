using GeoMap.Core.Projections;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Projections;
using GeoMap.Imagery.Tests.Fixtures;

namespace GeoMap.Imagery.Tests.Georeferencing;

public sealed class GeoreferenceUnitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("EPSG:32618", -77.5, 24.5, 246661.2896863868, 2711878.295201859)]
    [InlineData("epsg:32750", 115.16, -8.585, 297499.5604779842, 9050543.052016914)]
    [InlineData("26913", -104.775, 38.953, 519496.03814124287, 4311585.029924074)]
    [InlineData("EPSG:3857", 132.0, 43.8, 14694172.784712112, 5434543.708480057)]
    [InlineData("EPSG:2154", 2.35, 48.85, 652301.564830528, 6861302.72589958)]
    [InlineData("EPSG:3035", 21.01, 52.23, 5069955.26825214, 3292371.99426425)]
    [InlineData("EPSG:32661", 10.0, 85.0, 2096454.16378523, 1452981.2544984)]
    public void Crs_factory_projects_like_proj(string code, double lon, double lat, double x, double y)
    {
        var projector = CrsFactory.Parse(code).CreateProjector();
        var (px, py) = projector.FromLonLat(lon, lat);
        Assert.InRange(px, x - 0.01, x + 0.01);
        Assert.InRange(py, y - 0.01, y + 0.01);
        var (backLon, backLat) = projector.ToLonLat(px, py);
        Assert.InRange(backLon, lon - 1e-8, lon + 1e-8);
        Assert.InRange(backLat, lat - 1e-8, lat + 1e-8);
    }

    [Theory]
    [InlineData("EPSG:999999")]
    [InlineData("EPSG:5714")]
    [InlineData("EPSG:0")]
    [InlineData("lambert")]
    public void Unsupported_crs_codes_are_named(string code)
    {
        var error = Assert.Throws<UnsupportedCrsException>(() => CrsFactory.Parse(code));
        Assert.Contains(code.StartsWith("EPSG", StringComparison.Ordinal) ? code : $"'{code}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EPSG:4284", true)]    // Pulkovo 1942, degrees on another datum
    [InlineData("EPSG:6384", false)]   // UCS-2000 / Ukraine TM zone 10
    public void Crs_names_and_units_come_from_the_epsg_registry(string code, bool geographic)
    {
        var crs = CrsFactory.Parse(code);
        Assert.Equal(geographic, crs.IsGeographic);
        Assert.Equal(CrsKind.Projected, crs.Kind);
        Assert.False(string.IsNullOrWhiteSpace(crs.Name));
        Assert.DoesNotContain("EPSG", crs.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void World_file_rotation_terms_map_pixel_corners()
    {
        var path = _temp.File("x.wld");
        // A = 2, D = 1, B = 0.5, E = -2, C/F = centre of the top-left pixel.
        File.WriteAllLines(path, ["2", "1", "0.5", "-2", "101.25", "199.5"]);
        var transform = WorldFile.Read(path);
        var (x, y) = transform.ToCrs(0.5, 0.5);
        Assert.Equal(101.25, x, 9);
        Assert.Equal(199.5, y, 9);
        var (x10, y10) = transform.ToCrs(10.5, 0.5);
        Assert.Equal(121.25, x10, 9);
        Assert.Equal(209.5, y10, 9);
        var (col, row) = transform.ToPixel(x10, y10);
        Assert.Equal(10.5, col, 9);
        Assert.Equal(0.5, row, 9);
    }

    [Fact]
    public void Projective_transform_sends_image_corners_to_the_given_points()
    {
        var corners = new[] { (10.0, 46.0), (11.2, 46.1), (11.0, 45.0), (9.9, 45.05) };
        var transform = ProjectiveTransform.FromCorners(400, 300, corners);
        var pixels = new[] { (0.0, 0.0), (400.0, 0.0), (400.0, 300.0), (0.0, 300.0) };
        for (int i = 0; i < 4; i++)
        {
            var (x, y) = transform.ToCrs(pixels[i].Item1, pixels[i].Item2);
            Assert.Equal(corners[i].Item1, x, 9);
            Assert.Equal(corners[i].Item2, y, 9);
            var (col, row) = transform.ToPixel(x, y);
            Assert.Equal(pixels[i].Item1, col, 6);
            Assert.Equal(pixels[i].Item2, row, 6);
        }
    }

    [Fact]
    public void Collinear_corners_are_refused()
    {
        var corners = new[] { (10.0, 45.0), (11.0, 45.0), (12.0, 45.0), (13.0, 45.0) };
        Assert.Throws<InvalidBoundsException>(() => ProjectiveTransform.FromCorners(100, 100, corners));
    }

    [Fact]
    public void Web_mercator_zoom_for_resolution_matches_gdal2tiles()
    {
        // gdal2tiles picks the largest zoom whose resolution is not finer than the image's.
        Assert.Equal(13, WebMercator.ZoomForResolution(16.3));
        Assert.Equal(13, WebMercator.ZoomForResolution(WebMercator.Resolution(13)));
        Assert.Equal(12, WebMercator.ZoomForResolution(WebMercator.Resolution(13) * 1.01));
    }
}

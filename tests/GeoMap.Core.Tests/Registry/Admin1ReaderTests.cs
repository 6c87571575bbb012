using GeoMap.Core.Registry;

namespace GeoMap.Core.Tests.Registry;

public sealed class Admin1ReaderTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("geomap-admin1-");

    public void Dispose() => dir.Delete(recursive: true);

    [Theory]
    // The file's latitude and longitude are a label point (here far in a corner); the region stands at its outline's centre,
    // whether or not the caller keeps the outline. A feature without an outline keeps the label point.
    [InlineData("""{"type":"Polygon","coordinates":[[[20,40],[24,40],[24,44],[20,44],[20,40]]]}""", false, 42.0, 22.0)]
    [InlineData("""{"type":"Polygon","coordinates":[[[20,40],[24,40],[24,44],[20,44],[20,40]]]}""", true, 42.0, 22.0)]
    [InlineData("null", false, 43.5, 20.5)]
    public void A_region_stands_at_the_centre_of_its_outline(string geometry, bool withGeometry, double lat, double lon)
    {
        var path = Path.Combine(dir.FullName, "admin1.json");
        File.WriteAllText(path, $$$"""
            {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{{{geometry}}},"properties":{
              "iso_3166_2":"XK-01","iso_a2":"XK","gn_a1_code":"XK.01","gn_id":7910958,"name":"Pristina","name_en":"Pristina",
              "latitude":43.5,"longitude":20.5}}]}
            """);

        var region = Assert.Single(Admin1Reader.Read(path, withGeometry));

        Assert.Equal((lat, lon), (region.Lat, region.Lon));
        Assert.Equal(withGeometry && geometry != "null", region.Geometry is not null);
    }
}

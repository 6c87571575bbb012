using GeoMap.Server.Hosting;

namespace GeoMap.Server.Tests.Scaling;

/// <summary>The setting that sends clients to a bucket or CDN for overlay tiles says what is wrong with a bad template.</summary>
public sealed class TileUrlTemplateTests
{
    [Theory]
    [InlineData("", null)]
    [InlineData("https://cdn.example.org/geomap/{overlayId}/{z}/{x}/{y}.png", null)]
    [InlineData("http://127.0.0.1:9000/tiles/{overlayId}/{z}/{x}/{y}.png", null)]
    [InlineData("https://cdn.example.org/{z}/{x}/{y}.png", "lacks {overlayId}")]
    [InlineData("https://cdn.example.org/{overlayId}/{z}/{y}/{x}", null)]
    [InlineData("https://cdn.example.org/{overlayId}/{z}/{x}.png", "lacks {y}")]
    [InlineData("/tiles/{overlayId}/{z}/{x}/{y}.png", "not an absolute http(s) URL")]
    [InlineData("ftp://cdn.example.org/{overlayId}/{z}/{x}/{y}.png", "not an absolute http(s) URL")]
    public void A_tile_url_template_is_absolute_and_names_the_overlay_and_the_tile(string template, string? problem)
    {
        var found = new StorageSettings { TileUrlTemplate = template }.Problem();
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Overlay_tiles_are_on_this_server_without_a_template_and_on_its_host_with_one()
    {
        var id = Guid.Parse("6f1f0c2e-4b1a-4e55-9d0e-0a7e2b9c1d11");
        Assert.Equal($"/tiles/{id:D}/{{z}}/{{x}}/{{y}}.png", Storage(""));
        Assert.Equal($"https://cdn.example.org/g/{id:D}/{{z}}/{{x}}/{{y}}.png", Storage("https://cdn.example.org/g/{overlayId}/{z}/{x}/{y}.png"));

        string Storage(string template)
        {
            using var storage = new ObjectStorage(
                Microsoft.Extensions.Options.Options.Create(new StorageSettings { TileUrlTemplate = template }),
                Microsoft.Extensions.Options.Options.Create(new GeoMapServerOptions { TilesFolder = Path.GetTempPath(), PhotosFolder = Path.GetTempPath() }));
            return storage.TileUrl(id);
        }
    }
}

using System.ComponentModel.DataAnnotations;
using GeoMap.Storage;
using Microsoft.Extensions.Configuration;

namespace GeoMap.Server.Tests.Apis;

public sealed class ConfigurationTests
{
    [Fact]
    public void The_example_configuration_loads_binds_and_validates()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "GeoMap.Server", "appsettings.Example.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path), optional: false).Build();

        var server = configuration.GetSection(GeoMapServerOptions.Section).Get<GeoMapServerOptions>()!;
        Validator.ValidateObject(server, new ValidationContext(server), validateAllProperties: true);
        Assert.Equal(5 * 1024 * 1024, server.MaxReportBytes);
        Assert.False(server.ReadsRequireKey);
        // A relative tiles folder belongs to the state folder the host anchors it in, never to the working folder.
        Assert.Throws<InvalidOperationException>(() => server.TilesRoot);
        server.AnchorTiles("/srv/geomap-state");
        Assert.Equal("/srv/geomap-state/tiles", server.TilesRoot);

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!;
        Assert.Null(database.ConnectionString);
        Assert.Equal("geomap", database.DatabaseName);
    }
}

using GeoMap.Server;
using GeoMap.Server.Http;
using GeoMap.Server.Apis;

await Program.Build(args).RunAsync();

/// <summary>The GeoMap server: its table of contents.</summary>
public partial class Program
{
    /// <summary>Builds the application; <c>geomap serve</c> and the tests call this too.</summary>
    /// <param name="args">Command-line arguments (configuration overrides such as --urls).</param>
    /// <param name="configure">Extra configuration applied before the services are built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddGeoMap();
        configure?.Invoke(builder);
        builder.RedactSecretsInLogs();

        var app = builder.Build();
        app.UseGeoMap();

        app.MapReportsApi();
        app.MapMovementsApi();
        app.MapPlacesApi();
        app.MapRegionsApi();
        app.MapOverlaysApi();
        app.MapKeysApi();
        app.MapMapImageApi();
        app.MapTiles();
        app.MapMovementTiles();
        app.MapOgcApi();
        app.MapOgcTilesApi();
        app.MapHealth();
        app.MapWebClient();
        return app;
    }
}

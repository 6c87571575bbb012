using GeoMap.Server;
using GeoMap.Server.Http;
using GeoMap.Server.Apis;

await Program.Build(args).RunAsync();

/// <summary>The GeoMap server: its table of contents.</summary>
public partial class Program
{
    /// <summary>Environment variable naming a settings file (JSON, as appsettings.Example.json) read over the defaults.</summary>
    public const string ConfigVariable = "GEOMAP_CONFIG";

    /// <summary>Builds the application; <c>geomap serve</c> and the tests call this too.</summary>
    /// <param name="args">Command-line arguments (configuration overrides such as --urls).</param>
    /// <param name="configure">Extra configuration applied before the services are built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // An installed server reads its settings from one file (the package's unit sets /etc/geomap/appsettings.json);
        // environment variables and arguments still win over it.
        if (Environment.GetEnvironmentVariable(ConfigVariable) is { Length: > 0 } configFile)
        {
            var sources = builder.Configuration.Sources;
            var environment = sources.Select((source, index) => (source, index))
                .LastOrDefault(s => s.source is Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource).index;
            sources.Insert(environment > 0 ? environment : sources.Count, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                Path = Path.GetFullPath(configFile), Optional = false, ReloadOnChange = false,
            });
        }

        builder.AddGeoMap();
        configure?.Invoke(builder);
        builder.RedactSecretsInLogs();

        var app = builder.Build();
        app.UseGeoMap();

        app.MapReportsApi();
        app.MapMovementsApi();
        app.MapAreasApi();
        app.MapPlacesApi();
        app.MapRegionsApi();
        app.MapOverlaysApi();
        app.MapPhotosApi();
        app.MapKeysApi();
        app.MapSourcesApi();
        app.MapMapImageApi();
        app.MapTiles();
        app.MapBasemapApi();
        app.MapMovementTiles();
        app.MapOgcApi();
        app.MapOgcTilesApi();
        app.MapHealth();
        app.MapWebClient();
        return app;
    }
}

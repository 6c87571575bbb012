using GeoMap.Core.Corroboration;
using GeoMap.Core.Registry;
using Microsoft.Extensions.Options;
using System.Globalization;
using System.Threading.RateLimiting;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Server.Auth;
using GeoMap.Server.Hosting;
using GeoMap.Server.Seeding;
using GeoMap.Server.Http;
using GeoMap.Server.Ingest;
using GeoMap.Server.Overlays;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.FileProviders;

namespace GeoMap.Server;

/// <summary>Service registration and the middleware pipeline of the GeoMap server.</summary>
public static class GeoMapServer
{
    /// <summary>The rate-limiter policy applied to writes.</summary>
    public const string WritePolicy = "writes";

    /// <summary>The settings section of the grouping rule's thresholds (<see cref="GroupingSettings"/>).</summary>
    public const string CorroborationSection = "GeoMap:Corroboration";

    /// <summary>
    /// The server exactly as <c>Program.Build</c> composes it, for hosts outside this assembly (the CLI), whose own
    /// top-level <c>Program</c> hides this one.
    /// </summary>
    public static WebApplication BuildApplication(string[] args, Action<WebApplicationBuilder>? configure = null) => Program.Build(args, configure);

    /// <summary>
    /// Registers options, the database (managed cluster by default), repositories, the report analyzer, API key
    /// authentication, roles, the write rate limit, problem details and OpenAPI.
    /// </summary>
    public static WebApplicationBuilder AddGeoMap(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<GeoMapServerOptions>().BindConfiguration(GeoMapServerOptions.Section)
            .PostConfigure<IOptions<DatabaseOptions>>((settings, database) => settings.AnchorTiles(database.Value.WithEnvironment().ResolveDataDirectory()))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            // Kestrel answers a request over its own limits with a bare status and no body; its ceilings sit at twice
            // GeoMap's, which RequestSizeGuard enforces with problem details.
            var settings = context.Configuration.GetSection(GeoMapServerOptions.Section).Get<GeoMapServerOptions>() ?? new GeoMapServerOptions();
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, (2 * settings.MaxUrlBytes) + 1024);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, (2 * settings.MaxHeaderBytes) + 1024);
        });
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddOptions<Fetching.LinkSettings>().BindConfiguration(Fetching.LinkSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GroupingSettings>().BindConfiguration(CorroborationSection)
            .Validate(s => { s.Validate(); return true; }).ValidateOnStart();

        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<GeoMapServerOptions>, Basemap.BasemapPackageValidation>();
        services.AddSingleton<Basemap.ServedBasemap>();
        services.AddSingleton<DatabaseHost>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseHost>());
        services.AddSingleton<RegionSeeding>();
        services.AddHostedService(sp => sp.GetRequiredService<RegionSeeding>());
        services.AddSingleton(sp => new ReportRepository(sp.GetRequiredService<DatabaseHost>().DataSource, sp.GetRequiredService<IOptions<GroupingSettings>>().Value));
        services.AddSingleton(sp => new MovementRepository(sp.GetRequiredService<DatabaseHost>().DataSource, sp.GetRequiredService<IOptions<GroupingSettings>>().Value, sp.GetRequiredService<RegionRepository>()));
        services.AddSingleton(sp => new AnalystDecisions(sp.GetRequiredService<DatabaseHost>().DataSource, sp.GetRequiredService<IOptions<GroupingSettings>>().Value));
        services.AddSingleton(sp => new PlaceRepository(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(sp => new MovementTileRepository(sp.GetRequiredService<DatabaseHost>().DataSource, sp.GetRequiredService<RegionRepository>()));
        services.AddHostedService<TileChangesPruner>();
        services.AddSingleton(sp => new MovementTimelineRepository(sp.GetRequiredService<DatabaseHost>().DataSource, sp.GetRequiredService<RegionRepository>()));
        services.AddSingleton(sp => new Places.PlaceSearch(Geoparsing.Gazetteer.GazetteerLoader.Shared, sp.GetRequiredService<PlaceRepository>()));
        services.AddSingleton(sp => new ExtentRepository(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(sp => new RegionRepository(sp.GetRequiredService<DatabaseHost>().DataSource, Geoparsing.Gazetteer.RegionCatalog.KindWords));
        services.AddSingleton(sp => new OverlayRepository(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(sp => new PhotoRepository(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(sp => new Photos.PhotoIntake(sp.GetRequiredService<PhotoRepository>(), sp.GetRequiredService<IOptions<GeoMapServerOptions>>().Value, sp.GetRequiredService<ObjectStorage>()));
        services.AddSingleton(sp => new ApiKeyRepository(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(sp => new QueryAreaRepository(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(_ => Analyzers.Create());
        services.AddHostedService<AnalyzerWarmUp>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<ReportIngest>();
        services.AddSingleton(sp => new Fetching.PageFetcher(sp.GetRequiredService<IOptions<Fetching.LinkSettings>>().Value));
        services.AddSingleton<Fetching.LinkedReports>();
        services.AddSingleton(sp => new BatchImport(sp.GetRequiredService<ReportIngest>(), sp.GetRequiredService<Fetching.LinkedReports>()));
        services.AddSingleton<WorkerHealth>();
        services.AddOptions<JobSettings>().BindConfiguration(JobSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new JobQueue(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(sp => new FeedRepository(sp.GetRequiredService<DatabaseHost>().DataSource));
        services.AddSingleton(sp => new Feeds.FeedPoller(sp.GetRequiredService<FeedRepository>(), sp.GetRequiredService<Fetching.PageFetcher>(),
            sp.GetRequiredService<ReportIngest>(), sp.GetRequiredService<Fetching.LinkedReports>(), sp.GetRequiredService<IOptions<GeoMapServerOptions>>().Value,
            sp.GetRequiredService<ILogger<Feeds.FeedPoller>>()));
        services.AddSingleton<IJobHandler, FeedPollJob>();
        services.AddOptions<StorageSettings>().BindConfiguration(StorageSettings.Section).ValidateDataAnnotations()
            .Validate(s => s.Problem() is null, "GeoMap:Storage:TileUrlTemplate must be an absolute http(s) URL with {overlayId}, {z}, {x} and {y}.").ValidateOnStart();
        services.AddSingleton<ObjectStorage>();
        services.AddSingleton<OverlayJobs>();
        services.AddSingleton<IJobHandler>(sp => sp.GetRequiredService<OverlayJobs>());
        services.AddSingleton<JobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());

        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);

        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<GeoMapServerOptions>>((auth, server) => Roles.AddPolicies(auth, server.Value.ReadsRequireKey));

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(WritePolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<GeoMapServerOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.User.Identity?.Name ?? "anonymous", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.WritesPerWindow,
                    Window = TimeSpan.FromSeconds(settings.WriteWindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var settings = context.HttpContext.RequestServices.GetRequiredService<IOptions<GeoMapServerOptions>>().Value;
                context.HttpContext.Response.Headers.RetryAfter = settings.WriteWindowSeconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(Problems.RateLimitedDetail(settings.WritesPerWindow, settings.WriteWindowSeconds),
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", type: Problems.Types.RateLimited).ExecuteAsync(context.HttpContext);
            };
        });

        services.AddGeoMapRequestTimeouts();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<GeoMapServerOptions>>((cors, server) =>
            cors.AddDefaultPolicy(policy => CorsPolicy(policy, server.Value.CorsOrigins)));

        services.AddOpenApi(OpenApiDocumentation.Configure);
        return builder;
    }

    /// <summary>The middleware: problem details for errors and bare status codes, auth, rate limits, the web client.</summary>
    public static WebApplication UseGeoMap(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseRequestSizeGuard();
        app.UseHeadAsGet();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblemAsync);
        app.UseQueryStringGuard();
        if (WebRoot() is { } webRoot)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = webRoot });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = webRoot });
        }

        app.UseDatabaseGate();
        app.UseReplicaReads();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The web client: any path that is not the API falls back to wwwroot/index.html (client-side routes);
    /// API paths that match no route get a 404 problem instead.
    /// </summary>
    public static WebApplication MapWebClient(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var webRoot = WebRoot();
        app.MapFallback(async (HttpContext context) =>
        {
            var path = context.Request.Path;
            var index = webRoot?.GetFileInfo("index.html");
            var isApi = path.StartsWithSegments("/api") || path.StartsWithSegments("/ogc") || path.StartsWithSegments("/tiles") || path.StartsWithSegments("/openapi");
            if (isApi || index is not { Exists: true })
            {
                await TypedResults.Problem(Problems.Messages.NoRoute, statusCode: StatusCodes.Status404NotFound, title: "Not found", type: Problems.Types.NotFound).ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(index, context.RequestAborted);
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The browser policy: reads and writes from the configured origins, with the key header and content type a page
    /// sends, and the headers a client reads back (paging links, a created resource's location, rate-limit waits).
    /// </summary>
    private static void CorsPolicy(Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder policy, string[] origins)
    {
        if (origins.Length == 0 || origins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(origins);
        }

        policy.WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
            .WithHeaders(ApiKeyAuthentication.Header, "Authorization", "Content-Type", "Accept", ReplicaRouting.Header)
            .WithExposedHeaders("Location", "Link", "Retry-After", "Content-Disposition", ReplicaRouting.Header)
            .SetPreflightMaxAge(TimeSpan.FromHours(1));
    }

    /// <summary>Bodies for bare status codes set by routing (no route, wrong method, wrong content type).</summary>
    private static Task StatusCodeProblemAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var result = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => TypedResults.Problem(Problems.Messages.NoRoute, statusCode: 404, title: "Not found", type: Problems.Types.NotFound),
            StatusCodes.Status415UnsupportedMediaType => Problems.UnsupportedMediaType(http.Request.ContentType, "application/json"),
            var status => TypedResults.Problem(statusCode: status),
        };
        return result.ExecuteAsync(http);
    }

    /// <summary>The built web client beside the program or in the source tree (<see cref="DataPaths.FindWebRoot"/>); null when it has not been built.</summary>
    private static PhysicalFileProvider? WebRoot() =>
        DataPaths.FindWebRoot() is { } root ? new PhysicalFileProvider(root) : null;
}

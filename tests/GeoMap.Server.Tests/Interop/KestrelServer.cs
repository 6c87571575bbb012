using System.Collections.Concurrent;
using GeoMap.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GeoMap.Server.Tests.Interop;

/// <summary>
/// The real server on a real loopback port (Kestrel, not the in-memory TestServer), for clients that are separate
/// processes such as GDAL. It records every request's path and query so tests can see what the client asked for.
/// </summary>
public sealed class KestrelServer : IAsyncLifetime
{
    private WebApplication? app;

    /// <summary>The database.</summary>
    public DatabaseFixture Database { get; } = new();

    /// <summary>The base address, e.g. http://127.0.0.1:45123.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The folder the server reads tile pyramids from.</summary>
    public string TilesFolder { get; } = Path.Combine(Path.GetTempPath(), "geomap-kestrel-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Path and query of every request served, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    private readonly SemaphoreSlim seedGate = new(1, 1);
    private bool seeded;

    /// <summary>Runs <paramref name="seed"/> once for this server, however many tests ask.</summary>
    public async Task SeedOnceAsync(Func<Task> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        await seedGate.WaitAsync();
        try
        {
            if (!seeded)
            {
                await seed();
                seeded = true;
            }
        }
        finally
        {
            seedGate.Release();
        }
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        app = Program.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["GeoMap:Database:ConnectionString"] = Database.ConnectionString;
            builder.Configuration["GeoMap:Server:SeedRegionsOnStart"] = "false";
            builder.Configuration["GeoMap:Server:TilesFolder"] = TilesFolder;
            builder.Services.AddSingleton<IStartupFilter>(new Recorder(Requests));
        });
        await app.StartAsync();
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Database.DisposeAsync();
        if (Directory.Exists(TilesFolder))
        {
            Directory.Delete(TilesFolder, recursive: true);
        }
    }

    private sealed class Recorder(ConcurrentQueue<string> requests) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                requests.Enqueue(context.Request.Path + context.Request.QueryString);
                return following(context);
            });
            next(app);
        };
    }
}

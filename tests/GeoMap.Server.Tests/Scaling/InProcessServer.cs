using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GeoMap.Server.Tests.Scaling;

/// <summary>A GeoMap server in this process on a real loopback port, one of several a test runs side by side.</summary>
public sealed record InProcessServer(WebApplication App, Uri Address) : IAsyncDisposable
{
    /// <summary>Starts a server with <paramref name="settings"/> (configuration keys).</summary>
    public static async Task<InProcessServer> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var app = Program.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            foreach (var (k, v) in settings)
            {
                builder.Configuration[k] = v;
            }
        });
        await app.StartAsync();
        return new InProcessServer(app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

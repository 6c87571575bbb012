using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using GeoMap.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeoMap.Server.Tests.Hosting;

/// <summary>
/// A server started while its database is away starts anyway, answers 503 with Retry-After and says why on /health,
/// and serves as soon as the database answers, without a restart. The database "comes back" as a TCP relay to the
/// test cluster that starts listening on the configured port.
/// </summary>
public sealed class DatabaseDownAtStartTests : IClassFixture<DatabaseFixture>
{
    private readonly DatabaseFixture database;

    public DatabaseDownAtStartTests(DatabaseFixture database) => this.database = database;

    [Fact]
    public async Task ServerStartsWithoutItsDatabase_Answers503_ThenServesWhenItComesBack()
    {
        var port = FreePort();
        var real = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var configured = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = port, Timeout = 2 };

        await using var app = Program.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["GeoMap:Database:ConnectionString"] = configured.ConnectionString;
            builder.Configuration["GeoMap:Server:SeedRegionsOnStart"] = "false";
            builder.Configuration["GeoMap:Server:TilesFolder"] = Path.Combine(Path.GetTempPath(), "geomap-down-tests", Guid.NewGuid().ToString("N"));
        });
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var http = new HttpClient { BaseAddress = new Uri(address) };

            var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            var text = await health.Content.ReadAsStringAsync();
            Assert.True(text.Contains("\"database\"", StringComparison.Ordinal), text);
            var body = JsonDocument.Parse(text).RootElement;
            Assert.Equal("unavailable", body.GetProperty("database").GetString());
            Assert.True(body.TryGetProperty("reason", out var reason) && reason.GetString()!.Contains("cannot be reached", StringComparison.Ordinal), text);

            var movements = await http.GetAsync(new Uri("/api/movements", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, movements.StatusCode);
            Assert.True(movements.Headers.RetryAfter is not null, "a 503 tells the client when to retry");
            Assert.Equal("application/problem+json", movements.Content.Headers.ContentType?.MediaType);

            using var relay = new Relay(port, real.Host!, real.Port);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(DateTime.UtcNow < deadline, "the server did not connect after the database came back");
                await Task.Delay(250);
            }

            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/movements", UriKind.Relative))).StatusCode);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Forwards every connection on a local port to the real database.</summary>
    private sealed class Relay : IDisposable
    {
        private readonly TcpListener listener;
        private readonly CancellationTokenSource stop = new();

        public Relay(int port, string host, int targetPort)
        {
            listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            _ = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    TcpClient client;
                    try
                    {
                        client = await listener.AcceptTcpClientAsync(stop.Token);
                    }
                    catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
                    {
                        return;
                    }

                    _ = Task.Run(async () =>
                    {
                        using (client)
                        using (var target = new TcpClient())
                        {
                            await target.ConnectAsync(host, targetPort);
                            var a = client.GetStream();
                            var b = target.GetStream();
                            await Task.WhenAny(a.CopyToAsync(b, stop.Token), b.CopyToAsync(a, stop.Token));
                        }
                    });
                }
            });
        }

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
            stop.Dispose();
        }
    }
}

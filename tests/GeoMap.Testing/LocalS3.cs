using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using GeoMap.Storage.Objects;
using Xunit;

namespace GeoMap.Testing;

/// <summary>
/// A real S3-compatible server on a loopback port for one test class: s3rver (npm, installed in tests/tools by
/// scripts/setup.sh), with one empty bucket and its data in a temporary folder. Killed and its folder removed on dispose.
/// </summary>
public sealed class LocalS3 : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    /// <summary>The bucket.</summary>
    public string Bucket { get; } = "geomap-test";

    /// <summary>The server's address.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>The folder s3rver keeps the objects in.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "geomap-s3rver", Guid.NewGuid().ToString("N"));

    // s3rver's fixed test credentials, access key and secret alike.
    private const string Credential = "S3RVER";

    /// <summary>Settings for a store on the bucket (s3rver's fixed test credentials).</summary>
    public S3Settings Settings(string prefix = "") => new()
    {
        ServiceUrl = ServiceUrl, Bucket = Bucket, Prefix = prefix, AccessKey = Credential, SecretKey = Credential, ForcePathStyle = true,
    };

    /// <summary>
    /// The configuration of a server or the CLI storing on the bucket (GeoMap:Storage, kind s3, the values of
    /// <see cref="Settings"/>); <paramref name="separator"/> is <c>:</c> for configuration keys and <c>__</c> for environment variables.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Configuration(string prefix, string separator = ":")
    {
        var storage = $"GeoMap{separator}Storage{separator}";
        var s3 = $"{storage}S3{separator}";
        yield return new(storage + "Kind", "s3");
        yield return new(s3 + "ServiceUrl", ServiceUrl);
        yield return new(s3 + "Bucket", Bucket);
        yield return new(s3 + "Prefix", prefix);
        yield return new(s3 + "AccessKey", Credential);
        yield return new(s3 + "SecretKey", Credential);
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var tools = typeof(LocalS3).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestTools").Value!;
        var script = Path.Combine(tools, "node_modules", "s3rver", "bin", "s3rver.js");
        Assert.True(File.Exists(script), $"s3rver is not installed at {script}: run bash scripts/setup.sh (npm ci in tests/tools).");
        Directory.CreateDirectory(Folder);
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { script, "-d", Folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--configure-bucket", Bucket, "--no-vhost-buckets" })
        {
            info.ArgumentList.Add(arg);
        }

        process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        ServiceUrl = $"http://127.0.0.1:{port}";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            Assert.False(process.HasExited, "s3rver exited at start: " + string.Join('\n', output));
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                Assert.True(DateTime.UtcNow < deadline, "s3rver did not listen within 30 s: " + string.Join('\n', output));
                await Task.Delay(100).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
            process.Dispose();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

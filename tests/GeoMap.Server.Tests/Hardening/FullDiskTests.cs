using System.Diagnostics;
using System.Net;
using System.Text.Json;
using GeoMap.Server.Tests.Apis;
using SkiaSharp;

namespace GeoMap.Server.Tests.Hardening;

/// <summary>A server whose tiles folder is a 4 MB tmpfs (mounting needs root).</summary>
public sealed class SmallDiskServer : ServerFixture
{
    private readonly string mountPoint = Path.Combine(Path.GetTempPath(), "geomap-small-disk", Guid.NewGuid().ToString("N"));

    public SmallDiskServer()
    {
        Directory.CreateDirectory(mountPoint);
        Mounted = Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint) == 0;
    }

    /// <summary>False when tmpfs could not be mounted here (not root).</summary>
    public bool Mounted { get; }

    public override string TilesFolder => mountPoint;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["GeoMap:Server:MinFreeDiskBytes"] = "0" };

    /// <summary>Fills the disk until only <paramref name="free"/> bytes are left; returns the ballast file.</summary>
    public string LeaveFree(long free)
    {
        var ballast = Path.Combine(mountPoint, "ballast-" + Guid.NewGuid().ToString("N"));
        var available = new DriveInfo(mountPoint).AvailableFreeSpace;
        using var stream = File.Create(ballast);
        stream.Write(new byte[Math.Max(0, available - free)]);
        return ballast;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Run("umount", mountPoint);
        try
        {
            Directory.Delete(mountPoint);
        }
        catch (IOException)
        {
        }
    }

    private static int Run(string file, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

public sealed class FullDiskTests(SmallDiskServer server) : IClassFixture<SmallDiskServer>
{
    /// <summary>A PNG of random pixels, which PNG cannot compress: its tiles take at least as much room as it does.</summary>
    private static byte[] Noise(int size)
    {
        var random = new Random(size);
        using var bitmap = new SKBitmap(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 255));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private async Task<JsonElement> WaitAsync(string statusUrl)
    {
        for (var i = 0; i < 480; i++)
        {
            var overlay = await (await server.Client().GetAsync(statusUrl)).JsonAsync();
            if (overlay.GetProperty("properties").GetProperty("status").GetString() != "processing")
            {
                return overlay.GetProperty("properties");
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The overlay did not finish tiling within 120 s.");
    }

    [Fact]
    public async Task A_disk_that_fills_while_tiling_fails_that_overlay_with_the_reason_and_the_worker_tiles_the_next()
    {
        Assert.True(server.Mounted, "these tests mount a 4 MB tmpfs, which needs root");
        var image = Noise(400);
        var ballast = server.LeaveFree(image.Length + (image.Length / 3));
        var analyst = server.Client("analyst");

        var response = await analyst.PostAsync("/api/overlays", OverlaysAndTilesTests.Upload(image, "noise.png", ("title", "Fills the disk"), ("bounds", "131.9,43.75,132.0,43.85")))
            .ExpectAsync(HttpStatusCode.Accepted);
        var failed = await WaitAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains("disk", failed.GetProperty("failureReason").GetString(), StringComparison.OrdinalIgnoreCase);

        File.Delete(ballast);
        var next = await analyst.PostAsync("/api/overlays", OverlaysAndTilesTests.Upload(OverlaysAndTilesTests.Png(256), "small.png", ("title", "Fits"), ("bounds", "131.9,43.75,132.0,43.85")))
            .ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal("ready", (await WaitAsync(next.Headers.Location!.OriginalString)).GetProperty("status").GetString());

        var health = await (await server.Client().GetAsync("/health").ExpectAsync(HttpStatusCode.OK)).JsonAsync();
        Assert.Equal("running", health.GetProperty("workers").GetString());
    }

    [Fact]
    public async Task An_upload_larger_than_the_free_space_is_a_507_at_once_and_leaves_nothing()
    {
        Assert.True(server.Mounted, "these tests mount a 4 MB tmpfs, which needs root");
        var image = Noise(300);
        var ballast = server.LeaveFree(image.Length / 2);
        try
        {
            var started = Stopwatch.StartNew();
            var response = await server.Client("analyst").PostAsync("/api/overlays",
                OverlaysAndTilesTests.Upload(image, "noise.png", ("title", "Too big for the disk"), ("bounds", "131.9,43.75,132.0,43.85")));
            var problem = await response.ProblemAsync(507);
            Assert.Contains("free", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
            Assert.False(Directory.Exists(Path.Combine(server.TilesFolder, ".uploads")) && Directory.EnumerateFileSystemEntries(Path.Combine(server.TilesFolder, ".uploads")).Any());
        }
        finally
        {
            File.Delete(ballast);
        }
    }
}

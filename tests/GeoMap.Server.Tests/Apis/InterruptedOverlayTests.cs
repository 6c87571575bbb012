using GeoMap.Core.Overlays;
using GeoMap.Server.Overlays;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Hosting;

namespace GeoMap.Server.Tests.Apis;

/// <summary>
/// Tiling jobs live in the queue every server shares: a server that starts leaves another server's running job alone,
/// and an overlay whose workers kept dying is given up as failed, its upload and half-written pyramid removed.
/// </summary>
public sealed class InterruptedOverlayTests(InterruptedOverlayTests.Fixture server) : IClassFixture<InterruptedOverlayTests.Fixture>
{
    /// <summary>A server that takes no jobs: each test starts the working server it needs.</summary>
    public sealed class Fixture : ServerFixture
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["GeoMap:Jobs:Enabled"] = "false",
            ["GeoMap:Jobs:IdleSeconds"] = "0.1",
        };
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WorkingServer() =>
        server.Factory.WithWebHostBuilder(b => b.UseSetting("GeoMap:Jobs:Enabled", "true"));

    [Fact]
    public async Task A_starting_server_leaves_the_tiling_another_server_is_doing_alone()
    {
        var overlays = new OverlayRepository(server.Database.DataSource);
        var queue = new JobQueue(server.Database.DataSource);
        var id = Guid.NewGuid();
        await overlays.AddAsync(new Overlay { Id = id, Title = "Being tiled elsewhere" }, CancellationToken.None);
        await queue.EnqueueAsync(OverlayJobs.JobKind, $$"""{"overlayId": "{{id:D}}", "image": "image.png", "fields": {} }""", CancellationToken.None, $"overlay:{id:D}", maxAttempts: 3);
        var other = await queue.LeaseAsync([OverlayJobs.JobKind], "another-server:1:a", TimeSpan.FromMinutes(10), CancellationToken.None);
        Assert.NotNull(other);
        var upload = Directory.CreateDirectory(OverlayJobs.UploadFolderOf(new GeoMapServerOptions { TilesFolder = server.TilesFolder }, id));

        // A new server process on the same database and tiles folder, while the other one is still tiling.
        await using var started = WorkingServer();
        _ = started.Server;
        await Task.Delay(1500);

        Assert.Equal(OverlayStatus.Processing, (await overlays.GetAsync(id, CancellationToken.None))!.Status);
        var job = await queue.GetAsync(other!.Id, CancellationToken.None);
        Assert.Equal(("running", "another-server:1:a"), (job!.State, job.LeasedBy));
        Assert.True(Directory.Exists(upload.FullName));
    }

    [Fact]
    public async Task An_overlay_whose_tiling_workers_kept_dying_is_marked_failed_and_its_leftovers_removed()
    {
        var overlays = new OverlayRepository(server.Database.DataSource);
        var queue = new JobQueue(server.Database.DataSource);
        var id = Guid.NewGuid();
        await overlays.AddAsync(new Overlay { Id = id, Title = "Cut off mid-tiling" }, CancellationToken.None);
        var staging = Directory.CreateDirectory(Path.Combine(server.TilesFolder, $".{id:D}.tmp-{Guid.NewGuid():N}"));
        File.WriteAllText(Path.Combine(staging.FullName, "half.png"), "partial");
        var upload = Directory.CreateDirectory(OverlayJobs.UploadFolderOf(new GeoMapServerOptions { TilesFolder = server.TilesFolder }, id));
        var published = Directory.CreateDirectory(Path.Combine(server.TilesFolder, Guid.NewGuid().ToString("D"), "3", "4"));
        File.WriteAllText(Path.Combine(published.FullName, "5.png"), "a published tile of another overlay");

        // Its last attempt was taken by a worker that died: the lease ran out, so the next worker to look gives it up.
        var jobId = await queue.EnqueueAsync(OverlayJobs.JobKind, $$"""{"overlayId": "{{id:D}}", "image": "image.png", "fields": {} }""", CancellationToken.None, $"overlay:{id:D}", maxAttempts: 1);
        Assert.NotNull(await queue.LeaseAsync([OverlayJobs.JobKind], "dead-server:1:a", TimeSpan.FromMilliseconds(1), CancellationToken.None));
        await using var working = WorkingServer();
        _ = working.Server;

        Overlay? row = null;
        for (var i = 0; i < 100 && row?.Status != OverlayStatus.Failed; i++)
        {
            await Task.Delay(100);
            row = await overlays.GetAsync(id, CancellationToken.None);
        }

        Assert.Equal(OverlayStatus.Failed, row?.Status);
        Assert.Contains("interrupted", row!.FailureReason, StringComparison.Ordinal);
        Assert.Equal("failed", (await queue.GetAsync(jobId, CancellationToken.None))!.State);
        for (var i = 0; i < 20 && (Directory.Exists(upload.FullName) || Directory.Exists(staging.FullName)); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(Directory.Exists(staging.FullName));
        Assert.False(Directory.Exists(upload.FullName));
        Assert.True(File.Exists(Path.Combine(published.FullName, "5.png")));
    }
}

using GeoMap.Core.Overlays;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Tests.Apis;

public sealed class InterruptedOverlayTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_overlay_left_processing_by_a_crash_is_marked_failed_when_a_server_starts()
    {
        var overlays = new OverlayRepository(server.Database.DataSource);
        var id = Guid.NewGuid();
        await overlays.AddAsync(new Overlay { Id = id, Title = "Cut off mid-tiling" }, CancellationToken.None);
        var staging = Directory.CreateDirectory(Path.Combine(server.TilesFolder, $".{id:D}.tmp-{Guid.NewGuid():N}"));
        File.WriteAllText(Path.Combine(staging.FullName, "half.png"), "partial");
        var upload = Directory.CreateDirectory(Path.Combine(server.TilesFolder, ".uploads", id.ToString("D")));
        var published = Directory.CreateDirectory(Path.Combine(server.TilesFolder, Guid.NewGuid().ToString("D"), "3", "4"));
        File.WriteAllText(Path.Combine(published.FullName, "5.png"), "a published tile of another overlay");

        // A new server process on the same database and tiles folder: the previous one died while tiling.
        await using var restarted = server.Factory.WithWebHostBuilder(_ => { });
        _ = restarted.Server;

        Overlay? row = null;
        for (var i = 0; i < 100 && row?.Status != OverlayStatus.Failed; i++)
        {
            await Task.Delay(100);
            row = await overlays.GetAsync(id, CancellationToken.None);
        }

        Assert.Equal(OverlayStatus.Failed, row?.Status);
        Assert.Contains("interrupted", row!.FailureReason, StringComparison.Ordinal);
        Assert.False(Directory.Exists(staging.FullName));
        Assert.False(Directory.Exists(upload.FullName));
        Assert.True(File.Exists(Path.Combine(published.FullName, "5.png")));
    }
}

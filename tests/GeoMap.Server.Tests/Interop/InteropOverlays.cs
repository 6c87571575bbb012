using GeoMap.Core.Overlays;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Tiling;
using GeoMap.Server.Tests.Apis;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Tests.Interop;

/// <summary>Ready overlays for the interoperability tests: a PNG tiled into the server's tiles folder and its row.</summary>
internal static class InteropOverlays
{
    /// <summary>Tiles a 512 px image covering <paramref name="bounds"/> and stores it as a ready overlay.</summary>
    public static async Task<Overlay> AddReadyAsync(KestrelServer server, string title, (double West, double South, double East, double North) bounds)
    {
        var id = Guid.NewGuid();
        var image = Path.Combine(Path.GetTempPath(), $"geomap-interop-{id:N}.png");
        await File.WriteAllBytesAsync(image, OverlaysAndTilesTests.Png(512));
        try
        {
            var repository = new OverlayRepository(server.Database.DataSource);
            var overlay = new Overlay { Id = id, Title = title, Source = "Interop test", AcquiredAt = new DateTimeOffset(2024, 10, 12, 0, 0, 0, TimeSpan.Zero) };
            await repository.AddAsync(overlay, CancellationToken.None);
            var result = await new OverlayTiler(new TilerOptions { Georeference = new GeoreferenceOptions { Bounds = bounds } })
                .RunAsync(image, Path.Combine(server.TilesFolder, id.ToString("D")));
            await repository.MarkReadyAsync(id, result.Footprint, result.MinZoom, result.MaxZoom, CancellationToken.None);
            return (await repository.GetAsync(id, CancellationToken.None))!;
        }
        finally
        {
            File.Delete(image);
        }
    }
}

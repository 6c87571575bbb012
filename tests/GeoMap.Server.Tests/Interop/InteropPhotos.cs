using GeoMap.Core.Photos;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Tests.Interop;

/// <summary>Ground photos for the interoperability tests, stored as the intake stores them (the OGC collection reads rows only).</summary>
internal static class InteropPhotos
{
    /// <summary>Stores a photo taken at a position, facing <paramref name="bearing"/> when known, at <paramref name="taken"/>.</summary>
    public static async Task<Photo> AddAsync(KestrelServer server, double? lon, double? lat, double? bearing, DateTimeOffset? taken)
    {
        var checksum = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var (photo, _) = await new PhotoRepository(server.Database.DataSource).AddAsync(new Photo
        {
            FileName = $"{checksum[..8]}.jpg",
            Lon = lon,
            Lat = lat,
            Bearing = bearing,
            TakenAt = taken,
            TakenAtHasOffset = taken is not null,
            PositionSource = lon is null ? PhotoPositionSource.None : PhotoPositionSource.Camera,
            Checksum = checksum,
            Format = "jpeg",
            Width = 4000,
            Height = 3000,
            Bytes = 3_000_000,
            OriginalPath = $"{checksum}/original.jpg",
            ScreenPath = $"{checksum}/screen.jpg",
            ThumbnailPath = $"{checksum}/thumb.jpg",
        }, CancellationToken.None);
        return photo;
    }
}

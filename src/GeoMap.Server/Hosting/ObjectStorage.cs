using GeoMap.Storage.Objects;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Hosting;

/// <summary>Where tile pyramids and uploads waiting to be tiled are kept (<c>GeoMap:Storage</c>).</summary>
public sealed class StorageSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "GeoMap:Storage";

    /// <summary><c>folder</c> (the default): the tiles folder; <c>s3</c>: the bucket of <see cref="S3"/>.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^(folder|s3)$")]
    public string Kind { get; set; } = "folder";

    /// <summary>The S3-compatible bucket, for <see cref="Kind"/> s3.</summary>
    public S3Settings S3 { get; set; } = new();
}

/// <summary>
/// The one store of tile pyramids (<c>{overlayId}/{z}/{x}/{y}.png</c>, <c>quicklook.png</c>, <c>metadata.json</c>) and
/// of uploads waiting to be tiled (<c>.uploads/{overlayId}/…</c>), with the same keys in a folder or a bucket.
/// </summary>
/// <remarks>
/// With the folder store, the tiler writes straight into the tiles folder (it publishes a pyramid by renaming it into
/// place) and tiles are served as files; with a bucket, it tiles into a local scratch folder and stores the result.
/// </remarks>
public sealed class ObjectStorage : IDisposable
{
    private readonly IDisposable? owned;

    /// <summary>The store named by the settings.</summary>
    public ObjectStorage(IOptions<StorageSettings> storage, IOptions<GeoMapServerOptions> server)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(server);
        if (storage.Value.Kind == "s3")
        {
            var s3 = new S3Store(storage.Value.S3);
            owned = s3;
            Store = s3;
        }
        else
        {
            Folder = new FolderStore(server.Value.TilesRoot);
            Store = Folder;
        }
    }

    /// <summary>The store.</summary>
    public IObjectStore Store { get; }

    /// <summary>The folder store when the store is the tiles folder, else null.</summary>
    public FolderStore? Folder { get; }

    /// <summary>The key prefix of an overlay's pyramid.</summary>
    public static string PyramidKey(Guid overlayId) => overlayId.ToString("D");

    /// <summary>The key of a file of an overlay's pyramid (a tile's <c>{z}/{x}/{y}.png</c>, <c>quicklook.png</c>).</summary>
    public static string PyramidKey(Guid overlayId, string file) => $"{overlayId:D}/{file}";

    /// <summary>The key prefix of an upload waiting to be tiled.</summary>
    public static string UploadKey(Guid overlayId) => $".uploads/{overlayId:D}";

    /// <inheritdoc />
    public void Dispose() => owned?.Dispose();
}

using System.Globalization;
using GeoMap.Core.Overlays;
using GeoMap.Rendering;
using GeoMap.Storage.Objects;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Hosting;

/// <summary>Where tile pyramids, uploads waiting to be tiled and ground photos are kept (<c>GeoMap:Storage</c>).</summary>
public sealed class StorageSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "GeoMap:Storage";

    /// <summary><c>folder</c> (the default): the tiles folder; <c>s3</c>: the bucket of <see cref="S3"/>.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^(folder|s3)$")]
    public string Kind { get; set; } = "folder";

    /// <summary>The S3-compatible bucket, for <see cref="Kind"/> s3.</summary>
    public S3Settings S3 { get; set; } = new();

    /// <summary>
    /// Where clients fetch overlay tiles, when not from this server: an absolute http(s) URL with <c>{overlayId}</c>,
    /// <c>{z}</c>, <c>{x}</c> and <c>{y}</c> (<c>https://tiles.example.org/geomap/{overlayId}/{z}/{x}/{y}.png</c>, the
    /// bucket's public address or a CDN in front of it). Empty (the default): <c>/tiles/{overlayId}/{z}/{x}/{y}.png</c>.
    /// </summary>
    /// <remarks>
    /// Only the URLs GeoMap hands out change (an overlay's <c>tiles</c>, its TileJSON); <c>/tiles</c> keeps serving, and the
    /// map images the server draws read the store itself. The keys in the bucket are <c>{prefix}{overlayId}/{z}/{x}/{y}.png</c>.
    /// </remarks>
    public string TileUrlTemplate { get; set; } = "";

    /// <summary>
    /// The settings as a command-line host finds them: in the file <c>GEOMAP_CONFIG</c> names, then in environment
    /// variables (<c>GeoMap__Storage__Kind=s3</c>), as the server reads them, so that <c>geomap overlay add</c> stores
    /// where the servers serve from.
    /// </summary>
    /// <exception cref="InvalidOperationException">The settings do not hold together; the message says what to fix.</exception>
    public static StorageSettings FromEnvironment()
    {
        var builder = new ConfigurationBuilder();
        if (Environment.GetEnvironmentVariable(Program.ConfigVariable) is { Length: > 0 } file)
        {
            builder.AddJsonFile(Path.GetFullPath(file), optional: false);
        }

        var settings = builder.AddEnvironmentVariables().Build().GetSection(Section).Get<StorageSettings>() ?? new StorageSettings();
        if (settings.Kind is not ("folder" or "s3"))
        {
            throw new InvalidOperationException($"GeoMap:Storage:Kind '{settings.Kind}' is not folder or s3.");
        }

        return settings.Problem() is { } problem ? throw new InvalidOperationException(problem) : settings;
    }

    /// <summary>Null when the settings hold together, else what to fix.</summary>
    public string? Problem()
    {
        if (TileUrlTemplate.Length == 0)
        {
            return null;
        }

        string[] placeholders = ["{overlayId}", "{z}", "{x}", "{y}"];
        var missing = placeholders.Where(p => !TileUrlTemplate.Contains(p, StringComparison.Ordinal)).ToList();
        if (!Uri.TryCreate(TileUrlTemplate.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            return $"GeoMap:Storage:TileUrlTemplate '{TileUrlTemplate}' is not an absolute http(s) URL; give one like https://tiles.example.org/{{overlayId}}/{{z}}/{{x}}/{{y}}.png, or leave it empty to serve tiles from /tiles.";
        }

        return missing.Count == 0
            ? null
            : $"GeoMap:Storage:TileUrlTemplate '{TileUrlTemplate}' lacks {string.Join(", ", missing)}; a tile's URL needs the overlay's id and the tile's zoom, column and row.";
    }
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
    private readonly IDisposable[] owned = [];
    private readonly string tileUrlTemplate;

    /// <summary>The store named by the settings.</summary>
    public ObjectStorage(IOptions<StorageSettings> storage, IOptions<GeoMapServerOptions> server)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(server);
        tileUrlTemplate = storage.Value.TileUrlTemplate;
        if (storage.Value.Kind == "s3")
        {
            var settings = storage.Value.S3;
            var s3 = new S3Store(settings);
            var photos = new S3Store(new S3Settings
            {
                ServiceUrl = settings.ServiceUrl, Region = settings.Region, Bucket = settings.Bucket, AccessKey = settings.AccessKey, SecretKey = settings.SecretKey,
                ForcePathStyle = settings.ForcePathStyle, Prefix = settings.Prefix.Trim('/') is { Length: > 0 } p ? $"{p}/{PhotosPrefix}" : PhotosPrefix,
            });
            owned = [s3, photos];
            Store = s3;
            Photos = photos;
        }
        else
        {
            Folder = new FolderStore(server.Value.TilesRoot);
            Store = Folder;
            PhotoFolder = new FolderStore(server.Value.PhotosRoot);
            Photos = PhotoFolder;
        }
    }

    /// <summary>The key prefix in the bucket under which ground photos are kept, beside the overlays' pyramids.</summary>
    public const string PhotosPrefix = "photos";

    /// <summary>
    /// The one store of ground photos (<c>{folder}/original.jpg</c>, <c>screen.jpg</c>, <c>thumb.jpg</c>, the relative
    /// paths a photo's row holds): the photos folder, or the bucket under <see cref="PhotosPrefix"/>.
    /// </summary>
    public IObjectStore Photos { get; }

    /// <summary>The folder store when photos are kept in the photos folder, else null.</summary>
    public FolderStore? PhotoFolder { get; }

    /// <summary>The store.</summary>
    public IObjectStore Store { get; }

    /// <summary>The folder store when the store is the tiles folder, else null.</summary>
    public FolderStore? Folder { get; }

    /// <summary>
    /// The URL template (<c>{z}/{x}/{y}</c> left for the client) of an overlay's tiles: on this server, relative, or on
    /// the host of <see cref="StorageSettings.TileUrlTemplate"/>.
    /// </summary>
    public string TileUrl(Guid overlayId) => tileUrlTemplate.Length == 0
        ? ServedTileUrl(overlayId)
        : tileUrlTemplate.Replace("{overlayId}", overlayId.ToString("D"), StringComparison.Ordinal);

    /// <summary>The URL template of an overlay's tiles on a GeoMap server, <c>/tiles/{overlayId}/{z}/{x}/{y}.png</c>.</summary>
    public static string ServedTileUrl(Guid overlayId) => $"/tiles/{overlayId:D}/{{z}}/{{x}}/{{y}}.png";

    /// <summary>The key prefix of an overlay's pyramid.</summary>
    public static string PyramidKey(Guid overlayId) => overlayId.ToString("D");

    /// <summary>The key of a file of an overlay's pyramid (a tile's <c>{z}/{x}/{y}.png</c>, <c>quicklook.png</c>).</summary>
    public static string PyramidKey(Guid overlayId, string file) => $"{overlayId:D}/{file}";

    /// <summary>
    /// An overlay to draw into a map image: its pyramid in the tiles folder, or read tile by tile from the bucket (on the
    /// rendering thread, which waits for each tile it needs).
    /// </summary>
    public MapOverlay MapLayer(Overlay overlay, string tilesRoot, double opacity, CancellationToken cancellationToken)
    {
        var layer = MapOverlay.From(overlay, tilesRoot, opacity);
        return Folder is not null ? layer : layer with { ReadTile = (z, x, y) => ReadTile(overlay.Id, z, x, y, cancellationToken) };
    }

    /// <summary>The key prefix of an upload waiting to be tiled.</summary>
    public static string UploadKey(Guid overlayId) => $".uploads/{overlayId:D}";

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var store in owned)
        {
            store.Dispose();
        }
    }

    private byte[]? ReadTile(Guid overlayId, int z, int x, int y, CancellationToken cancellationToken)
    {
        var key = PyramidKey(overlayId, string.Create(CultureInfo.InvariantCulture, $"{z}/{x}/{y}.png"));
        if (Store.OpenAsync(key, cancellationToken).GetAwaiter().GetResult() is not { } found)
        {
            return null;
        }

        using var content = found.Content;
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }
}

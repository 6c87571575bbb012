using GeoMap.Imagery.Packages;
using GeoMap.Rendering;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Basemap;

/// <summary>
/// The basemap package the server serves and draws under /api/map.png (<see cref="GeoMapServerOptions.BasemapPackage"/>),
/// opened once at start; null <see cref="Package"/> when none is configured and the built-in basemap is used.
/// </summary>
public sealed class ServedBasemap : IDisposable
{
    /// <summary>Opens the configured package, if any.</summary>
    /// <exception cref="TilePackageException">The configured file cannot be used (start-up validation reports it first).</exception>
    public ServedBasemap(IOptions<GeoMapServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.BasemapPackage is { Length: > 0 } path)
        {
            Package = TilePackage.Open(path);
            var file = new FileInfo(Package.Path);
            Stamp = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}");
            LastModified = file.LastWriteTimeUtc;
            ForRenderer = ForRendering(Package);
        }
    }

    /// <summary>The package as /api/map.png draws it, or null for the built-in basemap.</summary>
    public MapBasemapPackage? ForRenderer { get; }

    /// <summary>The package, or null for the built-in basemap.</summary>
    public TilePackage? Package { get; }

    /// <summary>The package file's size and time, the stem of every tile's ETag (a replaced file changes them all).</summary>
    public string Stamp { get; } = "";

    /// <summary>When the package file was last written.</summary>
    public DateTimeOffset LastModified { get; }

    /// <summary>A package as the renderer draws it (geomap render --basemap, /api/map.png): its extent, zooms, credit and decompressed tiles.</summary>
    public static MapBasemapPackage ForRendering(TilePackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var info = package.Info;
        return new MapBasemapPackage
        {
            Name = info.Name,
            Vector = info.Format.IsVector(),
            MinZoom = info.MinZoom,
            MaxZoom = info.MaxZoom,
            West = info.West,
            South = info.South,
            East = info.East,
            North = info.North,
            Attribution = info.Attribution,
            ReadTile = (z, x, y) => Decoded(package.ReadTile(z, x, y)),
        };
    }

    // A tile whose gzip is damaged is left out of the image, as the web client leaves out a tile it cannot read;
    // a damaged directory (TilePackageException) fails the render: /api/map.png answers the reader's reason
    // (Problems.DamagedBasemap), as the package's tiles do.
    private static byte[]? Decoded(PackageTile? tile)
    {
        try
        {
            return tile?.Decoded();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Package?.Dispose();
}

/// <summary>Refuses to start with a configured basemap package that cannot be read, with the reader's reason.</summary>
internal sealed class BasemapPackageValidation : IValidateOptions<GeoMapServerOptions>
{
    public ValidateOptionsResult Validate(string? name, GeoMapServerOptions options)
    {
        if (options.BasemapPackage is not { Length: > 0 } path)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            using var package = TilePackage.Open(path);
            return ValidateOptionsResult.Success;
        }
        catch (TilePackageException e)
        {
            return ValidateOptionsResult.Fail($"GeoMap:Server:BasemapPackage: {e.Message}");
        }
    }
}

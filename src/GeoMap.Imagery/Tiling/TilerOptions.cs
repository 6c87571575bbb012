using GeoMap.Imagery.Georeferencing;

namespace GeoMap.Imagery.Tiling;

/// <summary>Tile image encodings.</summary>
public enum TileFormat
{
    /// <summary>PNG, lossless, RGBA (RGB when the tile is opaque).</summary>
    Png,

    /// <summary>WebP, lossy with alpha.</summary>
    WebP,
}

/// <summary>Named options of <see cref="OverlayTiler"/>; every one has a working default.</summary>
public sealed record TilerOptions
{
    /// <summary>How to place the image when the file does not say (or to override it).</summary>
    public GeoreferenceOptions Georeference { get; init; } = new();

    /// <summary>Lowest zoom; default: the zoom at which the whole image is about one tile.</summary>
    public int? MinZoom { get; init; }

    /// <summary>Highest zoom; default: the native zoom, the finest not finer than the image's ground resolution.</summary>
    public int? MaxZoom { get; init; }

    /// <summary>Tile encoding.</summary>
    public TileFormat Format { get; init; } = TileFormat.Png;

    /// <summary>
    /// Refuse TIFFs cut into more strips or tiles than this, before decoding anything: a decoder pays per chunk, and a
    /// small file of a million one-row strips otherwise takes minutes and gigabytes.
    /// </summary>
    public long MaxChunks { get; init; } = Formats.TiffHeaderReader.DefaultMaxChunks;

    /// <summary>Refuse images with more pixels than this, before decoding anything (decompression bombs).</summary>
    public long MaxPixels { get; init; } = 1_000_000_000;

    /// <summary>Refuse jobs whose top zoom would have more tiles than this (a mistyped --maxzoom).</summary>
    public long MaxTiles { get; init; } = 4_000_000;

    /// <summary>Worker threads; default: the machine's processor count.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Largest block of decoded source pixels held at once, in bytes; two are held while
    /// the next is read ahead. Peak memory is about three times this plus one row of tiles per level.</summary>
    public long SourceWindowBytes { get; init; } = 96L * 1024 * 1024;

    /// <summary>zlib level of PNG tiles, 0-9: low levels are several times faster and only slightly larger.</summary>
    public int PngCompression { get; init; } = 2;

    /// <summary>Quality of WebP tiles, 1-100.</summary>
    public int WebPQuality { get; init; } = 85;

    /// <summary>Title written to metadata.json.</summary>
    public string? Title { get; init; }

    /// <summary>Attribution (provider, licence) written to metadata.json.</summary>
    public string? Attribution { get; init; }

    /// <summary>When the image was acquired (UTC), written to metadata.json.</summary>
    public DateTimeOffset? AcquiredAt { get; init; }
}

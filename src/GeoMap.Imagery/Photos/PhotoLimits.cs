namespace GeoMap.Imagery.Photos;

/// <summary>What a photo may cost before it is decoded, and the sizes of the copies served.</summary>
public sealed record PhotoLimits
{
    /// <summary>Most pixels (width x height from the header) a photo may claim; a 50-megapixel camera fits.</summary>
    public long MaxPixels { get; init; } = 64_000_000;

    /// <summary>
    /// Most bytes the decoder and resizer may allocate for one photo, counted cumulatively (a 12-megapixel JPEG takes
    /// about 150 MB); beyond it the decode stops with <see cref="Errors.DecodeBudgetExceededException"/>.
    /// </summary>
    public long MaxDecodeBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Longest a decode may run before it is stopped.</summary>
    public TimeSpan DecodeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most EXIF entries a photo may carry (cameras write 50 to 300).</summary>
    public int MaxMetadataEntries { get; init; } = 2000;

    /// <summary>Longest side of the screen-size copy in pixels.</summary>
    public int ScreenSize { get; init; } = 1600;

    /// <summary>The default <see cref="ThumbnailSize"/>, also the size of an overlay's quicklook.</summary>
    public const int DefaultThumbnailSize = 256;

    /// <summary>Longest side of the thumbnail in pixels.</summary>
    public int ThumbnailSize { get; init; } = DefaultThumbnailSize;

    /// <summary>Which library decodes and shrinks the pixels for the copies (identification, EXIF and orientation are always ImageSharp's).</summary>
    public PhotoResizer Resizer { get; init; } = PhotoResizer.NetVips;

    /// <summary>Whether the served copies keep the GPS position (all other metadata is always stripped from them).</summary>
    public bool CopiesKeepGps { get; init; }
}

/// <summary>The library that decodes a photo's pixels and shrinks them to the screen copy (bench/photos measures both).</summary>
public enum PhotoResizer
{
    /// <summary>
    /// libvips through NetVips: JPEG shrink-on-load (libjpeg decodes at 1/2, 1/4 or 1/8 scale), so a 12-megapixel photo is
    /// never decoded whole. Runs after ImageSharp has identified and checked the file.
    /// </summary>
    NetVips,

    /// <summary>ImageSharp decodes the whole image (within the allocator's budget and the timeout) and resizes it.</summary>
    ImageSharp,
}

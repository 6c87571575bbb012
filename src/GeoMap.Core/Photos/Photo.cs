namespace GeoMap.Core.Photos;

/// <summary>A ground photo kept as evidence: where and when it was taken, which way the camera faced, and its files.</summary>
/// <remarks>Coordinates are (lon, lat) in EPSG:4326. The original file is for analysts only; served copies are stripped of metadata.</remarks>
public sealed record Photo
{
    /// <summary>Identifier.</summary>
    public long Id { get; init; }

    /// <summary>The file name the uploader gave (only for display).</summary>
    public string? FileName { get; init; }

    /// <summary>Longitude, when the photo has a position.</summary>
    public double? Lon { get; init; }

    /// <summary>Latitude, when the photo has a position.</summary>
    public double? Lat { get; init; }

    /// <summary>Altitude above sea level in metres (EXIF GPS), if known.</summary>
    public double? Altitude { get; init; }

    /// <summary>Direction the camera faced, degrees clockwise from north (0 to 360), if known.</summary>
    public double? Bearing { get; init; }

    /// <summary>When the photo was taken, with the offset of the camera's clock when EXIF gave one (else UTC).</summary>
    public DateTimeOffset? TakenAt { get; init; }

    /// <summary>Whether <see cref="TakenAt"/> carries the local offset the camera recorded (false: UTC, or a local time of unknown zone read as UTC).</summary>
    public bool TakenAtHasOffset { get; init; }

    /// <summary>Camera make (EXIF).</summary>
    public string? CameraMake { get; init; }

    /// <summary>Camera model (EXIF).</summary>
    public string? CameraModel { get; init; }

    /// <summary>Where the position came from.</summary>
    public PhotoPositionSource PositionSource { get; init; }

    /// <summary>Who placed the photo (the uploader for a camera position, else the analyst who placed it).</summary>
    public string? PlacedBy { get; init; }

    /// <summary>When the position was set.</summary>
    public DateTimeOffset? PlacedAt { get; init; }

    /// <summary>The gazetteer place the analyst named, when placed by a place name.</summary>
    public string? PlaceName { get; init; }

    /// <summary>The report that gives the position, when placed from a report.</summary>
    public long? ReportId { get; init; }

    /// <summary>Caption, free text.</summary>
    public string? Caption { get; init; }

    /// <summary>Who uploaded it (the key's name, or the user of the command line).</summary>
    public string? Uploader { get; init; }

    /// <summary>SHA-256 of the original file, hex: the same file uploaded twice is one photo.</summary>
    public required string Checksum { get; init; }

    /// <summary>64-bit difference hash of the picture: near-duplicates (recompressed, resized) differ in few bits.</summary>
    public long PerceptualHash { get; init; }

    /// <summary>The format read from the file's first bytes (jpeg, png, webp, tiff).</summary>
    public required string Format { get; init; }

    /// <summary>Width after the EXIF orientation is applied, in pixels.</summary>
    public int Width { get; init; }

    /// <summary>Height after the EXIF orientation is applied, in pixels.</summary>
    public int Height { get; init; }

    /// <summary>Size of the original file in bytes.</summary>
    public long Bytes { get; init; }

    /// <summary>The original file, relative to the photos folder.</summary>
    public required string OriginalPath { get; init; }

    /// <summary>The screen-size copy (metadata stripped), relative to the photos folder.</summary>
    public required string ScreenPath { get; init; }

    /// <summary>The thumbnail (metadata stripped), relative to the photos folder.</summary>
    public required string ThumbnailPath { get; init; }

    /// <summary>When it was stored.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Where a photo's position came from.</summary>
public enum PhotoPositionSource
{
    /// <summary>No position yet: an analyst has to place it.</summary>
    None,

    /// <summary>The camera's GPS (EXIF).</summary>
    Camera,

    /// <summary>An analyst placed it (coordinates or a place name).</summary>
    Analyst,

    /// <summary>A report states where it was taken.</summary>
    Report,
}

namespace GeoMap.Imagery.Photos;

/// <summary>What a photo's header and EXIF say, checked for plausibility.</summary>
/// <param name="Format">The format by its first bytes: jpeg, png, webp or tiff.</param>
/// <param name="Width">Width after the EXIF orientation is applied.</param>
/// <param name="Height">Height after the EXIF orientation is applied.</param>
/// <param name="Lon">GPS longitude, if given.</param>
/// <param name="Lat">GPS latitude, if given.</param>
/// <param name="Altitude">GPS altitude in metres above sea level, if given.</param>
/// <param name="Bearing">Direction the camera faced (GPSImgDirection), degrees from north, if given.</param>
/// <param name="TakenAt">DateTimeOriginal with OffsetTimeOriginal, else the GPS time (UTC), else DateTimeOriginal read as UTC.</param>
/// <param name="TakenAtHasOffset">Whether <paramref name="TakenAt"/> is anchored (an offset or GPS time), not a local time of unknown zone.</param>
/// <param name="Make">Camera make.</param>
/// <param name="Model">Camera model.</param>
/// <param name="Orientation">EXIF orientation, 1 (as stored) to 8.</param>
/// <param name="MetadataEntries">How many EXIF entries the file carries.</param>
public sealed record PhotoMetadata(
    string Format, int Width, int Height, double? Lon, double? Lat, double? Altitude, double? Bearing,
    DateTimeOffset? TakenAt, bool TakenAtHasOffset, string? Make, string? Model, int Orientation, int MetadataEntries);

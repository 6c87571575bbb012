using System.Globalization;
using GeoMap.Imagery.Errors;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace GeoMap.Imagery.Photos;

/// <summary>Reads position, bearing, time and camera from an EXIF profile, refusing values no camera writes.</summary>
internal static class ExifReading
{
    /// <summary>The earliest plausible time of a photo: before it, a date is a broken clock or a crafted file.</summary>
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The fields of <see cref="PhotoMetadata"/> that EXIF gives.</summary>
    public sealed record Fields(double? Lon, double? Lat, double? Altitude, double? Bearing, DateTimeOffset? TakenAt, bool TakenAtHasOffset, string? Make, string? Model, int Orientation, int Entries);

    /// <summary>Reads the profile (null: no EXIF).</summary>
    /// <param name="exif">The profile.</param>
    /// <param name="now">The present: a photo cannot be taken after it (a day of clock error allowed).</param>
    /// <param name="maxEntries">Most entries accepted.</param>
    /// <exception cref="InvalidPhotoMetadataException">An absurd value, or too many entries.</exception>
    public static Fields Read(ExifProfile? exif, DateTimeOffset now, int maxEntries)
    {
        if (exif is null)
        {
            return new Fields(null, null, null, null, null, false, null, null, 1, 0);
        }

        var entries = exif.Values.Count;
        if (entries > maxEntries)
        {
            throw new InvalidPhotoMetadataException(string.Create(CultureInfo.InvariantCulture,
                $"The photo carries {entries:N0} EXIF entries, more than the {maxEntries:N0} accepted (cameras write a few hundred). Re-save it without its metadata, or export it from the camera's software."));
        }

        var lat = Coordinate(exif, ExifTag.GPSLatitude, ExifTag.GPSLatitudeRef, "S", 90, "latitude");
        var lon = Coordinate(exif, ExifTag.GPSLongitude, ExifTag.GPSLongitudeRef, "W", 180, "longitude");
        if ((lat is null) != (lon is null))
        {
            // Half a position is no position; the analyst places the photo.
            (lat, lon) = (null, null);
        }

        double? altitude = null;
        if (exif.GetValue(ExifTag.GPSAltitude)?.Value is { } a)
        {
            var metres = Finite(a, "GPS altitude") * (exif.GetValue(ExifTag.GPSAltitudeRef)?.Value == 1 ? -1 : 1);
            altitude = metres is < -1_000 or > 100_000
                ? throw Absurd(string.Create(CultureInfo.InvariantCulture, $"an altitude of {metres:0.#} m"))
                : metres;
        }

        double? bearing = null;
        if (exif.GetValue(ExifTag.GPSImgDirection)?.Value is { } d)
        {
            var degrees = Finite(d, "camera direction");
            bearing = degrees is < 0 or > 360 ? throw Absurd(string.Create(CultureInfo.InvariantCulture, $"a camera direction of {degrees:0.#}°")) : degrees % 360;
        }

        var (takenAt, anchored) = Time(exif, now);
        var orientation = exif.GetValue(ExifTag.Orientation)?.Value is { } o && o is >= 1 and <= 8 ? o : 1;
        return new Fields(lon, lat, altitude, bearing, takenAt, anchored, Text(exif.GetValue(ExifTag.Make)?.Value), Text(exif.GetValue(ExifTag.Model)?.Value), orientation, entries);
    }

    private static double? Coordinate(ExifProfile exif, ExifTag<Rational[]> tag, ExifTag<string> reference, string negative, double limit, string what)
    {
        if (exif.GetValue(tag)?.Value is not { Length: > 0 } parts)
        {
            return null;
        }

        if (parts.Length > 3)
        {
            throw Absurd($"a GPS {what} of {parts.Length} parts (degrees, minutes, seconds are three)");
        }

        var degrees = Finite(parts[0], "GPS " + what);
        var minutes = parts.Length > 1 ? Finite(parts[1], "GPS " + what) : 0;
        var seconds = parts.Length > 2 ? Finite(parts[2], "GPS " + what) : 0;
        // Some writers round 59.9996 seconds up to 60.
        if (minutes is < 0 or >= 60 || seconds is < 0 or > 60 || (minutes > 0 && degrees != Math.Floor(degrees)))
        {
            throw Absurd(string.Create(CultureInfo.InvariantCulture, $"a GPS {what} of {degrees}° {minutes}' {seconds}\""));
        }

        var value = degrees + (minutes / 60) + (seconds / 3600);
        if (value > limit)
        {
            throw Absurd(string.Create(CultureInfo.InvariantCulture, $"a GPS {what} of {value:0.######}° (at most {limit}°)"));
        }

        var sign = exif.GetValue(reference)?.Value?.Trim();
        return string.Equals(sign, negative, StringComparison.OrdinalIgnoreCase) ? -value : value;
    }

    private static (DateTimeOffset? At, bool Anchored) Time(ExifProfile exif, DateTimeOffset now)
    {
        DateTime? local = null;
        if (Text(exif.GetValue(ExifTag.DateTimeOriginal)?.Value) is { } original)
        {
            local = DateTime.TryParseExact(original, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? t
                : throw Absurd($"a time taken of '{Clip(original)}' (EXIF writes yyyy:MM:dd HH:mm:ss)");
        }

        TimeSpan? offset = null;
        if (Text(exif.GetValue(ExifTag.OffsetTimeOriginal)?.Value) is { } o)
        {
            offset = TimeSpan.TryParseExact(o.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var span) && span <= TimeSpan.FromHours(14) && span.Minutes % 15 == 0
                ? (o.StartsWith('-') ? -span : span)
                : throw Absurd($"a clock offset of '{Clip(o)}' (offsets run from -12:00 to +14:00)");
        }

        DateTimeOffset? at = null;
        var anchored = false;
        if (local is { } l && offset is { } off)
        {
            at = new DateTimeOffset(l, off);
            anchored = true;
        }
        else if (GpsTime(exif) is { } gps)
        {
            at = gps;
            anchored = true;
        }
        else if (local is { } unzoned)
        {
            at = new DateTimeOffset(unzoned, TimeSpan.Zero);
        }

        if (at is { } when && (when < Earliest || when > now.AddDays(1)))
        {
            throw Absurd(string.Create(CultureInfo.InvariantCulture, $"a time taken of {when:yyyy-MM-dd HH:mm}, {(when < Earliest ? "before 1900" : "in the future")}"));
        }

        return (at, anchored);
    }

    private static DateTimeOffset? GpsTime(ExifProfile exif)
    {
        if (Text(exif.GetValue(ExifTag.GPSDateStamp)?.Value) is not { } date || exif.GetValue(ExifTag.GPSTimestamp)?.Value is not { Length: 3 } hms)
        {
            return null;
        }

        if (!DateTime.TryParseExact(date, "yyyy:MM:dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw Absurd($"a GPS date of '{Clip(date)}' (EXIF writes yyyy:MM:dd)");
        }

        var (h, m, s) = (Finite(hms[0], "GPS time"), Finite(hms[1], "GPS time"), Finite(hms[2], "GPS time"));
        if (h is < 0 or >= 24 || m is < 0 or >= 60 || s is < 0 or >= 61)
        {
            throw Absurd(string.Create(CultureInfo.InvariantCulture, $"a GPS time of {h}:{m}:{s}"));
        }

        return new DateTimeOffset(day, TimeSpan.Zero).AddSeconds((h * 3600) + (m * 60) + s);
    }

    // 0/0 is how some cameras (and ImageSharp's own writer, for a zero) spell nothing; n/0 is no number.
    private static double Finite(Rational r, string what) =>
        r.Denominator != 0 ? r.ToDouble() : r.Numerator == 0 ? 0 : throw Absurd($"a {what} divided by zero");

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().TrimEnd('\0').Trim() is { Length: > 0 } t ? (t.Length > 200 ? t[..200] : t) : null;

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static InvalidPhotoMetadataException Absurd(string what) =>
        new($"The photo's EXIF metadata gives {what}, which no camera writes; it is refused so that no wrong position or time is stored. Correct the metadata (exiftool) or remove it, and place the photo by hand.");
}

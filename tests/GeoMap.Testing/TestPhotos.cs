using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace GeoMap.Testing;

/// <summary>What a test photo shows and carries in its EXIF.</summary>
public sealed record PhotoSpec
{
    /// <summary>Stored width in pixels (before orientation).</summary>
    public int Width { get; init; } = 640;

    /// <summary>Stored height in pixels.</summary>
    public int Height { get; init; } = 480;

    /// <summary>Picks the picture's pattern: photos of different seeds are not near-duplicates.</summary>
    public int Seed { get; init; }

    /// <summary>GPS latitude (negative: south).</summary>
    public double? Lat { get; init; }

    /// <summary>GPS longitude (negative: west).</summary>
    public double? Lon { get; init; }

    /// <summary>GPS altitude in metres (negative: below sea level).</summary>
    public double? Altitude { get; init; }

    /// <summary>GPSImgDirection in degrees.</summary>
    public double? Bearing { get; init; }

    /// <summary>DateTimeOriginal as EXIF writes it (yyyy:MM:dd HH:mm:ss).</summary>
    public string? TakenAt { get; init; }

    /// <summary>OffsetTimeOriginal (+03:00).</summary>
    public string? Offset { get; init; }

    /// <summary>GPSDateStamp (yyyy:MM:dd) with <see cref="GpsTime"/>.</summary>
    public string? GpsDate { get; init; }

    /// <summary>GPSTimestamp hours, minutes, seconds (UTC).</summary>
    public (int H, int M, int S)? GpsTime { get; init; }

    /// <summary>EXIF orientation (1 to 8).</summary>
    public ushort Orientation { get; init; } = 1;

    /// <summary>Camera make.</summary>
    public string? Make { get; init; } = "GeoMapTest";

    /// <summary>Camera model.</summary>
    public string? Model { get; init; } = "Fixture 1";

    /// <summary>Any further change to the EXIF profile (absurd values, many entries).</summary>
    public Action<ExifProfile>? Edit { get; init; }
}

/// <summary>
/// JPEG photos written by ImageSharp with the EXIF a camera writes, for the photo tests, the browser test and the bench.
/// The top-left 64 x 64 block of the stored pixels is pure red, so a test can see where orientation moved it.
/// </summary>
public static class TestPhotos
{
    /// <summary>A JPEG of <paramref name="spec"/>.</summary>
    public static byte[] Jpeg(PhotoSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var image = Picture(spec.Width, spec.Height, spec.Seed);
        var exif = new ExifProfile();
        if (spec.Lat is { } lat)
        {
            exif.SetValue(ExifTag.GPSLatitude, Dms(lat));
            exif.SetValue(ExifTag.GPSLatitudeRef, lat < 0 ? "S" : "N");
        }

        if (spec.Lon is { } lon)
        {
            exif.SetValue(ExifTag.GPSLongitude, Dms(lon));
            exif.SetValue(ExifTag.GPSLongitudeRef, lon < 0 ? "W" : "E");
        }

        if (spec.Altitude is { } alt)
        {
            exif.SetValue(ExifTag.GPSAltitude, new Rational((uint)Math.Round(Math.Abs(alt) * 10), 10));
            exif.SetValue(ExifTag.GPSAltitudeRef, (byte)(alt < 0 ? 1 : 0));
        }

        if (spec.Bearing is { } bearing)
        {
            exif.SetValue(ExifTag.GPSImgDirection, new Rational((uint)Math.Round(bearing * 100), 100));
            exif.SetValue(ExifTag.GPSImgDirectionRef, "T");
        }

        if (spec.TakenAt is { } taken)
        {
            exif.SetValue(ExifTag.DateTimeOriginal, taken);
        }

        if (spec.Offset is { } offset)
        {
            exif.SetValue(ExifTag.OffsetTimeOriginal, offset);
        }

        if (spec.GpsDate is { } date && spec.GpsTime is { } t)
        {
            exif.SetValue(ExifTag.GPSDateStamp, date);
            exif.SetValue(ExifTag.GPSTimestamp, [new Rational((uint)t.H, 1), new Rational((uint)t.M, 1), new Rational((uint)t.S, 1)]);
        }

        if (spec.Make is { } make)
        {
            exif.SetValue(ExifTag.Make, make);
        }

        if (spec.Model is { } model)
        {
            exif.SetValue(ExifTag.Model, model);
        }

        exif.SetValue(ExifTag.Orientation, spec.Orientation);
        spec.Edit?.Invoke(exif);
        image.Metadata.ExifProfile = exif;
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = 90 });
        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="spec"/> to <paramref name="path"/>.</summary>
    public static string WriteJpeg(string path, PhotoSpec spec)
    {
        File.WriteAllBytes(path, Jpeg(spec));
        return path;
    }

    /// <summary>A PNG of the same picture (no EXIF).</summary>
    public static byte[] Png(int width, int height, int seed = 0)
    {
        using var image = Picture(width, height, seed);
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>Degrees as EXIF's three rationals (degrees, minutes, seconds to the thousandth).</summary>
    public static Rational[] Dms(double value)
    {
        var v = Math.Abs(value);
        var degrees = Math.Floor(v);
        var minutes = Math.Floor((v - degrees) * 60);
        var milliseconds = (uint)Math.Max(0, Math.Round((v - degrees - (minutes / 60)) * 3600 * 1000));
        if (milliseconds >= 60_000)
        {
            // 0.8 degrees is 47 minutes and 59.99999 seconds in binary floating point.
            (minutes, milliseconds) = (minutes + 1, milliseconds - 60_000);
        }

        return [new Rational((uint)degrees, 1), new Rational((uint)minutes, 1), new Rational(milliseconds, 1000)];
    }

    // Blocks of colour chosen by the seed, with the red marker block at the top left.
    private static Image<Rgb24> Picture(int width, int height, int seed)
    {
        var image = new Image<Rgb24>(width, height);
        var random = new Random(seed);
        var block = Math.Max(8, Math.Min(width, height) / 6);
        var colours = new Dictionary<(int, int), Rgb24>();
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    if (x < 64 && y < 64)
                    {
                        row[x] = new Rgb24(255, 0, 0);
                        continue;
                    }

                    var key = (x / block, y / block);
                    if (!colours.TryGetValue(key, out var c))
                    {
                        c = new Rgb24(0, (byte)random.Next(0, 256), (byte)random.Next(0, 256));
                        colours[key] = c;
                    }

                    row[x] = c;
                }
            }
        });
        return image;
    }
}

/// <summary>Photos crafted byte by byte where ImageSharp's writer cannot go: EXIF with thousands of entries.</summary>
public static class HostilePhotos
{
    /// <summary>
    /// <paramref name="jpeg"/> (one written by <see cref="TestPhotos.Jpeg"/> with no EXIF of its own is simplest) with an
    /// APP1 EXIF segment of <paramref name="entries"/> entries of private tags inserted after its start marker.
    /// </summary>
    public static byte[] WithManyExifEntries(byte[] jpeg, int entries)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        var tiff = new byte[8 + 2 + (entries * 12) + 4];
        "II"u8.CopyTo(tiff);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), (ushort)entries);
        for (var i = 0; i < entries; i++)
        {
            var at = tiff.AsSpan(10 + (i * 12));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(at, (ushort)(0x8000 + i));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(at[2..], 3);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(at[4..], 1);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(at[8..], (ushort)i);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        if (length > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(entries), "An APP1 segment holds at most 65,533 bytes.");
        }

        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg.AsSpan(2)];
    }

    /// <summary>
    /// The hostile inputs of issue 16 by name: empty, text or PDF named .jpg, truncated, garbage after the JPEG marker,
    /// huge dimensions, absurd EXIF (latitude 200, longitude -181, 75 minutes, year 9999 or 1850, offset -25:00, a date
    /// in words, bearing 400, altitude 900 km, a zero denominator) and thousands of EXIF entries.
    /// </summary>
    public static byte[] Make(string kind)
    {
        var good = TestPhotos.Jpeg(new PhotoSpec { Lat = 43.8, Lon = 131.95 });
        return kind switch
        {
            "empty" => [],
            "text named jpg" => "not a photo at all, just words"u8.ToArray(),
            "pdf named jpg" => "%PDF-1.7\n1 0 obj"u8.ToArray(),
            "truncated" => good[..(good.Length / 3)],
            "garbage after the marker" => [0xFF, 0xD8, 0xFF, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 251))],
            "huge dimensions" => TiffHeaders.Minimal(100_000, 100_000, stripBytes: 3),
            "latitude 200" => TestPhotos.Jpeg(new PhotoSpec { Lat = 200, Lon = 30 }),
            "longitude -181" => TestPhotos.Jpeg(new PhotoSpec { Lat = 10, Lon = -181 }),
            "minutes 75" => TestPhotos.Jpeg(new PhotoSpec { Edit = e => { e.SetValue(ExifTag.GPSLatitude, [new SixLabors.ImageSharp.Rational(10, 1), new SixLabors.ImageSharp.Rational(75, 1), new SixLabors.ImageSharp.Rational(0, 1)]); e.SetValue(ExifTag.GPSLongitude, TestPhotos.Dms(30)); } }),
            "year 9999" => TestPhotos.Jpeg(new PhotoSpec { TakenAt = "9999:12:31 23:59:59", Offset = "+00:00" }),
            "year 1850" => TestPhotos.Jpeg(new PhotoSpec { TakenAt = "1850:01:01 12:00:00" }),
            "offset -25:00" => TestPhotos.Jpeg(new PhotoSpec { TakenAt = "2024:10:12 14:30:00", Offset = "-25:00" }),
            "date of words" => TestPhotos.Jpeg(new PhotoSpec { TakenAt = "yesterday at noon" }),
            "bearing 400" => TestPhotos.Jpeg(new PhotoSpec { Bearing = 400 }),
            "altitude 900 km" => TestPhotos.Jpeg(new PhotoSpec { Altitude = 900_000 }),
            "zero denominator" => TestPhotos.Jpeg(new PhotoSpec { Edit = e => e.SetValue(ExifTag.GPSImgDirection, new SixLabors.ImageSharp.Rational(90, 0)) }),
            "thousands of EXIF entries" => HostilePhotos.WithManyExifEntries(TestPhotos.Jpeg(new PhotoSpec { Make = null, Model = null }), 4000),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}

using System.Diagnostics;
using System.Globalization;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Formats;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace GeoMap.Imagery.Photos;

/// <summary>The copies made of a photo, and what was read from it.</summary>
/// <param name="Metadata">Header and EXIF, checked.</param>
/// <param name="PerceptualHash">64-bit difference hash of the oriented picture (<see cref="PerceptualHash"/>).</param>
/// <param name="ScreenPath">The screen-size JPEG, metadata stripped.</param>
/// <param name="ThumbnailPath">The thumbnail JPEG, metadata stripped.</param>
public sealed record ProcessedPhoto(PhotoMetadata Metadata, long PerceptualHash, string ScreenPath, string ThumbnailPath);

/// <summary>
/// Reads ground photos safely with ImageSharp: the format by its first bytes, the dimensions and EXIF from the header
/// (<c>Image.Identify</c>) before any pixel is decoded, then the pixels shrunk to screen size (by libvips with
/// shrink-on-load, <see cref="PhotoResizer.NetVips"/>, or by ImageSharp in a decode bounded in memory and time), the EXIF
/// orientation applied, and a screen-size copy and a thumbnail written without metadata.
/// </summary>
/// <remarks>
/// Every way a file can be wrong ends in an <see cref="ImageryException"/> whose message is for the uploader:
/// <see cref="UnsupportedImageException"/> (not an image, whatever its name), <see cref="CorruptImageException"/>
/// (empty, truncated, undecodable), <see cref="PixelBudgetExceededException"/>, <see cref="DecodeBudgetExceededException"/>
/// and <see cref="InvalidPhotoMetadataException"/> (absurd EXIF). Nothing is written before the checks pass.
/// </remarks>
public static class PhotoReader
{
    /// <summary>Names the format and reads the header and EXIF of <paramref name="path"/>, decoding no pixel.</summary>
    /// <exception cref="ImageryException">The file is refused; the message says why.</exception>
    public static PhotoMetadata Identify(string path, PhotoLimits limits, DateTimeOffset now) => Read(path, limits, now).Metadata;

    private static (PhotoMetadata Metadata, ExifProfile? Exif) Read(string path, PhotoLimits limits, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var name = Path.GetFileName(path);
        if (new FileInfo(path).Length == 0)
        {
            throw new CorruptImageException($"'{name}' is empty (0 bytes).");
        }

        var format = ImageFormatSniffer.Detect(path);
        Truncation.Check(path, format);
        IImageInfo? info;
        try
        {
            info = Image.Identify(Configure(new BudgetedAllocator(limits.MaxDecodeBytes)), path, out _);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw Corrupt(name, e);
        }

        if (info is null)
        {
            throw new UnsupportedImageException($"'{name}' starts like a {Name(format)} but its header cannot be read; upload the photo file itself.");
        }

        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new CorruptImageException(string.Create(CultureInfo.InvariantCulture, $"'{name}' claims {info.Width} x {info.Height} pixels."));
        }

        if ((long)info.Width * info.Height > limits.MaxPixels)
        {
            throw new PixelBudgetExceededException(info.Width, info.Height, limits.MaxPixels, "GeoMap:Server:MaxPhotoPixels");
        }

        ExifReading.Fields exif;
        try
        {
            exif = ExifReading.Read(info.Metadata.ExifProfile, now, limits.MaxMetadataEntries);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            // ImageSharp parses EXIF entries on first use: a crafted directory throws there, not in Identify (bench/fuzz).
            throw new CorruptImageException($"The EXIF metadata of '{name}' cannot be read ({e.Message.Split('\n')[0].Trim()}); it is damaged. Remove it (exiftool -all=) or upload the camera's original.", e);
        }

        var turned = exif.Orientation >= 5;
        return (new PhotoMetadata(Name(format), turned ? info.Height : info.Width, turned ? info.Width : info.Height,
            exif.Lon, exif.Lat, exif.Altitude, exif.Bearing, exif.TakenAt, exif.TakenAtHasOffset, exif.Make, exif.Model, exif.Orientation, exif.Entries),
            info.Metadata.ExifProfile);
    }

    /// <summary>
    /// Identifies the photo, decodes it within the memory and time budget, applies its orientation and writes
    /// <c>screen.jpg</c> and <c>thumb.jpg</c> into <paramref name="folder"/>.
    /// </summary>
    /// <exception cref="ImageryException">The file is refused; nothing was written.</exception>
    public static async Task<ProcessedPhoto> ProcessAsync(string path, string folder, PhotoLimits limits, CancellationToken cancellationToken)
    {
        var (metadata, exif) = Read(path, limits, DateTimeOffset.UtcNow);
        using var image = limits.Resizer == PhotoResizer.NetVips
            ? VipsShrink.Load(path, limits, metadata.Orientation, cancellationToken)
            : await DecodeAsync(path, limits, cancellationToken).ConfigureAwait(false);
        ExifProfile? gps;
        try
        {
            gps = limits.CopiesKeepGps ? GpsOnly(exif) : null;
            image.Mutate(x => x.AutoOrient());
            Shrink(image, limits.ScreenSize);
            Strip(image, gps);
        }
        catch (Exception e) when (IsDecoderFailure(e) && e is not IOException)
        {
            // The decoded image's own EXIF is parsed again when orienting it (see Read).
            throw Corrupt(Path.GetFileName(path), e);
        }

        Directory.CreateDirectory(folder);
        var screen = Path.Combine(folder, "screen.jpg");
        var thumbnail = Path.Combine(folder, "thumb.jpg");
        var encoder = new JpegEncoder { Quality = 82 };
        await image.SaveAsJpegAsync(screen, encoder, cancellationToken).ConfigureAwait(false);
        Shrink(image, limits.ThumbnailSize);
        await image.SaveAsJpegAsync(thumbnail, encoder, cancellationToken).ConfigureAwait(false);
        return new ProcessedPhoto(metadata, PerceptualHash.Of(image), screen, thumbnail);
    }

    /// <summary>Decodes the whole image as RGB within the budgets of <paramref name="limits"/>.</summary>
    /// <exception cref="ImageryException">The decode failed, ran out of its memory or time.</exception>
    internal static async Task<Image<Rgb24>> DecodeAsync(string path, PhotoLimits limits, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.DecodeTimeout);
        var clock = Stopwatch.StartNew();
        Image<Rgb24> image;
        try
        {
            image = await Image.LoadAsync<Rgb24>(Configure(new BudgetedAllocator(limits.MaxDecodeBytes)), path, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TooSlow(path, limits);
        }
        catch (OutOfMemoryException e)
        {
            throw new DecodeBudgetExceededException($"Decoding '{Path.GetFileName(path)}' ran out of memory; it is refused.", e);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw Corrupt(Path.GetFileName(path), e);
        }

        RefuseIfOverTime(image, clock, path, limits);
        return image;
    }

    /// <summary>
    /// A decode that finished past its time budget is refused as one the timer stopped would be: the timer's
    /// callback runs on the thread pool and may come after a fast decode has ended, so the answer would otherwise
    /// depend on the machine's load rather than on the time the decode took.
    /// </summary>
    /// <exception cref="DecodeBudgetExceededException">The decode took longer than <see cref="PhotoLimits.DecodeTimeout"/>.</exception>
    internal static void RefuseIfOverTime(IDisposable decoded, Stopwatch clock, string path, PhotoLimits limits)
    {
        if (clock.Elapsed > limits.DecodeTimeout)
        {
            decoded.Dispose();
            throw TooSlow(path, limits);
        }
    }

    /// <summary>The refusal of a decode that took longer than <see cref="PhotoLimits.DecodeTimeout"/>.</summary>
    internal static DecodeBudgetExceededException TooSlow(string path, PhotoLimits limits, Exception? inner = null) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"Decoding '{Path.GetFileName(path)}' took longer than {limits.DecodeTimeout.TotalSeconds:0} s; it is refused. Send a smaller or simpler image."), inner);

    /// <summary>Shrinks the image to fit <paramref name="size"/> on its longest side; never enlarges.</summary>
    internal static void Shrink(Image image, int size)
    {
        if (Math.Max(image.Width, image.Height) <= size)
        {
            return;
        }

        var scale = (double)size / Math.Max(image.Width, image.Height);
        image.Mutate(x => x.Resize(Math.Max(1, (int)Math.Round(image.Width * scale)), Math.Max(1, (int)Math.Round(image.Height * scale)), KnownResamplers.Bicubic));
    }

    /// <summary>Removes every profile (EXIF, IPTC, XMP, ICC); <paramref name="gps"/> is written back when copies keep GPS.</summary>
    internal static void Strip(Image image, ExifProfile? gps)
    {
        image.Metadata.ExifProfile = gps;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }

    /// <summary>A profile holding only the GPS position, altitude and direction of <paramref name="exif"/>.</summary>
    internal static ExifProfile? GpsOnly(ExifProfile? exif)
    {
        if (exif is null)
        {
            return null;
        }

        var gps = new ExifProfile();
        void Copy<T>(ExifTag<T> tag)
        {
            if (exif.GetValue(tag) is { } v)
            {
                gps.SetValue(tag, v.Value);
            }
        }

        Copy(ExifTag.GPSLatitude);
        Copy(ExifTag.GPSLatitudeRef);
        Copy(ExifTag.GPSLongitude);
        Copy(ExifTag.GPSLongitudeRef);
        Copy(ExifTag.GPSAltitude);
        Copy(ExifTag.GPSAltitudeRef);
        Copy(ExifTag.GPSImgDirection);
        Copy(ExifTag.GPSImgDirectionRef);
        return gps.Values.Count == 0 ? null : gps;
    }

    /// <summary>A configuration of its own per photo: one thread (photos are processed side by side), its budgeted allocator.</summary>
    private static Configuration Configure(BudgetedAllocator allocator)
    {
        var configuration = Configuration.Default.Clone();
        configuration.MemoryAllocator = allocator;
        configuration.MaxDegreeOfParallelism = 1;
        return configuration;
    }

    private static string Name(ImageFormat format) => format.ToString().ToLowerInvariant();

    // A crafted file makes decoders throw anything; each is the file's fault, except cancellation and our own verdicts.
    private static bool IsDecoderFailure(Exception e) =>
        e is not (OperationCanceledException or ImageryException or OutOfMemoryException or StackOverflowException);

    private static CorruptImageException Corrupt(string name, Exception e) =>
        new($"'{name}' cannot be decoded ({e.Message.Split('\n')[0].Trim()}); it is damaged or truncated. Upload the original file from the camera.", e);
}

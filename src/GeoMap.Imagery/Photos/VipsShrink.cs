using System.Diagnostics;
using GeoMap.Imagery.Errors;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using Vips = NetVips;

namespace GeoMap.Imagery.Photos;

/// <summary>
/// Decodes a photo already identified and checked by ImageSharp with libvips' shrink-on-load (a JPEG is decoded at
/// 1/2, 1/4 or 1/8 scale by libjpeg, then shrunk), and hands the small RGB picture to ImageSharp, which applies the
/// orientation and writes the copies. bench/photos: several times faster than decoding 12 megapixels whole.
/// </summary>
internal static class VipsShrink
{
    /// <summary>The photo shrunk to fit <see cref="PhotoLimits.ScreenSize"/>, not yet oriented; its EXIF holds only the orientation.</summary>
    /// <exception cref="CorruptImageException">libvips cannot decode it.</exception>
    /// <exception cref="DecodeBudgetExceededException">Decoding took longer than <see cref="PhotoLimits.DecodeTimeout"/>, stopped or not.</exception>
    public static Image<Rgb24> Load(string path, PhotoLimits limits, int orientation, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.DecodeTimeout);
        var clock = Stopwatch.StartNew();
        byte[] pixels;
        int width, height;
        try
        {
            // No rotation here: ImageSharp applies the orientation it read, one reading of EXIF for all.
            using var shrunk = Vips.Image.Thumbnail(path, limits.ScreenSize, height: limits.ScreenSize, size: Vips.Enums.Size.Down, noRotate: true,
                failOn: Vips.Enums.FailOn.Error);
            using var srgb = shrunk.Interpretation == Vips.Enums.Interpretation.Srgb && shrunk.Format == Vips.Enums.BandFormat.Uchar ? shrunk.Copy() : shrunk.Colourspace(Vips.Enums.Interpretation.Srgb);
            using var flat = srgb.HasAlpha() ? srgb.Flatten(background: [255, 255, 255]) : srgb.Copy();
            using var rgb = flat.Bands > 3 ? flat.ExtractBand(0, n: 3) : flat.Copy();
            using var bytes = rgb.Format == Vips.Enums.BandFormat.Uchar ? rgb.Copy() : rgb.Cast(Vips.Enums.BandFormat.Uchar);
            (width, height) = (bytes.Width, bytes.Height);

            // Evaluation happens here; cancelling the token kills it (libvips checks between tiles).
            bytes.SetProgress(new Progress<int>(), timeout.Token);
            timeout.Token.ThrowIfCancellationRequested();
            pixels = bytes.WriteToMemory<byte>();
        }
        catch (Exception e) when ((e is OperationCanceledException || e is Vips.VipsException) && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw PhotoReader.TooSlow(path, limits, e);
        }
        catch (Vips.VipsException e)
        {
            throw new CorruptImageException($"'{Path.GetFileName(path)}' cannot be decoded ({e.Message.Split('\n')[0].Trim()}); it is damaged or truncated. Upload the original file from the camera.", e);
        }

        var image = Image.LoadPixelData<Rgb24>(pixels, width, height);
        PhotoReader.RefuseIfOverTime(image, clock, path, limits);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)orientation);
        image.Metadata.ExifProfile = exif;
        return image;
    }
}

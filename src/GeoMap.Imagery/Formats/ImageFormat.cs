using GeoMap.Imagery.Errors;

namespace GeoMap.Imagery.Formats;

/// <summary>The image containers the tiler reads.</summary>
public enum ImageFormat
{
    /// <summary>TIFF or BigTIFF, usually a GeoTIFF.</summary>
    Tiff,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>JPEG (JFIF/Exif).</summary>
    Jpeg,

    /// <summary>WebP (RIFF container).</summary>
    WebP,
}

/// <summary>Recognises an image by its first bytes, never by its extension.</summary>
public static class ImageFormatSniffer
{
    /// <summary>Reads the first bytes of <paramref name="path"/> and names the format.</summary>
    /// <exception cref="UnsupportedImageException">The bytes are none of the supported formats.</exception>
    /// <exception cref="CorruptImageException">The file is too short to be an image.</exception>
    public static ImageFormat Detect(string path)
    {
        Span<byte> head = stackalloc byte[12];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            throw new CorruptImageException($"'{Path.GetFileName(path)}' is empty.");
        }

        return Detect(head[..read]) ?? throw new UnsupportedImageException(
            $"'{Path.GetFileName(path)}' is not a TIFF, PNG, JPEG or WebP image (its first bytes are " +
            $"{Convert.ToHexString(head[..Math.Min(read, 8)])}), whatever its extension says. " +
            "Upload the image file itself.");
    }

    /// <summary>Names the format of a file starting with <paramref name="head"/>, or null.</summary>
    public static ImageFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 &&
            ((head[0] == (byte)'I' && head[1] == (byte)'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0) ||
             (head[0] == (byte)'M' && head[1] == (byte)'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43))))
        {
            return ImageFormat.Tiff;
        }

        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ImageFormat.Png;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return null;
    }
}

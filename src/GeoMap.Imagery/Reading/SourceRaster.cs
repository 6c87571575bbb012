using System.Globalization;
using GeoMap.Imagery.Errors;
using NetVips;

namespace GeoMap.Imagery.Reading;

/// <summary>An image opened lazily with libvips and normalised to 8-bit RGBA, from which
/// rectangular regions are read on demand.</summary>
/// <remarks>
/// Nothing is decoded when the raster is opened; each <see cref="ReadRegion"/> decodes only the
/// strips or tiles it needs, so a 700 MB striped GeoTIFF is read one band of rows at a time.
/// Gray becomes RGB, 16-bit is stretched (<see cref="PercentileStretch"/>), nodata and alpha become
/// the alpha band. With a shrink factor the image is box-averaged (alpha-weighted) first, so a
/// pyramid whose top level is much coarser than the image does not alias.
/// </remarks>
public sealed class SourceRaster : IRasterSource
{
    private readonly Image _file;
    private readonly Image _rgba;
    private readonly string _name;

    private SourceRaster(Image file, Image rgba, string name)
    {
        _file = file;
        _rgba = rgba;
        _name = name;
    }

    /// <inheritdoc />
    public int Width => _rgba.Width;

    /// <inheritdoc />
    public int Height => _rgba.Height;

    /// <summary>Opens <paramref name="path"/> without decoding pixels.</summary>
    /// <param name="path">Image file.</param>
    /// <param name="noData">GDAL_NODATA text, if any.</param>
    /// <param name="shrink">Integer box-shrink factor, 1 for none.</param>
    /// <exception cref="CorruptImageException">libvips cannot read the header.</exception>
    /// <exception cref="UnsupportedImageException">The sample type cannot be shown (e.g. float).</exception>
    public static SourceRaster Open(string path, string? noData, int shrink)
    {
        var name = Path.GetFileName(path);
        Image file;
        try
        {
            file = Image.NewFromFile(path, access: Enums.Access.Random, failOn: Enums.FailOn.Error);
        }
        catch (VipsException e)
        {
            throw new CorruptImageException($"'{name}' cannot be read: {FirstLine(e.Message)}. Re-export or re-upload the file.", e);
        }

        try
        {
            return new SourceRaster(file, Normalise(file, noData, shrink, name), name);
        }
        catch (VipsException e)
        {
            file.Dispose();
            throw new CorruptImageException($"'{name}' cannot be read: {FirstLine(e.Message)}. Re-export or re-upload the file.", e);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Decodes the region into interleaved RGBA bytes (width x height x 4) written to
    /// <paramref name="destination"/> from <paramref name="offset"/>.</summary>
    /// <exception cref="CorruptImageException">The pixels cannot be decoded (a truncated or damaged file).</exception>
    public void ReadRegion(int left, int top, int width, int height, byte[] destination, int offset)
    {
        try
        {
            using var region = _rgba.Crop(left, top, width, height);
            // Copy out of libvips' buffer rather than let NetVips allocate a fresh managed array.
            var pointer = region.WriteToMemory(out ulong size);
            try
            {
                System.Runtime.InteropServices.Marshal.Copy(pointer, destination, offset, checked((int)size));
            }
            finally
            {
                NetVips.NetVips.Free(pointer);
            }
        }
        catch (VipsException e)
        {
            throw new CorruptImageException(
                string.Create(CultureInfo.InvariantCulture, $"'{_name}' is damaged: decoding pixels {left},{top} +{width}x{height} failed: {FirstLine(e.Message)}. Re-export or re-upload the file."), e);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _rgba.Dispose();
        _file.Dispose();
    }

    private static Image Normalise(Image file, string? noDataText, int shrink, string name)
    {
        var image = file;
        if (image.Interpretation == Enums.Interpretation.Cmyk)
        {
            image = image.Colourspace(Enums.Interpretation.Srgb);
        }

        int colourBands = image.Bands switch
        {
            1 or 2 => 1,
            3 or 4 => 3,
            _ => 3,
        };
        bool hasAlpha = (image.Bands == 2 || image.Bands == 4) && image.HasAlpha();
        if (image.Bands == 2 && !hasAlpha)
        {
            colourBands = 1;
        }

        var colour = image.ExtractBand(0, colourBands);
        Image? alpha = hasAlpha ? image.ExtractBand(colourBands) : null;
        var format = image.Format;
        double? noData = NoDataValue.Parse(noDataText, format);

        Image? valid = noData is { } nd ? colour.NotEqual(nd).Bandbool(Enums.OperationBoolean.Or) : null;

        switch (format)
        {
            case Enums.BandFormat.Uchar:
                break;
            case Enums.BandFormat.Char:
                colour = colour.Linear([1], [128]).Cast(Enums.BandFormat.Uchar);
                alpha = alpha?.Linear([1], [128]).Cast(Enums.BandFormat.Uchar);
                break;
            case Enums.BandFormat.Ushort or Enums.BandFormat.Short:
                var ranges = PercentileStretch.Measure(colour, noData);
                var scale = ranges.Select(r => 255 / (r.High - r.Low)).ToArray();
                var offset = ranges.Select((r, i) => -r.Low * scale[i]).ToArray();
                colour = colour.Linear(scale, offset).Cast(Enums.BandFormat.Uchar);
                alpha = alpha?.Linear([255.0 / 65535], [0]).Cast(Enums.BandFormat.Uchar);
                break;
            default:
                throw new UnsupportedImageException(
                    $"'{name}' has {format} samples; the tiler shows 8-bit and 16-bit integer imagery. Convert it first (e.g. gdal_translate -ot Byte -scale).");
        }

        if (colourBands == 1)
        {
            colour = colour.Bandjoin(colour, colour);
        }

        alpha = (alpha, valid) switch
        {
            (null, null) => null,
            (null, { } v) => v,
            ({ } a, null) => a,
            ({ } a, { } v) => a & v,
        };

        var rgba = alpha is null ? colour.BandjoinConst([255]) : colour.Bandjoin(alpha);
        if (shrink > 1)
        {
            rgba = rgba.Premultiply().Shrink(shrink, shrink).Unpremultiply().Cast(Enums.BandFormat.Uchar);
        }

        return rgba.Cast(Enums.BandFormat.Uchar);
    }

    private static string FirstLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "unknown error";
}

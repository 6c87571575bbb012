using GeoMap.Imagery.Formats;

namespace GeoMap.Imagery.Reading;

/// <summary>Reads an uncompressed, interleaved, 8-bit striped TIFF straight from the file, row by
/// row, with positioned reads.</summary>
/// <remarks>
/// This is GDAL's default GeoTIFF layout and the benchmark input's. libvips can only read a
/// striped TIFF sequentially, so random access makes it unpack the whole image to a temporary
/// file first (700 MB written for the benchmark); the bytes are already on disc in pixel order,
/// so reading them directly costs one copy. Every other layout goes through <see cref="SourceRaster"/>.
/// </remarks>
public sealed class DirectTiffRaster : IRasterSource
{
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle _file;
    private readonly long[] _stripOffsets;
    private readonly long _rowsPerStrip;
    private readonly int _samples;
    private readonly bool _alpha;
    private readonly int _noData;

    private DirectTiffRaster(string path, TiffHeader header, double? noData)
    {
        _file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        _stripOffsets = header.StripOffsets!;
        _rowsPerStrip = Math.Max(1, header.RowsPerStrip);
        _samples = header.SamplesPerPixel;
        _alpha = _samples is 2 or 4;
        _noData = noData is { } value ? (int)value : -1;
        Width = (int)header.Width;
        Height = (int)header.Height;
    }

    /// <inheritdoc />
    public int Width { get; }

    /// <inheritdoc />
    public int Height { get; }

    /// <summary>Opens the file directly when its layout allows it, or returns null.</summary>
    public static DirectTiffRaster? TryOpen(string path, TiffHeader header)
    {
        bool simple = header.Compression == 1 && header.PlanarConfig == 1 && header.BitsPerSample == 8 &&
                      header.SampleFormat == 1 && !header.IsTiled && header.StripOffsets is { Length: > 0 } &&
                      (header.SamplesPerPixel, header.Photometric) switch
                      {
                          (1 or 2, 1) => true,
                          (3 or 4, 2) => true,
                          _ => false,
                      } &&
                      (header.SamplesPerPixel is 1 or 3 || header.ExtraSamples is [1 or 2]);
        long strips = (header.Height + Math.Max(1, header.RowsPerStrip) - 1) / Math.Max(1, header.RowsPerStrip);
        if (!simple || header.StripOffsets!.Length < strips || header.Width > int.MaxValue / 16)
        {
            return null;
        }

        return new DirectTiffRaster(path, header, NoDataValue.Parse(header.GdalNoData, NetVips.Enums.BandFormat.Uchar));
    }

    /// <inheritdoc />
    public void ReadRegion(int left, int top, int width, int height, byte[] destination, int offset)
    {
        var row = new byte[width * _samples];
        for (int r = 0; r < height; r++)
        {
            long y = top + r;
            long strip = y / _rowsPerStrip;
            long at = _stripOffsets[strip] + ((((y - (strip * _rowsPerStrip)) * Width) + left) * _samples);
            int read = RandomAccess.Read(_file, row, at);
            if (read < row.Length)
            {
                throw new Errors.CorruptImageException(
                    $"The TIFF is truncated: row {y} could not be read. Re-export or re-upload the file.");
            }

            Expand(row, destination, offset + (r * width * 4), width);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    private void Expand(byte[] row, byte[] destination, int at, int width)
    {
        int noData = _noData;
        switch (_samples)
        {
            case 3:
                for (int i = 0, s = 0, d = at; i < width; i++, s += 3, d += 4)
                {
                    byte r = row[s], g = row[s + 1], b = row[s + 2];
                    destination[d] = r;
                    destination[d + 1] = g;
                    destination[d + 2] = b;
                    destination[d + 3] = r == noData && g == noData && b == noData ? (byte)0 : (byte)255;
                }

                break;
            case 4:
                for (int i = 0, s = 0, d = at; i < width; i++, s += 4, d += 4)
                {
                    byte r = row[s], g = row[s + 1], b = row[s + 2];
                    destination[d] = r;
                    destination[d + 1] = g;
                    destination[d + 2] = b;
                    destination[d + 3] = r == noData && g == noData && b == noData ? (byte)0 : row[s + 3];
                }

                break;
            default:
                for (int i = 0, s = 0, d = at; i < width; i++, s += _samples, d += 4)
                {
                    byte v = row[s];
                    destination[d] = v;
                    destination[d + 1] = v;
                    destination[d + 2] = v;
                    destination[d + 3] = v == noData ? (byte)0 : _alpha ? row[s + 1] : (byte)255;
                }

                break;
        }
    }
}

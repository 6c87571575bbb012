using BitMiracle.LibTiff.Classic;

namespace GeoMap.Imagery.Tests.Fixtures;

/// <summary>Writes GeoTIFF fixtures with LibTiff.NET: any band count, 8 or 16 bit, striped or
/// tiled, any compression, with ModelPixelScale/ModelTiepoint (or ModelTransformation) and GeoKeys.</summary>
public sealed record GeoTiffWriter
{
    private static readonly object Registration = new();
    private static bool _registered;
    private static Tiff.TiffExtendProc? _parentExtender;

    public required int Width { get; init; }
    public required int Height { get; init; }
    public int Bands { get; init; } = 3;
    public int Bits { get; init; } = 8;
    public bool Alpha { get; init; }
    public Compression Compression { get; init; } = Compression.NONE;
    public bool Tiled { get; init; }
    public bool BigTiff { get; init; }
    public string? NoData { get; init; }
    public int? Epsg { get; init; }
    public bool Geographic { get; init; }

    /// <summary>GTRasterTypeGeoKey = PixelIsPoint: the tie point is the centre of the top-left pixel.</summary>
    public bool PixelIsPoint { get; init; }

    /// <summary>x0, pixel width, y0, pixel height (negative for north-up): corner of the top-left pixel.</summary>
    public (double X0, double A, double Y0, double E)? Transform { get; init; }

    /// <summary>ModelTransformation (row-major 4 x 4) instead of pixel scale and tie point.</summary>
    public double[]? ModelTransformation { get; init; }

    /// <summary>Band value at (col, row, band): 0..255 for 8-bit, 0..65535 for 16-bit.</summary>
    public required Func<int, int, int, int> Pixel { get; init; }

    public void Write(string path)
    {
        RegisterGeoTiffTags();
        using var tif = Tiff.Open(path, BigTiff ? "w8" : "w") ?? throw new InvalidOperationException("cannot create " + path);
        tif.SetField(TiffTag.IMAGEWIDTH, Width);
        tif.SetField(TiffTag.IMAGELENGTH, Height);
        tif.SetField(TiffTag.SAMPLESPERPIXEL, Bands);
        tif.SetField(TiffTag.BITSPERSAMPLE, Bits);
        tif.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tif.SetField(TiffTag.PHOTOMETRIC, Bands >= 3 ? Photometric.RGB : Photometric.MINISBLACK);
        tif.SetField(TiffTag.COMPRESSION, Compression);
        if (Alpha)
        {
            tif.SetField(TiffTag.EXTRASAMPLES, 1, new short[] { (short)ExtraSample.UNASSALPHA });
        }

        if (Transform is { } t)
        {
            tif.SetField(TiffTag.GEOTIFF_MODELPIXELSCALETAG, 3, new[] { t.A, -t.E, 0.0 });
            tif.SetField(TiffTag.GEOTIFF_MODELTIEPOINTTAG, 6, new[] { 0.0, 0, 0, t.X0, t.Y0, 0 });
        }

        if (ModelTransformation is { } m)
        {
            tif.SetField(TiffTag.GEOTIFF_MODELTRANSFORMATIONTAG, 16, m);
        }

        if (Epsg is { } epsg)
        {
            var keys = new short[] { 1, 1, 0, 3, 1024, 0, 1, (short)(Geographic ? 2 : 1), 1025, 0, 1, (short)(PixelIsPoint ? 2 : 1), (short)(Geographic ? 2048 : 3072), 0, 1, unchecked((short)epsg) };
            tif.SetField(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG, keys.Length, keys);
        }

        if (NoData is not null)
        {
            tif.SetField(TiffTag.GDAL_NODATA, NoData);
        }

        int bytesPerSample = Bits / 8;
        if (Tiled)
        {
            const int tile = 64;
            tif.SetField(TiffTag.TILEWIDTH, tile);
            tif.SetField(TiffTag.TILELENGTH, tile);
            for (int ty = 0; ty < Height; ty += tile)
            {
                for (int tx = 0; tx < Width; tx += tile)
                {
                    var buffer = new byte[tile * tile * Bands * bytesPerSample];
                    for (int r = 0; r < tile && ty + r < Height; r++)
                    {
                        for (int c = 0; c < tile && tx + c < Width; c++)
                        {
                            Put(buffer, ((r * tile) + c) * Bands, tx + c, ty + r, bytesPerSample);
                        }
                    }

                    tif.WriteEncodedTile(tif.ComputeTile(tx, ty, 0, 0), buffer, buffer.Length);
                }
            }
        }
        else
        {
            tif.SetField(TiffTag.ROWSPERSTRIP, 16);
            var line = new byte[Width * Bands * bytesPerSample];
            for (int row = 0; row < Height; row++)
            {
                for (int col = 0; col < Width; col++)
                {
                    Put(line, col * Bands, col, row, bytesPerSample);
                }

                tif.WriteScanline(line, row);
            }
        }

        tif.WriteDirectory();
    }

    // LibTiff.NET names the GeoTIFF tags but drops them on write unless their field info is merged in.
    private static void RegisterGeoTiffTags()
    {
        lock (Registration)
        {
            if (_registered)
            {
                return;
            }

            _parentExtender = Tiff.SetTagExtender(tif =>
            {
                var fields = new[]
                {
                    new TiffFieldInfo(TiffTag.GEOTIFF_MODELPIXELSCALETAG, -1, -1, TiffType.DOUBLE, FieldBit.Custom, false, true, "ModelPixelScale"),
                    new TiffFieldInfo(TiffTag.GEOTIFF_MODELTIEPOINTTAG, -1, -1, TiffType.DOUBLE, FieldBit.Custom, false, true, "ModelTiepoint"),
                    new TiffFieldInfo(TiffTag.GEOTIFF_MODELTRANSFORMATIONTAG, -1, -1, TiffType.DOUBLE, FieldBit.Custom, false, true, "ModelTransformation"),
                    new TiffFieldInfo(TiffTag.GEOTIFF_GEOKEYDIRECTORYTAG, -1, -1, TiffType.SHORT, FieldBit.Custom, false, true, "GeoKeyDirectory"),
                    new TiffFieldInfo(TiffTag.GDAL_NODATA, -1, -1, TiffType.ASCII, FieldBit.Custom, true, false, "GDALNoData"),
                };
                tif.MergeFieldInfo(fields, fields.Length);
                _parentExtender?.Invoke(tif);
            });
            _registered = true;
        }
    }

    private void Put(byte[] buffer, int sampleIndex, int col, int row, int bytesPerSample)
    {
        for (int band = 0; band < Bands; band++)
        {
            int value = Pixel(col, row, band);
            int at = (sampleIndex + band) * bytesPerSample;
            buffer[at] = (byte)value;
            if (bytesPerSample == 2)
            {
                buffer[at + 1] = (byte)(value >> 8);
            }
        }
    }
}

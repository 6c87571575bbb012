namespace GeoMap.Imagery.Formats;

/// <summary>The tags of a TIFF's first image that matter for georeferencing and safety checks.</summary>
/// <remarks>Read without decoding a single pixel, so that the pixel budget is enforced before
/// any decoder allocates memory.</remarks>
public sealed record TiffHeader
{
    /// <summary>Width in pixels (tag 256).</summary>
    public required long Width { get; init; }

    /// <summary>Height in pixels (tag 257).</summary>
    public required long Height { get; init; }

    /// <summary>Samples per pixel (tag 277).</summary>
    public int SamplesPerPixel { get; init; } = 1;

    /// <summary>Bits of the first sample (tag 258).</summary>
    public int BitsPerSample { get; init; } = 1;

    /// <summary>ModelPixelScale (tag 33550): x, y, z scale.</summary>
    public double[]? PixelScale { get; init; }

    /// <summary>ModelTiepoint (tag 33922): groups of (i, j, k, x, y, z).</summary>
    public double[]? Tiepoints { get; init; }

    /// <summary>ModelTransformation (tag 34264): 4 x 4 row-major matrix.</summary>
    public double[]? ModelTransformation { get; init; }

    /// <summary>GeoKeyDirectory (tag 34735) as raw shorts.</summary>
    public ushort[]? GeoKeys { get; init; }

    /// <summary>GDAL_NODATA (tag 42113), as written (ASCII).</summary>
    public string? GdalNoData { get; init; }

    /// <summary>Compression scheme (tag 259); 1 is none.</summary>
    public int Compression { get; init; } = 1;

    /// <summary>Photometric interpretation (tag 262): 0/1 gray, 2 RGB, 3 palette, 6 YCbCr.</summary>
    public int Photometric { get; init; } = -1;

    /// <summary>Planar configuration (tag 284): 1 interleaved, 2 separate planes.</summary>
    public int PlanarConfig { get; init; } = 1;

    /// <summary>Sample format (tag 339): 1 unsigned integer, 2 signed, 3 float.</summary>
    public int SampleFormat { get; init; } = 1;

    /// <summary>Rows per strip (tag 278); the image height when absent.</summary>
    public long RowsPerStrip { get; init; }

    /// <summary>Strip offsets (tag 273); null for tiled images.</summary>
    public long[]? StripOffsets { get; init; }

    /// <summary>Extra samples (tag 338): 1 associated alpha, 2 unassociated alpha.</summary>
    public int[]? ExtraSamples { get; init; }

    /// <summary>True when the image is tiled (tags 322/323).</summary>
    public bool IsTiled { get; init; }

    /// <summary>True for BigTIFF (version 43).</summary>
    public bool IsBigTiff { get; init; }

    /// <summary>Looks up a GeoKey's short value (GeoKeyDirectory entries stored inline).</summary>
    public int? GeoKey(int keyId)
    {
        if (GeoKeys is null || GeoKeys.Length < 4)
        {
            return null;
        }

        int count = GeoKeys[3];
        for (int i = 0; i < count && 4 + (i * 4) + 3 < GeoKeys.Length; i++)
        {
            int offset = 4 + (i * 4);
            if (GeoKeys[offset] == keyId && GeoKeys[offset + 1] == 0)
            {
                return GeoKeys[offset + 3];
            }
        }

        return null;
    }
}

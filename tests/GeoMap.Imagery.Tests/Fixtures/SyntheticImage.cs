namespace GeoMap.Imagery.Tests.Fixtures;

/// <summary>A small test image: a grey-green field with a pure red 3 x 3 marker centred on one pixel.</summary>
public sealed record SyntheticImage(int Width, int Height, int MarkerCol, int MarkerRow)
{
    public static readonly byte[] Field = [90, 120, 90];
    public static readonly byte[] Marker = [255, 0, 0];

    /// <summary>Band value (0..255) at (col, row).</summary>
    public byte Sample(int col, int row, int band) =>
        Math.Abs(col - MarkerCol) <= 1 && Math.Abs(row - MarkerRow) <= 1 ? Marker[band] : Field[band];

    /// <summary>Interleaved 8-bit RGB.</summary>
    public byte[] Rgb()
    {
        var data = new byte[Width * Height * 3];
        for (int row = 0; row < Height; row++)
        {
            for (int col = 0; col < Width; col++)
            {
                for (int band = 0; band < 3; band++)
                {
                    data[(((row * Width) + col) * 3) + band] = Sample(col, row, band);
                }
            }
        }

        return data;
    }
}

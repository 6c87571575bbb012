using NetVips;

namespace GeoMap.Imagery.Reading;

/// <summary>Per-band linear stretch of 16-bit imagery to 8-bit between two percentiles.</summary>
/// <remarks>Measured on a subsample of about a million pixels so it costs a fraction of a read;
/// nodata pixels are left out of the histogram so a black collar does not pull the low end.</remarks>
public static class PercentileStretch
{
    /// <summary>Low cut, in percent of valid pixels.</summary>
    public const double LowPercent = 2;

    /// <summary>High cut, in percent of valid pixels.</summary>
    public const double HighPercent = 98;

    /// <summary>Returns the (low, high) sample value of each band of <paramref name="colour"/>,
    /// an unsigned or signed 16-bit image.</summary>
    public static (double Low, double High)[] Measure(Image colour, double? noData)
    {
        int step = (int)Math.Max(1, Math.Ceiling(Math.Sqrt((double)colour.Width * colour.Height / 1_000_000)));
        using var sample = step > 1 ? colour.Subsample(step, step) : colour.Copy();
        using var asInt = sample.Cast(Enums.BandFormat.Int);
        var data = asInt.WriteToMemory<int>();
        int bands = colour.Bands;
        int pixels = data.Length / bands;
        var result = new (double, double)[bands];
        var values = new int[pixels];
        for (int band = 0; band < bands; band++)
        {
            int n = 0;
            for (int i = 0; i < pixels; i++)
            {
                if (noData is { } nd && IsNoData(data, i, bands, nd))
                {
                    continue;
                }

                values[n++] = data[(i * bands) + band];
            }

            if (n == 0)
            {
                result[band] = (0, 1);
                continue;
            }

            Array.Sort(values, 0, n);
            double low = values[(int)Math.Floor((n - 1) * LowPercent / 100)];
            double high = values[(int)Math.Ceiling((n - 1) * HighPercent / 100)];
            result[band] = (low, Math.Max(high, low + 1));
        }

        return result;
    }

    private static bool IsNoData(int[] data, int pixel, int bands, double noData)
    {
        for (int b = 0; b < bands; b++)
        {
            if (data[(pixel * bands) + b] != noData)
            {
                return false;
            }
        }

        return true;
    }
}

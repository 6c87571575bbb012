using System.Globalization;
using NetVips;

namespace GeoMap.Imagery.Reading;

/// <summary>Interprets a GDAL_NODATA value against the band's sample type.</summary>
public static class NoDataValue
{
    /// <summary>The nodata value to mask with, or null when there is none or it cannot occur in
    /// bands of <paramref name="format"/>.</summary>
    /// <remarks>Real files carry bogus values such as -10000 on Byte bands (written by tools that
    /// ignore the band type): such a value can match no pixel, so it is dropped rather than clamped
    /// to 0, which would punch holes in every black pixel.</remarks>
    public static double? Parse(string? text, Enums.BandFormat format)
    {
        if (string.IsNullOrWhiteSpace(text) ||
            !double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ||
            double.IsNaN(value))
        {
            return null;
        }

        var (min, max, integral) = format switch
        {
            Enums.BandFormat.Uchar => (0d, 255d, true),
            Enums.BandFormat.Char => (-128d, 127d, true),
            Enums.BandFormat.Ushort => (0d, 65535d, true),
            Enums.BandFormat.Short => (-32768d, 32767d, true),
            Enums.BandFormat.Uint => (0d, uint.MaxValue, true),
            Enums.BandFormat.Int => (int.MinValue, int.MaxValue, true),
            _ => (double.MinValue, double.MaxValue, false),
        };
        if (value < min || value > max || (integral && value != Math.Floor(value)))
        {
            return null;
        }

        return value;
    }
}

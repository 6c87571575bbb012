using System.Globalization;

namespace GeoMap.Rendering.Styling;

/// <summary>
/// OKLab (Björn Ottosson's perceptual colour space) and its polar form OKLCH: how far apart two colours look, and
/// colours made at a chosen lightness, chroma and hue.
/// </summary>
/// <remarks>
/// The twin of the web client's <c>src/GeoMap.Web/src/oklab.ts</c>: the actor colours both make must be the same to the
/// last bit (<c>data/style/actor-colours.cases.json</c>), so the constants and the order of operations are alike.
/// </remarks>
internal static class Oklab
{
    /// <summary>A colour <c>#rrggbb</c> in OKLab: lightness, and the green-red and blue-yellow axes.</summary>
    public static (double L, double A, double B) Of(string hex)
    {
        var r = Decode(Channel(hex, 1));
        var g = Decode(Channel(hex, 3));
        var b = Decode(Channel(hex, 5));
        var l = Math.Cbrt((0.4122214708 * r) + (0.5363325363 * g) + (0.0514459929 * b));
        var m = Math.Cbrt((0.2119034982 * r) + (0.6806995451 * g) + (0.1073969566 * b));
        var s = Math.Cbrt((0.0883024619 * r) + (0.2817188376 * g) + (0.6299787005 * b));
        return (
            (0.2104542553 * l) + (0.793617785 * m) - (0.0040720468 * s),
            (1.9779984951 * l) - (2.428592205 * m) + (0.4505937099 * s),
            (0.0259040371 * l) + (0.7827717662 * m) - (0.808675766 * s));
    }

    /// <summary>Euclidean distance in OKLab: about 0.02 is the least difference seen side by side.</summary>
    public static double Distance((double L, double A, double B) x, (double L, double A, double B) y)
    {
        var dl = x.L - y.L;
        var da = x.A - y.A;
        var db = x.B - y.B;
        return Math.Sqrt((dl * dl) + (da * da) + (db * db));
    }

    /// <summary>
    /// The colour <c>#rrggbb</c> of OKLCH <paramref name="lightness"/>, <paramref name="chroma"/> and
    /// <paramref name="hue"/> (degrees); its chroma lowered by 0.005 at a time until sRGB can show it (a grey at worst).
    /// </summary>
    public static string FromLch(double lightness, double chroma, double hue)
    {
        var h = hue * Math.PI / 180;
        for (var c = chroma; ; c = Math.Max(0, c - 0.005))
        {
            var a = c * Math.Cos(h);
            var b = c * Math.Sin(h);
            var l = Cube(lightness + (0.3963377774 * a) + (0.2158037573 * b));
            var m = Cube(lightness - (0.1055613458 * a) - (0.0638541728 * b));
            var s = Cube(lightness - (0.0894841775 * a) - (1.291485548 * b));
            double[] rgb =
            [
                (4.0767416621 * l) - (3.3077115913 * m) + (0.2309699292 * s),
                (-1.2684380046 * l) + (2.6097574011 * m) - (0.3413193965 * s),
                (-0.0041960863 * l) - (0.7034186147 * m) + (1.707614701 * s),
            ];
            if (c == 0 || rgb.All(v => v is >= 0 and <= 1))
            {
                return string.Create(CultureInfo.InvariantCulture, $"#{Encode(rgb[0]):x2}{Encode(rgb[1]):x2}{Encode(rgb[2]):x2}");
            }
        }
    }

    private static double Cube(double x) => x * x * x;

    private static int Channel(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Decode(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    // Math.Round's default rounds halves to even; JavaScript's Math.round rounds them up, as here.
    private static int Encode(double linear)
    {
        var c = linear <= 0.0031308 ? 12.92 * linear : (1.055 * Math.Pow(linear, 1 / 2.4)) - 0.055;
        return (int)Math.Floor((Math.Clamp(c, 0, 1) * 255) + 0.5);
    }
}

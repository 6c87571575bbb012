using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>The typefaces of a map, picked by family name with a fallback, and fonts made from them.</summary>
/// <remarks>
/// Fonts use plain anti-aliasing, no subpixel positioning and no hinting, so that the same text renders to the
/// same pixels on any machine with the same font files.
/// </remarks>
public sealed class Typography : IDisposable
{
    /// <summary>Finds <paramref name="family"/>, else <paramref name="fallback"/>, else Skia's default typeface.</summary>
    public Typography(string family, string fallback)
    {
        Regular = Match(family, SKFontStyle.Normal) ?? Match(fallback, SKFontStyle.Normal) ?? SKTypeface.Default;
        Bold = Match(family, SKFontStyle.Bold) ?? Match(fallback, SKFontStyle.Bold) ?? Regular;
        Italic = Match(family, SKFontStyle.Italic) ?? Match(fallback, SKFontStyle.Italic) ?? Regular;
    }

    /// <summary>The regular face.</summary>
    public SKTypeface Regular { get; }

    /// <summary>The bold face.</summary>
    public SKTypeface Bold { get; }

    /// <summary>The italic face.</summary>
    public SKTypeface Italic { get; }

    /// <summary>A font of the given face and size.</summary>
    public static SKFont Font(SKTypeface face, float size) => new(face, size)
    {
        Edging = SKFontEdging.Antialias,
        Subpixel = false,
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
    };

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var face in new[] { Regular, Bold, Italic }.Distinct().Where(f => f != SKTypeface.Default))
        {
            face.Dispose();
        }
    }

    private static SKTypeface? Match(string family, SKFontStyle style)
    {
        var face = SKFontManager.Default.MatchFamily(family, style);
        if (face is null)
        {
            return null;
        }

        // fontconfig answers any family with its default face: accept only the family asked for.
        if (!string.Equals(face.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            face.Dispose();
            return null;
        }

        return face;
    }
}

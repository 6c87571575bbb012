using System.Globalization;
using System.Text.Json;
using SkiaSharp;

namespace GeoMap.Rendering.Styling;

/// <summary>
/// How a vector basemap package is drawn, as data: <c>data/style/basemap-package-style.json</c>, embedded here and imported
/// by the web client (<c>src/GeoMap.Web/src/basemap.ts</c>), so a briefing image and the screen draw a package alike.
/// </summary>
/// <remarks>The file's own comment explains the rules; <see cref="Match"/> is the one place a feature finds its rule here, as <c>packageRule</c> is in basemap.ts.</remarks>
public sealed class PackageStyle
{
    private PackageStyle(JsonElement root)
    {
        Background = Colour(root.GetProperty("background").GetString()!);
        Rules = [.. root.GetProperty("rules").EnumerateArray().Select(Rule)];
    }

    /// <summary>The style of <c>data/style/basemap-package-style.json</c>.</summary>
    public static PackageStyle Default { get; } = Load();

    /// <summary>The colour under the tiles, inside the package's bounds.</summary>
    public SKColor Background { get; }

    /// <summary>The rules, in matching and drawing order.</summary>
    public IReadOnlyList<PackageRule> Rules { get; }

    /// <summary>
    /// The index in <see cref="Rules"/> of the first rule for a feature of <paramref name="layer"/> whose class (or kind) is
    /// <paramref name="featureClass"/>, of a line or not, on a map at <paramref name="zoom"/>; -1 when none draws it.
    /// </summary>
    public int Match(string layer, string? featureClass, bool isLine, double zoom)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (rule.Layers.Contains(layer)
                && (rule.Classes is null || (featureClass is not null && rule.Classes.Contains(featureClass)))
                && (rule.Geometry is null || rule.Geometry == (isLine ? "line" : "polygon"))
                && (rule.MinZoom is not { } min || zoom >= min))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A place name's order among the names of its label rule, smaller first: OpenMapTiles' <c>rank</c> as it is (1 the
    /// most important), else Shortbread's <c>population</c> as 100 - 10 log10(population) (a city of a million 40, a
    /// village of a thousand 70), else 100; clamped to 0-999.
    /// </summary>
    /// <remarks>Label rules are in priority order in the style file; the web client's <c>labelOrder</c> (basemap.ts) is this rule's twin.</remarks>
    public static double LabelOrder(double? rank, double? population)
    {
        if (rank is { } r)
        {
            return Math.Clamp(r, 0, 999);
        }

        return population is { } p && p > 0 ? Math.Clamp(100 - (10 * Math.Log10(p)), 0, 999) : 100;
    }

    private static PackageRule Rule(JsonElement rule)
    {
        static HashSet<string>? Names(JsonElement e, string key) =>
            e.TryGetProperty(key, out var list) ? list.EnumerateArray().Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal) : null;
        SKColor? ColourOf(string key) => rule.TryGetProperty(key, out var c) ? Colour(c.GetString()!) : null;
        return new PackageRule(
            Names(rule, "layers") ?? throw new FormatException("basemap-package-style.json: a rule names no layers."),
            Names(rule, "classes"),
            rule.TryGetProperty("geometry", out var g) ? g.GetString() : null,
            rule.TryGetProperty("minZoom", out var z) ? z.GetDouble() : null,
            ColourOf("fill"),
            ColourOf("stroke"),
            rule.TryGetProperty("width", out var w) ? w.GetSingle() : 1,
            rule.TryGetProperty("dash", out var d) ? [.. d.EnumerateArray().Select(v => v.GetSingle())] : null,
            ColourOf("label"),
            rule.TryGetProperty("size", out var s) ? s.GetSingle() : 12);
    }

    private static PackageStyle Load()
    {
        using var stream = typeof(PackageStyle).Assembly.GetManifestResourceStream("GeoMap.Rendering.basemap-package-style.json")
            ?? throw new InvalidOperationException("GeoMap.Rendering was built without data/style/basemap-package-style.json.");
        using var doc = JsonDocument.Parse(stream);
        return new PackageStyle(doc.RootElement);
    }

    private static SKColor Colour(string hex) =>
        SKColor.TryParse(hex, out var c) ? c : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"basemap-package-style.json: '{hex}' is no colour."));
}

/// <summary>One rule of <see cref="PackageStyle"/>.</summary>
/// <param name="Layers">The vector tile layers it applies to.</param>
/// <param name="Classes">The features' classes (or kinds) it applies to; null: any.</param>
/// <param name="Geometry"><c>line</c> or <c>polygon</c> to apply to those only; null: any.</param>
/// <param name="MinZoom">The least zoom it applies from; null: any.</param>
/// <param name="Fill">Polygon fill, or null.</param>
/// <param name="Stroke">Line colour, or null.</param>
/// <param name="Width">Line width in screen pixels.</param>
/// <param name="Dash">Dash and gap lengths in screen pixels, or null for solid.</param>
/// <param name="Label">Colour of the feature's name, or null when it draws no name.</param>
/// <param name="Size">Size of the name in screen pixels.</param>
public sealed record PackageRule(
    IReadOnlySet<string> Layers, IReadOnlySet<string>? Classes, string? Geometry, double? MinZoom,
    SKColor? Fill, SKColor? Stroke, float Width, float[]? Dash, SKColor? Label, float Size);

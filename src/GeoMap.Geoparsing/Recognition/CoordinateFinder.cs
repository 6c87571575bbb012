using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>A position written in the text: "34°53′19″N 82°58′29″W", "47.1234° N, 37.5678° E", "(34.888599, -82.974666)".</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lon">Longitude in degrees.</param>
public readonly record struct WrittenCoordinate(int Start, int End, double Lat, double Lon);

/// <summary>Finds coordinates written in a text, in degrees-minutes-seconds or decimal degrees.</summary>
/// <remarks>
/// Reports and reference texts often give the position of what they name; a toponym in the same sentence as a
/// written position is resolved to the candidate nearest to it. Bare decimal pairs need at least three decimals and
/// valid ranges, so that "1.5, 2.5" in a table is not a place.
/// </remarks>
public static partial class CoordinateFinder
{
    /// <summary>Finds the coordinates of a text, in order.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The positions written, with their spans.</returns>
    public static List<WrittenCoordinate> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<WrittenCoordinate>();
        if (text.IndexOf('°') < 0 && !DecimalPair().IsMatch(text))
        {
            return found;
        }

        foreach (Match m in Dms().Matches(text))
        {
            var lat = Degrees(m, "lad", "lam", "las", "lah");
            var lon = Degrees(m, "lod", "lom", "los", "loh");
            Add(found, m, lat, lon);
        }

        foreach (Match m in DecimalPair().Matches(text))
        {
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                Add(found, m, Number(m.Groups["lat"].Value), Number(m.Groups["lon"].Value));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(List<WrittenCoordinate> found, Match m, double lat, double lon)
    {
        if (lat is >= -90 and <= 90 && lon is >= -180 and <= 180 && !(lat == 0 && lon == 0))
        {
            found.Add(new WrittenCoordinate(m.Index, m.Index + m.Length, lat, lon));
        }
    }

    private static double Degrees(Match m, string d, string min, string s, string hemisphere)
    {
        var value = Number(m.Groups[d].Value)
            + (m.Groups[min].Success ? Number(m.Groups[min].Value) / 60 : 0)
            + (m.Groups[s].Success ? Number(m.Groups[s].Value) / 3600 : 0);
        return m.Groups[hemisphere].Value is "S" or "W" or "O" ? -value : value;
    }

    private static double Number(string s) => double.Parse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    // 34°53′19″N 82°58′29″W, 47° 6' N, 37° 34' E, 48.5°N 37.9°E (O for "ouest" in French).
    [GeneratedRegex(@"(?<lad>\d{1,2}(?:[.,]\d+)?)\s*°\s*(?:(?<lam>\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*)?(?:(?<las>\d{1,2}(?:[.,]\d+)?)\s*(?:[""″”]|'')\s*)?(?<lah>[NS])\b[\s,;/]*(?<lod>\d{1,3}(?:[.,]\d+)?)\s*°\s*(?:(?<lom>\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*)?(?:(?<los>\d{1,2}(?:[.,]\d+)?)\s*(?:[""″”]|'')\s*)?(?<loh>[EWO])\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dms();

    // (34.888599, -82.974666) or 47.123456, 37.567890: signed decimal degrees with at least three decimals.
    [GeneratedRegex(@"(?<![\d.])(?<lat>-?\d{1,2}\.\d{3,})\s*,\s*(?<lon>-?\d{1,3}\.\d{3,})(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPair();
}

using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Time;

namespace GeoMap.Server.Ogc;

/// <summary>
/// The <c>extent</c> member of an OGC API collection (Features Part 1, 7.14; Tiles reuses it): one CRS84 bounding box
/// and, for collections with time, one Gregorian interval whose open ends are <c>null</c>.
/// </summary>
internal static class ExtentJson
{
    /// <summary>Writes <c>"extent": {"spatial": …, "temporal": …}</c>; no temporal member when <paramref name="interval"/> is null.</summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="box">West, south, east, north in degrees.</param>
    /// <param name="interval">The start and end of the temporal extent (either may be open), or null for none.</param>
    public static void Write(Utf8JsonWriter w, ReadOnlySpan<double> box, (DateTimeOffset? Start, DateTimeOffset? End)? interval)
    {
        w.WriteStartObject("extent");
        w.WriteStartObject("spatial");
        w.WriteStartArray("bbox");
        w.WriteStartArray();
        foreach (var v in box)
        {
            // 1e-7 degrees is about a centimetre: more digits only say the float's noise.
            w.WriteNumberValue(Math.Round(v, 7));
        }

        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteString("crs", Links.Crs84);
        w.WriteEndObject();
        if (interval is var (start, end))
        {
            w.WriteStartObject("temporal");
            w.WriteStartArray("interval");
            w.WriteStartArray();
            foreach (var t in new[] { start, end })
            {
                if (t is { } time)
                {
                    w.WriteStringValue(Timestamp.Text(time));
                }
                else
                {
                    w.WriteNullValue();
                }
            }

            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteString("trs", Links.Gregorian);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}

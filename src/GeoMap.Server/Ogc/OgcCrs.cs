using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Server.Http;
using Microsoft.Extensions.Primitives;

namespace GeoMap.Server.Ogc;

/// <summary>
/// OGC API - Features Part 2 (CRS by reference): the coordinate reference systems items can be asked in (<c>crs</c>) and
/// a bbox can be given in (<c>bbox-crs</c>). Storage is CRS84 (lon, lat).
/// </summary>
/// <remarks>
/// EPSG:4326 is the same datum as CRS84 with the axis order the EPSG registry defines: latitude first. A client
/// asking for it gets [lat, lon] pairs and gives its bbox as south,west,north,east. EPSG:3857 is Web Mercator in metres
/// (<see cref="WebMercator"/>), rounded to the centimetre.
/// </remarks>
/// <param name="Uri">The CRS URI clients send and <c>Content-Crs</c> names.</param>
/// <param name="FromLonLat">Stored (lon, lat) to this CRS's axis order.</param>
/// <param name="ToLonLat">This CRS's (first, second) axis values to (lon, lat).</param>
internal sealed record OgcCrs(string Uri, Func<double, double, (double, double)> FromLonLat, Func<double, double, (double Lon, double Lat)> ToLonLat)
{
    /// <summary>CRS84, the storage CRS.</summary>
    public static readonly OgcCrs Crs84 = new(Links.Crs84, (lon, lat) => (lon, lat), (lon, lat) => (lon, lat));

    /// <summary>EPSG:4326, latitude first.</summary>
    public static readonly OgcCrs Epsg4326 = new("http://www.opengis.net/def/crs/EPSG/0/4326", (lon, lat) => (lat, lon), (lat, lon) => (lon, lat));

    /// <summary>EPSG:3857, Web Mercator metres.</summary>
    public static readonly OgcCrs Epsg3857 = new("http://www.opengis.net/def/crs/EPSG/0/3857",
        (lon, lat) =>
        {
            var (x, y) = WebMercator.FromLonLat(lon, lat);
            return (Math.Round(x, 2), Math.Round(y, 2));
        },
        (x, y) => WebMercator.ToLonLat(x, y));

    /// <summary>Every supported CRS, the storage CRS first.</summary>
    public static IReadOnlyList<OgcCrs> All { get; } = [Crs84, Epsg4326, Epsg3857];

    /// <summary>The CRS a parameter names (CRS84 when absent); 400 naming the parameter when unsupported.</summary>
    public static OgcCrs Parse(StringValues value, string parameter)
    {
        if (StringValues.IsNullOrEmpty(value))
        {
            return Crs84;
        }

        var text = value.ToString().Trim().Trim('<', '>');
        return All.FirstOrDefault(c => c.Uri.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidQueryException(parameter, $"{parameter} '{QueryValues.Clip(text)}' is not supported; use one of {string.Join(", ", All.Select(c => c.Uri))}.");
    }

    /// <summary>A bbox given in this CRS as the CRS84 bbox text the rest of the API reads.</summary>
    public string BoxToCrs84(string text)
    {
        var parts = text.Split(',');
        if (parts.Length != 4 || !parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            throw new InvalidQueryException("bbox", $"bbox '{QueryValues.Clip(text)}' must be four numbers: the lower corner then the upper corner, in the axis order of {Uri}.");
        }

        var v = parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        var (west, south) = ToLonLat(v[0], v[1]);
        var (east, north) = ToLonLat(v[2], v[3]);
        return string.Create(CultureInfo.InvariantCulture, $"{west:R},{south:R},{east:R},{north:R}");
    }

    /// <summary>Copies a GeoJSON value, every geometry's coordinates (and GeoJSON bboxes) converted from CRS84 to this CRS.</summary>
    public void WriteConverted(Utf8JsonWriter w, JsonElement element, bool inGeometry = false)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                w.WriteStartObject();
                foreach (var p in element.EnumerateObject())
                {
                    w.WritePropertyName(p.Name);
                    if (inGeometry && p.Name == "coordinates")
                    {
                        WritePositions(w, p.Value);
                    }
                    else
                    {
                        // Geometries sit under "geometry" (features) or in "geometries" (collections); properties
                        // that merely hold lon/lat numbers stay as stored.
                        WriteConverted(w, p.Value, p.Name is "geometry" or "geometries" || (inGeometry && p.Name != "properties"));
                    }
                }

                w.WriteEndObject();
                break;
            case JsonValueKind.Array:
                w.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteConverted(w, item, inGeometry);
                }

                w.WriteEndArray();
                break;
            default:
                element.WriteTo(w);
                break;
        }
    }

    private void WritePositions(Utf8JsonWriter w, JsonElement coordinates)
    {
        if (coordinates.ValueKind == JsonValueKind.Array && coordinates.GetArrayLength() >= 2 && coordinates[0].ValueKind == JsonValueKind.Number)
        {
            var (a, b) = FromLonLat(coordinates[0].GetDouble(), coordinates[1].GetDouble());
            w.WriteStartArray();
            w.WriteNumberValue(a);
            w.WriteNumberValue(b);
            foreach (var extra in coordinates.EnumerateArray().Skip(2))
            {
                extra.WriteTo(w);
            }

            w.WriteEndArray();
            return;
        }

        w.WriteStartArray();
        foreach (var inner in coordinates.EnumerateArray())
        {
            WritePositions(w, inner);
        }

        w.WriteEndArray();
    }
}

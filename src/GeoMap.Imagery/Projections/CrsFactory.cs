using System.Globalization;
using GeoMap.Imagery.Errors;
using ProjNet.CoordinateSystems;

namespace GeoMap.Imagery.Projections;

/// <summary>Builds a <see cref="Crs"/> from an EPSG code for the families imagery arrives in.</summary>
/// <remarks>ProjNET has no EPSG registry, so the common families are written out here: geographic
/// WGS 84 / NAD83 / ETRS89, Web and World Mercator, and UTM on WGS 84 (north 326zz, south 327zz),
/// NAD83 (269zz, zones 1-23) and ETRS89 (258zz, zones 28-38).</remarks>
public static class CrsFactory
{
    private const string Wgs84Datum = "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]]";
    private const string Grs80Datum = "DATUM[\"D_GRS_1980\",SPHEROID[\"GRS 1980\",6378137,298.257222101]]";

    /// <summary>Parses "EPSG:32618", "epsg:4326" or "32618".</summary>
    /// <exception cref="UnsupportedCrsException">The text is not an EPSG code or the code is not supported.</exception>
    public static Crs Parse(string text)
    {
        var trimmed = text.Trim();
        var digits = trimmed.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase) ? trimmed[5..] : trimmed;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new UnsupportedCrsException($"'{text}'", "write it as EPSG:<code>, e.g. EPSG:32618");
        }

        return FromEpsg(code);
    }

    /// <summary>Builds the CRS for <paramref name="epsg"/>.</summary>
    /// <exception cref="UnsupportedCrsException">The code is not one of the supported families.</exception>
    public static Crs FromEpsg(int epsg)
    {
        switch (epsg)
        {
            case 4326: return new Crs(epsg, "WGS 84", CrsKind.Geographic);
            case 4269: return new Crs(epsg, "NAD83", CrsKind.Geographic);
            case 4258: return new Crs(epsg, "ETRS89", CrsKind.Geographic);
            case 3857 or 900913 or 3785 or 102100: return new Crs(3857, "WGS 84 / Pseudo-Mercator", CrsKind.WebMercator);
            case 3395:
                return Projected(epsg, "WGS 84 / World Mercator", Wgs84Datum, "Mercator_1SP",
                    "PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0]");
        }

        if (epsg is >= 32601 and <= 32660)
        {
            return Utm(epsg, "WGS 84", Wgs84Datum, epsg - 32600, north: true);
        }

        if (epsg is >= 32701 and <= 32760)
        {
            return Utm(epsg, "WGS 84", Wgs84Datum, epsg - 32700, north: false);
        }

        if (epsg is >= 26901 and <= 26923)
        {
            return Utm(epsg, "NAD83", Grs80Datum, epsg - 26900, north: true);
        }

        if (epsg is >= 25828 and <= 25838)
        {
            return Utm(epsg, "ETRS89", Grs80Datum, epsg - 25800, north: true);
        }

        throw new UnsupportedCrsException(string.Create(CultureInfo.InvariantCulture, $"EPSG:{epsg}"));
    }

    private static Crs Utm(int epsg, string datumName, string datum, int zone, bool north)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"{datumName} / UTM zone {zone}{(north ? 'N' : 'S')}");
        int centralMeridian = (zone * 6) - 183;
        string parameters = string.Create(CultureInfo.InvariantCulture,
            $"PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",{centralMeridian}],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",{(north ? 0 : 10000000)}]");
        return Projected(epsg, name, datum, "Transverse_Mercator", parameters);
    }

    private static Crs Projected(int epsg, string name, string datum, string projection, string parameters)
    {
        string wkt = $"PROJCS[\"{name}\",GEOGCS[\"{name} geographic\",{datum},PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]," +
                     $"PROJECTION[\"{projection}\"],{parameters},UNIT[\"metre\",1]]";
        var system = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(wkt);
        return new Crs(epsg, name, CrsKind.Projected, system);
    }
}

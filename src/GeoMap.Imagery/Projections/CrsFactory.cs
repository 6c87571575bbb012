using System.Collections.Concurrent;
using System.Globalization;
using GeoMap.Imagery.Errors;

namespace GeoMap.Imagery.Projections;

/// <summary>Builds a <see cref="Crs"/> from an EPSG code, with the EPSG registry of PROJ.</summary>
/// <remarks>
/// Any horizontal CRS of the EPSG registry that PROJ can transform from WGS 84 is accepted: UTM, national
/// grids (RGF93 / Lambert-93, Pulkovo 1942 Gauss-Krüger, UCS-2000 / Ukraine TM), ETRS89 / LAEA Europe,
/// geographic CRSs on other datums. Codes are checked once and remembered.
/// </remarks>
public static class CrsFactory
{
    private static readonly ConcurrentDictionary<int, Crs> Known = new();

    /// <summary>Parses "EPSG:32618", "epsg:4326" or "32618".</summary>
    /// <exception cref="UnsupportedCrsException">The text is not an EPSG code or PROJ cannot use the code.</exception>
    public static Crs Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var digits = trimmed.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase) ? trimmed[5..] : trimmed;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new UnsupportedCrsException($"'{text}'", "write it as EPSG:<code>, e.g. EPSG:32618");
        }

        return FromEpsg(code);
    }

    /// <summary>Builds the CRS for <paramref name="epsg"/>.</summary>
    /// <exception cref="UnsupportedCrsException">The EPSG registry has no such horizontal CRS, or PROJ has no
    /// transformation from WGS 84 to it.</exception>
    public static Crs FromEpsg(int epsg)
    {
        switch (epsg)
        {
            case 4326: return new Crs(epsg, "WGS 84", CrsKind.Geographic, isGeographic: true);
            case 3857 or 900913 or 3785 or 102100: return new Crs(3857, "WGS 84 / Pseudo-Mercator", CrsKind.WebMercator, isGeographic: false);
        }

        if (epsg <= 0)
        {
            throw new UnsupportedCrsException(string.Create(CultureInfo.InvariantCulture, $"EPSG:{epsg}"), "EPSG codes are positive numbers");
        }

        if (Known.TryGetValue(epsg, out var known))
        {
            return known;
        }

        var definition = string.Create(CultureInfo.InvariantCulture, $"EPSG:{epsg}");
        try
        {
            var (transform, name, geographic) = ProjHandle.FromWgs84(definition);
            transform.Dispose();
            return Known.GetOrAdd(epsg, new Crs(epsg, name, CrsKind.Projected, geographic, definition));
        }
        catch (ArgumentException e)
        {
            throw new UnsupportedCrsException(definition, e.Message);
        }
        catch (DllNotFoundException)
        {
            throw new UnsupportedCrsException(definition, "PROJ (libproj25) is not installed; scripts/setup.sh installs it");
        }
    }
}

using GeoMap.Core.Places;
using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>Containment by administrative codes: a country, a first-level region or a second-level area and the places in it.</summary>
internal static class Areas
{
    /// <summary>Whether a place lies in an area (a country, an ADM1 or an ADM2), judged by their codes.</summary>
    /// <param name="area">The area.</param>
    /// <param name="place">Any other entry; an area never contains itself, a country never lies in another.</param>
    /// <returns>True when the codes say so.</returns>
    public static bool Contains(GazetteerEntry area, GazetteerEntry place)
    {
        if (ReferenceEquals(area, place) || area.CountryCode.Length == 0 || area.CountryCode != place.CountryCode || place.Kind == PlaceKind.Country)
        {
            return false;
        }

        return area.Kind switch
        {
            PlaceKind.Country => true,
            PlaceKind.Region when area.FeatureCode == "ADM2" =>
                area.Admin2Code.Length > 0 && area.Admin1Code == place.Admin1Code && area.Admin2Code == place.Admin2Code && place.FeatureCode != "ADM2",
            PlaceKind.Region => area.Admin1Code.Length > 0 && area.Admin1Code == place.Admin1Code && place.FeatureCode != "ADM1",
            _ => false,
        };
    }

    /// <summary>A key naming the area for document-wide bookkeeping: <c>US.IA</c> for an ADM1, <c>US.IA.173</c> for an ADM2.</summary>
    /// <param name="area">A region entry.</param>
    /// <returns>The key, or null when the entry has no codes.</returns>
    public static string? RegionKey(GazetteerEntry area) =>
        area.Admin1Code.Length == 0 ? null
        : area.FeatureCode == "ADM2" ? area.Admin2Code.Length == 0 ? null : area.CountryCode + "." + area.Admin1Code + "." + area.Admin2Code
        : area.CountryCode + "." + area.Admin1Code;
}

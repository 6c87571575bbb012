namespace GeoMap.Rendering.Basemap;

/// <summary>A populated place the basemap may label.</summary>
/// <param name="Name">Display name.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Lon">Longitude.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Population">Population, 0 when unknown.</param>
/// <param name="IsCapital">True for a national capital (GeoNames PPLC).</param>
public sealed record City(string Name, string CountryCode, double Lon, double Lat, long Population, bool IsCapital);

namespace GeoMap.Core.Movements;

/// <summary>Who claims a fact: an agency, a government, a spokesperson.</summary>
/// <param name="Name">The source as the report names it ("NIS", "the Kremlin").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the source's country, when known.</param>
public sealed record Attribution(string Name, string? CountryCode = null);

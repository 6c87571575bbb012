using GeoMap.Core.Places;

namespace GeoMap.Geoparsing.Extraction.Curated;

/// <summary>A state or armed group that can move troops.</summary>
/// <param name="Key">Stable key ("north-korea", "wagner").</param>
/// <param name="IsState">True for a country, false for a group.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the state, or of the group's sponsor.</param>
/// <param name="Name">Display name ("North Korea").</param>
/// <param name="Place">The country as a place, for states with coordinates.</param>
public sealed record ActorEntry(string Key, bool IsState, string CountryCode, string Name, Place? Place);

/// <summary>A name of an actor found in a text.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="IsMetonym">True when the name is a capital standing for the state ("Pyongyang"), not the country itself.</param>
/// <param name="IsDemonym">True when the name is a demonym ("nord-coréens").</param>
public sealed record ActorName(ActorEntry Actor, bool IsMetonym, bool IsDemonym);

/// <summary>Someone a report attributes claims to.</summary>
/// <param name="Key">Stable key ("nis").</param>
/// <param name="Kind">intelligence, government, military, media, …</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, when the source belongs to a country.</param>
/// <param name="Name">Display name ("NIS").</param>
public sealed record SourceEntry(string Key, string Kind, string? CountryCode, string Name);

using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>A recognized toponym before resolution: where it is and which gazetteer entries it may mean.</summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset one past the last character.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Entries">Candidate entry indices into the gazetteer.</param>
/// <param name="Match">How the surface met the names.</param>
/// <param name="Cue">What the surrounding words say about the kind of place.</param>
/// <param name="Type">How the text uses the name (the place itself, part of a longer name, a demonym).</param>
/// <param name="IsStreet">A street or road the gazetteer does not hold ("Harlow Street"): it has no entries of its own and is
/// placed at the town the text names nearest to it.</param>
public sealed record ToponymCandidate(int Start, int End, string Surface, int[] Entries, NameMatchKind Match, SpatialCue Cue,
    GeoMap.Core.Places.MentionType Type = GeoMap.Core.Places.MentionType.Literal, bool IsStreet = false);

/// <summary>What the words around a toponym say about it.</summary>
/// <param name="RegionWord">A region word is attached (<c>Kursk region</c>, <c>oblast de Koursk</c>, <c>Primorsky Krai</c>).</param>
/// <param name="NearNext">The toponym is said to be near the next one (<c>Ussuriysk, near Vladivostok</c>).</param>
/// <param name="IsAnchor">The toponym is the object of <c>near</c>, <c>près de</c>, <c>outside</c> (its neighbour should be close).</param>
/// <param name="BorderWith">Follows <c>border with</c> / <c>frontière avec</c>: probably a country.</param>
public readonly record struct SpatialCue(bool RegionWord, bool NearNext, bool IsAnchor, bool BorderWith);

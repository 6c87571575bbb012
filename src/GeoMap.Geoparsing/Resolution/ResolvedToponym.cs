using GeoMap.Core.Places;
using GeoMap.Geoparsing.Recognition;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>A toponym with the entry chosen for it.</summary>
/// <param name="Candidate">The recognized toponym.</param>
/// <param name="Entry">Chosen entry index into the gazetteer, -1 when it has none.</param>
/// <param name="Confidence">Between 0 and 1.</param>
public sealed record ResolvedToponym(ToponymCandidate Candidate, int Entry, double Confidence)
{
    /// <summary>Converts to the Core mention, or null when unresolved.</summary>
    /// <param name="gazetteer">The gazetteer the entry index refers to.</param>
    /// <returns>The mention or null.</returns>
    public Mention? ToMention(Gazetteer.Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return Entry < 0 ? null : new Mention(Candidate.Surface, Candidate.Start, Candidate.End, gazetteer[Entry].ToPlace(), Confidence, Candidate.Type);
    }
}

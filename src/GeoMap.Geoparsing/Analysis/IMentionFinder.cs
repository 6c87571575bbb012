using GeoMap.Core.Places;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>Finds and resolves the places a text names: the toponym recognizer and resolver behind one call.</summary>
public interface IMentionFinder
{
    /// <summary>The resolved place mentions of <paramref name="text"/>, ordered by start offset; offsets are into <paramref name="text"/>.</summary>
    /// <param name="text">The text, already cleaned of markup.</param>
    /// <param name="language">ISO 639-1 code of the text, or null when unknown.</param>
    /// <param name="cancellationToken">Stops a long search.</param>
    IReadOnlyList<Mention> Find(string text, string? language, CancellationToken cancellationToken);
}

using GeoMap.Core.Movements;
using GeoMap.Core.Places;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>What a report says: the places it names and the movements it reports.</summary>
/// <param name="Language">The language analysed (given or detected), or null when it could not be told.</param>
/// <param name="WasHtml">True when the input was HTML and was reduced to its text.</param>
/// <param name="Places">Place mentions, ordered by start; offsets point into the input as given (see <see cref="CleanText"/>).</param>
/// <param name="Movements">Movements, in the order the report states them; <see cref="Movement.SentenceStart"/> points into the input.</param>
public sealed record AnalysisResult(string? Language, bool WasHtml, IReadOnlyList<Mention> Places, IReadOnlyList<Movement> Movements)
{
    /// <summary>
    /// True when the report is in a language GeoMap does not read: its places were still looked for,
    /// but no movements can be read from it.
    /// </summary>
    public bool UnsupportedLanguage { get; init; }
}

using GeoMap.Core.Places;
using GeoMap.Geoparsing.Recognition;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>The gazetteer-backed toponym recognizer and resolver as the analyzer's place finder.</summary>
public sealed class GazetteerMentionFinder(PlaceRecognizer recognizer) : IMentionFinder
{
    /// <summary>The recognizer behind this finder.</summary>
    public PlaceRecognizer Recognizer { get; } = recognizer ?? throw new ArgumentNullException(nameof(recognizer));

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(string text, string? language, CancellationToken cancellationToken) =>
        Recognizer.Recognize(text, Languages.LanguageCatalog.Find(language), cancellationToken);
}

using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>Guesses the language of a report from its function words.</summary>
/// <remarks>
/// Counts the stopwords of each supported language in the first 20,000 characters; the language with
/// the most wins when it has at least three (one per eight words in a short text) and clearly more than the runner-up. Deterministic; ties
/// and texts without enough words give null.
/// </remarks>
public static class LanguageDetector
{
    private const int SampleLength = 20_000;

    /// <summary>The ISO 639-1 code of the most likely supported language, or null when the text does not say.</summary>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Min(text.Length, SampleLength);
        var tokens = Tokenizer.Tokenize(text, 0, end);
        var sets = LanguageCatalog.All.Select(r => (r.Code, Words: r.Stopwords.Select(TextFolding.FoldWord).ToHashSet(StringComparer.Ordinal))).ToList();
        var scores = sets.ToDictionary(s => s.Code, _ => 0, StringComparer.Ordinal);
        var wordCount = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            wordCount++;

            foreach (var (code, words) in sets)
            {
                if (words.Contains(token.Norm))
                {
                    scores[code]++;
                }
            }
        }

        var ranked = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        // A one-line report has few function words: ask for one per eight words, at most three.
        var needed = Math.Clamp(wordCount / 8, 1, 3);
        if (ranked.Count == 0 || ranked[0].Value < needed)
        {
            return null;
        }

        return ranked.Count == 1 || ranked[0].Value > ranked[1].Value * 1.2 ? ranked[0].Key : null;
    }
}

using GeoMap.Core.Places;
using GeoMap.Geoparsing.Extraction.Curated;
using GeoMap.Geoparsing.Extraction.Tokens;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>A minimal place finder: the country names of the curated actor list ("Corée du Nord", "Russia").</summary>
/// <remarks>
/// Used when no gazetteer-backed recognizer is given, so that the analyzer still works (and tests run)
/// without the compiled gazetteer. It knows countries only; capitals used as metonyms and demonyms are
/// not places.
/// </remarks>
public sealed class CuratedCountryFinder(CuratedLexicons curated) : IMentionFinder
{
    private const int Chunk = 8_192;

    /// <inheritdoc/>
    public IReadOnlyList<Mention> Find(string text, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Mention>();
        var start = 0;
        while (start < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = ChunkEnd(text, start);
            var tokens = Tokenizer.Tokenize(text, start, end);
            foreach (var match in curated.Actors.FindAll(tokens))
            {
                if (match.Value is { IsDemonym: false, IsMetonym: false, Actor.Place: { } place })
                {
                    var s = tokens[match.First].Start;
                    var e = tokens[match.Next - 1].End;
                    found.Add(new Mention(text[s..e], s, e, place, 0.6));
                }
            }

            start = end;
        }

        return found;
    }

    // Chunks end at whitespace so that no name is cut in two.
    private static int ChunkEnd(string text, int start)
    {
        var end = Math.Min(text.Length, start + Chunk);
        if (end == text.Length)
        {
            return end;
        }

        var space = text.LastIndexOf(' ', end - 1, end - start);
        var newline = text.LastIndexOf('\n', end - 1, end - start);
        var cut = Math.Max(space, newline);
        return cut > start ? cut + 1 : end;
    }
}

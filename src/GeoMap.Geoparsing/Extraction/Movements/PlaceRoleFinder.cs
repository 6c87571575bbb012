using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>The role the words before a place give it.</summary>
/// <param name="Role">Origin, via, destination or near.</param>
/// <param name="Weak">True for a French "de"/"d'"/"du" origin: believed only when the sentence also has a destination.</param>
public readonly record struct RoleHit(PlaceRole Role, bool Weak);

/// <summary>Reads the preposition that governs a place: "vers Koursk", "dans la base militaire d'Oussouriisk", "near Vladivostok".</summary>
/// <remarks>
/// Walks back from the place over articles and facility nouns ("la base militaire d'") to the nearest
/// preposition. A French "de" right after a facility noun ("base d'Oussouriisk") only links the noun to
/// its name, so the walk goes on to the preposition before the noun ("dans").
/// </remarks>
public static class PlaceRoleFinder
{
    /// <summary>The role of the place whose first token is <paramref name="index"/>, or null when no preposition governs it.</summary>
    public static RoleHit? RoleAt(IReadOnlyList<Token> tokens, int index, LanguageRules rules)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        var m = rules.Match;
        var boundary = index;
        for (var steps = 0; boundary > 0 && steps < 8; steps++)
        {
            if (m.Prepositions.MatchEndingAt(tokens, boundary, 5) is { } prep)
            {
                var weak = prep.Count == 1 && m.WeakOrigins.MatchAt(tokens, prep.First) is not null;
                if (weak && m.PlaceHeads.MatchEndingAt(tokens, prep.First, 3) is { } head && !IsArticleOrLink(tokens, head))
                {
                    boundary = head.First;
                    continue;
                }

                return new RoleHit(prep.Value, weak);
            }

            if (m.PlaceHeads.MatchEndingAt(tokens, boundary, 3) is { } noun)
            {
                boundary = noun.First;
                continue;
            }

            return null;
        }

        return null;
    }

    private static bool IsArticleOrLink(IReadOnlyList<Token> tokens, PhraseMatch<bool> head) =>
        head.Count == 1 && tokens[head.First].Norm is "le" or "la" or "les" or "l'" or "de" or "d'" or "du" or "the" or "a" or "of";
}

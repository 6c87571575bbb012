using GeoMap.Core.Movements;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>Whether a clause says its movement happens, does not happen, or has not happened yet.</summary>
internal enum Polarity
{
    /// <summary>Nothing negates the movement.</summary>
    Affirmed,

    /// <summary>The movement does not happen ("did not move", "no troops were sent", "refused to send").</summary>
    Negated,

    /// <summary>The movement has not happened yet and is expected ("have not yet been deployed"): a plan.</summary>
    NotYet,
}

/// <summary>
/// The one rule that decides whether a negation bears on a clause's movement verb, with each language's words
/// (<see cref="NegationWords"/>).
/// </summary>
/// <remarks>
/// <para>A negation bears on the movement when it is in the verb's own clause and reaches the verb:</para>
/// <list type="bullet">
/// <item>a negator before the verb with only bridges between ("were not sent", "n'ont pas été déployés", "no fueron
/// enviados", "non sono stati inviati", "nie zostały wysłane", "не были переброшены", "لم ترسل", "안 보냈다"), or right after it
/// where the language negates there ("보내지 않았다"); where the negator stands in the middle of the clause (German), anywhere
/// in the verb's stretch of the clause, unless the movement word is a noun ("Berichte über die Verlegung wurden nicht
/// bestätigt" does not deny it);</item>
/// <item>a denial that reaches the verb the same way ("refused to send", "denied sending", "a exclu d'envoyer"), unless a
/// negator reaches the denial ("did not deny sending");</item>
/// <item>a negative determiner opening the force or the movement noun ("no troops were sent", "sent no troops", "aucun
/// soldat", "keine Verlegung") before the verb in its stretch of the clause, or right after the verb.</item>
/// </list>
/// <para>Not reached: a negation of another verb ("did not say where they moved", "n'a jamais reconnu l'envoi"), one in
/// another clause or across a comma, and phrases that negate nothing ("not only", "no more than 500").</para>
/// </remarks>
internal static class NegationScope
{
    // A stretch of a clause ends at these marks: "moved to Lithuania, not to Poland".
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal) { ",", ";", ":", "(", ")", "—", "–", "\"", "«", "»", "“", "”", "„" };

    // How many words may stand between a negative determiner and the noun of the force it opens ("no more American troops").
    private const int DeterminerReach = 3;

    /// <summary>The polarity of the movement told by <paramref name="verb"/> in <paramref name="tokens"/>.</summary>
    /// <param name="tokens">The clause.</param>
    /// <param name="verb">The clause's main movement word.</param>
    /// <param name="nominal">True when the movement word is a noun ("the deployment").</param>
    /// <param name="units">The force words of the clause.</param>
    /// <param name="rules">The language.</param>
    public static Polarity Of(List<Token> tokens, PhraseMatch<MovementKind> verb, bool nominal, IReadOnlyList<PhraseMatch<(string Unit, int Specificity)>> units, LanguageRules rules)
    {
        var m = rules.Match;
        var negation = rules.Negation;
        if (ReferenceEquals(negation, NegationWords.None))
        {
            return Polarity.Affirmed;
        }

        var negators = m.Negators.FindAll(tokens).Where(n => m.NegationExceptions.MatchAt(tokens, n.First) is null).ToList();
        bool Reaches(int from, int to) => from <= to && Bridged(tokens, from, to, m) == to;
        bool Yet(PhraseMatch<bool> negator)
        {
            var from = Math.Max(0, Math.Min(negator.First, verb.First) - 2);
            var to = Math.Min(tokens.Count, Math.Max(negator.Next, verb.Next) + 1);
            return m.NegationYet.FindAll(tokens, from, to).Count > 0;
        }

        // A negator before the verb, through bridges; in the middle field, anywhere in the verb's stretch.
        foreach (var negator in negators)
        {
            var middle = negation.MiddleField && !nominal;
            var reaches = negator.Next <= verb.First
                ? Reaches(negator.Next, verb.First) || (middle && SameStretch(tokens, negator.First, verb.First, rules))
                : negator.First >= verb.Next && middle && SameStretch(tokens, verb.First, negator.First, rules);
            if (reaches)
            {
                return Yet(negator) ? Polarity.NotYet : Polarity.Negated;
            }
        }

        // A negator right after the verb, where the language puts it there ("보내지 않았다").
        if (verb.Next < tokens.Count && m.NegatorsAfter.MatchAt(tokens, verb.Next) is { } after)
        {
            return Yet(after) ? Polarity.NotYet : Polarity.Negated;
        }

        // A denial that reaches the verb, unless a negator reaches the denial.
        foreach (var denial in m.Denials.FindAll(tokens, 0, verb.First))
        {
            if (Reaches(denial.Next, verb.First) && !negators.Any(n => n.Next <= denial.First && Reaches(n.Next, denial.First)))
            {
                return Polarity.Negated;
            }
        }

        if (verb.Next < tokens.Count && m.DenialsAfter.MatchAt(tokens, Bridged(tokens, verb.Next, tokens.Count, m)) is not null)
        {
            return Polarity.Negated;
        }

        // A negative determiner opening the force or the movement noun.
        foreach (var determiner in m.NegativeDeterminers.FindAll(tokens))
        {
            if (m.NegationExceptions.MatchAt(tokens, determiner.First) is not null || !OpensForce(tokens, determiner, verb, units))
            {
                continue;
            }

            var bears = determiner.First < verb.First
                ? SameStretch(tokens, determiner.First, verb.First, rules)
                : Reaches(verb.Next, determiner.First) || (negation.MiddleField && SameStretch(tokens, verb.First, determiner.First, rules));
            if (bears)
            {
                return Polarity.Negated;
            }
        }

        return Polarity.Affirmed;
    }

    /// <summary>
    /// True when only bridges (auxiliaries, clitics, adverbs, articles: <see cref="NegationWords.Bridges"/>) stand before
    /// <paramref name="verb"/>: the clause opens with its verb ("Saranno trasferiti a …", "Se retiraron de …").
    /// </summary>
    public static bool OnlyBridgesBefore(List<Token> tokens, int verb, LanguageRules rules) =>
        Bridged(tokens, 0, verb, rules.Match) == verb;

    // The first token from <paramref name="from"/> on that is no bridge, or <paramref name="to"/>.
    private static int Bridged(List<Token> tokens, int from, int to, LanguageRules.Matchers m)
    {
        var k = from;
        while (k < to && m.NegationBridges.MatchAt(tokens, k) is { } bridge && bridge.Next <= to)
        {
            k = bridge.Next;
        }

        return k;
    }

    // The determiner opens a noun phrase headed by a force word or by the movement noun itself: words only, a few at most.
    private static bool OpensForce(List<Token> tokens, PhraseMatch<bool> determiner, PhraseMatch<MovementKind> verb, IReadOnlyList<PhraseMatch<(string Unit, int Specificity)>> units)
    {
        bool Heads(int first) => first >= determiner.Next && first - determiner.Next <= DeterminerReach
            && Enumerable.Range(determiner.Next, first - determiner.Next).All(k => tokens[k].Kind is TokenKind.Word or TokenKind.Number);
        return units.Any(u => Heads(u.First)) || Heads(verb.First);
    }

    // No stop, conjunction or clause opener between the two tokens.
    private static bool SameStretch(List<Token> tokens, int first, int last, LanguageRules rules)
    {
        var m = rules.Match;
        var (from, to) = first <= last ? (first, last) : (last, first);
        for (var k = from + 1; k < to; k++)
        {
            if (Stops.Contains(tokens[k].Text) || m.NegationConjunctions.MatchAt(tokens, k) is not null || m.ClauseOpeners.MatchAt(tokens, k) is not null
                || m.RelativeOpeners.MatchAt(tokens, k) is not null)
            {
                return false;
            }
        }

        return true;
    }
}

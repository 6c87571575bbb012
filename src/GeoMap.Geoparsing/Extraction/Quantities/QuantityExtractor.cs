using GeoMap.Core.Movements;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Quantities;

/// <summary>Finds head counts in a sentence: numbers, number words, ranges, bounds and vague quantities.</summary>
/// <remarks>
/// Years, days of a month, times, ordinals, percentages, money and distances are skipped: a number
/// counts only when nothing around it says it measures something else. Whether the count is of troops
/// is decided by the movement extractor, which looks for a unit word after it.
/// </remarks>
public static class QuantityExtractor
{
    /// <summary>All quantities in <paramref name="tokens"/>, left to right.</summary>
    /// <param name="text">The text the tokens' offsets point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="rules">The language.</param>
    /// <param name="taken">Tokens already explained by something else (a date), skipped.</param>
    public static List<QuantityMatch> Extract(string text, IReadOnlyList<Token> tokens, LanguageRules rules, IReadOnlySet<int>? taken = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        var found = new List<QuantityMatch>();
        var m = rules.Match;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (m.Vague.MatchAt(tokens, i) is { } vague)
            {
                // "plus d'un millier", "más de un millar", "fino a un migliaio": a bound before a round amount bounds it as it
                // bounds a number ("more than 1,000" is 1,000 or more, no upper end).
                var (min, max, begin) = (vague.Value.Min, vague.Value.Max, vague.First);
                if (min is { } round && round == max)
                {
                    if (m.UpperBound.MatchEndingAt(tokens, i) is { } atMost)
                    {
                        (min, begin) = (null, atMost.First);
                    }
                    else if (m.LowerBound.MatchEndingAt(tokens, i) is { } atLeast)
                    {
                        (max, begin) = (null, atLeast.First);
                    }
                }

                found.Add(Make(text, tokens, begin, vague.Next, new(min, max, "")));
                i = vague.Next - 1;
                continue;
            }

            if (taken?.Contains(i) == true || ReadCount(tokens, i, rules) is not { } first)
            {
                continue;
            }

            if (IsNotACount(tokens, i, first.Next, rules))
            {
                i = first.Next - 1;
                continue;
            }

            // A range: "between 2,000 and 3,000", "entre 2 000 et 3 000", "2,000-3,000", "2 000 à 3 000".
            var joiner = m.RangeJoiners.MatchAt(tokens, first.Next);
            if (joiner is { } j && ReadNumber(tokens, SkipArticle(tokens, j.Next), rules) is { } second && second.Value > first.Value)
            {
                var secondStart = SkipArticle(tokens, j.Next);
                if (IsNotACount(tokens, secondStart, second.Next, rules))
                {
                    i = second.Next - 1;
                    continue;
                }

                var opener = m.RangeOpeners.MatchEndingAt(tokens, i);
                var begin = opener?.First ?? i;
                // "от 30 до 50 тысяч", "od 1 do 1,5 tys.", "between 2 and 3 thousand": a scale word said once, after the second
                // number, scales both.
                var low = first.Value;
                var scale = ScaleOf(tokens, secondStart, second.Next, rules);
                if (scale > 1 && ScaleOf(tokens, i, first.Next, rules) == 1 && low < scale && low * scale <= second.Value)
                {
                    low *= scale;
                }

                found.Add(Make(text, tokens, begin, second.Next, new(Clamp(low), Clamp(second.Value), "")));
                i = second.Next - 1;
                continue;
            }

            var value = Clamp(first.Value);
            Strength strength;
            var start = i;
            if (m.UpperBound.MatchEndingAt(tokens, i) is { } upper)
            {
                strength = new(null, value, "");
                start = upper.First;
            }
            else if (m.LowerBound.MatchEndingAt(tokens, i) is { } lower)
            {
                strength = new(value, null, "");
                start = lower.First;
            }
            else if (first.AtLeast)
            {
                // "1천500여 명": the suffix says "some 1,500 odd", a lower bound even after "약".
                strength = new(value, null, "");
            }
            else
            {
                strength = new(value, value, "");
                if (m.Approximate.MatchEndingAt(tokens, i) is { } approx)
                {
                    start = approx.First;
                }
            }

            found.Add(Make(text, tokens, start, first.Next, strength));
            i = first.Next - 1;
        }

        return found;
    }

    // The largest scale word ("тысяч", "tys.", "thousand") among the tokens of a number, or 1.
    private static long ScaleOf(IReadOnlyList<Token> tokens, int first, int next, LanguageRules rules)
    {
        long scale = 1;
        for (var k = first; k < next && k < tokens.Count; k++)
        {
            if (rules.Match.ScaleWordValues.TryGetValue(tokens[k].Norm, out var s) && s > scale)
            {
                scale = s;
            }
        }

        return scale;
    }

    /// <summary>Reads a number at <paramref name="index"/>: digits (with an optional scale word after) or number words.</summary>
    public static (long Value, int Next)? ReadNumber(IReadOnlyList<Token> tokens, int index, LanguageRules rules) =>
        ReadCount(tokens, index, rules) is { } count ? (count.Value, count.Next) : null;

    // Digits with scale words, also written together in descending groups as Korean does ("1만2천500" = 12,500), and a
    // lower-bound suffix on the last group ("1천500여", "3천여", "50여").
    private static (long Value, int Next, bool AtLeast)? ReadCount(IReadOnlyList<Token> tokens, int index, LanguageRules rules)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        if (index >= tokens.Count)
        {
            return null;
        }

        var token = tokens[index];
        if (token.Kind != TokenKind.Number || token.Value is not { } v)
        {
            return token.Kind == TokenKind.Word && NumberWordParser.Parse(tokens, index, rules) is { } words ? (words.Value, words.Next, false) : null;
        }

        if (index + 1 < tokens.Count && ScaleOf(tokens[index + 1].Norm, rules) is { } scale)
        {
            var total = (long)Math.Round(v * scale.Value);
            var next = index + 2;
            // "3 tys. żołnierzy", "12 тыс. военных": the dot of an abbreviated scale word belongs to the number.
            if (next < tokens.Count && tokens[next].Start == tokens[index + 1].End && tokens[next].Text == "."
                && rules.Abbreviations.Contains(tokens[index + 1].Norm, StringComparer.OrdinalIgnoreCase))
            {
                next++;
            }

            var atLeast = scale.AtLeast;
            var smallest = scale.Value;
            while (!atLeast && next < tokens.Count && Glued(tokens, next) && tokens[next] is { Kind: TokenKind.Number, Value: { } part } && part == Math.Floor(part))
            {
                if (next + 1 < tokens.Count && Glued(tokens, next + 1) && ScaleOf(tokens[next + 1].Norm, rules) is { } smaller && smaller.Value < smallest)
                {
                    total += (long)part * smaller.Value;
                    smallest = smaller.Value;
                    atLeast = smaller.AtLeast;
                    next += 2;
                    continue;
                }

                if (part < smallest)
                {
                    total += (long)part;
                    next++;
                    atLeast = SuffixAt(tokens, next, rules);
                    next += atLeast ? 1 : 0;
                }

                break;
            }

            return (total, next, atLeast);
        }

        if (v != Math.Floor(v))
        {
            return null;
        }

        var suffixed = SuffixAt(tokens, index + 1, rules);
        return ((long)v, suffixed ? index + 2 : index + 1, suffixed);
    }

    // A scale word, alone or with a lower-bound suffix written onto it ("천여").
    private static (int Value, bool AtLeast)? ScaleOf(string norm, LanguageRules rules)
    {
        if (NumberWordParser.Scale(norm, rules) is { } plain)
        {
            return (plain, false);
        }

        foreach (var suffix in rules.Match.LowerBoundSuffixes)
        {
            if (norm.Length > suffix.Length && norm.EndsWith(suffix, StringComparison.Ordinal)
                && NumberWordParser.Scale(norm[..^suffix.Length], rules) is { } scaled)
            {
                return (scaled, true);
            }
        }

        return null;
    }

    // A lower-bound suffix written as its own word right after the digits ("50여").
    private static bool SuffixAt(IReadOnlyList<Token> tokens, int index, LanguageRules rules) =>
        index < tokens.Count && Glued(tokens, index) && tokens[index].Kind == TokenKind.Word
        && rules.Match.LowerBoundSuffixes.Contains(tokens[index].Norm, StringComparer.Ordinal);

    private static bool Glued(IReadOnlyList<Token> tokens, int index) => index > 0 && tokens[index].Start == tokens[index - 1].End;

    private static bool IsNotACount(IReadOnlyList<Token> tokens, int first, int next, LanguageRules rules)
    {
        var m = rules.Match;
        var token = tokens[first];

        // Ordinals and units glued to the digits: "13e", "8th", "14h30", "50km", "707특수임무단" (a unit's number); a counter of
        // people is still a count ("700명", "700명을").
        if (next < tokens.Count && tokens[next].Start == tokens[next - 1].End && tokens[next].Kind == TokenKind.Word
            && !rules.PersonCounters.Any(c => tokens[next].Norm.StartsWith(c, StringComparison.Ordinal)))
        {
            return true;
        }

        if (m.NonCount.MatchAt(tokens, next) is not null || m.Months.MatchAt(tokens, next) is not null)
        {
            return true;
        }

        // "교민 28명" (28 nationals): people who are no force, named before their count.
        if (first > 0 && m.CiviliansBeforeCount.MatchEndingAt(tokens, first, 2) is not null)
        {
            return true;
        }

        // "500 millions d'euros", "thousands of dollars".
        if (next + 1 < tokens.Count && tokens[next].Norm is "de" or "d'" or "of" && m.NonCount.MatchAt(tokens, next + 1) is not null)
        {
            return true;
        }

        // The digits after a glued letter: "14h30", "Su-34".
        if (first > 0 && tokens[first - 1].End == token.Start && tokens[first - 1].Kind == TokenKind.Word)
        {
            return true;
        }

        // A model written with a hyphen: "Іл-76", "Ил-76", "Ił-76", "C-130", "T-72": the number names the type, not a count.
        if (first > 1 && tokens[first - 1].Text is "-" or "‑" && tokens[first - 1].End == token.Start
            && tokens[first - 2].Kind == TokenKind.Word && tokens[first - 2].End == tokens[first - 1].Start)
        {
            return true;
        }

        // "October 8", "le 8 octobre" is handled above; a month just before is a date too.
        if (first > 0 && m.Months.MatchAt(tokens, first - 1) is not null && token.Kind == TokenKind.Number && token.Value <= 31)
        {
            return true;
        }

        if (first > 0 && tokens[first - 1].Text is "$" or "€" or "£" or "₽" or "#" or "n°" or "№")
        {
            return true;
        }

        // A time of day "10:30".
        if (next + 1 < tokens.Count && tokens[next].Text is ":" && tokens[next + 1].Kind == TokenKind.Number && tokens[next].Start == tokens[next - 1].End)
        {
            return true;
        }

        // A bare four-digit number between 1800 and 2100 is a year unless a unit follows it at once.
        var isYearShaped = token.Kind == TokenKind.Number && token.Text.Length == 4 && token.Value is >= 1800 and <= 2100;
        if (isYearShaped && (next >= tokens.Count || m.Units.MatchAt(tokens, next) is null))
        {
            return true;
        }

        // Days of a range of dates: "entre le 8 et le 13 octobre", "between 8 and 13 October".
        if (m.RangeJoiners.MatchAt(tokens, next) is { } j && SkipArticle(tokens, j.Next) is var after && after < tokens.Count
            && tokens[after].Kind == TokenKind.Number && m.Months.MatchAt(tokens, after + 1) is not null)
        {
            return true;
        }

        return false;
    }

    private static int SkipArticle(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].Norm is "le" or "the" or "l'" ? index + 1 : index;

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);

    private static QuantityMatch Make(string text, IReadOnlyList<Token> tokens, int first, int next, Strength strength)
    {
        var words = text[tokens[first].Start..tokens[next - 1].End];
        return new QuantityMatch(strength with { Text = words }, first, next);
    }
}

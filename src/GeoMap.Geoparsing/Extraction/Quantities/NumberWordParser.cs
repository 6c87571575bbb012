using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Quantities;

/// <summary>Reads numbers written in words ("douze mille", "twelve thousand", "quatre-vingt-dix").</summary>
public static class NumberWordParser
{
    /// <summary>
    /// Reads the longest run of number words starting at token <paramref name="index"/>; returns the value and
    /// the index after the run, or null when no number word starts there.
    /// </summary>
    /// <remarks>A lone article-like one ("un", "une", "a") is not a number: it would make "a battalion" a count of 1.</remarks>
    public static (long Value, int Next)? Parse(IReadOnlyList<Token> tokens, int index, LanguageRules rules)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        long total = 0;
        long current = 0;
        var any = false;
        var sawScale = false;
        var lastWord = "";
        var next = index;
        var i = index;
        var m = rules.Match;
        if (index >= tokens.Count || tokens[index].Kind != TokenKind.Word)
        {
            return null;
        }

        var head = tokens[index].Norm;
        var dash = head.IndexOf('-', StringComparison.Ordinal);
        var firstPart = dash < 0 ? head : head[..dash];
        if (!m.NumberWordValues.ContainsKey(firstPart) && !m.ScaleWordValues.ContainsKey(firstPart))
        {
            return null;
        }

        while (i < tokens.Count && tokens[i].Kind == TokenKind.Word)
        {
            var parts = tokens[i].Norm.Split('-');
            var consumed = true;
            foreach (var part in parts)
            {
                if (Small(part, rules) is { } small)
                {
                    // French "quatre-vingt": four twenties, not four plus twenty.
                    current = part.StartsWith("vingt", StringComparison.Ordinal) && lastWord == "quatre" ? current - 4 + 80 : current + small;
                }
                else if (Scale(part, rules) is { } scale)
                {
                    sawScale = true;
                    if (scale == 100)
                    {
                        current = Math.Max(current, 1) * 100;
                    }
                    else
                    {
                        total += Math.Max(current, 1) * scale;
                        current = 0;
                    }
                }
                else if (any && part == "et" || any && part == "and")
                {
                    // "vingt et un", "two hundred and fifty"
                }
                else
                {
                    consumed = false;
                    break;
                }

                lastWord = part;
            }

            if (!consumed)
            {
                break;
            }

            any = true;
            i++;
            if (tokens[i - 1].Norm is not ("et" or "and"))
            {
                next = i;
            }
        }

        if (!any || next == index)
        {
            return null;
        }

        var value = total + current;
        var single = next - index == 1 && tokens[index].Norm is "un" or "une" or "a" or "one";
        if (single && !sawScale)
        {
            return null;
        }

        return value > 0 ? (value, next) : null;
    }

    /// <summary>The value of a scale word ("mille", "thousand"), or null.</summary>
    public static int? Scale(string norm, LanguageRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Match.ScaleWordValues.TryGetValue(norm, out var value) ? value : null;
    }

    private static int? Small(string norm, LanguageRules rules) =>
        rules.Match.NumberWordValues.TryGetValue(norm, out var value) ? value : null;
}

using System.Text;

namespace GeoMap.Geoparsing.Text;

/// <summary>
/// Reduces romanizations of Cyrillic and Korean names to a common skeleton, so that French, German
/// and English spellings of one name meet (<c>Oussouriisk</c>, <c>Ussuriysk</c>, <c>Ussurijsk</c>).
/// </summary>
/// <remarks>
/// English and French come first where the systems disagree: <c>ch</c> is read as in English
/// (Chernihiv, French Tchernihiv), so German <c>ch</c> for <c>kh</c> (Charkiw) is left to aliases.
/// The skeleton is lossy on purpose: it is only used as a fallback when neither the accented nor the
/// folded spelling is known, and only for names in countries that write in Cyrillic or Hangul.
/// The rules map the systems' spellings of the same sound onto one letter: French <c>ou</c>, German
/// <c>u</c> and English <c>u</c>; <c>iy</c>, <c>ii</c>, <c>ij</c>, <c>y</c> and <c>i</c>; <c>kh</c>
/// and <c>h</c>; German <c>w</c> and <c>v</c>; French <c>tch</c>, German <c>tsch</c>
/// and <c>ch</c>; Korean <c>eo</c> and <c>o</c>. Doubled letters collapse and separators vanish.
/// </remarks>
public static partial class Transliteration
{
    private static readonly (string From, string To)[] Rules =
    [
        ("yeo", "o"), ("tsch", "c"), ("tch", "c"), ("sch", "s"), ("shch", "s"), ("sh", "s"), ("zh", "j"), ("dj", "j"),
        ("kh", "h"), ("ch", "c"), ("ou", "u"), ("eo", "o"), ("ae", "e"), ("ck", "k"), ("gh", "g"),
        ("w", "v"), ("ii", "i"), ("iy", "i"), ("yi", "i"), ("ij", "i"), ("yj", "i"), ("ye", "e"), ("ie", "e"),
        ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"), ("yo", "o"),
        ("io", "o"), ("jo", "o"), ("y", "i"), ("ë", "o"), ("tz", "ts"),
    ];

    // The rules by their first letter, in list order: the first rule that matches at a position wins, as in Rules.
    private static readonly Dictionary<char, (string From, string To)[]> RulesByFirst =
        Rules.GroupBy(r => r.From[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Computes the transliteration skeleton of a folded key.</summary>
    /// <param name="folded">A key produced by <see cref="TextFolding.Fold"/>.</param>
    /// <returns>The skeleton, without spaces (<c>ussuriysk</c> → <c>usurisk</c>).</returns>
    public static string Skeleton(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var sb = new StringBuilder(folded.Length);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            var matched = false;
            if (RulesByFirst.TryGetValue(c, out var rules))
            {
                foreach (var (from, to) in rules)
                {
                    if (string.CompareOrdinal(folded, i, from, 0, from.Length) == 0)
                    {
                        Append(sb, to);
                        i += from.Length;
                        matched = true;
                        break;
                    }
                }
            }

            if (!matched)
            {
                Append(sb, c);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>The skeletons a folded spelling may stand for: its own, and, when it has a "ch" that is not "tch" or "sch",
    /// the ones with "ch" read the French way as "sh" (Orcha is Orsha) and the German way as "kh" (Chabarowsk is Khabarovsk).</summary>
    /// <param name="folded">A folded word or phrase.</param>
    /// <returns>One to three skeletons, the usual (English) reading first.</returns>
    public static IEnumerable<string> Skeletons(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        yield return Skeleton(folded);
        if (!LoneCh().IsMatch(folded))
        {
            yield break;
        }

        yield return Skeleton(LoneCh().Replace(folded, "sh"));
        yield return Skeleton(LoneCh().Replace(folded, "kh"));
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<![ts])ch")]
    private static partial System.Text.RegularExpressions.Regex LoneCh();

    private static void Append(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            Append(sb, c);
        }
    }

    private static void Append(StringBuilder sb, char c)
    {
        if (sb.Length == 0 || sb[^1] != c)
        {
            sb.Append(c);
        }
    }
}

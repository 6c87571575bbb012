using GeoMap.Core.Text;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>What <see cref="LanguageDetector"/> made of a text.</summary>
/// <param name="Code">The ISO 639-1 code of the supported language, or null.</param>
/// <param name="Unsupported">True when the text is clearly in a language GeoMap does not read (another script, or Latin text with none of the supported languages' function words).</param>
public sealed record LanguageGuess(string? Code, bool Unsupported)
{
    /// <summary>Too little text to tell.</summary>
    public static LanguageGuess Undetermined { get; } = new(null, false);

    /// <summary>A language GeoMap does not read.</summary>
    public static LanguageGuess NotSupported { get; } = new(null, true);
}

/// <summary>Tells the language of a report among the supported ones, by its script, its letters and its function words.</summary>
/// <remarks>
/// <para>
/// Looks at the first 20,000 characters. The script with the most letters decides first: Hangul is
/// Korean, Arabic script is Arabic (unless letters of Persian or Urdu show), other scripts (Han, kana,
/// Hebrew, Greek, Devanagari…) are unsupported. Cyrillic is Ukrainian or Russian by the letters only
/// one of them writes (і ї є ґ against ы э ъ ё) and by their function words; Cyrillic with Serbian,
/// Macedonian or Belarusian letters, or with neither, is unsupported. Latin text is scored by the
/// function words (<see cref="LanguageRules.Stopwords"/>) of each Latin-script language, a word shared
/// by several languages counting for each a share; Polish letters (ą ę ł ń ś ź ż) count for Polish.
/// </para>
/// <para>
/// The best language must have at least one function word per eight words (at most three in all)
/// and 1.2 times the runner-up; a long Latin text where none reaches one per 25 words is unsupported.
/// Deterministic.
/// </para>
/// </remarks>
public static class LanguageDetector
{
    private const int SampleLength = 20_000;

    private static readonly Lazy<Dictionary<string, Dictionary<string, double>>> Weights = new(BuildWeights);

    // The weights by script: each word's languages of that script, in the order Weights lists them (so the scores add up
    // in the same order), without asking every token's languages for their script.
    private static readonly Lazy<Dictionary<string, Dictionary<string, (string Code, double Weight)[]>>> WeightsByScript = new(() =>
        new[] { "latin", "cyrillic" }.ToDictionary(
            script => script,
            script => Weights.Value
                .Select(w => (w.Key, Languages: w.Value.Where(l => ScriptOf(l.Key) == script).Select(l => (l.Key, l.Value)).ToArray()))
                .Where(w => w.Languages.Length > 0)
                .ToDictionary(w => w.Key, w => w.Languages, StringComparer.Ordinal),
            StringComparer.Ordinal));

    /// <summary>The ISO 639-1 code of the most likely supported language, or null when the text does not say.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>A code of <see cref="LanguageCatalog.Codes"/>, or null.</returns>
    public static string? Detect(string text) => Identify(text).Code;

    /// <summary>The most likely supported language, or whether the text is in a language GeoMap does not read.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The guess.</returns>
    public static LanguageGuess Identify(string text) => Identify(text, null);

    /// <summary>The most likely supported language of a text already tokenized.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="tokens">Its tokens, as <see cref="Tokenizer.Tokenize"/> gives them for the whole text; null to tokenize it here.</param>
    /// <returns>The guess, the same as <see cref="Identify(string)"/> gives.</returns>
    internal static LanguageGuess Identify(string text, List<Token>? tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Min(text.Length, SampleLength);
        int latin = 0, cyrillic = 0, arabic = 0, hangul = 0, other = 0;
        int ukLetters = 0, ruLetters = 0, southSlavic = 0, persian = 0, polish = 0;
        for (var i = 0; i < end; i++)
        {
            var c = TextFolding.LowerChar(text[i]);
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < '\u0250')
            {
                latin++;
                polish += c is 'ą' or 'ę' or 'ł' or 'ń' or 'ś' or 'ź' or 'ż' ? 1 : 0;
            }
            else if (c is >= '\u0400' and <= '\u04ff')
            {
                cyrillic++;
                ukLetters += c is 'і' or 'ї' or 'є' or 'ґ' ? 1 : 0;
                ruLetters += c is 'ы' or 'э' or 'ъ' or 'ё' ? 1 : 0;
                southSlavic += c is 'ђ' or 'ј' or 'љ' or 'њ' or 'ћ' or 'џ' or 'ѓ' or 'ќ' or 'ў' ? 1 : 0;
            }
            else if (c is >= '\u0600' and <= '\u06ff' or >= '\u0750' and <= '\u077f' or >= '\ufb50' and <= '\ufefc')
            {
                arabic++;
                persian += c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ک' or 'ی' or 'ٹ' or 'ڈ' or 'ڑ' or 'ے' ? 1 : 0;
            }
            else if (c is >= '\uac00' and <= '\ud7a3' or >= '\u1100' and <= '\u11ff' or >= '\u3130' and <= '\u318f')
            {
                hangul++;
            }
            else
            {
                other++;
            }
        }

        var letters = latin + cyrillic + arabic + hangul + other;
        if (letters < 2)
        {
            return LanguageGuess.Undetermined;
        }

        var top = Math.Max(Math.Max(latin, cyrillic), Math.Max(Math.Max(arabic, hangul), other));
        if (top == hangul)
        {
            return new LanguageGuess("ko", false);
        }

        if (top == arabic)
        {
            return persian * 50 > arabic ? LanguageGuess.NotSupported : new LanguageGuess("ar", false);
        }

        if (top == other)
        {
            return LanguageGuess.NotSupported;
        }

        // Only the sample is read: the text's own tokens serve when the text is no longer than it.
        var (scores, words) = Score(tokens is not null && end == text.Length ? tokens : Tokenizer.Tokenize(text, 0, end), top == cyrillic ? "cyrillic" : "latin");
        if (top == cyrillic)
        {
            if (southSlavic * 200 > cyrillic)
            {
                return LanguageGuess.NotSupported;
            }

            var uk = scores.GetValueOrDefault("uk") + ukLetters * 0.5;
            var ru = scores.GetValueOrDefault("ru") + ruLetters * 0.5;
            if (uk == 0 && ru == 0)
            {
                return words >= 20 ? LanguageGuess.NotSupported : LanguageGuess.Undetermined;
            }

            return uk > ru * 1.2 ? new LanguageGuess("uk", false) : ru > uk * 1.2 ? new LanguageGuess("ru", false) : LanguageGuess.Undetermined;
        }

        if (scores.ContainsKey("pl"))
        {
            scores["pl"] += polish * 0.5;
        }

        var ranked = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0)
        {
            return LanguageGuess.Undetermined;
        }

        if (words >= 40 && ranked[0].Value < words / 25.0)
        {
            return LanguageGuess.NotSupported;
        }

        // A one-line report has few function words: ask for one per eight words, at most three.
        var needed = Math.Clamp(words / 8, 1, 3);
        if (ranked[0].Value < needed)
        {
            return LanguageGuess.Undetermined;
        }

        return ranked.Count == 1 || ranked[0].Value > ranked[1].Value * 1.2 ? new LanguageGuess(ranked[0].Key, false) : LanguageGuess.Undetermined;
    }

    private static (Dictionary<string, double> Scores, int Words) Score(List<Token> tokens, string script)
    {
        var weights = WeightsByScript.Value[script];
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (weights.TryGetValue(token.Norm, out var byLanguage))
            {
                foreach (var (code, weight) in byLanguage)
                {
                    scores[code] = scores.GetValueOrDefault(code) + weight;
                }
            }
        }

        return (scores, words);
    }

    private static string ScriptOf(string code) => code switch
    {
        "ru" or "uk" => "cyrillic",
        "ko" => "hangul",
        "ar" => "arabic",
        _ => "latin",
    };

    /// <summary>Each folded function word → the languages that use it, each with weight 1 / (how many of the same script do).</summary>
    private static Dictionary<string, Dictionary<string, double>> BuildWeights()
    {
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var rules in LanguageCatalog.All)
        {
            foreach (var word in rules.Stopwords.Select(TextFolding.FoldWord).Distinct(StringComparer.Ordinal))
            {
                if (!users.TryGetValue(word, out var list))
                {
                    users[word] = list = [];
                }

                list.Add(rules.Code);
            }
        }

        var weights = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (word, codes) in users)
        {
            weights[word] = codes.ToDictionary(c => c, c => 1.0 / codes.Count(o => ScriptOf(o) == ScriptOf(c)), StringComparer.Ordinal);
        }

        return weights;
    }
}

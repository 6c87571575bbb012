using GeoMap.Geoparsing.Languages.English;
using GeoMap.Geoparsing.Languages.French;
using GeoMap.Geoparsing.Languages.Arabic;
using GeoMap.Geoparsing.Languages.German;
using GeoMap.Geoparsing.Languages.Italian;
using GeoMap.Geoparsing.Languages.Korean;
using GeoMap.Geoparsing.Languages.Polish;
using GeoMap.Geoparsing.Languages.Russian;
using GeoMap.Geoparsing.Languages.Spanish;
using GeoMap.Geoparsing.Languages.Ukrainian;

namespace GeoMap.Geoparsing.Languages;

/// <summary>The languages GeoMap extracts movements from; add a language by adding its folder and one line here.</summary>
public static class LanguageCatalog
{
    private static readonly Dictionary<string, LanguageRules> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        [FrenchRules.Rules.Code] = FrenchRules.Rules,
        [EnglishRules.Rules.Code] = EnglishRules.Rules,
        [ArabicRules.Rules.Code] = ArabicRules.Rules,
        [GermanRules.Rules.Code] = GermanRules.Rules,
        [ItalianRules.Rules.Code] = ItalianRules.Rules,
        [KoreanRules.Rules.Code] = KoreanRules.Rules,
        [PolishRules.Rules.Code] = PolishRules.Rules,
        [RussianRules.Rules.Code] = RussianRules.Rules,
        [SpanishRules.Rules.Code] = SpanishRules.Rules,
        [UkrainianRules.Rules.Code] = UkrainianRules.Rules,
    };

    /// <summary>All supported languages, in a stable order.</summary>
    public static IReadOnlyList<LanguageRules> All { get; } = [.. ByCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal)];

    /// <summary>The codes of the supported languages.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(r => r.Code)];

    /// <summary>The rules for <paramref name="code"/>, or null when the language is not supported.</summary>
    public static LanguageRules? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var rules) ? rules : null;

    /// <summary>Every abbreviation of every language: a report may quote a foreign title ("Gen.", "M.").</summary>
    public static IReadOnlyList<string> AllAbbreviations { get; } = [.. All.SelectMany(r => r.Abbreviations).Distinct(StringComparer.OrdinalIgnoreCase)];
}

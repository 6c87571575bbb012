namespace GeoMap.Geoparsing.Languages;

/// <summary>
/// The per-language morphology hook of recognition: from a word as written in running text to the
/// forms a gazetteer holds (its dictionary form), by measured affix rules.
/// </summary>
/// <remarks>
/// <para>
/// A gazetteer holds names in the nominative, without clitics: <c>Уссурийск</c>, <c>Warszawa</c>,
/// <c>블라디보스토크</c>, <c>الموصل</c>. Running text inflects them (<c>под Уссурийском</c>, <c>do
/// Warszawy</c>), glues particles to them (Korean <c>블라디보스토크로</c>) or one-letter prefixes
/// (Arabic <c>والموصل</c>). A language describes the way back as data:
/// </para>
/// <list type="bullet">
/// <item><see cref="Suffixes"/>: an ending and what replaces it (<c>ом</c> → <c>""</c> turns
/// <c>уссурийском</c> into <c>уссурийск</c>; <c>ую</c> → <c>ая</c> turns <c>курскую</c> into
/// <c>курская</c>; a Korean particle <c>로</c> → <c>""</c>). Every matching ending is tried, longest first,
/// so one word may give several candidates; the gazetteer decides which exist.</item>
/// <item><see cref="Prefixes"/>: clitics stripped from the front, each alone or before the suffix rules
/// (Arabic <c>و</c>, <c>ب</c>, <c>ل</c>, <c>وال</c>).</item>
/// </list>
/// <para>
/// Words are given lower-cased with their diacritics (<see cref="GeoMap.Core.Text.TextFolding.Lower"/>), so rules
/// may use <c>й</c>, <c>ї</c>, <c>ł</c>, <c>ó</c>. A stem shorter than <see cref="MinimumStem"/> characters
/// is never produced, which keeps short common words from turning into short place names.
/// The recognizer asks for forms only when the word or phrase as written names nothing, and only
/// for capitalised words or a language's <see cref="LanguageRules.NameNouns"/>; every other
/// recognition check (common words, persons' names, the language's function words) still applies.
/// </para>
/// </remarks>
public sealed class WordForms
{
    private const int MaxForms = 12;
    private (string Ending, string[] Replacements)[]? _ordered;

    /// <summary>Endings and their replacements; an empty replacement removes the ending.</summary>
    public IReadOnlyList<(string Ending, string[] Replacements)> Suffixes { get; init; } = [];

    /// <summary>Clitics removed from the start of a word, tried in order.</summary>
    public IReadOnlyList<string> Prefixes { get; init; } = [];

    /// <summary>The fewest characters a produced form keeps before its new ending (3 by default).</summary>
    public int MinimumStem { get; init; } = 3;

    /// <summary>The forms to look up for a lower-cased word, most likely first, without the word itself.</summary>
    /// <param name="lowerWord">A word lower-cased with its diacritics.</param>
    /// <returns>Up to a dozen distinct candidate forms; none when no rule applies.</returns>
    public IReadOnlyList<string> Forms(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        var forms = new List<string>(4);
        AddSuffixForms(lowerWord, forms);
        foreach (var prefix in Prefixes)
        {
            if (lowerWord.Length - prefix.Length >= MinimumStem && lowerWord.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = lowerWord[prefix.Length..];
                Add(forms, rest, lowerWord);
                AddSuffixForms(rest, forms);
            }
        }

        return forms;
    }

    private void AddSuffixForms(string word, List<string> forms)
    {
        _ordered ??= [.. Suffixes.OrderByDescending(s => s.Ending.Length)];
        foreach (var (ending, replacements) in _ordered)
        {
            if (word.Length - ending.Length < MinimumStem || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^ending.Length];
            foreach (var r in replacements)
            {
                Add(forms, stem + r, word);
            }
        }
    }

    private static void Add(List<string> forms, string form, string word)
    {
        if (forms.Count < MaxForms && form != word && form.Length > 0 && !forms.Contains(form))
        {
            forms.Add(form);
        }
    }
}

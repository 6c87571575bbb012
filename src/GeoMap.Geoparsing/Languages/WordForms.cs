namespace GeoMap.Geoparsing.Languages;

/// <summary>
/// The per-language morphology of recognition: what a language writes onto a name (case endings, particles,
/// clitics, attached heads, an optional article) and the way a word as written in running text reduces to the
/// forms a gazetteer holds (its dictionary form).
/// </summary>
/// <remarks>
/// <para>
/// A gazetteer holds names in the nominative, without clitics: <c>Уссурийск</c>, <c>Warszawa</c>,
/// <c>블라디보스토크</c>, <c>الموصل</c>. Running text inflects them (<c>под Уссурийском</c>, <c>do
/// Warszawy</c>), glues particles after them (Korean <c>블라디보스토크로</c>) or one-letter clitics before them
/// (Arabic <c>والموصل</c>). A language describes the way back as data, in five kinds of affix that differ in
/// what the mention keeps:
/// </para>
/// <list type="bullet">
/// <item><see cref="Suffixes"/>: an inflectional ending and what replaces it (<c>ом</c> → <c>""</c> turns
/// <c>уссурийском</c> into <c>уссурийск</c>; <c>ую</c> → <c>ая</c> turns <c>курскую</c> into <c>курская</c>).
/// Every matching ending is tried, longest first, so one word may give several candidates; the gazetteer
/// decides which exist. The mention is the whole inflected word.</item>
/// <item><see cref="Particles"/>: written after the last word of a name and left out of the mention; up to three
/// may follow each other (Korean <c>에서</c> + <c>는</c>).</item>
/// <item><see cref="Proclitics"/>: written before the first word and left out of the mention, each with the
/// article it leaves behind (Arabic <c>لل</c>, li + al, restores <c>ال</c>).</item>
/// <item><see cref="Heads"/>: generic heads written onto the end of a name (Korean <c>주</c> in <c>쿠르스크주</c>):
/// looked up without them, kept in the mention.</item>
/// <item><see cref="Articles"/>: an article some sources write and others drop (Arabic <c>ال</c>): a name is
/// looked up with and without it, and the mention keeps what was written.</item>
/// </list>
/// <para>
/// A gazetteer may also lack the name in the text's script altogether (<c>Ньямей</c>, <c>Ель-Фашер</c>) while it
/// holds the Latin one (Niamey, El Fasher). <see cref="Romanization"/> gives the Latin letters of the script's
/// letters, with the spellings the usual systems disagree on (BGN/PCGN <c>kh</c> and English <c>h</c>, <c>v</c> and
/// the <c>w</c> of names written first in Latin, <c>ya</c> and <c>ia</c>); <see cref="Romanize"/> spells a form in
/// Latin the few ways those choices allow, the most usual first.
/// </para>
/// <para>
/// Words given to <see cref="Forms"/> are lower-cased with their diacritics
/// (<see cref="GeoMap.Core.Text.TextFolding.Lower"/>), so rules may use <c>й</c>, <c>ї</c>, <c>ł</c>, <c>ó</c>.
/// An inflectional stem shorter than <see cref="MinimumStem"/> characters is never produced, which keeps short
/// common words from turning into short place names; particles, clitics and heads leave at least one letter
/// (a Korean name may be one syllable) and the recognizer's own checks decide whether so short a name counts.
/// The recognizer asks for forms only when the word or phrase as written names nothing; every other
/// recognition check (common words, persons' names, the language's function words) still applies.
/// </para>
/// </remarks>
public sealed class WordForms
{
    private const int MaxForms = 12;
    private const int MaxParticles = 3;
    private const int MaxRomanizations = 12;
    private Dictionary<char, (string Letters, string[] Latin)[]>? _romanizationByFirst;
    private (string Ending, string[] Replacements)[]? _orderedSuffixes;
    private KeyValuePair<string, string>[]? _orderedProclitics;

    /// <summary>Inflectional endings and their replacements; an empty replacement removes the ending. The mention keeps the ending.</summary>
    public IReadOnlyList<(string Ending, string[] Replacements)> Suffixes { get; init; } = [];

    /// <summary>Particles written attached after a name (Korean "로", "에서", "의"): looked up without them, left out of the mention; up to three may follow each other ("에서는").</summary>
    public IReadOnlyList<string> Particles { get; init; } = [];

    /// <summary>Clitics written attached before a name (Arabic "و", "ب", "ل", "وب"), each mapped to what it leaves of the article: Arabic "لل" (li + al) restores "ال". Left out of the mention.</summary>
    public IReadOnlyDictionary<string, string> Proclitics { get; init; } = new Dictionary<string, string>();

    /// <summary>Generic heads written attached to the end of a name (Korean "주" in "쿠르스크주", "항" in "부산항"): the name is looked up without them, and the mention keeps them.</summary>
    public IReadOnlyList<string> Heads { get; init; } = [];

    /// <summary>Articles that some sources write as part of a name and others leave out (Arabic "ال"): a name is looked up with and without it, and the mention keeps it.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>
    /// The Latin spellings of the script's letters and letter groups, the usual one first ("х" → "kh", "h"; "я" → "ya",
    /// "ia"); an empty spelling drops the letter (the soft sign). Longer groups win over their first letter ("ия" before "и").
    /// </summary>
    public IReadOnlyList<(string Letters, string[] Latin)> Romanization { get; init; } = [];

    /// <summary>The fewest characters an inflectional rule keeps before its new ending (3 by default).</summary>
    public int MinimumStem { get; init; } = 3;

    /// <summary>The forms to look up for one lower-cased word standing alone as a name, most likely first, without the word itself.</summary>
    /// <param name="lowerWord">A word lower-cased with its diacritics.</param>
    /// <returns>Up to a dozen distinct candidate forms; none when no rule applies.</returns>
    /// <remarks>Inflection first, then each clitic (alone and with inflection, with the article it restores), then particles and heads, then the article added or removed.</remarks>
    public IReadOnlyList<string> Forms(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        var forms = new List<string>(4);
        AddSuffixForms(lowerWord, forms, lowerWord);
        foreach (var (skip, restore) in Leading(lowerWord))
        {
            if (skip == 0)
            {
                continue;
            }

            var rest = restore + lowerWord[skip..];
            Add(forms, rest, lowerWord);
            AddSuffixForms(rest, forms, lowerWord);
        }

        foreach (var (particle, head) in Trailing(lowerWord))
        {
            if (particle + head > 0)
            {
                Add(forms, lowerWord[..^(particle + head)], lowerWord);
            }
        }

        foreach (var form in forms.ToArray().Prepend(lowerWord))
        {
            foreach (var other in WithOrWithoutArticle(form))
            {
                Add(forms, other, lowerWord);
            }
        }

        return forms;
    }

    /// <summary>A lower-cased form spelled in Latin letters, the usual spelling first, then the ones that differ from it in the fewest letters.</summary>
    /// <param name="lower">A word or phrase lower-cased with its diacritics.</param>
    /// <returns>Up to a dozen distinct spellings; none when the language has no romanization or the form has none of its letters.</returns>
    /// <remarks>Characters the table does not name (spaces, hyphens, Latin letters, digits) are kept as they are.</remarks>
    public IReadOnlyList<string> Romanize(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        if (Romanization.Count == 0)
        {
            return [];
        }

        _romanizationByFirst ??= Romanization.GroupBy(r => r.Letters[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Letters.Length).ToArray());
        var segments = new List<string[]>(lower.Length);
        var any = false;
        var i = 0;
        while (i < lower.Length)
        {
            string[]? latin = null;
            if (_romanizationByFirst.TryGetValue(lower[i], out var rows))
            {
                foreach (var (letters, spellings) in rows)
                {
                    if (string.CompareOrdinal(lower, i, letters, 0, letters.Length) == 0)
                    {
                        latin = spellings;
                        i += letters.Length;
                        break;
                    }
                }
            }

            if (latin is null)
            {
                segments.Add([lower[i].ToString()]);
                i++;
            }
            else
            {
                segments.Add(latin);
                any = true;
            }
        }

        if (!any)
        {
            return [];
        }

        // Spellings by how many letters leave the usual choice: none, then one, then two; a name rarely needs more.
        var result = new List<string>(4);
        for (var changes = 0; changes <= 2 && result.Count < MaxRomanizations; changes++)
        {
            Spell(segments, 0, changes, new System.Text.StringBuilder(lower.Length + 4), result);
        }

        return result;
    }

    private static void Spell(List<string[]> segments, int index, int changesLeft, System.Text.StringBuilder prefix, List<string> result)
    {
        if (result.Count >= MaxRomanizations)
        {
            return;
        }

        if (index == segments.Count)
        {
            if (changesLeft == 0)
            {
                var spelled = prefix.ToString();
                if (!result.Contains(spelled))
                {
                    result.Add(spelled);
                }
            }

            return;
        }

        var choices = segments[index];
        var length = prefix.Length;
        for (var c = 0; c < choices.Length && (c == 0 || changesLeft > 0); c++)
        {
            prefix.Append(choices[c]);
            Spell(segments, index + 1, c == 0 ? changesLeft : changesLeft - 1, prefix, result);
            prefix.Length = length;
        }
    }

    /// <summary>The clitics the first word of a name may start with, as (characters to skip, article to restore); "no clitic" first, then longest clitic first.</summary>
    /// <param name="word">The first word as written.</param>
    /// <returns>At least (0, "").</returns>
    public IEnumerable<(int Skip, string Restore)> Leading(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        yield return (0, "");
        _orderedProclitics ??= [.. Proclitics.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)];
        foreach (var (clitic, restore) in _orderedProclitics)
        {
            if (word.Length > clitic.Length + 1 && word.StartsWith(clitic, StringComparison.Ordinal))
            {
                yield return (clitic.Length, restore);
            }
        }
    }

    /// <summary>
    /// The particles (left out of the mention) and heads (kept in it) the last word of a name may end with, as
    /// character counts; least stripped first, "nothing" first of all.
    /// </summary>
    /// <param name="word">The last word as written (from the name's start when the name is that one word).</param>
    /// <returns>At least (0, 0); every reading leaves at least one character.</returns>
    public IEnumerable<(int Particle, int Head)> Trailing(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var particles = new SortedSet<int> { 0 };
        var frontier = new List<int> { 0 };
        for (var depth = 0; depth < MaxParticles && frontier.Count > 0 && Particles.Count > 0; depth++)
        {
            // Particles may follow each other: "에서" + "는", "으로" + "의".
            var next = new List<int>();
            foreach (var cut in frontier)
            {
                foreach (var p in Particles)
                {
                    if (word.Length - cut - p.Length >= 1 && string.CompareOrdinal(word, word.Length - cut - p.Length, p, 0, p.Length) == 0
                        && particles.Add(cut + p.Length))
                    {
                        next.Add(cut + p.Length);
                    }
                }
            }

            frontier = next;
        }

        foreach (var cut in particles)
        {
            yield return (cut, 0);
            foreach (var head in Heads)
            {
                if (word.Length - cut - head.Length >= 1 && string.CompareOrdinal(word, word.Length - cut - head.Length, head, 0, head.Length) == 0)
                {
                    yield return (cut, head.Length);
                }
            }
        }
    }

    /// <summary>Whether a string is nothing but one to three particles ("는", "에서는").</summary>
    /// <param name="rest">What follows a word.</param>
    /// <returns>True when particles cover it entirely; false for an empty string.</returns>
    public bool IsParticles(string rest)
    {
        ArgumentNullException.ThrowIfNull(rest);
        if (rest.Length == 0)
        {
            return false;
        }

        for (var depth = 0; depth < MaxParticles && rest.Length > 0; depth++)
        {
            var particle = Particles.Where(p => rest.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length);
            if (particle is null)
            {
                return false;
            }

            rest = rest[particle.Length..];
        }

        return rest.Length == 0;
    }

    /// <summary>A name with its article removed when it has one, added when it has none ("الخرطوم" ↔ "خرطوم").</summary>
    /// <param name="name">A name as written or folded.</param>
    /// <returns>One other spelling per article; none when the language has no articles.</returns>
    public IEnumerable<string> WithOrWithoutArticle(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var article in Articles)
        {
            yield return name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length + 1
                ? name[article.Length..] : article + name;
        }
    }

    private void AddSuffixForms(string word, List<string> forms, string original)
    {
        _orderedSuffixes ??= [.. Suffixes.OrderByDescending(s => s.Ending.Length)];
        foreach (var (ending, replacements) in _orderedSuffixes)
        {
            if (word.Length - ending.Length < MinimumStem || !word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^ending.Length];
            foreach (var r in replacements)
            {
                Add(forms, stem + r, original);
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

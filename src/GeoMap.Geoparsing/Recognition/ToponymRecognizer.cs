using GeoMap.Core.Places;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>Finds toponyms in a text by longest match of capitalized word sequences against the gazetteer.</summary>
/// <remarks>
/// A toponym starts at a capitalized word (or at a lower-case generic word such as <c>mer</c> in
/// <c>mer du Japon</c> when the whole phrase is a name) and extends as far as some gazetteer name
/// does. Single words are rejected when they are common words, follow a title (<c>President</c>),
/// open a sentence while the text also uses them in lower case, or sit inside a longer run of
/// capitalized words that is not itself a name (<c>Mark Rutte</c>, <c>Kim Hong-kyun</c>).
/// </remarks>
/// <param name="gazetteer">The gazetteer to match against.</param>
public sealed class ToponymRecognizer(Gazetteer.Gazetteer gazetteer)
{
    private const int MaxWords = 7;
    private const int MaxRomanizedForms = 6;
    private const long RomanizedAlternatePopulation = 50_000;

    // Bounds the lookup memos together: a few thousand distinct capitalized words per hundred articles, so this is hours of news.
    private const int MaxRememberedLookups = 100_000;
    private readonly CaselessNames caseless = new(gazetteer);

    // Surface forms already looked up, with and without the transliteration fallback. Recognition asks the gazetteer for
    // every capitalized word and its extensions, the same ones article after article ("The", "President", "Washington"),
    // and a lookup folds, hashes and checks own names and skeletons each time; the gazetteer is immutable, so the answer
    // for a surface never changes. The arrays are shared and never written to.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int[] Entries, NameMatchKind Kind)>[] lookups =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> prefixes = new(StringComparer.Ordinal);
    private int remembered;

    /// <summary>The gazetteer matched against.</summary>
    public Gazetteer.Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>Finds the toponyms of a text, in order, without overlaps.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>Candidates with their possible entries.</returns>
    public List<ToponymCandidate> Recognize(string text, CancellationToken cancellationToken = default) =>
        Recognize(text, null, cancellationToken);

    /// <summary>Finds the toponyms of a text written in a known language, in order, without overlaps.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="language">
    /// The text's language, or null: its function words, months and weekdays are never a one-word place,
    /// its <see cref="Languages.LanguageRules.NameNouns"/> may end a name, particles and clitics are stripped from names in caseless scripts, and its
    /// <see cref="Languages.LanguageRules.Morphology"/> turns inflected or prefixed words into the forms the gazetteer holds.
    /// </param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>Candidates with their possible entries.</returns>
    public List<ToponymCandidate> Recognize(string text, Languages.LanguageRules? language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = SplitHyphenated(text, Tokenizer.Words(text));
        var lower = LowerCaseWords(text, tokens);
        var found = new List<ToponymCandidate>();
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < tokens.Count)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Scripts.StartsCaseless(text, tokens[i].Start))
            {
                // Hangul and Arabic: no capital letters to start at, particles and clitics glued to the name.
                if (caseless.At(text, tokens, i, language) is { } c)
                {
                    found.Add(new ToponymCandidate(c.Start, c.End, text[c.Start..c.End], c.Entries, c.Kind, SpatialCues.Read(text, tokens, i, c.Last, language)));
                    i = c.Last + 1;
                }
                else
                {
                    i++;
                }

                continue;
            }

            if (StreetAt(text, tokens, i, language) is { } street)
            {
                // "Harlow Street", "412 Birch St.": a street the gazetteer does not hold, placed at its town on resolution.
                found.Add(street.Candidate);
                i = street.Last + 1;
                continue;
            }

            var match = WithoutCityWord(text, tokens, i, LongestMatch(text, tokens, i, language));
            var first = i;
            var embedded = false;
            if ((match is null || match.Value.Last == i) && IsDirectionPrefix(text, tokens, i)
                && LongestMatch(text, tokens, i + 1, language) is { } based && Accept(text, tokens, i + 1, based.Last, based.Entries, lower, personWords, language)
                && !InsideOrganisationName(text, tokens, i, based.Last))
            {
                // "Western Europe", "Central Luzon", "North Dallas": the part of a place, placed at the place.
                match = based;
            }
            else if (match is { } inCompound && HyphenCompoundInsideLongerName(text, tokens, i, inCompound.Last) == true)
            {
                match = null; // "Agence [France]-Presse", "Jean-[Pierre] Morel"
            }
            else if (match is { } inName && IsEmbedded(text, tokens, i, inName.Last))
            {
                // "[Springfield] Police Department", "R-[Westfield]", "a [U.S.]-led coalition": a place inside a longer name.
                embedded = AcceptEmbedded(text, tokens, i, inName.Last, inName.Entries, lower, IsEnglish(language));
                match = embedded ? match : null;
            }
            else if (match is { } plain && !Accept(text, tokens, i, plain.Last, plain.Entries, lower, personWords, language))
            {
                // "[Dublin] Arts Council": no place on its own, but the place an organisation is named after.
                embedded = OpensLongerName(text, tokens, i, plain.Last, language) && AcceptEmbedded(text, tokens, i, plain.Last, plain.Entries, lower, IsEnglish(language));
                match = embedded ? match : null;
            }

            if (match is { } seat && IsSeatOfGovernment(text, tokens, i, seat.Last, language))
            {
                // "the White House said": the presidency, no place to resolve (nor White House, Tennessee); its words are read no further.
                i = seat.Last + 1;
                continue;
            }

            if (match is { } saint && saint.Last > i && IsAbbreviationDot(text, tokens[i], tokens[i + 1]) && SaintsNameUsedOtherwise(text, tokens, i, saint.Last))
            {
                // "St. Mary's School", "Raynola St. Clair said": a saint's name that is an institution's or a person's here.
                match = null;
            }

            if (match is { } m)
            {
                var last = GeographicHeadAfter(text, tokens, m.Last, language) ?? m.Last;
                var end = tokens[last].End;
                if (end < text.Length && text[end] == '.' && ((tokens[last].Length == 1 && last > first) || IsAbbreviationOfArea(text[tokens[first].Start..end], m.Entries)))
                {
                    end++; // an initialism or an abbreviation keeps its final dot: U.S., U.K., W.Va., Calif.
                }

                found.Add(new ToponymCandidate(tokens[first].Start, end, text[tokens[first].Start..end],
                    m.Entries, m.Kind, SpatialCues.Read(text, tokens, first, last, language), embedded ? MentionType.Embedded : MentionType.Literal));
                i = last + 1;
            }
            else if (PartyTagPlace(text, tokens, i) is { } tagged)
            {
                // "D-Columbus", "R-West Chester": the district a politician represents.
                found.Add(tagged.Candidate);
                i = tagged.Last + 1;
            }
            else if (DemonymAt(text, tokens, i, IsEnglish(language)) is { } demonym)
            {
                // "the Malaysian government", "South Ossetian separatists": a mention of the country, not a place visited.
                found.Add(demonym.Candidate);
                i = demonym.Last + 1;
            }
            else
            {
                i++;
            }
        }

        // A surname met in a full name ("Thomas Dunn") is a person's name when it later stands alone ("Dunn said"); so is
        // the name that labels a speaker's turns in a transcript ("HARVEY: We drove out…").
        personWords.UnionWith(SpeakerLabels(text));
        found.RemoveAll(c => !c.Surface.Contains(' ', StringComparison.Ordinal) && personWords.Contains(c.Surface));

        // A small place inside a longer name is the document's place only when the text also names it on its own
        // ("Dublin City Council" in an article about Dublin, Ohio); a prominent one always is ("Texas Department of Health").
        var literal = found.Where(c => c.Type == MentionType.Literal).Select(c => TextFolding.Fold(c.Surface)).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(c => c.Type == MentionType.Embedded && !c.Entries.Any(e => IsProminent(Gazetteer[e])) && !literal.Contains(TextFolding.Fold(c.Surface)));
        ReadCountyLists(text, tokens, found, language);
        MarkUnionsActing(text, tokens, found, language);
        SpatialCues.LinkNear(found, text);
        return found;
    }

    /// <summary>The last words of the names that open two or more lines with a colon: the speakers of a transcript or an
    /// interview ("HARVEY: We drove out…", "Q:"), or a form's labels ("Tel:"). A dateline opens one line only ("KARACHI: The
    /// port…"), and so does a heading that names a place ("Beijing: two nights").</summary>
    private static HashSet<string> SpeakerLabels(string text)
    {
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var line = 0; line < text.Length; line = text.IndexOf('\n', line) is var n and >= 0 ? n + 1 : text.Length)
        {
            var k = line;
            while (k < text.Length && text[k] is ' ' or '\t' or '\u00a0')
            {
                k++;
            }

            // Up to four capitalised words, then a colon and a space: "MIKEL:", "CHICKEN JOHN:".
            var (words, lastStart, end) = (0, k, k);
            while (words < 4 && end < text.Length && char.IsUpper(text[end]))
            {
                lastStart = end;
                while (end < text.Length && (char.IsLetter(text[end]) || TextFolding.IsApostrophe(text[end]) || text[end] == '-'))
                {
                    end++;
                }

                words++;
                if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            if (words > 0 && end + 1 < text.Length && text[end] == ':' && text[end + 1] is ' ' or '\t' or '\u00a0')
            {
                var label = text[lastStart..end];
                labels[label] = labels.GetValueOrDefault(label) + 1;
            }
        }

        return [.. labels.Where(kv => kv.Value >= 2).Select(kv => kv.Key)];
    }

    /// <summary>A union of states named where no preposition of place governs it is the body that acts or rules: "the EU
    /// said", "EU rules", "EU countries" are <see cref="MentionType.Metonymic"/>; "in the EU", "across the European Union"
    /// name its territory and stay literal.</summary>
    private void MarkUnionsActing(string text, List<Token> tokens, List<ToponymCandidate> found, Languages.LanguageRules? language)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            if (c.Type == MentionType.Literal && Array.Exists(c.Entries, e => Gazetteer[e].FeatureCode == FeatureCodes.UnionOfStates)
                && !AfterPlacePreposition(text, tokens, c.Start, language ?? LanguageCatalog.Find("en")))
            {
                found[k] = c with { Type = MentionType.Metonymic };
            }
        }
    }

    /// <summary>Whether a preposition of place of the language (<see cref="Languages.LanguageRules.PlacePrepositions"/>, with
    /// an article or not) stands right before the name starting at <paramref name="start"/>.</summary>
    private static bool AfterPlacePreposition(string text, List<Token> tokens, int start, Languages.LanguageRules? rules)
    {
        var i = tokens.FindIndex(t => t.Start >= start);
        if (rules is null || i <= 0)
        {
            return false;
        }

        var k = i - 1;
        if (rules.Articles.Contains(tokens[k].Norm) && CountyLists.Blank(text, tokens[k].End, tokens[k + 1].Start))
        {
            k--;
        }

        var phrase = "";
        for (var n = 0; n < 3 && k - n >= 0 && CountyLists.Blank(text, tokens[k - n].End, tokens[k - n + 1].Start); n++)
        {
            phrase = n == 0 ? tokens[k].Norm : tokens[k - n].Norm + " " + phrase;
            if (rules.PlacePrepositions.ContainsKey(phrase) || rules.LocativePrepositions.Contains(phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces what was found on the names of a list closed by a plural county noun with those counties ("Cooke,
    /// Grayson and Love counties", see <see cref="CountyLists"/>).</summary>
    private void ReadCountyLists(string text, List<Token> tokens, List<ToponymCandidate> found, Languages.LanguageRules? language)
    {
        var counties = CountyLists.Find(text, tokens, Gazetteer, language);
        if (counties.Count == 0)
        {
            return;
        }

        foreach (var (first, last, entries, kind) in counties)
        {
            var (start, end) = (tokens[first].Start, tokens[last].End);
            found.RemoveAll(c => c.Start < end && start < c.End);
            found.Add(new ToponymCandidate(start, end, text[start..end], entries, kind, SpatialCues.Read(text, tokens, first, last, language) with { RegionWord = true }));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Looks up a given span (for resolution with known spans).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Span start.</param>
    /// <param name="end">Span end.</param>
    /// <returns>The candidate, with no entries when the gazetteer does not know the name.</returns>
    public ToponymCandidate Lookup(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var surface = text[start..end];
        var (entries, kind) = Gazetteer.Lookup(surface);
        if (entries.Length == 0 && surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            (entries, kind) = Gazetteer.Lookup(surface[4..]);
        }

        if (entries.Length == 0)
        {
            (entries, kind) = LookupCounty(surface);
        }

        var type = MentionType.Literal;
        var folded = TextFolding.Fold(surface);
        if (demonyms.Value.CountryOf(folded) is var country and >= 0 && IsDemonymRatherThanTown(entries, folded))
        {
            // A given "Palestinians" or "Sri Lankan" is a mention of the country, as the recognizer reads it; so is a
            // demonym that some village bears as a name ("Russian"), which the recognizer never takes for the village.
            (entries, kind, type) = ([country], NameMatchKind.Folded, MentionType.Demonym);
        }

        var tokens = Tokenizer.Words(text);
        var first = tokens.FindIndex(t => t.End > start);
        var last = tokens.FindLastIndex(t => t.Start < end);
        var cue = first >= 0 && last >= first ? SpatialCues.Read(text, tokens, first, last) : default;
        if (type == MentionType.Literal && CountyLists.Find(text, tokens, Gazetteer, null).Find(c => c.First == first && c.Last == last) is { Entries: { } counties } listed
            && tokens[first].Start == start && tokens[last].End == end)
        {
            // A name listed before "counties" is that county, as the recognizer reads it.
            (entries, kind, cue) = (counties, listed.Kind, cue with { RegionWord = true });
        }

        return new ToponymCandidate(start, end, surface, entries, kind, cue, type, IsStreet: entries.Length == 0 && IsStreetShaped(text, start, end));
    }

    /// <summary>A given name the gazetteer knows only with a county noun of English (the language the caller gave no other
    /// for): "Oconee" is Oconee County, "Platte Co." Platte County. Only second-level areas are taken.</summary>
    private (int[] Entries, NameMatchKind Kind) LookupCounty(string surface)
    {
        var heads = LanguageCatalog.Find("en")?.CountyHeads ?? [];
        var name = surface.TrimEnd('.');
        if (name.EndsWith(" Co", StringComparison.OrdinalIgnoreCase) && heads.Count > 0)
        {
            // "Co." abbreviates the first of them, County.
            name = name[..^3];
            heads = [heads[0]];
        }
        else if (name.Length != surface.Length)
        {
            return ([], NameMatchKind.None);
        }

        foreach (var head in heads)
        {
            var (entries, kind) = Gazetteer.Lookup(name + " " + head);
            var areas = entries.Where(e => Gazetteer[e].FeatureCode == "ADM2").ToArray();
            if (areas.Length > 0)
            {
                return (areas, kind);
            }
        }

        return ([], NameMatchKind.None);
    }

    /// <summary>Whether a given word shaped like a demonym means the country rather than the places it names: always when
    /// none of them bears it as its own name ("Russian", an alternate name of a Serbian village); when a small town does
    /// ("Canadian", Texas), only if the word ends as demonyms do ("-an", "-ese", "-ish"), for a town named "Mala" or "Mona"
    /// merely begins like a country.</summary>
    private bool IsDemonymRatherThanTown(int[] entries, string folded)
    {
        var own = Gazetteer.OwnNamesAmong(entries, folded);
        if (own.Length == 0)
        {
            return true;
        }

        var singular = folded.EndsWith('s') ? folded[..^1] : folded;
        return (singular.EndsWith("an", StringComparison.Ordinal) || singular.EndsWith("ese", StringComparison.Ordinal) || singular.EndsWith("ish", StringComparison.Ordinal))
            && !own.Any(e => IsProminent(Gazetteer[e]));
    }

    private (int Last, int[] Entries, NameMatchKind Kind)? LongestMatch(string text, List<Token> tokens, int first, Languages.LanguageRules? language)
    {
        var t0 = tokens[first];
        var startsLower = !t0.IsCapitalized;
        // A language's lower-case name noun may open a name as well as end it: Polish "obwodu kurskiego", "morza Czerwonego".
        // Most words open no name: asked of each, so the token's own text (kept by the token) is lowered once, not copied twice.
        var lowerFirst = startsLower ? TextFolding.Lower(t0.Text) : null;
        var nounFirst = startsLower && language is not null && language.IsNameNoun(lowerFirst!);
        if (startsLower && !nounFirst && !GenericHeads.Contains(lowerFirst!))
        {
            return null;
        }

        var morphology = startsLower && !nounFirst ? null : language?.Morphology;
        List<string>? variants = null;
        (int, int[], NameMatchKind)? best = null;
        for (var j = first; j < tokens.Count && j < first + MaxWords; j++)
        {
            if (j > first && !OnlySpaceBetween(text, tokens[j - 1].End, tokens[j].Start) && !IsInitialDot(text, tokens[j - 1], tokens[j])
                && !IsAbbreviationDot(text, tokens[j - 1], tokens[j]))
            {
                break;
            }

            var surface = text[t0.Start..tokens[j].End];
            var lowerWord = morphology is null && (tokens[j].IsCapitalized || j == first || language is null) ? null : TextFolding.Lower(text[tokens[j].Start..tokens[j].End]);
            var capitalizedEnd = tokens[j].IsCapitalized || char.IsDigit(text[tokens[j].Start]) || (j > first && language is not null && language.IsNameNoun(lowerWord!))
                || (nounFirst && j > first);
            var found = false;
            var written = false;
            if (capitalizedEnd || j == first)
            {
                var (entries, kind) = LookupName(surface, allowTransliteration: j == first);
                if (entries.Length > 0 && !(startsLower && j == first))
                {
                    best = (j, entries, kind);
                    found = true;
                    written = morphology is not null;
                }
            }

            var prefixOfSome = OpensSomeName(surface);
            if (morphology is not null)
            {
                // The forms a gazetteer holds, word by word: "Курскую область" → "курская область".
                variants = Extend(variants, lowerWord!, morphology.Forms(lowerWord!));
                foreach (var v in variants)
                {
                    if ((!found || written) && (capitalizedEnd || j == first) && !(startsLower && j == first) && v != TextFolding.Lower(text[t0.Start..tokens[j].End]))
                    {
                        var (entries, kind) = LookupName(v);
                        // The written form may itself be some place's name: "Орши" is Orchies' Russian name, but in a Russian text
                        // the genitive of Orsha. The word read as an inflected form wins when that reading is a closer match, or as
                        // close and of a larger place.
                        if (entries.Length > 0 && (!found || Outranks(entries, kind, best!.Value.Item2, best.Value.Item3)))
                        {
                            best = (j, entries, kind);
                            found = true;
                            written = false;
                        }
                    }

                    prefixOfSome = prefixOfSome || OpensSomeName(v);
                }

                if (!found && !prefixOfSome && morphology.Romanization.Count > 0 && (!t0.IsSentenceStart || t0.IsAllCaps))
                {
                    // The gazetteer may hold only the Latin name (Niamey for "Ньямей"): the forms spelled in Latin, as a last resort,
                    // matched exactly (a skeleton of a spelling of a spelling is too loose) and never for a word that opens a
                    // sentence, where every common word is capitalized (only a dateline's capitals are taken there).
                    foreach (var v in variants.Take(MaxRomanizedForms))
                    {
                        foreach (var latin in morphology.Romanize(v))
                        {
                            if (!found && (capitalizedEnd || j == first) && !(startsLower && j == first))
                            {
                                var (entries, _) = LookupName(latin, allowTransliteration: false);
                                entries = RomanizedMatches(entries, latin);
                                if (entries.Length > 0)
                                {
                                    best = (j, entries, NameMatchKind.Transliterated);
                                    found = true;
                                }
                            }

                            prefixOfSome = prefixOfSome || OpensSomeName(latin);
                        }
                    }
                }
            }

            if (!prefixOfSome)
            {
                break;
            }
        }

        return best;
    }

    // A closer kind of match, or as close and of a larger place (the largest of each set of entries).
    private bool Outranks(int[] entries, NameMatchKind kind, int[] than, NameMatchKind thanKind) =>
        kind < thanKind || (kind == thanKind && entries.Max(e => Gazetteer[e].Population) > than.Max(e => Gazetteer[e].Population));

    /// <summary>
    /// The entries a Latin spelling of a word in another script may stand for: every country has its name in each
    /// script the languages write (a Latin match of a Cyrillic word is another language's exonym: Turkish "Şili"), and
    /// a short name or an alternate name (a former name, an adjective) counts only for a large place: "Силы" spelled
    /// "Sili" is a hamlet's name and "Тихоокеанский" a town's former one. A spelling that is some place's own name is
    /// that place, not a larger place's former name ("Новоросійська" is Novorossiysk, not Dnipro, once called so).
    /// </summary>
    private int[] RomanizedMatches(int[] entries, string latin)
    {
        var foldedLatin = TextFolding.Fold(latin);
        int[] matches = [.. entries.Where(e => IsRomanizedMatch(e, foldedLatin))];
        var own = matches.Length == 0 ? [] : Gazetteer.OwnNamesAmong(matches, foldedLatin);
        if (own.Length > 0)
        {
            return own;
        }

        if (matches.Length == 0)
        {
            return matches;
        }

        // Only an alternate name matched: the place whose own name this spells another way ("Novorosiysk", Novorossiysk) wins.
        var (spelled, kind) = LookupName(latin);
        int[] others = kind == NameMatchKind.Folded ? [.. Gazetteer.OwnNamesAmong([.. spelled.Except(matches)], foldedLatin).Where(e => IsRomanizedMatch(e, foldedLatin))] : [];
        return others.Length > 0 ? others : matches;
    }

    private bool IsRomanizedMatch(int entry, string foldedLatin)
    {
        if (Gazetteer[entry].Kind == PlaceKind.Country)
        {
            return false;
        }

        var own = Gazetteer.IsOwnName(entry, foldedLatin);
        return Gazetteer[entry].Population >= RomanizedAlternatePopulation ? own || foldedLatin.Length >= 5 : own && foldedLatin.Length >= 5;
    }

    /// <summary>Every phrase so far followed by every form of the next word (the word itself first), at most 16.</summary>
    private static List<string> Extend(List<string>? phrases, string word, IReadOnlyList<string> forms)
    {
        var next = new List<string>(4);
        foreach (var p in phrases ?? [""])
        {
            foreach (var f in forms.Prepend(word))
            {
                if (next.Count < 16)
                {
                    next.Add(p.Length == 0 ? f : p + " " + f);
                }
            }
        }

        return next;
    }

    /// <summary>"St. Louis", "Mt. Pleasant", "Ft. Worth": a capitalized two-letter abbreviation, its dot and a space before a
    /// capitalized word may go on into one name; it is one only where the gazetteer holds the whole (a title before a
    /// surname, "Dr. Paris", is no name of any place).</summary>
    private static bool IsAbbreviationDot(string text, Token previous, Token next) =>
        previous.Length == 2 && char.IsUpper(text[previous.Start]) && text[previous.End] == '.' && next.Start == previous.End + 2
        && text[previous.End + 1] == ' ' && char.IsUpper(text[next.Start]);

    /// <summary>A name opened by an abbreviation ("St. Clair", "St. Mary") that the text uses for a church or a school (a
    /// possessive: "St. Mary's", "St. Paul's Church") or for a person (after a first name: "Raynola St. Clair"; before a
    /// verb of saying: "St. Clair said").</summary>
    private static bool SaintsNameUsedOtherwise(string text, List<Token> tokens, int first, int last)
    {
        var end = tokens[last].End;
        if (end + 1 < text.Length && TextFolding.IsApostrophe(text[end]) && (text[end + 1] is 's' or 'S'))
        {
            return true;
        }

        if (first > 0 && tokens[first - 1] is { IsCapitalized: true, IsSentenceStart: false, IsAllCaps: false } before
            && OnlySpaceBetween(text, before.End, tokens[first].Start))
        {
            return true;
        }

        return IsSpeaker(text, tokens, last);
    }

    private static bool IsInitialDot(string text, Token previous, Token next) =>
        previous.Length == 1 && text[previous.End] == '.' && (next.Start == previous.End + 1
            // "W. Va.", "N. Dak.": an initial, a space, then a capitalized abbreviation
            || (next.Start == previous.End + 2 && text[previous.End + 1] == ' ' && char.IsUpper(text[previous.Start]) && next.Length <= 4 && char.IsUpper(text[next.Start])));

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (!(text[k] == ' ' || text[k] == '-' || text[k] == '\u00a0' || TextFolding.IsApostrophe(text[k])))
            {
                return false;
            }
        }

        return true;
    }

    private bool Accept(string text, List<Token> tokens, int first, int last, int[] entries, HashSet<string> lowerWords, HashSet<string> personWords, Languages.LanguageRules? language)
    {
        if (!Accept(text, tokens, first, last, entries, lowerWords, language, out var partOfName))
        {
            if (partOfName && !OpensLongerName(text, tokens, first, last, language))
            {
                personWords.Add(text[tokens[first].Start..tokens[first].End]);
            }

            return false;
        }

        // A function word, a month, a weekday or an ordinary noun of the text's language is no one-word place (German "Mai",
        // "Lage", Russian "Во", Italian "Paese"). A text of no given language is read by the English-shaped rules, and so
        // English's own list of such words applies ("questioned in English" is no English, Indiana), not its calendar.
        return first != last || IsStrongCountry(entries)
            || (language is null ? LanguageCatalog.Find("en")?.IsNotPlaceWord(tokens[first].Norm) != true : !language.IsNeverPlaceAlone(tokens[first].Norm));
    }

    private bool Accept(string text, List<Token> tokens, int first, int last, int[] entries, HashSet<string> lowerWords, Languages.LanguageRules? language, out bool partOfName)
    {
        partOfName = false;
        var t = tokens[first];
        var lowerWord = TextFolding.Lower(text[t.Start..t.End]);
        if (InsideOrganisationName(text, tokens, first, last) || IsCodeOrCurrency(text, tokens[first].Start, tokens[last].End))
        {
            return false; // the United States Department of Agriculture, the New York Times, US$5, A/California/7/2009
        }

        if (first != last)
        {
            return true;
        }

        // An abbreviation a trusted source gives (NSW, EU) is neither the common word it spells (French "eu") nor an acronym.
        var abbreviation = t.IsAllCaps && Gazetteer.Abbreviations.Contains(text[t.Start..t.End]);
        if (IsContraction(text[t.Start..t.End]) || ((CommonWords.Contains(lowerWord) || CommonWords.IsTitle(lowerWord)) && !IsCountryByOwnName(entries, lowerWord) && !abbreviation))
        {
            return false; // I've, we'll; Sen. McConnell, Gov. Perry
        }

        if (t.IsAllCaps && t.Length <= 4 && !IsStrongCountry(entries) && !abbreviation && !IsDateline(text, t))
        {
            return false; // WHO, CDC, AFP
        }

        if (first > 0 && IsTitleBefore(text, tokens, first))
        {
            // A title opens a person's name ("Governor Paris", "foreign minister Lavrov"), so the word is that person's
            // name wherever else it stands alone; but a lower-case title before a country's name is a common noun: "the
            // best leader Bulgaria has had" names the country, and must not strike it from the whole article.
            if (char.IsUpper(text[tokens[first - 1].Start]) || !IsStrongCountry(entries))
            {
                partOfName = true;
                return false;
            }
        }

        if (t.IsSentenceStart && lowerWords.Contains(lowerWord))
        {
            return false;
        }

        // "Pakistani", "Azerbaijani": GeoNames lists some demonyms among their own country's names; the word is still the
        // adjective of the people, a mention of the country as a demonym (DemonymAt), not the country as a place.
        if (first == last && demonyms.Value.CountryOf(TextFolding.Fold(text[t.Start..t.End])) is var country and >= 0 && entries.Contains(country))
        {
            return false;
        }

        if (IsEnglish(language) && IsStrongCountry(entries) && !IsCountryByOwnName(entries, lowerWord) && !t.IsAllCaps && BeforeSurname(text, tokens, last))
        {
            // "Alan Gettman", "Sam Herrick": a first name that is merely some language's name of a country (Åland's "Alan").
            partOfName = true;
            return false;
        }

        if (IsStrongCountry(entries))
        {
            return true;
        }

        if (last + 1 < tokens.Count && NotPlaceHeads.Contains(text[tokens[last + 1].Start..tokens[last + 1].End]))
        {
            return false; // Marburg virus, Reston ebolavirus, Lassa fever
        }

        if (demonyms.Value.IsDemonym(TextFolding.Fold(text[t.Start..t.End])))
        {
            return false;
        }

        if (!ProminentByOwnName(entries, lowerWord, DotAfter(text, t) || !IsEnglish(language)) && Lexicon.IsOrdinaryWord(lowerWord))
        {
            return false; // the Summer of 2008, Plans are made, the Justice Department, the Interior Minister: hamlets and alternate names aside
        }

        var prominent = entries.Any(e => IsProminent(Gazetteer[e]));
        if (!prominent && IsFirmNamePart(text, tokens, first, last))
        {
            return false; // "Harlan & Brandt", "Baker & Sons": partners of a firm; a prominent place is more likely a place ("Texas & Pacific")
        }

        if (!prominent && IsSpeaker(text, tokens, first))
        {
            partOfName = true;
            return false; // "Hartl said", "according to Whitley"
        }

        if (InsideLongerName(text, tokens, first, lowerWords, language, out var afterAnotherName))
        {
            // Only a word after another capitalized word is in a surname's place ("Thomas Dunn"); a word before one
            // ("Springfield High School") says nothing about the word standing alone.
            partOfName = afterAnotherName;
            return false;
        }

        return true;
    }

    /// <summary>A street's name opening at token <paramref name="i"/>: up to three capitalized words ("Eighth", not yet "8th"),
    /// after a compass initial or word if any ("W. Maple Avenue", "North Cedar Boulevard"), ending in a street head of the
    /// language ("Street", "Boulevard", "St.").</summary>
    /// <remarks>
    /// The name must stand alone: a capitalized word right before it or after it makes it part of a longer name ("Main Street
    /// Bank"), a number after the head makes it a route ("County Road 15"), a function word cannot open it ("In Dr."), and
    /// "St." before a capitalized word is Saint.
    /// </remarks>
    private (ToponymCandidate Candidate, int Last)? StreetAt(string text, List<Token> tokens, int i, Languages.LanguageRules? language)
    {
        var t = tokens[i];
        if (!t.IsCapitalized)
        {
            return null;
        }

        var rules = language ?? (IsEnglish(language) ? LanguageCatalog.Find("en") : null);
        if (rules is null || rules.StreetHeads.Count == 0 || (t.IsAllCaps && t.Length > 1) || rules.IsFunctionOrCalendarWord(t.Norm)
            || CommonWords.IsTitle(TextFolding.Lower(t.Text)) || (t.IsSentenceStart && CommonWords.Contains(TextFolding.Lower(t.Text))))
        {
            return null;
        }

        if (i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].IsSentenceStart && OnlySpaceBetween(text, tokens[i - 1].End, tokens[i].Start))
        {
            return null; // inside a longer run of capitalized words
        }

        var first = i;
        if (t.Length == 1 && text[t.Start] is 'N' or 'S' or 'E' or 'W')
        {
            // "W. Maple Avenue": a compass initial, a dot and a space, then the name.
            if (i + 1 >= tokens.Count || tokens[i + 1].Start != t.End + 2 || text[t.End] != '.' || text[t.End + 1] != ' ' || !tokens[i + 1].IsCapitalized)
            {
                return null;
            }

            i++;
        }

        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            var w = tokens[j];
            if (!text.AsSpan(tokens[j - 1].End, w.Start - tokens[j - 1].End).SequenceEqual(" ") || !w.IsCapitalized)
            {
                return null;
            }

            var abbreviation = rules.IsStreetHeadAbbreviation(w.Norm) && w.End < text.Length && text[w.End] == '.';
            if (rules.IsStreetHead(w.Norm) || abbreviation)
            {
                var end = abbreviation ? w.End + 1 : w.End;
                var k = j + 1;
                if (k < tokens.Count && tokens[k].Start - end <= 1 && text.AsSpan(end, tokens[k].Start - end).Trim(' ').IsEmpty
                    && (tokens[k].IsCapitalized || char.IsDigit(text[tokens[k].Start])))
                {
                    return null; // "Main Street Bank", "County Road 15", "St. Louis"
                }

                return (new ToponymCandidate(tokens[first].Start, end, text[tokens[first].Start..end], [], NameMatchKind.None,
                    SpatialCues.Read(text, tokens, first, j, language), MentionType.Literal, IsStreet: true), j);
            }

            if (rules.IsFunctionOrCalendarWord(w.Norm))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a gold or analyst-given span is shaped like a street's name (see <see cref="StreetAt"/>), for spans the
    /// gazetteer does not know.</summary>
    private bool IsStreetShaped(string text, int start, int end)
    {
        var tokens = Tokenizer.Words(text[start..end]);
        return tokens.Count >= 2 && StreetAt(text[start..end], tokens, 0, null) is { } street && street.Candidate.End == end - start;
    }

    /// <summary>Whether a place name at [first, last] is part of a longer name: an organisation's ("[Ohio] Department of
    /// Transportation", "University of [Georgia]", "[Dublin] Arts Council"), a politician's party tag ("D-[Columbus]"), a
    /// hyphenated modifier ("a [U.S.]-led coalition", "[Iraq]-based") or a hyphenated pair ("[Fargo]-Moorhead", "Egypt-[US]").</summary>
    /// <remarks>A name opening an organisation's name without one of its usual heads ("[Dublin] Arts Council") is read as
    /// embedded only when it is no place on its own (see <see cref="OpensLongerName"/>): "Kenya Wildlife Service" stays a
    /// mention of Kenya, as "Mexico City Health Secretary" stays one of Mexico City.</remarks>
    private bool IsEmbedded(string text, List<Token> tokens, int first, int last) =>
        InsideOrganisationName(text, tokens, first, last) || IsPartyTag(text, tokens, first) || IsHyphenModifier(text, tokens, last)
        || IsHyphenPair(text, tokens, first, last);

    /// <summary>"[Fargo]-Moorhead", "Athens-[Clarke County]", "Egypt-[US] relations": a name joined by a hyphen to another
    /// capitalized word, as a part of the compound, when the compound stands alone.</summary>
    private bool IsHyphenPair(string text, List<Token> tokens, int first, int last) =>
        HyphenCompoundInsideLongerName(text, tokens, first, last) == false;

    /// <summary>Whether the hyphenated compound of capitalized words around [first, last] sits inside a longer run of
    /// capitalized words: then it is a person's or an organisation's name ("Jean-Pierre Morel", "Nina Webb-Lawton", "Agence
    /// France-Presse", "the EU-China High Level Dialogue"), and its parts are no places.</summary>
    /// <returns>Null when no capitalized word is joined to the name by a hyphen.</returns>
    private bool? HyphenCompoundInsideLongerName(string text, List<Token> tokens, int first, int last)
    {
        if (!(last + 1 < tokens.Count && HyphenJoined(text, tokens[last], tokens[last + 1]) && tokens[last + 1].IsCapitalized)
            && !(first > 0 && HyphenJoined(text, tokens[first - 1], tokens[first]) && tokens[first - 1].IsCapitalized))
        {
            return null;
        }

        var from = first;
        while (from > 0 && HyphenJoined(text, tokens[from - 1], tokens[from]))
        {
            from--;
        }

        var to = last;
        while (to + 1 < tokens.Count && HyphenJoined(text, tokens[to], tokens[to + 1]))
        {
            to++;
        }

        var runBefore = from > 0 && tokens[from - 1].IsCapitalized && !tokens[from - 1].IsSentenceStart && tokens[from - 1].Norm != "the"
            && OnlySpaceBetween(text, tokens[from - 1].End, tokens[from].Start);
        var runAfter = to + 1 < tokens.Count && tokens[to + 1].IsCapitalized && !tokens[to + 1].IsAllCaps
            && OnlySpaceBetween(text, tokens[to].End, tokens[to + 1].Start) && !IsNameContinuationAllowed(text, tokens[to + 1]);
        return runBefore || runAfter;
    }

    private static bool HyphenJoined(string text, Token left, Token right) =>
        right.Start == left.End + 1 && TextFolding.IsHyphen(text[left.End]);

    /// <summary>"[Dublin] Arts Council", "the [Texas] Forest Service", "[Nashville] Film Festival": in English, a name followed
    /// by a capitalized ordinary word opens the name of an organisation, a building or an event.</summary>
    /// <remarks>
    /// A surname is no ordinary word in lower case (Paris Hilton), a street's noun makes the whole a street's name (Dublin
    /// Road), and a region word, a facility word, a direction or another area's name continues a place's own name
    /// (Henry County, Tampa Bay, Scott West). The name must open its run of capitalized words: inside a longer run it is more
    /// likely a person's name.
    /// </remarks>
    private bool OpensLongerName(string text, List<Token> tokens, int first, int last, Languages.LanguageRules? language)
    {
        var k = last + 1;
        if (!IsEnglish(language) || k >= tokens.Count || !tokens[k].IsCapitalized || tokens[k].IsAllCaps
            || !text.AsSpan(tokens[last].End, tokens[k].Start - tokens[last].End).Trim(" \u00a0").IsEmpty || tokens[k].Start == tokens[last].End)
        {
            return false;
        }

        if (first > 0 && tokens[first - 1].IsCapitalized && !tokens[first - 1].IsSentenceStart && tokens[first - 1].Norm != "the"
            && OnlySpaceBetween(text, tokens[first - 1].End, tokens[first].Start))
        {
            return false;
        }

        var word = text[tokens[k].Start..tokens[k].End];
        var lowerWord = TextFolding.Lower(word);
        var english = language ?? LanguageCatalog.Find("en");
        return Lexicon.IsOrdinaryWord(lowerWord) && english is not null && !english.IsStreetNoun(tokens[k].Norm) && !english.IsFunctionOrCalendarWord(tokens[k].Norm)
            && !DirectionWords.Contains(word) && !IsNameContinuationAllowed(text, tokens[k]);
    }

    /// <summary>"D-Columbus", "R-Westfield", "I-Vt.": a one-letter party initial joined to the place by a hyphen.</summary>
    private static bool IsPartyTag(string text, List<Token> tokens, int first)
    {
        if (first == 0)
        {
            return false;
        }

        var p = tokens[first - 1];
        return p.Length == 1 && p.End + 1 == tokens[first].Start && text[p.End] == '-' && text[p.Start] is 'D' or 'R' or 'I'
            && (p.Start == 0 || !char.IsLetterOrDigit(text[p.Start - 1]));
    }

    /// <summary>A place after a party initial inside one hyphenated token ("D-Columbus", "R-West Chester"), as an embedded mention.</summary>
    private (ToponymCandidate Candidate, int Last)? PartyTagPlace(string text, List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Length < 4 || text[t.Start + 1] != '-' || text[t.Start] is not ('D' or 'R' or 'I') || !char.IsUpper(text[t.Start + 2]))
        {
            return null;
        }

        var start = t.Start + 2;
        (ToponymCandidate, int)? best = null;
        for (var last = i; last < tokens.Count && last <= i + 2; last++)
        {
            if (last > i && (!tokens[last].IsCapitalized || !OnlySpaceBetween(text, tokens[last - 1].End, tokens[last].Start)))
            {
                break;
            }

            var surface = text[start..tokens[last].End];
            var (entries, kind) = LookupName(surface, allowTransliteration: false);
            if (entries.Length > 0 && !CommonWords.Contains(TextFolding.Lower(surface)))
            {
                best = (new ToponymCandidate(start, tokens[last].End, surface, entries, kind, default, MentionType.Embedded), last);
            }
        }

        return best;
    }

    /// <summary>"U.S.-led", "Iraq-based": the name joined by a hyphen to a lower-case word.</summary>
    private static bool IsHyphenModifier(string text, List<Token> tokens, int last)
    {
        var end = tokens[last].End;
        if (end < text.Length && text[end] == '.')
        {
            end++;
        }

        return end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]);
    }

    /// <summary>The checks a place inside a longer name still has to pass: not a common word, not an unknown acronym,
    /// not an ordinary word unless prominent, not a title's name.</summary>
    private bool AcceptEmbedded(string text, List<Token> tokens, int first, int last, int[] entries, HashSet<string> lowerWords, bool english)
    {
        if (IsCodeOrCurrency(text, tokens[first].Start, tokens[last].End) || first != last && !tokens[last].IsCapitalized)
        {
            return false;
        }

        if (first != last)
        {
            return true;
        }

        var t = tokens[first];
        var lowerWord = TextFolding.Lower(text[t.Start..t.End]);
        var abbreviation = t.IsAllCaps && Gazetteer.Abbreviations.Contains(text[t.Start..t.End]);
        var prominent = ProminentByOwnName(entries, lowerWord, DotAfter(text, t) || !english);
        return !IsContraction(text[t.Start..t.End]) && (IsStrongCountry(entries) || abbreviation || (!CommonWords.Contains(lowerWord) && !(t.IsAllCaps && t.Length <= 4)))
            && !(first > 0 && IsTitleBefore(text, tokens, first))
            && !(t.IsSentenceStart && lowerWords.Contains(lowerWord))
            && (prominent || !Lexicon.IsOrdinaryWord(lowerWord))
            && !demonyms.Value.IsDemonym(TextFolding.Fold(text[t.Start..t.End]));
    }

    /// <summary>Some candidate is prominent, and some bears the word as its own name: "Interior" is only an alternate name of
    /// an Omani governorate and of nothing else, so "the Interior Minister" names no place; Newton is several towns' own name.</summary>
    /// <remarks>An ocean or a country may go by a short name ("Pacific"), and an abbreviation with its dot is no ordinary word
    /// ("Ill.", "Calif.").</remarks>
    private bool ProminentByOwnName(int[] entries, string lowerWord, bool dotted)
    {
        var folded = TextFolding.Fold(lowerWord);
        return entries.Any(e => IsProminent(Gazetteer[e])) && (dotted || entries.Any(e => Gazetteer.IsOwnName(e, folded)
            || Gazetteer[e].Kind is GeoMap.Core.Places.PlaceKind.Country or GeoMap.Core.Places.PlaceKind.WaterBody || Gazetteer[e].FeatureCode == "CONT"));
    }

    /// <summary>The word list that says what is an ordinary word is English: in a Polish text "Palmy" is Palmyra, not an adjective.</summary>
    private static bool IsEnglish(Languages.LanguageRules? language) => language is null || language.Code == "en";

    private static bool DotAfter(string text, Token t) => t.End < text.Length && text[t.End] == '.';

    /// <summary>An English contraction: "I've", "we'll", "they're", "I'm" (no place name ends so).</summary>
    private static bool IsContraction(string word)
    {
        var k = word.LastIndexOfAny(['\'', '\u2019']);
        return k > 0 && word[(k + 1)..].ToLowerInvariant() is "ve" or "ll" or "re" or "m";
    }

    /// <summary>"Dublin City Council", "Springfield City Hall": "City" after a town's name is the word of the office's name
    /// unless the pair is a town's own name (Kansas City, Jersey City); Dublin City, the area, is what the council governs.</summary>
    private (int Last, int[] Entries, NameMatchKind Kind)? WithoutCityWord(string text, List<Token> tokens, int first, (int Last, int[] Entries, NameMatchKind Kind)? match)
    {
        // Only before another capitalized word of the longer name: a sentence-final "Quebec City" or "Gaza City" stays whole.
        if (match is not { } m || m.Last == first || text[tokens[m.Last].Start..tokens[m.Last].End] != "City" || m.Last + 1 >= tokens.Count
            || !tokens[m.Last + 1].IsCapitalized || !OnlySpaceBetween(text, tokens[m.Last].End, tokens[m.Last + 1].Start))
        {
            return match;
        }

        var phrase = TextFolding.Fold(text[tokens[first].Start..tokens[m.Last].End]);
        if (m.Entries.Any(e => Gazetteer[e].Kind == GeoMap.Core.Places.PlaceKind.PopulatedPlace && Gazetteer.IsOwnName(e, phrase)))
        {
            return match;
        }

        var (entries, kind) = LookupName(text[tokens[first].Start..tokens[m.Last - 1].End]);
        return entries.Length > 0 ? (m.Last - 1, entries, kind) : match;
    }

    /// <summary>"Calif", "W.Va", "Tex": a short mixed-case alternate name of a first-level region (its abbreviation), which
    /// keeps its dot, and so does a large city's name cut short ("Phila."); a sentence-final "UK.", "Congo." or "Kyoto." does
    /// not. A village elsewhere that bears the letters as its own name ("Fla" is also Flå, Norway) does not make the state's
    /// abbreviation a word.</summary>
    private bool IsAbbreviationOfArea(string surface, int[] entries)
    {
        var letters = surface.Count(char.IsLetter);
        var folded = TextFolding.Fold(surface);
        return letters <= 5 && surface.Any(char.IsLower) && !IsStrongCountry(entries) && !entries.Any(e => Gazetteer.IsOwnName(e, folded) && IsProminent(Gazetteer[e]))
            && entries.Any(e => Gazetteer[e] is var g && !Gazetteer.IsOwnName(e, folded)
                && ((g.FeatureCode == "ADM1" && char.ToUpperInvariant(g.Name[0]) == surface[0])
                    // "Phila.": a large city's name cut short
                    || (g.IsCityOrCapital && g.Population >= 1_000_000 && TextFolding.Fold(g.Name).StartsWith(folded, StringComparison.Ordinal))));
    }

    /// <summary>A demonym at token i ("Malaysian", "Russians", "Sri Lankan"), as a candidate naming its country.</summary>
    private (ToponymCandidate Candidate, int Last)? DemonymAt(string text, List<Token> tokens, int i, bool english)
    {
        var t = tokens[i];
        if (!t.IsCapitalized || t.IsAllCaps || t.Length < 3 || (i > 0 && IsPartyTag(text, tokens, i)))
        {
            return null;
        }

        // The longer form first: "Sri Lankan", "South Ossetian", "North Korean".
        for (var last = Math.Min(i + 1, tokens.Count - 1); last >= i; last--)
        {
            if (last > i && (!tokens[last].IsCapitalized || !OnlySpaceBetween(text, tokens[i].End, tokens[last].Start)))
            {
                continue;
            }

            var surface = text[t.Start..tokens[last].End];
            var country = demonyms.Value.CountryOf(TextFolding.Fold(surface));
            if (country >= 0 && NamesLanguage(text, tokens, last))
            {
                return null; // "French-speaking", "English-language": the language, not its country
            }

            if (country >= 0 && last == i && english && IsSurname(text, tokens, i))
            {
                return null; // "Monica French", "French said": a person bearing the word as a surname
            }

            if (country >= 0)
            {
                return (new ToponymCandidate(t.Start, tokens[last].End, surface, [country], NameMatchKind.Folded,
                    default, MentionType.Demonym), last);
            }
        }

        return null;
    }

    /// <summary>Tokens first..last are the building a government is named by (the language's
    /// <see cref="Languages.LanguageRules.SeatsOfGovernment"/>, English's for a text of no given language).</summary>
    private static bool IsSeatOfGovernment(string text, List<Token> tokens, int first, int last, Languages.LanguageRules? language)
    {
        var seats = (language ?? LanguageCatalog.Find("en"))?.SeatsOfGovernment ?? [];
        if (seats.Count == 0)
        {
            return false;
        }

        var folded = TextFolding.Fold(text[tokens[first].Start..tokens[last].End]);
        return seats.Any(s => TextFolding.Fold(s) == folded);
    }

    /// <summary>A demonym hyphenated to a word that makes it a language's name: "French-speaking" (the language's
    /// <see cref="Languages.LanguageRules.LanguageHeads"/>, English's for a text of no given language).</summary>
    private static bool NamesLanguage(string text, List<Token> tokens, int last)
    {
        var heads = LanguageCatalog.Find("en")?.LanguageHeads ?? [];
        var end = tokens[last].End;
        if (heads.Count == 0 || end >= text.Length || text[end] != '-')
        {
            return false;
        }

        var k = tokens.FindIndex(last + 1, t => t.Start > end);
        return k > last && tokens[k].Start == end + 1 && heads.Contains(TextFolding.Lower(text[tokens[k].Start..tokens[k].End]));
    }

    /// <summary>A wire-copy dateline: a name in capitals opening the text or a line, then a comma or a dash ("КИЕВ, 3 мая —", "GOMA -").</summary>
    private static bool IsDateline(string text, Token t)
    {
        var k = t.Start - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00a0')
        {
            k--;
        }

        if (k >= 0 && text[k] != '\n' && text[k] != '\r')
        {
            return false;
        }

        var n = t.End;
        while (n < text.Length && text[n] is ' ' or '\u00a0')
        {
            n++;
        }

        return n < text.Length && text[n] is ',' or '-' or '\u2013' or '\u2014';
    }

    /// <summary>A country whose own name the word is: a common word stays a country only so ("Chad"), not through another
    /// language's name for one ("Island", Iceland in German; "Man", the Isle of Man; "My", the United States in Vietnamese).</summary>
    private bool IsCountryByOwnName(int[] entries, string lowerWord)
    {
        var folded = TextFolding.Fold(lowerWord);
        return entries.Any(e => Gazetteer[e].Kind == GeoMap.Core.Places.PlaceKind.Country && Gazetteer.IsOwnName(e, folded));
    }

    private bool IsStrongCountry(int[] entries) => entries.Any(e => Gazetteer[e].Kind == GeoMap.Core.Places.PlaceKind.Country);

    private static bool IsTitleBefore(string text, List<Token> tokens, int i)
    {
        var prev = tokens[i - 1];
        return OnlySpaceOrDot(text, prev.End, tokens[i].Start) && CommonWords.IsTitle(TextFolding.Lower(text[prev.Start..prev.End]));
    }

    private static bool OnlySpaceOrDot(string text, int from, int to) =>
        to - from <= 2 && text.AsSpan(from, to - from).Trim(" .\u00a0").IsEmpty;

    private bool InsideLongerName(string text, List<Token> tokens, int i, HashSet<string> lowerWords, Languages.LanguageRules? language, out bool afterAnotherName)
    {
        afterAnotherName = false;
        // A capitalized neighbour that is not a place and not a region word makes this word part of a person's or organisation's name.
        if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && OnlySpaceBetween(text, tokens[i].End, tokens[i + 1].Start)
            && !tokens[i + 1].IsAllCaps && !IsNameContinuationAllowed(text, tokens[i + 1]))
        {
            return true;
        }

        if (IsAfterMiddleInitial(text, tokens, i))
        {
            // "Roy A. Nelson", "Harry S. Truman": a first name and a middle initial put the word in a surname's place. Not a
            // reason to drop the word elsewhere: a town is often named after the person its article then names in full.
            return true;
        }

        if (i > 0 && tokens[i - 1].IsCapitalized && OnlySpaceBetween(text, tokens[i - 1].End, tokens[i].Start)
            && !IsNameContinuationAllowed(text, tokens[i - 1]) && (!tokens[i - 1].IsSentenceStart || IsLikelyFirstName(text, tokens[i - 1], lowerWords))
            && !IsCommonNoun(tokens, i - 1, language) && !(language is not null && !IsEnglish(language) && language.IsFunctionOrCalendarWord(tokens[i - 1].Norm)))
        {
            // A capitalised preposition opening a clause after a dash or a dateline ("(PAP) – Na Podlasie trafi …") is no first name.
            // In a surname's place only after what may be a first name: "Free Tibet", "New Quito Airport" and "Universal
            // Orlando" are names of other things, and the place stands alone elsewhere in the text.
            afterAnotherName = !IsEnglish(language) || !Lexicon.IsOrdinaryWord(TextFolding.Lower(text[tokens[i - 1].Start..tokens[i - 1].End]));
            return true;
        }

        return false;
    }

    /// <summary>A name joined to a capitalized word by an ampersand ("Harlan &amp; Brandt", "Baker &amp; Sons"): the name of a firm.</summary>
    private static bool IsFirmNamePart(string text, List<Token> tokens, int first, int last)
    {
        static bool Ampersand(string text, Token left, Token right) =>
            text.AsSpan(left.End, right.Start - left.End).Trim(' ') is "&" && right.Start - left.End <= 3;

        return (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && Ampersand(text, tokens[last], tokens[last + 1]))
            || (first > 0 && tokens[first - 1].IsCapitalized && Ampersand(text, tokens[first - 1], tokens[first]));
    }

    /// <summary>A capitalized word of two letters or more, a space, one capital letter with its dot, a space, then the word.</summary>
    private static bool IsAfterMiddleInitial(string text, List<Token> tokens, int i)
    {
        if (i < 2)
        {
            return false;
        }

        var (first, initial) = (tokens[i - 2], tokens[i - 1]);
        return initial.Length == 1 && char.IsUpper(text[initial.Start]) && initial.End + 2 == tokens[i].Start && text[initial.End] == '.'
            && text[initial.End + 1] == ' ' && first.Length > 1 && first.IsCapitalized && !first.IsAllCaps && first.End + 1 == initial.Start
            && text[first.End] == ' ';
    }

    /// <summary>
    /// In a language that capitalises its nouns, a capitalised word after a determiner and any lower-case adjectives is a
    /// common noun ("der Stadt", "vom Hafen", "im nordkosovarischen Dorf"), and a name right after it is its apposition
    /// ("der Stadt Charkiw"), not the second half of a person's name.
    /// </summary>
    private static bool IsCommonNoun(List<Token> tokens, int noun, Languages.LanguageRules? language)
    {
        if (language is null || language.NounDeterminers.Count == 0)
        {
            return false;
        }

        // "in Richtung Moskau": a noun the language uses as a preposition of place is no first name.
        if (language.IsPlacePreposition(tokens[noun].Norm))
        {
            return true;
        }

        for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
        {
            var word = tokens[k];
            if (language.IsNounDeterminer(word.Norm))
            {
                return true;
            }

            if (word.IsCapitalized || word.Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsNameContinuationAllowed(string text, Token neighbour)
    {
        var word = text[neighbour.Start..neighbour.End];
        var lower = TextFolding.Lower(word);
        // "Co Dublin", "Co. Cork": the Irish and British abbreviation of County.
        if (SpatialCues.IsRegionWord(lower) || SpatialCues.IsFacilityWord(lower) || CommonWords.IsTitle(lower) || SpatialCues.IsGeographicHead(word, null) || word == "Co")
        {
            return true;
        }

        // A neighbouring country or region name is a list or an apposition; any other capitalized word, even one that
        // names some village, is more likely part of a person's or organisation's name (Thomas Dunn).
        foreach (var e in Gazetteer.Folded.Find(TextFolding.Fold(word)))
        {
            if (Gazetteer[e].Kind is GeoMap.Core.Places.PlaceKind.Country or GeoMap.Core.Places.PlaceKind.Region)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="i"/> stands where a surname does: after a first name (a capitalized word that is no ordinary
    /// word, no place and no demonym: "Monica French") or before a verb of saying ("French said").</summary>
    private bool IsSurname(string text, List<Token> tokens, int i)
    {
        if (i + 1 < tokens.Count && SpeechVerbs.Contains(TextFolding.Lower(text[tokens[i + 1].Start..tokens[i + 1].End]))
            && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Trim().IsEmpty)
        {
            return true;
        }

        if (i == 0 || tokens[i - 1] is not { IsCapitalized: true, IsAllCaps: false, IsSentenceStart: false } before
            || !text.AsSpan(before.End, tokens[i].Start - before.End).SequenceEqual(" "))
        {
            return false;
        }

        var word = text[before.Start..before.End];
        var lower = TextFolding.Lower(word);
        return !CommonWords.Contains(lower) && !CommonWords.IsTitle(lower) && !Lexicon.IsOrdinaryWord(lower) && !IsNameContinuationAllowed(text, before)
            && LookupName(word).Entries.Length == 0 && !demonyms.Value.IsDemonym(TextFolding.Fold(word));
    }

    /// <summary>A capitalized word right after token <paramref name="i"/> that is no ordinary word and names no place: a surname
    /// ("Gettman" after "Alan").</summary>
    private bool BeforeSurname(string text, List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1] is not { IsCapitalized: true, IsAllCaps: false } next || !OnlySpaceBetween(text, tokens[i].End, next.Start)
            || text.AsSpan(tokens[i].End, next.Start - tokens[i].End).ContainsAny("-'\u2019"))
        {
            return false;
        }

        var word = text[next.Start..next.End];
        var lower = TextFolding.Lower(word);
        return !CommonWords.Contains(lower) && !Lexicon.IsOrdinaryWord(lower) && !IsNameContinuationAllowed(text, next)
            && LookupName(word).Entries.Length == 0 && !demonyms.Value.IsDemonym(TextFolding.Fold(word));
    }

    /// <summary>A sentence-initial capitalized word that is no ordinary word and no place: "Mohammed Ali", "Tim Whitley".</summary>
    private bool IsLikelyFirstName(string text, Token t, HashSet<string> lowerWords)
    {
        var word = text[t.Start..t.End];
        var lower = TextFolding.Lower(word);
        return !t.IsAllCaps && !lowerWords.Contains(lower) && !CommonWords.Contains(lower) && !Lexicon.IsOrdinaryWord(lower)
            && Gazetteer.Folded.Find(TextFolding.Fold(word)).Length == 0 && !demonyms.Value.IsDemonym(TextFolding.Fold(word));
    }

    /// <summary>Countries, regions, capitals and cities of 100,000 people or more: what news text means by a bare name.</summary>
    private static bool IsProminent(GazetteerEntry e) =>
        e.Kind is GeoMap.Core.Places.PlaceKind.Country or GeoMap.Core.Places.PlaceKind.Region or GeoMap.Core.Places.PlaceKind.WaterBody
        || e.FeatureCode == "CONT" || e.IsCityOrCapital || e.CuratedKey is not null;

    /// <summary>The word is who speaks: "Hartl said", "said Clifford", "according to Whitley".</summary>
    private static bool IsSpeaker(string text, List<Token> tokens, int i)
    {
        if (i + 1 < tokens.Count && SpeechVerbs.Contains(TextFolding.Lower(text[tokens[i + 1].Start..tokens[i + 1].End]))
            && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Trim().IsEmpty)
        {
            return true;
        }

        if (i > 0 && SpeechVerbs.Contains(TextFolding.Lower(text[tokens[i - 1].Start..tokens[i - 1].End]))
            && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim().IsEmpty)
        {
            return true;
        }

        return i > 1 && TextFolding.Lower(text[tokens[i - 1].Start..tokens[i - 1].End]) == "to"
            && TextFolding.Lower(text[tokens[i - 2].Start..tokens[i - 2].End]) is "according";
    }

    /// <summary>The place names an organisation, a newspaper or a disease: "[United States] Department of Agriculture",
    /// "[Michigan] State University", "University of [Georgia]", "Voice of [America]", "[Hong Kong] Flu".</summary>
    private static bool InsideOrganisationName(string text, List<Token> tokens, int first, int last)
    {
        for (var k = last + 1; k < tokens.Count && k <= last + 3; k++)
        {
            // "U.S. Department": the initialism's own dot may sit between the name and the head.
            var gap = text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
            if (!tokens[k].IsCapitalized || gap.Length > 3 || !gap.Trim(" .\u00a0").IsEmpty || (gap.Contains('.') && tokens[k - 1].Length > 1))
            {
                break;
            }

            if (OrganisationHeads.Contains(text[tokens[k].Start..tokens[k].End]))
            {
                return true;
            }
        }

        return first > 1 && TextFolding.Lower(text[tokens[first - 1].Start..tokens[first - 1].End]) == "of"
            && OrganisationHeadsBeforeOf.Contains(text[tokens[first - 2].Start..tokens[first - 2].End]);
    }

    /// <summary>Currency signs and virus strain codes: "US$460 million", "A/California/7/2009".</summary>
    /// <remarks>
    /// Names joined by slashes alone ("Kair/Mogadiszu", "ЕРЕВАН/БАКУ", the places of a joint dateline) are places: a code is
    /// told by a digit or a one-letter part in its slash-joined run.
    /// </remarks>
    private static bool IsCodeOrCurrency(string text, int start, int end)
    {
        if (end < text.Length && text[end] == '$')
        {
            return true;
        }

        if (!(end < text.Length && text[end] == '/') && !(start > 0 && text[start - 1] == '/'))
        {
            return false;
        }

        var from = start;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !char.IsWhiteSpace(text[to]) && text[to] is not (',' or '(' or ')'))
        {
            to++;
        }

        var run = text.AsSpan(from, to - from).TrimEnd(",.;:");
        foreach (var part in run.ToString().Split('/'))
        {
            if (part.Length < 2 || part.Any(char.IsDigit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Western" in "Western Europe", when the pair is not itself a name (South Africa is).</summary>
    private static bool IsDirectionPrefix(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].IsCapitalized && !tokens[i].IsAllCaps && tokens[i + 1].IsCapitalized
        && OnlySpaceBetween(text, tokens[i].End, tokens[i + 1].Start) && DirectionWords.Contains(text[tokens[i].Start..tokens[i].End]);

    /// <summary>The last token of a geographic head after a name ("Salinas Valley", "Danube Delta", "Da Nang International Airport"), or null.</summary>
    private static int? GeographicHeadAfter(string text, List<Token> tokens, int last, Languages.LanguageRules? language)
    {
        var k = last + 1;
        if (k < tokens.Count && text[tokens[k].Start..tokens[k].End] == "International" && k + 1 < tokens.Count
            && text[tokens[k + 1].Start..tokens[k + 1].End] == "Airport" && OnlySpaceBetween(text, tokens[k].End, tokens[k + 1].Start))
        {
            return k + 1;
        }

        return k < tokens.Count && OnlySpaceBetween(text, tokens[last].End, tokens[k].Start) && SpatialCues.IsGeographicHead(text[tokens[k].Start..tokens[k].End], language)
            ? k : null;
    }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "stated", "explained", "noted", "warned", "argued", "insisted", "declared", "wrote",
        "déclare", "dit", "affirme", "explique", "précise",
    };

    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        "Department", "Ministry", "University", "College", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette",
        "Cross", "Society", "Agency", "Institute", "Hospital", "Flu", "Corporation", "Company", "Bank", "Airlines", "Airways",
        "Council", "Police", "Sheriff", "Sheriff's", "Commission", "Committee", "Association", "Board", "Library", "Chamber",
        "Authority", "Patrol", "Guard", "Coalition", "Partners", "Foundation", "Club", "Schools",
        // The names of wars, as of diseases ("Flu" above): "the [Iraq] War" is the war, not a place where something happens.
        "War", "Wars",
    };

    private static readonly HashSet<string> OrganisationHeadsBeforeOf = new(StringComparer.Ordinal)
    {
        "University", "Department", "Voice", "Bank", "College", "Institute", "School", "Université", "Corporation", "Corp", "Company",
    };

    private static readonly HashSet<string> DirectionWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater",
        "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West",
    };

    /// <summary>"Atlanta-area", "Fargo-Moorhead", "Egypt-US": a capitalized hyphenated word that is no name as a whole is read
    /// as its parts (see <see cref="OpensPart"/>), so that the places in it are found; a whole name (Winston-Salem, Guinea-Bissau, Saint-Pétersbourg) and a
    /// demonym (Nord-Coréens) stay one word.</summary>
    private List<Token> SplitHyphenated(string text, List<Token> tokens)
    {
        List<Token>? split = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || !t.IsCapitalized || !HasInnerHyphen(text, t) || IsWholeName(text, t))
            {
                split?.Add(t);
                continue;
            }

            split ??= tokens.GetRange(0, k);
            var start = t.Start;
            for (var c = t.Start + 1; c <= t.End; c++)
            {
                if (c < t.End && (!TextFolding.IsHyphen(text[c]) || !OpensPart(text, c + 1, t.End)))
                {
                    continue;
                }

                var upper = char.IsUpper(text[start]);
                split.Add(new Token(text, start, c, TokenKind.Word)
                {
                    IsCapitalized = upper,
                    IsAllCaps = upper && c - start > 1 && !HasLower(text, start, c),
                    IsSentenceStart = start == t.Start && t.IsSentenceStart,
                });
                start = c + 1;
            }
        }

        return split ?? tokens;
    }

    /// <summary>The part of a hyphenated word from <paramref name="start"/> is a word of its own: a capitalized one ("Moorhead")
    /// or an ordinary English word ("area", "based"); "Sang-hee" and "Jae-in" stay one name.</summary>
    private static bool OpensPart(string text, int start, int end)
    {
        if (char.IsUpper(text[start]))
        {
            return true;
        }

        var stop = start;
        while (stop < end && !TextFolding.IsHyphen(text[stop]))
        {
            stop++;
        }

        return stop - start > 2 && Lexicon.IsOrdinaryWord(TextFolding.Lower(text[start..stop]));
    }

    private static bool HasInnerHyphen(string text, Token t)
    {
        for (var c = t.Start + 1; c < t.End - 1; c++)
        {
            if (TextFolding.IsHyphen(text[c]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLower(string text, int start, int end)
    {
        for (var c = start; c < end; c++)
        {
            if (char.IsLower(text[c]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some multi-word name of the gazetteer starts with these words, remembered per surface form like <see cref="LookupName"/>.</summary>
    private bool OpensSomeName(string surface)
    {
        if (prefixes.TryGetValue(surface, out var known))
        {
            return known;
        }

        // Folded like the index keys: "Côte d'Ivoire" is "cote divoire", "People's Republic" is "peoples republic".
        var opens = Gazetteer.IsPrefix(TextFolding.Fold(surface));
        Remember(prefixes, surface, opens);
        return opens;
    }

    /// <summary>Adds an answer to a memo, emptying the memo first when it is full.</summary>
    /// <remarks>The entries are counted here: <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}.Count"/>
    /// takes every lock of the dictionary, and asked on every miss it cost more than the lookups it saves.</remarks>
    private void Remember<T>(System.Collections.Concurrent.ConcurrentDictionary<string, T> memo, string key, T value)
    {
        if (Interlocked.Increment(ref remembered) > MaxRememberedLookups)
        {
            foreach (var m in lookups)
            {
                m.Clear();
            }

            prefixes.Clear();
            Interlocked.Exchange(ref remembered, 0);
        }

        memo.TryAdd(key, value);
    }

    /// <summary><see cref="Gazetteer.Gazetteer.Lookup"/>, remembered per surface form (see <c>lookups</c>).</summary>
    private (int[] Entries, NameMatchKind Kind) LookupName(string surface, bool allowTransliteration = true)
    {
        var memo = lookups[allowTransliteration ? 1 : 0];
        if (memo.TryGetValue(surface, out var known))
        {
            return known;
        }

        var found = Gazetteer.Lookup(surface, allowTransliteration);
        Remember(memo, surface, found);
        return found;
    }

    private bool IsWholeName(string text, Token t)
    {
        var folded = TextFolding.Fold(t.Text);
        return Gazetteer.IsPrefix(folded) || LookupName(t.Text).Entries.Length > 0 || demonyms.Value.IsDemonym(folded);
    }

    private static HashSet<string> LowerCaseWords(string text, List<Token> tokens)
    {
        var set = new HashSet<string>(tokens.Count, StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (char.IsLower(text[t.Start]))
            {
                set.Add(t.Text);
            }
        }

        return set;
    }

    private static readonly HashSet<string> NotPlaceHeads = new(StringComparer.Ordinal)
    {
        "virus", "ebolavirus", "fever", "disease", "strain", "syndrome", "virus's",
    };

    private readonly Lazy<DemonymFilter> demonyms = new(() => new DemonymFilter(gazetteer, LanguageCatalog.Find("en")?.Demonyms));

    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "mer", "golfe", "détroit", "océan", "base", "camp", "péninsule", "zone", "pont", "centrale", "gare", "port",
        "polygone", "terrain", "cosmodrome", "kraï", "oblast", "république", "région", "aéroport",
    };
}

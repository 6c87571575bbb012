using System.Globalization;
using GeoMap.Core.Reports;
using GeoMap.Geoparsing.Extraction.Curated;
using GeoMap.Geoparsing.Extraction.Movements;
using GeoMap.Geoparsing.Extraction.Sentences;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>Turns a report into places and movements: the one call the CLI, the server and the benchmarks use.</summary>
/// <remarks>
/// <para>Deterministic: the same text, date and language always give the same result. Thread-safe: one
/// instance can analyse many reports in parallel.</para>
/// <para>Movements come out with <see cref="Core.Movements.Movement.CreatedBy"/> "extractor" and no
/// <see cref="Core.Movements.Movement.CreatedAt"/> (storage stamps it), so results compare equal run to run.</para>
/// <para>Robust: empty, binary or oversized input throws <see cref="UnusableInputException"/> with a
/// message for the user; HTML is reduced to text first (offsets still point into the HTML, see
/// <see cref="CleanText"/>); no regular expression is involved, every step is linear or bounded per
/// sentence, so no input can make it hang.</para>
/// </remarks>
public sealed class ReportAnalyzer
{
    /// <summary>What a stored report records as its extractor: "GeoMap" and this build's version (with its commit).</summary>
    public static string Version { get; } = "GeoMap " + (typeof(ReportAnalyzer).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown");

    /// <summary>Sentences longer than this many characters are run-on text (tables, dumps), not statements; they are not read for movements.</summary>
    public const int MaxSentenceLength = 4_000;

    private readonly CuratedLexicons _curated;
    private readonly IMentionFinder _places;
    // One splitter per language: its own abbreviations in any case, other languages' only as capitalised titles.
    private static readonly Dictionary<string, SentenceSplitter> Splitters = LanguageCatalog.All.ToDictionary(
        r => r.Code, r => new SentenceSplitter(LanguageCatalog.AllAbbreviations, r.Abbreviations), StringComparer.Ordinal);

    /// <summary>Creates an analyzer from curated lexicons and a place finder (the curated countries when null).</summary>
    public ReportAnalyzer(CuratedLexicons curated, IMentionFinder? places = null)
    {
        ArgumentNullException.ThrowIfNull(curated);
        _curated = curated;
        _places = places ?? new CuratedCountryFinder(curated);
    }

    /// <summary>The place finder in use.</summary>
    public IMentionFinder PlaceFinder => _places;

    /// <summary>The analyzer with the shared gazetteer and the committed curated lists: what the CLI and the server use.</summary>
    /// <remarks>Loads (or builds) the gazetteer cache on first use; <see cref="GazetteerLoader.Shared"/> keeps one per process.</remarks>
    /// <exception cref="DirectoryNotFoundException">When the data folder cannot be found.</exception>
    public static ReportAnalyzer CreateDefault() =>
        new(LoadCuratedLexicons(), new GazetteerMentionFinder(Recognition.PlaceRecognizer.CreateDefault()));

    /// <summary>Loads the curated lexicons from the repository's <c>data/gazetteer</c> folder (or <c>GEOMAP_DATA</c>).</summary>
    /// <exception cref="DirectoryNotFoundException">When the data folder cannot be found.</exception>
    public static CuratedLexicons LoadCuratedLexicons(string? dataDirectory = null) =>
        CuratedLexicons.Load(Path.Combine(dataDirectory ?? DataPaths.FindDataDirectory(), "gazetteer"));

    /// <summary>Analyses a stored or incoming report; its language and publication date are used when set.</summary>
    /// <remarks>A report without a publication date is read as published today (UTC), so its relative dates are only as good as that guess.</remarks>
    public AnalysisResult Analyze(Report report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Analyze(report.Text, report.PublishedAt ?? DateTimeOffset.UtcNow, report.Language, cancellationToken);
    }

    /// <summary>Analyses <paramref name="text"/> published at <paramref name="publishedAt"/>.</summary>
    /// <param name="text">Plain text or HTML.</param>
    /// <param name="publishedAt">Publication time; relative dates ("hier", "last week") resolve against its UTC day.</param>
    /// <param name="language">An ISO 639-1 code of a supported language (<see cref="LanguageCatalog.Codes"/>), or "auto"/null to detect it.</param>
    /// <param name="cancellationToken">Stops the analysis between sentences.</param>
    /// <exception cref="UnusableInputException">Empty, binary or oversized text, or an unsupported language.</exception>
    public AnalysisResult Analyze(string text, DateTimeOffset publishedAt, string? language = "auto", CancellationToken cancellationToken = default)
    {
        InputGuard.Check(text);
        if (publishedAt.UtcDateTime.Year is < 1900 or > 2200)
        {
            throw new UnusableInputException(string.Create(CultureInfo.InvariantCulture, $"The publication date {publishedAt:yyyy-MM-dd} is out of range: give a date between 1900 and 2200."));
        }

        var rules = ResolveLanguage(language);
        var clean = CleanText.From(text);
        InputGuard.Check(clean.Text);
        // One tokenization of the text for the language detector and the movement reader, whose sentences are slices of it:
        // each token's norm is folded and looked up once.
        var tokens = Text.Tokenizer.Tokenize(clean.Text);
        var guess = rules is null ? LanguageDetector.Identify(clean.Text, tokens) : null;
        rules ??= LanguageCatalog.Find(guess?.Code);

        var mentions = _places.Find(clean.Text, rules?.Code, cancellationToken)
            .Where(m => m.Type != Core.Places.MentionType.Literal
                || !IsActorRatherThanPlace(m.Surface, rules?.LowerCaseDemonyms == true && IsCapitalizedInsideSentence(clean.Text, m.Start)))
            .OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
        var movements = new List<Core.Movements.Movement>();
        if (rules is not null)
        {
            var sentences = Splitters[rules.Code].Split(clean.Text, rules.OrdinalDot).Where(s => s.Text.Length <= MaxSentenceLength).ToList();
            var published = DateOnly.FromDateTime(publishedAt.UtcDateTime);
            // Only the places themselves: "the Malaysian government" or "the Ohio Department of Health" is no destination.
            var literal = mentions.Where(m => m.Type == Core.Places.MentionType.Literal).ToList();
            movements = new MovementExtractor(rules, _curated).Extract(clean.Text, tokens, sentences, literal, published, cancellationToken);
        }

        var places = mentions.Select(m =>
        {
            var (start, end) = clean.ToInput(m.Start, m.End);
            return m with { Start = start, End = end };
        }).ToList();
        var mapped = movements.Select(m => m with { SentenceStart = clean.ToInput(m.SentenceStart) }).ToList();
        return new AnalysisResult(rules?.Code, clean.WasHtml, places, mapped) { UnsupportedLanguage = guess?.Unsupported == true };
    }

    /// <summary>Resolves given toponym spans of a plain text (gold-span mode): exactly those spans, the recognizer bypassed
    /// for them (its other findings still serve as context), so resolution can be measured or corrected on its own.</summary>
    /// <param name="text">Plain text; the spans are UTF-16 offsets into it.</param>
    /// <param name="spans">Half-open [start, end) spans, each non-empty and inside the text.</param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>One mention per span, in the given order; null for a span whose name the gazetteer does not know.</returns>
    /// <exception cref="UnusableInputException">Unusable text, a span outside the text or empty, or no gazetteer behind this analyzer.</exception>
    public IReadOnlyList<Core.Places.Mention?> ResolveSpans(string text, IReadOnlyList<(int Start, int End)> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spans);
        InputGuard.Check(text);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            if (start < 0 || end > text.Length || start >= end)
            {
                throw new UnusableInputException(string.Create(CultureInfo.InvariantCulture,
                    $"span {i + 1} [{start}, {end}) is not a non-empty range inside the text (0 to {text.Length})."));
            }
        }

        if (_places is not GazetteerMentionFinder finder)
        {
            throw new UnusableInputException("Resolving given spans needs the gazetteer; this analyzer has only the curated countries.");
        }

        var resolved = finder.Recognizer.ResolveSpans(text, spans, cancellationToken);
        return [.. resolved.Select(r => r.ToMention(finder.Recognizer.Gazetteer))];
    }

    // "Russian" is a people, not Rušanj (Serbia), and "Wagner" a mercenary group, not Wagner, South Dakota: a mention that
    // is exactly a curated demonym or the name of an actor that is not a state is dropped. A demonym spelt with a capital
    // inside a sentence of a language that writes them in lower case is the country's name ("do Polski", to Poland).
    private bool IsActorRatherThanPlace(string surface, bool capitalNotAdjective)
    {
        var tokens = Tokenizer.Tokenize(surface);
        return tokens.Count > 0 && _curated.Actors.MatchAt(tokens, 0) is { } match && match.Next == tokens.Count
            && ((match.Value.IsDemonym && !capitalNotAdjective) || !match.Value.Actor.IsState);
    }

    // "wrócą do Polski": a capital letter after a word of the same sentence, where a language writes its adjectives of
    // nationality in lower case, starts a name.
    private static bool IsCapitalizedInsideSentence(string text, int start)
    {
        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return false;
        }

        var k = start - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '«' or '„' or '(' or '“'))
        {
            k--;
        }

        return k >= 0 && (char.IsLetterOrDigit(text[k]) || text[k] is ',' or ';' or ':' or ')' or '»' or '”');
    }

    private static LanguageRules? ResolveLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language) || language.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return LanguageCatalog.Find(language)
            ?? throw new UnusableInputException($"The language '{language}' is not supported: use one of {string.Join(", ", LanguageCatalog.Codes)} or auto.");
    }
}

using System.Globalization;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Extraction.Tokens;

namespace GeoMap.Geoparsing.Extraction.Curated;

/// <summary>
/// The curated, language-independent lists under <c>data/gazetteer/</c>: demonyms.tsv, actors.tsv and
/// sources.tsv, compiled into phrase matchers, with the demonyms each language lists in its own folder
/// (<see cref="Languages.LanguageRules.Demonyms"/>).
/// </summary>
/// <remarks>The formats are documented in the header comments of each file. Loading is strict: a malformed line throws with its number.</remarks>
public sealed class CuratedLexicons
{
    private readonly Dictionary<string, ActorEntry> _byCountry = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SourceEntry> _intelligence = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<KeyValuePair<string, ActorName>> _names = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PhraseMatcher<ActorName>> _byLanguage = new(StringComparer.Ordinal);

    private CuratedLexicons(TextReader demonyms, TextReader actors, TextReader sources)
    {
        var names = _names;
        foreach (var (line, fields) in Rows(actors, "actors.tsv", 8))
        {
            var isState = fields[0] == "state";
            Place? place = null;
            if (isState && long.TryParse(fields[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                place = new Place
                {
                    GeonameId = id,
                    Name = fields[3],
                    CountryCode = fields[2],
                    Kind = PlaceKind.Country,
                    FeatureCode = "PCLI",
                    Lon = Number(fields[5], line),
                    Lat = Number(fields[6], line),
                };
            }

            var entry = new ActorEntry(fields[1], isState, fields[2], fields[3], place);
            if (isState)
            {
                _byCountry[entry.CountryCode] = entry;
            }

            foreach (var alias in Aliases(fields[7]))
            {
                var metonym = alias.StartsWith('~');
                names.Add(KeyValuePair.Create(metonym ? alias[1..] : alias, new ActorName(entry, metonym, false)));
            }
        }

        foreach (var (line, fields) in Rows(demonyms, "demonyms.tsv", 2))
        {
            if (!_byCountry.TryGetValue(fields[0], out var entry))
            {
                throw new InvalidDataException($"demonyms.tsv line {line}: country {fields[0]} is not a state in actors.tsv.");
            }

            names.AddRange(Aliases(fields[1]).Select(form => KeyValuePair.Create(form, new ActorName(entry, false, true))));
        }

        // A language's own demonyms live in its folder (Languages/<code>/); they join the multilingual list.
        foreach (var language in Languages.LanguageCatalog.All)
        {
            foreach (var (form, country) in language.Demonyms)
            {
                if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
                {
                    throw new InvalidDataException($"Demonym '{form}' of language '{language.Code}': {country} is no ISO 3166-1 alpha-2 code.");
                }

                if (!_byCountry.TryGetValue(country, out var entry))
                {
                    continue; // a country that is no curated actor ("Cypriot"): the recognizer still reads the mention of it
                }

                names.Add(KeyValuePair.Create(form, new ActorName(entry, false, true)));
            }

            // A language's words for a side are checked here, and compiled on first use (ActorsIn).
            _ = SideNames(language).Count();
        }

        Actors = new PhraseMatcher<ActorName>(names);
        var sourceNames = new List<KeyValuePair<string, SourceEntry>>();
        foreach (var (_, fields) in Rows(sources, "sources.tsv", 5))
        {
            var entry = new SourceEntry(fields[0], fields[1], fields[2].Length == 0 ? null : fields[2], fields[3]);
            if (entry.Kind == "intelligence" && entry.CountryCode is { } code)
            {
                _intelligence.TryAdd(code, entry);
            }

            sourceNames.AddRange(Aliases(fields[4]).Select(a => KeyValuePair.Create(a, entry)));
        }

        Sources = new PhraseMatcher<SourceEntry>(sourceNames);
    }

    /// <summary>Actor names and demonyms.</summary>
    public PhraseMatcher<ActorName> Actors { get; }

    /// <summary>
    /// <see cref="Actors"/> with the words a language uses for one side (<see cref="Languages.LanguageRules.SideNouns"/>,
    /// <see cref="Languages.LanguageRules.SideAdjectives"/>), for reading a report in that language; <see cref="Actors"/> itself
    /// for a language that has none.
    /// </summary>
    /// <param name="language">The report's language.</param>
    /// <returns>The actor names to read the report with.</returns>
    public PhraseMatcher<ActorName> ActorsIn(Languages.LanguageRules language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.SideNouns.Count == 0 && language.SideAdjectives.Count == 0
            ? Actors
            : _byLanguage.GetOrAdd(language.Code, _ => new PhraseMatcher<ActorName>(_names.Concat(SideNames(language))));
    }

    /// <summary>Source names.</summary>
    public PhraseMatcher<SourceEntry> Sources { get; }

    /// <summary>The state with this country code, if curated.</summary>
    public ActorEntry? State(string countryCode) => _byCountry.GetValueOrDefault(countryCode);

    /// <summary>The main intelligence service of a country, if curated.</summary>
    public SourceEntry? IntelligenceOf(string countryCode) => _intelligence.GetValueOrDefault(countryCode);

    /// <summary>Loads the three files from a folder (normally <c>data/gazetteer</c>).</summary>
    public static CuratedLexicons Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        using var demonyms = File.OpenText(Path.Combine(directory, "demonyms.tsv"));
        using var actors = File.OpenText(Path.Combine(directory, "actors.tsv"));
        using var sources = File.OpenText(Path.Combine(directory, "sources.tsv"));
        return new CuratedLexicons(demonyms, actors, sources);
    }

    /// <summary>Builds the lexicons from readers (tests, embedded copies).</summary>
    public static CuratedLexicons Read(TextReader demonyms, TextReader actors, TextReader sources)
    {
        ArgumentNullException.ThrowIfNull(demonyms);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(sources);
        return new CuratedLexicons(demonyms, actors, sources);
    }

    private IEnumerable<KeyValuePair<string, ActorName>> SideNames(Languages.LanguageRules language) =>
        language.SideNouns.Select(p => (p, Demonym: false)).Concat(language.SideAdjectives.Select(p => (p, Demonym: true)))
            .Select(s => _byCountry.TryGetValue(s.p.Value, out var entry)
                // A side is named, not placed: like a capital standing for its state, the word is no mention of the country.
                ? KeyValuePair.Create(s.p.Key, new ActorName(entry, !s.Demonym, s.Demonym))
                : throw new InvalidDataException($"Side word '{s.p.Key}' of language '{language.Code}': country {s.p.Value} is not a state in actors.tsv."));

    private static IEnumerable<(int Line, string[] Fields)> Rows(TextReader reader, string file, int columns)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new InvalidDataException($"{file} line {number}: expected {columns} tab-separated columns, found {fields.Length}.");
            }

            yield return (number, fields.Select(f => f.Trim()).ToArray());
        }
    }

    private static IEnumerable<string> Aliases(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Number(string field, int line) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"actors.tsv line {line}: '{field}' is not a number.");
}

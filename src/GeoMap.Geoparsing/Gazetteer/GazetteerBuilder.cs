using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Collects entries and names from any number of sources and compiles a <see cref="Gazetteer"/>.</summary>
/// <remarks>
/// Adding an entry whose GeoNames id or curated key is already present merges into the existing entry
/// (the later source wins on non-empty fields), so curated files can correct registry data and analysts'
/// additions can be merged in after the registry sources.
/// </remarks>
public sealed class GazetteerBuilder
{
    /// <summary>Countries whose names reach English and French text through romanization of Cyrillic or Hangul.</summary>
    private static readonly HashSet<string> TransliteratedCountries =
        ["RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "MN", "BG", "RS", "MK", "ME", "BA", "KP", "KR", "GE", "AM", "AZ", "MD"];

    private readonly List<GazetteerEntry> entries = [];
    private readonly List<List<string>> names = [];
    private readonly Dictionary<long, int> byGeonameId = [];
    private readonly Dictionary<string, int> byCuratedKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> abbreviations = new(StringComparer.Ordinal);

    /// <summary>Number of entries so far.</summary>
    public int Count => entries.Count;

    /// <summary>The entries so far, for sources derived from them (second-level areas placed at their towns).</summary>
    public IReadOnlyList<GazetteerEntry> Entries => entries;

    /// <summary>Adds an entry, or merges it into the entry with the same GeoNames id or curated key.</summary>
    /// <param name="entry">The entry; its <see cref="GazetteerEntry.Name"/> is indexed too.</param>
    /// <returns>The entry's index.</returns>
    public int Add(GazetteerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (TryFind(entry, out var existing))
        {
            Merge(existing, entry);
            AddName(existing, entry.Name);
            return existing;
        }

        var index = entries.Count;
        entries.Add(entry);
        names.Add([]);
        if (entry.GeonameId != 0)
        {
            byGeonameId[entry.GeonameId] = index;
        }

        if (entry.CuratedKey is not null)
        {
            byCuratedKey[entry.CuratedKey] = index;
        }

        AddName(index, entry.Name);
        return index;
    }

    /// <summary>Adds a name to an entry, if it is usable for matching text.</summary>
    /// <param name="index">Entry index.</param>
    /// <param name="name">A name in any language.</param>
    /// <param name="allowAllCaps">Whether an all-capitals name (an abbreviation such as USA) may be indexed.</param>
    public void AddName(int index, string name, bool allowAllCaps = true)
    {
        if (NameFilter.IsUsable(name, allowAllCaps))
        {
            names[index].Add(name.Trim());
            if (allowAllCaps && name.Trim() is { Length: <= 5 } trimmed && trimmed.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                abbreviations.Add(trimmed);
            }
        }
    }

    /// <summary>Gives an entry the GeoNames id and the curated key it lacks, so that sources keyed either way find it.</summary>
    /// <remarks>An id or key the entry already has, or that another entry holds, is left as it is.</remarks>
    /// <param name="index">Entry index.</param>
    /// <param name="geonameId">GeoNames id, 0 for none.</param>
    /// <param name="curatedKey">Curated key (<c>admin2:US.IA.173</c>), null for none.</param>
    public void Link(int index, long geonameId, string? curatedKey)
    {
        var target = entries[index];
        if (curatedKey is not null && target.CuratedKey is null && byCuratedKey.TryAdd(curatedKey, index))
        {
            target.CuratedKey = curatedKey;
        }

        if (geonameId != 0 && target.GeonameId == 0 && byGeonameId.TryAdd(geonameId, index))
        {
            target.GeonameId = geonameId;
        }
    }

    /// <summary>Finds an entry by GeoNames id.</summary>
    /// <param name="geonameId">GeoNames id.</param>
    /// <param name="index">Entry index when found.</param>
    /// <returns>True when present.</returns>
    public bool TryGetByGeonameId(long geonameId, out int index) => byGeonameId.TryGetValue(geonameId, out index);

    /// <summary>Finds an entry by curated key.</summary>
    /// <param name="key">Curated key.</param>
    /// <param name="index">Entry index when found.</param>
    /// <returns>True when present.</returns>
    public bool TryGetByCuratedKey(string key, out int index) => byCuratedKey.TryGetValue(key, out index);

    /// <summary>The entry at an index, for sources that enrich entries already added.</summary>
    /// <param name="index">Entry index.</param>
    /// <returns>The mutable entry.</returns>
    public GazetteerEntry Get(int index) => entries[index];

    /// <summary>Gives countries and first-level regions without a population the sum of their towns' populations.</summary>
    /// <remarks>Registry region data carries no population; without one, a region would lose every tie against
    /// a hamlet of the same name (California, Pennsylvania against California, Minnesota).</remarks>
    public void RollUpPopulation()
    {
        var byCountry = new Dictionary<string, long>(StringComparer.Ordinal);
        var byRegion = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.Kind == GeoMap.Core.Places.PlaceKind.PopulatedPlace)
            {
                byCountry[e.CountryCode] = byCountry.GetValueOrDefault(e.CountryCode) + e.Population;
                var key = e.CountryCode + "." + e.Admin1Code;
                byRegion[key] = byRegion.GetValueOrDefault(key) + e.Population;
            }
        }

        foreach (var e in entries)
        {
            if (e.Population > 0)
            {
                continue;
            }

            if (e.Kind == GeoMap.Core.Places.PlaceKind.Country)
            {
                e.Population = byCountry.GetValueOrDefault(e.CountryCode);
            }
            else if (e.FeatureCode == "ADM1")
            {
                e.Population = byRegion.GetValueOrDefault(e.CountryCode + "." + e.Admin1Code);
            }
        }
    }

    /// <summary>Compiles the name indexes.</summary>
    /// <returns>An immutable gazetteer.</returns>
    public Gazetteer Build()
    {
        var accented = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var folded = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skeleton = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var translit = TransliteratedCountries.Contains(entries[i].CountryCode);
            seen.Clear();
            foreach (var name in names[i])
            {
                // Sources repeat names (allCountries.txt repeats every cities1000 row, alternate names repeat the name);
                // a repeat would fold to keys this entry already has.
                if (!seen.Add(name))
                {
                    continue;
                }

                var f = TextFolding.Fold(name);
                if (f.Length < 2)
                {
                    continue;
                }

                Add(folded, f, i);
                if (entries[i].Kind == GeoMap.Core.Places.PlaceKind.Region && Text.Scripts.StartsCaseless(name, 0))
                {
                    // "كورسك أوبلاست", "محافظة درعا", "가오슝시": reports name the region without its head as often as with it.
                    foreach (var bare in WithoutRegionHead(name))
                    {
                        Add(folded, TextFolding.Fold(bare), i);
                        Add(accented, TextFolding.Lower(bare), i);
                    }
                }

                if (TextFolding.HasNonAscii(name))
                {
                    Add(accented, TextFolding.Lower(name), i);
                }

                if (translit && !IsCyrillic(name) && f.Length >= 4)
                {
                    Add(skeleton, Transliteration.Skeleton(f), i);
                }

                // Every word boundary of the written name (spaces, hyphens, apostrophes, dots), folded like a text phrase.
                for (var s = 1; s < name.Length; s++)
                {
                    if (!char.IsLetterOrDigit(name[s]) && char.IsLetterOrDigit(name[s - 1]))
                    {
                        var prefix = TextFolding.Fold(name[..s]);
                        if (prefix.Length > 0 && prefix != f)
                        {
                            prefixes.Add(prefix);
                        }
                    }
                }
            }
        }

        return new Gazetteer([.. entries], NameIndex.From(accented), NameIndex.From(folded), NameIndex.From(skeleton), prefixes, abbreviations);
    }

    private static readonly string[] SeparateHeads = [.. Languages.LanguageCatalog.All.SelectMany(l => l.RegionHeads).Distinct(StringComparer.Ordinal)];
    private static readonly string[] AttachedHeads = [.. Languages.LanguageCatalog.All.SelectMany(l => l.Morphology?.Heads ?? []).Distinct(StringComparer.Ordinal)];

    /// <summary>A region's name without the word for its kind: "محافظة درعا" → "درعا", "كورسك أوبلاست" → "كورسك", "가오슝시" → "가오슝".</summary>
    private static IEnumerable<string> WithoutRegionHead(string name)
    {
        foreach (var head in SeparateHeads)
        {
            if (name.Length > head.Length + 2 && name.StartsWith(head + " ", StringComparison.Ordinal))
            {
                yield return name[(head.Length + 1)..];
            }
            else if (name.Length > head.Length + 2 && name.EndsWith(" " + head, StringComparison.Ordinal))
            {
                yield return name[..^(head.Length + 1)];
            }
        }

        foreach (var head in AttachedHeads)
        {
            if (name.Length >= head.Length + 2 && !name.Contains(' ', StringComparison.Ordinal) && name.EndsWith(head, StringComparison.Ordinal))
            {
                yield return name[..^head.Length];
            }
        }
    }

    private static bool IsCyrillic(string name) => name.Any(c => c is >= '\u0400' and <= '\u04ff');

    private static void Add(Dictionary<string, List<int>> index, string key, int entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<int>(1);
        }

        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }

    private bool TryFind(GazetteerEntry entry, out int index)
    {
        if (entry.GeonameId != 0 && byGeonameId.TryGetValue(entry.GeonameId, out index))
        {
            return true;
        }

        index = -1;
        return entry.CuratedKey is not null && byCuratedKey.TryGetValue(entry.CuratedKey, out index);
    }

    private void Merge(int index, GazetteerEntry source)
    {
        var target = entries[index];
        Link(index, source.GeonameId, source.CuratedKey);
        target.Name = source.Name;
        if (source.CountryCode.Length > 0)
        {
            target.CountryCode = source.CountryCode;
        }

        if (source.Admin1Code.Length > 0)
        {
            target.Admin1Code = source.Admin1Code;
        }

        if (source.Admin2Code.Length > 0)
        {
            target.Admin2Code = source.Admin2Code;
        }

        target.FeatureCode = source.FeatureCode;
        target.Population = Math.Max(target.Population, source.Population);
        if (source.Lat != 0 || source.Lon != 0)
        {
            target.Lat = source.Lat;
            target.Lon = source.Lon;
        }
    }
}

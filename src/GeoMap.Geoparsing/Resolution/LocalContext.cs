using GeoMap.Core.Places;
using GeoMap.Geoparsing.Recognition;

namespace GeoMap.Geoparsing.Resolution;

/// <summary>What a toponym's own sentence says about it: a region or country in apposition, and the areas named beside it.</summary>
/// <remarks>
/// "Augusta, Maine" names which Augusta is meant, whatever else the document says; "Greenfield is a town in
/// Saratoga County, New York" places Greenfield in New York even when a later sentence mentions New Hampshire.
/// Areas are recognised by their best entry by prior (a first-level region or a country).
/// </remarks>
internal sealed partial class LocalContext
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(\([^)]{0,80}\)\s*)?(,[^,.]{0,60},\s*)?(is|was)\s+(a|an|the)\s+[^.;]{0,60}?\b(city|town|village|hamlet|borough|township|community|municipality|census-designated place|neighbou?rhood|suburb|settlement|locality|commune|comune|parish|barangay|ville|commune)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DefinitionAfter();

    private readonly int[] qualifier;
    private readonly int[] sentence;
    private readonly int[] areaOf;
    private readonly bool[] topLevel;
    private readonly bool[] settlement;
    private readonly List<WrittenCoordinate>[] positions;
    private readonly bool[] listed;

    private LocalContext(int[] qualifier, int[] sentence, int[] areaOf, bool[] topLevel, bool[] settlement, List<WrittenCoordinate>[] positions, bool[] listed)
    {
        this.listed = listed;
        this.positions = positions;
        this.topLevel = topLevel;
        this.qualifier = qualifier;
        this.sentence = sentence;
        this.areaOf = areaOf;
        this.settlement = settlement;
    }

    public static LocalContext From(Gazetteer.Gazetteer gazetteer, IReadOnlyList<ToponymCandidate> candidates, int[] bestByPrior, string text)
    {
        var n = candidates.Count;
        var areaOf = new int[n];
        var topLevel = new bool[n];
        var sentence = new int[n];
        var qualifier = new int[n];
        var id = 0;
        for (var i = 0; i < n; i++)
        {
            var best = bestByPrior[i];
            areaOf[i] = best >= 0 && gazetteer[best].Kind is PlaceKind.Country or PlaceKind.Region ? best : -1;
            topLevel[i] = areaOf[i] >= 0 && gazetteer[best].FeatureCode != "ADM2"; // a country or a first-level region
            if (i > 0 && SentenceBreakBetween(text, candidates[i - 1].End, candidates[i].Start))
            {
                id++;
            }

            sentence[i] = id;
            qualifier[i] = -1;
        }

        var listed = new bool[n];
        for (var i = 0; i + 1 < n; i++)
        {
            // "Utah, Washington and Wisconsin": a name listed with first-level regions is one of them.
            if (IsListSeparator(text, candidates[i].End, candidates[i + 1].Start))
            {
                listed[i] |= IsFirstLevelRegion(gazetteer, areaOf[i + 1]);
                listed[i + 1] |= IsFirstLevelRegion(gazetteer, areaOf[i]);
            }
        }

        for (var i = 0; i + 1 < n; i++)
        {
            var q = areaOf[i + 1];
            // Not after a country's or a first-level region's own name: "Mexico, New York and California" is a list; but
            // "Fairfield County, Connecticut" is a county qualified by its state.
            // Nor inside a list of regions: "Utah, Washington, West Virginia", "in Washington, Pennsylvania and California".
            var inList = (i > 0 && IsListSeparator(text, candidates[i - 1].End, candidates[i].Start) && IsFirstLevelRegion(gazetteer, areaOf[i - 1]))
                || (i + 2 < n && IsListSeparator(text, candidates[i + 1].End, candidates[i + 2].Start) && IsFirstLevelRegion(gazetteer, areaOf[i + 2]));
            if (q >= 0 && !topLevel[i] && !inList && IsAppositionComma(text, candidates[i].End, candidates[i + 1].Start)
                && candidates[i].Entries.Any(e => Areas.Contains(gazetteer[q], gazetteer[e])))
            {
                qualifier[i] = q;
            }
        }

        var settlement = candidates.Select(c => DefinitionAfter().IsMatch(text.AsSpan(c.End, Math.Min(160, text.Length - c.End)))).ToArray();
        return new LocalContext(qualifier, sentence, areaOf, topLevel, settlement, WrittenPositions(text, candidates), listed);
    }

    /// <summary>Positions written in the toponym's own sentence ("Salem is located at 34°53′19″N 82°58′29″W").</summary>
    public IReadOnlyList<WrittenCoordinate> Positions(int toponym) => positions[toponym];

    private static List<WrittenCoordinate>[] WrittenPositions(string text, IReadOnlyList<ToponymCandidate> candidates)
    {
        var result = candidates.Select(_ => new List<WrittenCoordinate>()).ToArray();
        var coordinates = CoordinateFinder.Find(text);
        if (coordinates.Count == 0)
        {
            return result;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            foreach (var c in coordinates)
            {
                var (from, to) = c.Start >= candidates[i].End ? (candidates[i].End, c.Start) : (c.End, candidates[i].Start);
                if (to >= from && to - from < 200 && !SentenceBreakBetween(text, from, to))
                {
                    result[i].Add(c);
                }
            }
        }

        return result;
    }

    /// <summary>Whether the toponym is listed beside a first-level region ("Oregon, Washington and Idaho"), by comma, "and" or "or".</summary>
    public bool ListedWithRegions(int toponym) => listed[toponym];

    private static bool IsFirstLevelRegion(Gazetteer.Gazetteer gazetteer, int entry) => entry >= 0 && gazetteer[entry].FeatureCode == "ADM1";

    private static bool IsListSeparator(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from).Trim();
        return gap is "," or "and" or "or" or ", and" or ", or";
    }

    /// <summary>Whether the text defines the toponym as a settlement: "Mexico is a town in Oswego County", "Lebanon (formerly ...) is a city in".</summary>
    public bool DescribedAsSettlement(int toponym) => settlement[toponym];

    /// <summary>The area given in apposition to a toponym, or null.</summary>
    public int? Qualifier(int toponym) => qualifier[toponym] >= 0 ? qualifier[toponym] : null;

    /// <summary>A suffix that keeps a qualified toponym out of the unqualified ones' pool (one sense per discourse).</summary>
    public string QualifierKey(int toponym) =>
        qualifier[toponym] >= 0 ? "@" + qualifier[toponym].ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    /// <summary>The areas (regions, countries) named by the other toponyms of the same sentence; none when the toponym is itself best read as an area.</summary>
    /// <remarks>"China" beside "New York" stays the country, not the New York town once called China.</remarks>
    public IEnumerable<int> SentenceAreas(int toponym)
    {
        if (topLevel[toponym] && !settlement[toponym])
        {
            yield break;
        }

        var s = sentence[toponym];
        for (var j = toponym - 1; j >= 0 && sentence[j] == s; j--)
        {
            if (areaOf[j] >= 0)
            {
                yield return areaOf[j];
            }
        }

        for (var j = toponym + 1; j < sentence.Length && sentence[j] == s; j++)
        {
            if (areaOf[j] >= 0)
            {
                yield return areaOf[j];
            }
        }
    }

    private static bool IsAppositionComma(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from).Trim();
        return gap is "," || gap is "،";
    }

    /// <summary>A sentence ends between two toponyms: ! ? a line break, or a full stop followed by a capital (not "U.S. state").</summary>
    private static bool SentenceBreakBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is '!' or '?' or '\n')
            {
                return true;
            }

            if (c == '.' && k + 2 < text.Length && char.IsWhiteSpace(text[k + 1]) && char.IsUpper(text[k + 2]))
            {
                return true;
            }
        }

        return false;
    }
}

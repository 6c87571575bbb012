namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Streams GeoNames dumps into a builder, reporting progress in bytes read.</summary>
/// <remarks>
/// A full allCountries.txt has 13 million rows; the importer keeps what a news geoparser needs
/// (populated places above a population floor and every seat of government, countries, first- and
/// second-level areas, seas, gulfs, straits, regions, military sites, ports and airfields) so that the cache
/// stays within the memory budget. Alternate names are only kept for entries already present and
/// without GeoNames' pseudo-languages (links, postal codes, airport codes, Wikidata ids).
/// </remarks>
/// <param name="builder">Target builder.</param>
/// <param name="minPopulation">Population floor for ordinary populated places.</param>
/// <param name="progress">Receives progress.</param>
public sealed class GeoNamesImporter(GazetteerBuilder builder, long minPopulation, IProgress<GazetteerProgress>? progress)
{
    private static readonly HashSet<string> KeptCodes =
    [
        "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "ADM1", "ADM2", "RGN", "CONT", "SEA", "OCN", "GULF", "STRT", "BAY", "CHN",
        "MILB", "INSM", "NVB", "AIRB", "AIRF", "AIRM", "PRT", "PPLC", "PPLA", "PPLA2", "PPLG", "RSTN", "PEN", "ISL", "ISLS", "MTS",
    ];

    private static readonly HashSet<string> PseudoLanguages = ["link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid", "phon", "piny"];

    /// <summary>Imports a main-table file.</summary>
    /// <param name="path">File path.</param>
    /// <param name="keepAll">Keep every row (cities1000) rather than filtering (allCountries).</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>Rows kept.</returns>
    public int ImportPlaces(string path, bool keepAll, CancellationToken cancellationToken)
    {
        using var stream = Open(path, out var reader);
        var stage = "places " + Path.GetFileName(path);
        var n = RegistrySources.AddGeoNames(builder, Report(GeoNamesReader.ReadPlaces(reader, keepAll ? null : Keep, cancellationToken), stream, stage));
        progress?.Report(new GazetteerProgress(stage, stream.Length, stream.Length));
        return n;
    }

    /// <summary>Imports alternateNamesV2.txt for entries already present.</summary>
    /// <param name="path">File path.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>Names added.</returns>
    public int ImportAlternateNames(string path, CancellationToken cancellationToken)
    {
        using var stream = Open(path, out var reader);
        var stage = "names " + Path.GetFileName(path);
        var n = 0;
        var wanted = (long id, string language) => !PseudoLanguages.Contains(language) && builder.TryGetByGeonameId(id, out _);
        foreach (var a in Report(GeoNamesReader.ReadAlternateNames(reader, wanted, cancellationToken), stream, stage))
        {
            builder.TryGetByGeonameId(a.GeonameId, out var index);
            builder.AddName(index, a.Name, allowAllCaps: a.Language == "abbr");
            n++;
        }

        progress?.Report(new GazetteerProgress(stage, stream.Length, stream.Length));
        return n;
    }

    /// <summary>Imports admin1CodesASCII.txt: names for first-level regions already present.</summary>
    /// <param name="path">File path.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>Regions named.</returns>
    public int ImportAdmin1Codes(string path, CancellationToken cancellationToken)
    {
        using var stream = Open(path, out var reader);
        var n = 0;
        foreach (var a in GeoNamesReader.ReadAdmin1Codes(reader, cancellationToken))
        {
            // Without allCountries.txt, the region comes from the registry, found by its code when its id differs.
            if (builder.TryGetByGeonameId(a.GeonameId, out var index) || builder.TryGetByCuratedKey("admin1:" + a.Code, out index))
            {
                builder.AddName(index, a.Name);
                builder.AddName(index, a.AsciiName);
                n++;
            }
        }

        progress?.Report(new GazetteerProgress("admin1 " + Path.GetFileName(path), stream.Length, stream.Length));
        return n;
    }

    /// <summary>Imports admin2Codes.txt: names for second-level areas, and the areas the registry lacks, placed at their towns.</summary>
    /// <remarks>See <see cref="RegistrySources.AddSecondLevelAreas"/> for how an area already present is recognised.</remarks>
    /// <param name="path">File path.</param>
    /// <param name="cancellationToken">Stops the import.</param>
    /// <returns>Areas named or added.</returns>
    public int ImportAdmin2Codes(string path, CancellationToken cancellationToken)
    {
        using var stream = Open(path, out var reader);
        var stage = "admin2 " + Path.GetFileName(path);
        var n = RegistrySources.AddSecondLevelAreas(builder, Report(GeoNamesReader.ReadAdmin2Codes(reader, cancellationToken), stream, stage));
        progress?.Report(new GazetteerProgress(stage, stream.Length, stream.Length));
        return n;
    }

    private bool Keep(GeoNamesFeature f) =>
        KeptCodes.Contains(f.Code) || (f.Class == 'P' && f.Population >= minPopulation);

    private static FileStream Open(string path, out StreamReader reader)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        reader = new StreamReader(stream, System.Text.Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        return stream;
    }

    private IEnumerable<T> Report<T>(IEnumerable<T> rows, FileStream stream, string stage)
    {
        var i = 0;
        foreach (var row in rows)
        {
            // Rows arrive as the filter keeps them, a few percent of the file: report often enough to move the bar.
            if ((++i & 0xFFF) == 0)
            {
                progress?.Report(new GazetteerProgress(stage, stream.Position, stream.Length));
            }

            yield return row;
        }
    }
}

using System.Globalization;

namespace GeoMap.Core.Registry;

/// <summary>One row of a GeoNames main table (allCountries.txt, cities1000.txt, a country file).</summary>
/// <param name="Id">geonameid.</param>
/// <param name="Name">Name in UTF-8.</param>
/// <param name="AsciiName">ASCII name.</param>
/// <param name="AlternateNames">Comma-separated alternate names, without language tags.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
/// <param name="FeatureClass">Feature class letter (P, A, H, L, S, T, …).</param>
/// <param name="FeatureCode">Feature code (PPLC, ADM1, …).</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Admin1">GeoNames admin1 code.</param>
/// <param name="Population">Population.</param>
/// <param name="Admin2">GeoNames admin2 code (a county, a province, a raion), empty when none.</param>
public readonly record struct GeoNamesRecord(
    long Id, string Name, string AsciiName, string AlternateNames, double Lat, double Lon,
    char FeatureClass, string FeatureCode, string CountryCode, string Admin1, long Population, string Admin2 = "");

/// <summary>One row of alternateNamesV2.txt.</summary>
/// <param name="GeonameId">The place named.</param>
/// <param name="Language">ISO 639 code or a pseudo-language (post, link, iata, wkdt…), possibly empty.</param>
/// <param name="Name">The alternate name.</param>
/// <param name="IsHistoric">Whether GeoNames flags the name as historic.</param>
public readonly record struct GeoNamesAlternateName(long GeonameId, string Language, string Name, bool IsHistoric);

/// <summary>One row of admin1CodesASCII.txt.</summary>
/// <param name="Code">Country and admin1 code, <c>UA.11</c>.</param>
/// <param name="Name">Name.</param>
/// <param name="AsciiName">ASCII name.</param>
/// <param name="GeonameId">geonameid of the ADM1 feature.</param>
public readonly record struct GeoNamesAdmin1(string Code, string Name, string AsciiName, long GeonameId);

/// <summary>What a place filter sees of a main-table row before the row's strings are made.</summary>
/// <param name="Class">Feature class letter.</param>
/// <param name="Code">Feature code.</param>
/// <param name="Population">Population, 0 when none.</param>
public readonly record struct GeoNamesFeature(char Class, string Code, long Population);

/// <summary>Streams the tab-separated GeoNames dump formats, one row at a time.</summary>
/// <remarks>
/// Malformed rows are skipped rather than fatal: a 1.5 GB dump has a few, and a user would rather get the rest.
/// The main table and the alternate names take a filter that sees a row's codes before its strings are made, so
/// that the millions of rows an import leaves out cost no allocation (codes and languages are pooled).
/// </remarks>
public static class GeoNamesReader
{
    /// <summary>Reads main-table rows (19 columns).</summary>
    /// <param name="reader">The text of the file.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Rows in file order.</returns>
    public static IEnumerable<GeoNamesRecord> ReadPlaces(TextReader reader, CancellationToken cancellationToken = default) =>
        ReadPlaces(reader, null, cancellationToken);

    /// <summary>Reads the main-table rows a filter keeps.</summary>
    /// <param name="reader">The text of the file.</param>
    /// <param name="keep">Which rows to read, by feature class, code and population; null reads all.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Rows in file order.</returns>
    public static IEnumerable<GeoNamesRecord> ReadPlaces(TextReader reader, Func<GeoNamesFeature, bool>? keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new LineReader(reader);
        var codes = new StringPool();
        while (NextPlace(lines, keep, codes, cancellationToken, out var record))
        {
            yield return record;
        }
    }

    /// <summary>Reads alternateNamesV2.txt rows (also accepts the older 8-column alternateNames.txt).</summary>
    /// <param name="reader">The text of the file.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Rows in file order.</returns>
    public static IEnumerable<GeoNamesAlternateName> ReadAlternateNames(TextReader reader, CancellationToken cancellationToken = default) =>
        ReadAlternateNames(reader, null, cancellationToken);

    /// <summary>Reads the alternate names a filter wants.</summary>
    /// <param name="reader">The text of the file.</param>
    /// <param name="wanted">Which rows to read, by geonameid and language; null reads all.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Rows in file order.</returns>
    public static IEnumerable<GeoNamesAlternateName> ReadAlternateNames(TextReader reader, Func<long, string, bool>? wanted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new LineReader(reader);
        var languages = new StringPool();
        while (NextAlternateName(lines, wanted, languages, cancellationToken, out var name))
        {
            yield return name;
        }
    }

    /// <summary>Reads admin1CodesASCII.txt rows.</summary>
    /// <param name="reader">The text of the file.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Rows in file order.</returns>
    public static IEnumerable<GeoNamesAdmin1> ReadAdmin1Codes(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var f = line.Split('\t');
            if (f.Length < 4 || !long.TryParse(f[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            yield return new GeoNamesAdmin1(f[0], f[1], f[2], id);
        }
    }

    /// <summary>Reads admin2Codes.txt rows: code, name, ASCII name, geonameid.</summary>
    /// <remarks>Rows whose code is not country.admin1.admin2, whose name is blank or whose geonameid is not a number are skipped.</remarks>
    /// <param name="reader">The text of the file.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Rows in file order.</returns>
    public static IEnumerable<Admin2Area> ReadAdmin2Codes(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var f = line.Split('\t');
            var id = 0L;
            if (f.Length < 2 || DotsIn(f[0]) != 2 || f[0].Split('.').Any(p => p.Length == 0) || string.IsNullOrWhiteSpace(f[1])
                || (f.Length > 3 && f[3].Length > 0 && !long.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out id)))
            {
                continue;
            }

            yield return new Admin2Area(f[0], f[1].Trim(), id, f.Length > 2 ? f[2].Trim() : "");
        }
    }

    /// <summary>Guesses a GeoNames file's table from its first data row.</summary>
    /// <remarks>
    /// Both code tables have four columns; admin1 codes have one dot (<c>UA.11</c>), admin2 codes two
    /// (<c>US.IA.173</c>). Only the first 64 KB of the first row are looked at, so a binary file or one
    /// without line breaks is refused quickly.
    /// </remarks>
    /// <param name="path">A file.</param>
    /// <returns>The kind of table, or null when the file matches none.</returns>
    public static GeoNamesFileKind? Detect(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[1 << 16];
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new ReadOnlySpan<char>(buffer, 0, length);
        while (text.Length > 0)
        {
            var end = text.IndexOf('\n');
            if (end < 0 && length == buffer.Length)
            {
                return null;
            }

            var line = (end < 0 ? text : text[..end]).TrimEnd('\r');
            text = end < 0 ? [] : text[(end + 1)..];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Contains('\0'))
            {
                return null;
            }

            var f = line.ToString().Split('\t');
            var numeric = f.Length > 1 && long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            return f.Length switch
            {
                >= 15 => GeoNamesFileKind.Places,
                4 when DotsIn(f[0]) == 1 => GeoNamesFileKind.Admin1Codes,
                4 when DotsIn(f[0]) == 2 => GeoNamesFileKind.Admin2Codes,
                >= 4 and <= 10 when numeric => GeoNamesFileKind.AlternateNames,
                _ => null,
            };
        }

        return null;
    }

    private static bool NextPlace(LineReader lines, Func<GeoNamesFeature, bool>? keep, StringPool codes, CancellationToken cancellationToken, out GeoNamesRecord record)
    {
        Span<Range> f = stackalloc Range[20];
        while (lines.TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Length == 0 || line[0] == '#' || line.Split(f, '\t') < 15)
            {
                continue;
            }

            var featureClass = line[f[6]] is { Length: > 0 } c ? c[0] : ' ';
            var code = codes.Intern(line[f[7]]);
            long.TryParse(line[f[14]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            if ((keep is not null && !keep(new GeoNamesFeature(featureClass, code, population)))
                || !long.TryParse(line[f[0]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                || !double.TryParse(line[f[4]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(line[f[5]], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !(Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180))
            {
                continue;
            }

            record = new GeoNamesRecord(id, line[f[1]].ToString(), line[f[2]].ToString(), line[f[3]].ToString(), lat, lon,
                featureClass, code, codes.Intern(line[f[8]]), codes.Intern(line[f[10]]), population, codes.Intern(line[f[11]]));
            return true;
        }

        record = default;
        return false;
    }

    private static bool NextAlternateName(LineReader lines, Func<long, string, bool>? wanted, StringPool languages, CancellationToken cancellationToken, out GeoNamesAlternateName name)
    {
        Span<Range> f = stackalloc Range[11];
        while (lines.TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = line.Split(f, '\t');
            if (n < 4 || !long.TryParse(line[f[1]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            var language = languages.Intern(line[f[2]]);
            if (wanted is not null && !wanted(id, language))
            {
                continue;
            }

            name = new GeoNamesAlternateName(id, language, line[f[3]].ToString(), n > 7 && line[f[7]] is "1");
            return true;
        }

        name = default;
        return false;
    }

    private static int DotsIn(string s) => s.AsSpan().Count('.');
}

/// <summary>The GeoNames tables the importer understands.</summary>
public enum GeoNamesFileKind
{
    /// <summary>allCountries.txt, citiesNNN.txt, XX.txt.</summary>
    Places,

    /// <summary>alternateNamesV2.txt or alternateNames.txt.</summary>
    AlternateNames,

    /// <summary>admin1CodesASCII.txt.</summary>
    Admin1Codes,

    /// <summary>admin2Codes.txt.</summary>
    Admin2Codes,
}

using System.Globalization;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>A place GeoNames lacks (a base, a port, a sea), or a correction to a GeoNames entry.</summary>
/// <param name="Key">Stable curated key, <c>base:ussuriysk</c>.</param>
/// <param name="Name">Preferred English name.</param>
/// <param name="FeatureCode">MILB, NVB, AIRB, PRT, TRNG, RLHD, SEA, RGN, …</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2, empty for international waters.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
/// <param name="Aliases">Other names in any language.</param>
/// <param name="GeonameId">GeoNames id when the place has one (then the entry merges with it), else 0.</param>
/// <param name="Population">Population or importance, 0 when unknown.</param>
public sealed record CuratedPlace(
    string Key, string Name, string FeatureCode, string CountryCode, double Lat, double Lon,
    IReadOnlyList<string> Aliases, long GeonameId = 0, long Population = 0);

/// <summary>An extra name for an existing entry: <c>Pékin</c> → <c>gn:1816670</c>.</summary>
/// <param name="Name">The alias.</param>
/// <param name="Target"><c>gn:ID</c>, <c>cur:KEY</c> or <c>country:XX</c>.</param>
public sealed record PlaceAlias(string Name, string Target);

/// <summary>Reads and applies the curated lists of <c>data/gazetteer</c>.</summary>
/// <remarks>
/// Files: <c>places*.tsv</c> with columns key, name, feature code, country, lat, lon, geonameid,
/// population, aliases (separated by <c>|</c>); <c>aliases*.tsv</c> with columns alias, target.
/// Any number of such files may exist: analysts add their own file (or call
/// <see cref="Apply(GazetteerBuilder, IEnumerable{CuratedPlace})"/>) and the cache rebuilds because its
/// fingerprint covers every file of the folder.
/// </remarks>
public static class CuratedPlaces
{
    /// <summary>Reads a places file.</summary>
    /// <param name="path">TSV path.</param>
    /// <returns>The places.</returns>
    /// <exception cref="FormatException">When a row has too few columns or bad numbers; the message names the line.</exception>
    public static List<CuratedPlace> ReadPlaces(string path)
    {
        var list = new List<CuratedPlace>();
        foreach (var f in TsvFile.Read(path))
        {
            if (f.Length < 6)
            {
                throw new FormatException($"{path}: a place needs key, name, feature code, country, lat, lon: '{string.Join(' ', f)}'.");
            }

            list.Add(new CuratedPlace(
                f[0], f[1], f[2], f[3].ToUpperInvariant(),
                double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture),
                f.Length > 8 ? f[8].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [],
                f.Length > 6 && f[6].Length > 0 ? long.Parse(f[6], CultureInfo.InvariantCulture) : 0,
                f.Length > 7 && f[7].Length > 0 ? long.Parse(f[7], CultureInfo.InvariantCulture) : 0));
        }

        return list;
    }

    /// <summary>Reads an aliases file.</summary>
    /// <param name="path">TSV path.</param>
    /// <returns>The aliases.</returns>
    public static List<PlaceAlias> ReadAliases(string path) =>
        [.. TsvFile.Read(path).Where(f => f.Length >= 2).Select(f => new PlaceAlias(f[0], f[1]))];

    /// <summary>Adds curated places to a builder, merging with GeoNames entries that share an id.</summary>
    /// <param name="builder">Target builder.</param>
    /// <param name="places">Places to add.</param>
    public static void Apply(GazetteerBuilder builder, IEnumerable<CuratedPlace> places)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(places);
        foreach (var p in places)
        {
            var entry = new GazetteerEntry
            {
                GeonameId = p.GeonameId, CuratedKey = p.Key, Name = p.Name, CountryCode = p.CountryCode,
                FeatureCode = p.FeatureCode, Lat = p.Lat, Lon = p.Lon, Population = p.Population,
            };
            if (p.GeonameId != 0 && builder.TryGetByGeonameId(p.GeonameId, out var existing))
            {
                // Keep GeoNames' feature code and population for a known feature; curated rows only add names and a key.
                var e = builder.Get(existing);
                entry.FeatureCode = e.FeatureCode;
                entry.Admin1Code = e.Admin1Code;
                entry.Population = Math.Max(e.Population, p.Population);
            }

            var index = builder.Add(entry);
            foreach (var alias in p.Aliases)
            {
                builder.AddName(index, alias, allowAllCaps: true);
            }
        }
    }

    /// <summary>Adds aliases to existing entries.</summary>
    /// <param name="builder">Target builder.</param>
    /// <param name="aliases">Aliases to add.</param>
    /// <returns>Aliases whose target is unknown (so a caller can report them).</returns>
    public static List<PlaceAlias> Apply(GazetteerBuilder builder, IEnumerable<PlaceAlias> aliases)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(aliases);
        var unknown = new List<PlaceAlias>();
        foreach (var a in aliases)
        {
            if (TryResolve(builder, a.Target, out var index))
            {
                builder.AddName(index, a.Name, allowAllCaps: true);
            }
            else
            {
                unknown.Add(a);
            }
        }

        return unknown;
    }

    private static bool TryResolve(GazetteerBuilder builder, string target, out int index)
    {
        if (target.StartsWith("gn:", StringComparison.Ordinal)
            && long.TryParse(target.AsSpan(3), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return builder.TryGetByGeonameId(id, out index);
        }

        var key = target.StartsWith("cur:", StringComparison.Ordinal) ? target[4..] : target;
        return builder.TryGetByCuratedKey(key, out index);
    }
}

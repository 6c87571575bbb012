using System.Globalization;
using System.Text;

namespace GazetteerImport.Bench;

/// <summary>Writes full-size synthetic GeoNames dumps (allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt) from the registry seeds.</summary>
/// <remarks>
/// Every synthetic row is a pure function of the seed and its number, so the alternate names can
/// name synthetic features without keeping 12 million names in memory, and two runs write the same bytes.
/// </remarks>
internal sealed class DumpWriter(Seeds seeds, ulong seed)
{
    /// <summary>First id of synthetic features; real GeoNames ids stay below it.</summary>
    public const long FirstSyntheticFeatureId = 20_000_000;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly WeightedTable<FeatureKind> features = FeatureMix.Table();
    private readonly WeightedTable<string> languages = LanguageMix.Table();
    private readonly string[] townAscii = [.. seeds.Towns.Select(t => t.Fields[2])];
    private readonly string[][] townAlternates = [.. seeds.Towns.Select(t => t.AlternateNames)];
    private long syntheticCount;

    /// <summary>Rows written to allCountries.txt that come from the registry as they are (countries, areas, towns).</summary>
    public int FixedRows => seeds.Countries.Count + seeds.Admin1.Count + seeds.Admin2.Count + seeds.Towns.Count;

    /// <summary>Writes allCountries.txt with <paramref name="rows"/> rows in all.</summary>
    public void WritePlaces(string path, long rows)
    {
        syntheticCount = Math.Max(0, rows - FixedRows);
        using var w = Open(path);
        foreach (var c in seeds.Countries)
        {
            Unit(w, c, "PCLI", c.Code, "", "", 0);
        }

        var rng = new SplitMix(seed ^ 0xA1);
        foreach (var a in seeds.Admin1)
        {
            var p = a.Code.Split('.');
            Unit(w, a, "ADM1", p[0], p[1], "", 0);
        }

        foreach (var a in seeds.Admin2)
        {
            var p = a.Code.Split('.');
            Unit(w, a, "ADM2", p[0], p[1], p[2], rng.Chance(0.3) ? (long)Math.Pow(10, rng.Range(3.5, 6)) : 0);
        }

        // allCountries.txt holds every cities1000 row under the same id; the import merges them.
        foreach (var t in seeds.Towns)
        {
            w.Write(string.Join('\t', t.Fields));
            w.Write('\n');
        }

        for (long i = 0; i < syntheticCount; i++)
        {
            WriteSynthetic(w, i);
        }
    }

    /// <summary>Writes alternateNamesV2.txt; call after <see cref="WritePlaces"/>, whose synthetic rows it names.</summary>
    public void WriteAlternateNames(string path, long rows)
    {
        var pairs = new List<(int Town, int Alt)>();
        for (var t = 0; t < townAlternates.Length; t++)
        {
            for (var a = 0; a < townAlternates[t].Length; a++)
            {
                pairs.Add((t, a));
            }
        }

        var units = seeds.Countries.Concat(seeds.Admin1).Concat(seeds.Admin2).ToList();
        using var w = Open(path);
        for (long j = 0; j < rows; j++)
        {
            var rng = new SplitMix(Mix(seed ^ 0xB2, j));
            long id;
            string name;
            bool real;
            var pick = rng.NextDouble();
            if (pick < 0.35 && pairs.Count > 0)
            {
                // Real towns have many names, in many scripts: draw from their names, so a town with 200 names gets 200 times the rows.
                var (t, a) = pairs[rng.Next(pairs.Count)];
                (id, name, real) = (seeds.Towns[t].Id, townAlternates[t][a], true);
            }
            else if (pick < 0.38 || syntheticCount == 0)
            {
                var u = units[rng.Next(units.Count)];
                (id, name, real) = (u.GeonameId, u.Name, false);
            }
            else
            {
                var k = (long)(rng.NextDouble() * syntheticCount);
                (id, name, real) = (FirstSyntheticFeatureId + k, Synthetic(k).Name, false);
            }

            var language = languages.Draw(rng);
            var text = AlternateName(rng, language, name, real);
            var isLanguage = language.Length == 2;
            w.Write((j + 1).ToString(Inv));
            w.Write('\t');
            w.Write(id.ToString(Inv));
            w.Write('\t');
            w.Write(language);
            w.Write('\t');
            w.Write(text);
            w.Write('\t');
            w.Write(isLanguage && rng.Chance(0.06) ? "1" : "");
            w.Write('\t');
            w.Write(isLanguage && rng.Chance(0.02) ? "1" : "");
            w.Write('\t');
            w.Write(rng.Chance(0.005) ? "1" : "");
            w.Write('\t');
            var historic = rng.Chance(0.02);
            w.Write(historic ? "1" : "");
            w.Write('\t');
            w.Write(historic && rng.Chance(0.3) ? (1800 + rng.Next(200)).ToString(Inv) : "");
            w.Write('\t');
            w.Write(historic && rng.Chance(0.3) ? (1900 + rng.Next(120)).ToString(Inv) : "");
            w.Write('\n');
        }
    }

    /// <summary>Writes admin1CodesASCII.txt or admin2Codes.txt: code, name, ASCII name, geonameid.</summary>
    public static void WriteCodes(string path, IEnumerable<SeedUnit> units)
    {
        using var w = Open(path);
        foreach (var u in units)
        {
            w.Write($"{u.Code}\t{u.Name}\t{Ascii(u.Name)}\t{u.GeonameId.ToString(Inv)}\n");
        }
    }

    private static StreamWriter Open(string path) => new(path, Utf8, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 1 << 20 });

    private static ulong Mix(ulong a, long b) => new SplitMix(a + ((ulong)b * 0x9E3779B97F4A7C15UL)).NextULong();

    private static void Unit(StreamWriter w, SeedUnit u, string code, string country, string admin1, string admin2, long population) =>
        w.Write($"{u.GeonameId.ToString(Inv)}\t{u.Name}\t{Ascii(u.Name)}\t\t{u.Lat.ToString("F5", Inv)}\t{u.Lon.ToString("F5", Inv)}\tA\t{code}\t{country}\t\t{admin1}\t{admin2}\t\t\t{population.ToString(Inv)}\t\t\t\t2024-01-01\n");

    private readonly record struct Row(long Id, string Name, string Ascii, string Alternates, double Lat, double Lon, FeatureKind Kind, SeedTown Town, long Population, string Admin3, int Dem);

    private Row Synthetic(long i)
    {
        var rng = new SplitMix(Mix(seed, i));
        var t = rng.Next(seeds.Towns.Count);
        var town = seeds.Towns[t];
        var kind = features.Draw(rng);
        var template = kind.Templates[rng.Next(kind.Templates.Length)];
        var name = template.Replace("{0}", town.Name, StringComparison.Ordinal);
        var ascii = Ascii(template).Replace("{0}", townAscii[t], StringComparison.Ordinal);
        var lat = Math.Clamp(town.Lat + rng.Range(-0.3, 0.3), -89.9, 89.9);
        var lon = town.Lon + rng.Range(-0.3, 0.3);
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        var population = kind.PeopledShare > 0 && rng.Chance(kind.PeopledShare) ? (long)Math.Pow(10, rng.Range(kind.LogPopulation.Lo, kind.LogPopulation.Hi)) : 0;
        var alternates = "";
        if (townAlternates[t].Length > 0 && rng.Chance(0.4))
        {
            var k = 1 + rng.Next(Math.Min(10, townAlternates[t].Length));
            alternates = string.Join(',', Enumerable.Range(0, k).Select(_ => townAlternates[t][rng.Next(townAlternates[t].Length)]).Distinct());
        }

        var admin3 = rng.Chance(0.3) ? rng.Next(100000).ToString("D5", Inv) : "";
        return new Row(FirstSyntheticFeatureId + i, name, ascii, alternates, lat, lon, kind, town, population, admin3, rng.Next(3000));
    }

    private void WriteSynthetic(StreamWriter w, long i)
    {
        var r = Synthetic(i);
        w.Write(r.Id.ToString(Inv));
        w.Write('\t');
        w.Write(r.Name);
        w.Write('\t');
        w.Write(r.Ascii);
        w.Write('\t');
        w.Write(r.Alternates);
        w.Write('\t');
        w.Write(r.Lat.ToString("F5", Inv));
        w.Write('\t');
        w.Write(r.Lon.ToString("F5", Inv));
        w.Write('\t');
        w.Write(r.Kind.Class);
        w.Write('\t');
        w.Write(r.Kind.Code);
        w.Write('\t');
        w.Write(r.Town.Country);
        w.Write("\t\t");
        w.Write(r.Town.Admin1);
        w.Write('\t');
        w.Write(r.Town.Admin2);
        w.Write('\t');
        w.Write(r.Admin3);
        w.Write("\t\t");
        w.Write(r.Population.ToString(Inv));
        w.Write("\t\t");
        w.Write(r.Dem.ToString(Inv));
        w.Write('\t');
        w.Write(r.Town.TimeZone);
        w.Write('\t');
        w.Write(r.Town.Modified);
        w.Write('\n');
    }

    private static string AlternateName(SplitMix rng, string language, string name, bool real) => language switch
    {
        "post" => rng.Chance(0.8) ? rng.Next(100000).ToString("D5", Inv) : $"{Letters(rng, 2)}{rng.Next(10)} {rng.Next(10)}{Letters(rng, 2)}",
        "link" => "https://" + (rng.Chance(0.7) ? "en" : "de") + ".wikipedia.org/wiki/" + Uri.EscapeDataString(name.Replace(' ', '_')),
        "wkdt" => "Q" + (1 + rng.Next(120_000_000)).ToString(Inv),
        "iata" => Letters(rng, 3),
        "icao" => Letters(rng, 4),
        "unlc" => Letters(rng, 5),
        "faac" => Letters(rng, 3) + rng.Next(10).ToString(Inv),
        "tcid" => rng.Next(1_000_000).ToString(Inv),
        "abbr" => new string([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]))]) + Letters(rng, 1),
        "phon" => name.ToLowerInvariant(),
        _ when real => name,
        "ru" or "uk" => Cyrillic(name),
        _ when LanguageMix.ScriptStart(language) is { } start => Script(rng, start),
        _ => Variant(rng, name),
    };

    private static string Letters(SplitMix rng, int n) => string.Create(n, rng, (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('A' + r.Next(26));
        }
    });

    private static string Script(SplitMix rng, char start) => string.Create(3 + rng.Next(6), (rng, start), (span, s) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)(s.start + s.rng.Next(24));
        }
    });

    /// <summary>A spelling another language might use: a few letters swapped the way transliterations differ.</summary>
    private static string Variant(SplitMix rng, string name) => rng.Next(4) switch
    {
        0 => name,
        1 => name.Replace("k", "c", StringComparison.Ordinal).Replace("y", "i", StringComparison.Ordinal),
        2 => name.Replace("sh", "ch", StringComparison.Ordinal).Replace("u", "ou", StringComparison.Ordinal),
        _ => name.Replace("v", "w", StringComparison.Ordinal).Replace("j", "y", StringComparison.Ordinal),
    };

    private static readonly Dictionary<char, string> ToCyrillic = new()
    {
        ['a'] = "а", ['b'] = "б", ['c'] = "ц", ['d'] = "д", ['e'] = "е", ['f'] = "ф", ['g'] = "г", ['h'] = "х", ['i'] = "и", ['j'] = "й",
        ['k'] = "к", ['l'] = "л", ['m'] = "м", ['n'] = "н", ['o'] = "о", ['p'] = "п", ['q'] = "к", ['r'] = "р", ['s'] = "с", ['t'] = "т",
        ['u'] = "у", ['v'] = "в", ['w'] = "в", ['x'] = "кс", ['y'] = "ы", ['z'] = "з",
    };

    private static string Cyrillic(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            var lower = char.ToLowerInvariant(c);
            if (ToCyrillic.TryGetValue(lower, out var cyr))
            {
                sb.Append(char.IsUpper(c) ? cyr.ToUpperInvariant() : cyr);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Ascii(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (c < 128)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

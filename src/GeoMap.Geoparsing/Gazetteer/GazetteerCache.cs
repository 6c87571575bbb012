using System.Text;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Writes and reads the compiled gazetteer as one compact binary file.</summary>
/// <remarks>
/// Layout (little-endian, strings as BinaryWriter length-prefixed UTF-8): magic, format version,
/// source fingerprint; entries; three name indexes, each as its postings array followed by
/// (key, offset, count) triples; the multi-word prefixes. A file whose magic, version or fingerprint
/// does not match is ignored and rebuilt, never half-trusted.
/// </remarks>
public static class GazetteerCache
{
    private const int Magic = 0x5A474D47; // "GMGZ"

    /// <summary>Bumped whenever the layout or the build rules change.</summary>
    public const int FormatVersion = 8;

    /// <summary>Writes a gazetteer to a file, atomically (temporary file, then rename).</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <param name="fingerprint">Fingerprint of the sources it was built from.</param>
    /// <param name="path">Destination path; its folder is created.</param>
    public static void Write(Gazetteer gazetteer, string fingerprint, string path)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var w = new BinaryWriter(stream, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(fingerprint);
            w.Write(gazetteer.Count);
            foreach (var e in gazetteer.Entries)
            {
                w.Write(e.GeonameId);
                w.Write(e.CuratedKey ?? "");
                w.Write(e.Name);
                w.Write(e.CountryCode);
                w.Write(e.Admin1Code);
                w.Write(e.Admin2Code);
                w.Write(e.FeatureCode);
                w.Write(e.Population);
                w.Write(e.Lat);
                w.Write(e.Lon);
            }

            WriteIndex(w, gazetteer.Accented);
            WriteIndex(w, gazetteer.Folded);
            WriteIndex(w, gazetteer.Skeleton);
            w.Write(gazetteer.Prefixes.Count);
            foreach (var p in gazetteer.Prefixes)
            {
                w.Write(p);
            }

            w.Write(gazetteer.Abbreviations.Count);
            foreach (var a in gazetteer.Abbreviations.Order(StringComparer.Ordinal))
            {
                w.Write(a);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a cache file when it matches the expected fingerprint.</summary>
    /// <param name="path">Cache path.</param>
    /// <param name="fingerprint">Expected fingerprint, or null to accept any.</param>
    /// <returns>The gazetteer, or null when the file is missing, stale or unreadable.</returns>
    public static Gazetteer? TryRead(string path, string? fingerprint)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (r.ReadInt32() != Magic || r.ReadInt32() != FormatVersion)
            {
                return null;
            }

            var stored = r.ReadString();
            if (fingerprint is not null && stored != fingerprint)
            {
                return null;
            }

            var pool = new StringPool();
            var entries = new GazetteerEntry[r.ReadInt32()];
            for (var i = 0; i < entries.Length; i++)
            {
                var id = r.ReadInt64();
                var key = r.ReadString();
                entries[i] = new GazetteerEntry
                {
                    GeonameId = id, CuratedKey = key.Length == 0 ? null : key, Name = r.ReadString(),
                    CountryCode = pool.Intern(r.ReadString()), Admin1Code = pool.Intern(r.ReadString()), Admin2Code = pool.Intern(r.ReadString()),
                    FeatureCode = pool.Intern(r.ReadString()), Population = r.ReadInt64(), Lat = r.ReadDouble(), Lon = r.ReadDouble(),
                };
            }

            var accented = ReadIndex(r);
            var folded = ReadIndex(r);
            var skeleton = ReadIndex(r);
            var prefixCount = r.ReadInt32();
            var prefixes = new HashSet<string>(prefixCount, StringComparer.Ordinal);
            for (var i = 0; i < prefixCount; i++)
            {
                prefixes.Add(r.ReadString());
            }

            var abbreviationCount = r.ReadInt32();
            var abbreviations = new HashSet<string>(abbreviationCount, StringComparer.Ordinal);
            for (var i = 0; i < abbreviationCount; i++)
            {
                abbreviations.Add(r.ReadString());
            }

            return new Gazetteer(entries, accented, folded, skeleton, prefixes, abbreviations);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or FormatException)
        {
            return null;
        }
    }

    private static void WriteIndex(BinaryWriter w, NameIndex index)
    {
        var postings = index.Postings;
        w.Write(postings.Length);
        foreach (var p in postings)
        {
            w.Write(p);
        }

        w.Write(index.Count);
        foreach (var (key, (offset, count)) in index.Pairs)
        {
            w.Write(key);
            w.Write(offset);
            w.Write(count);
        }
    }

    private static NameIndex ReadIndex(BinaryReader r)
    {
        var postings = new int[r.ReadInt32()];
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = r.ReadInt32();
        }

        var count = r.ReadInt32();
        var map = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            map[key] = (r.ReadInt32(), r.ReadInt32());
        }

        return new NameIndex(map, postings);
    }

    private sealed class StringPool
    {
        private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);

        public string Intern(string s)
        {
            if (pool.TryGetValue(s, out var existing))
            {
                return existing;
            }

            pool[s] = s;
            return s;
        }
    }
}

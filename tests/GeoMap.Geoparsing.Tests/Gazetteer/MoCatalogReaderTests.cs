using System.Buffers.Binary;
using System.Text;
using GeoMap.Geoparsing.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Gazetteer;

public class MoCatalogReaderTests
{
    /// <summary>Writes a minimal little-endian .mo catalog: header entry plus the given pairs.</summary>
    private static byte[] Catalog(params (string Id, string Text)[] pairs)
    {
        var all = new[] { ("", "Content-Type: text/plain; charset=UTF-8\n") }.Concat(pairs).ToArray();
        var n = all.Length;
        var originals = 28;
        var translations = originals + (8 * n);
        var data = translations + (8 * n);
        var strings = new List<byte>();
        var table = new byte[data];
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(0), 0x950412de);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(8), n);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(12), originals);
        BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(16), translations);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < n; i++)
            {
                var bytes = Encoding.UTF8.GetBytes(pass == 0 ? all[i].Item1 : all[i].Item2);
                var at = (pass == 0 ? originals : translations) + (8 * i);
                BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(at), bytes.Length);
                BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(at + 4), data + strings.Count);
                strings.AddRange(bytes);
                strings.Add(0);
            }
        }

        return [.. table, .. strings];
    }

    [Fact]
    public void Reads_pairs_and_skips_the_header()
    {
        var pairs = MoCatalogReader.Read(Catalog(("2014006", "Oussouriisk"), ("1835848", "Séoul"))).ToList();
        Assert.Equal([("2014006", "Oussouriisk"), ("1835848", "Séoul")], pairs);
    }

    [Fact]
    public void Rejects_a_file_that_is_not_a_catalog() =>
        Assert.Throws<InvalidDataException>(() => MoCatalogReader.Read(Encoding.UTF8.GetBytes("not a gettext catalog at all")).ToList());

    [Fact]
    public void Reads_the_installed_french_geonames_catalog_when_present()
    {
        const string path = "/usr/share/locale/fr/LC_MESSAGES/geonames.mo";
        if (!File.Exists(path))
        {
            return; // libgeonames-common is not installed here.
        }

        var names = MoCatalogReader.ReadFile(path).ToDictionary(p => p.Id, p => p.Text);
        Assert.True(names.Count > 1000);
        Assert.All(names.Keys.Take(100), id => Assert.True(long.TryParse(id, out _)));
    }
}

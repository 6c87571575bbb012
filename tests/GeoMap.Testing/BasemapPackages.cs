using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using GeoMap.Imagery.Packages;
using Microsoft.Data.Sqlite;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace GeoMap.Testing;

/// <summary>A tile to write into a fixture package, addressed as XYZ (row 0 at the north).</summary>
/// <param name="Z">Zoom.</param>
/// <param name="X">Column.</param>
/// <param name="Y">Row from the north.</param>
/// <param name="Data">The tile's bytes as they should be stored.</param>
public sealed record FixtureTile(int Z, int X, int Y, byte[] Data);

/// <summary>Writes small basemap packages (MBTiles, PMTiles v3) for tests that need one.</summary>
/// <remarks>
/// The PMTiles writer exists only because no PMTiles writer ships for .NET: it is the smallest that follows the v3
/// spec (gzip-compressed directories and metadata, run lengths for repeated tiles, optional leaf directories), so the
/// reader can be tested on files it did not write itself. It is not a tool for users.
/// </remarks>
public static class BasemapPackages
{
    /// <summary>A 256 px PNG tile of one colour.</summary>
    public static byte[] SolidPng(byte r, byte g, byte b, int size = 256)
    {
        using var image = new Image<Rgba32>(size, size, new Rgba32(r, g, b, 255));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>Every tile of zooms <paramref name="minZoom"/>..<paramref name="maxZoom"/> with the same bytes.</summary>
    public static IEnumerable<FixtureTile> EveryTile(int minZoom, int maxZoom, byte[] data)
    {
        for (var z = minZoom; z <= maxZoom; z++)
        {
            for (var x = 0; x < 1 << z; x++)
            {
                for (var y = 0; y < 1 << z; y++)
                {
                    yield return new FixtureTile(z, x, y, data);
                }
            }
        }
    }

    /// <summary>Gzips bytes, as vector tiles are stored.</summary>
    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Writes an MBTiles file (rows flipped to TMS as the format stores them) with the given metadata rows.</summary>
    public static void WriteMbTiles(string path, IEnumerable<FixtureTile> tiles, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(metadata);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, "CREATE TABLE metadata (name TEXT, value TEXT)");
        Execute(connection, "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
        Execute(connection, "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
        foreach (var (name, value) in metadata)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO metadata VALUES ($n, $v)";
            command.Parameters.AddWithValue("$n", name);
            command.Parameters.AddWithValue("$v", value);
            command.ExecuteNonQuery();
        }

        foreach (var tile in tiles)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO tiles VALUES ($z, $x, $y, $d)";
            command.Parameters.AddWithValue("$z", tile.Z);
            command.Parameters.AddWithValue("$x", tile.X);
            command.Parameters.AddWithValue("$y", (1 << tile.Z) - 1 - tile.Y);
            command.Parameters.AddWithValue("$d", tile.Data);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// Overwrites the leaf directories of a PMTiles file written with leaves (<see cref="WritePmTiles"/>) with zeros, which
    /// are no gzip: its header and root directory still read (a server starts with it), its tiles do not.
    /// </summary>
    public static void DamageLeafDirectories(string path)
    {
        var bytes = File.ReadAllBytes(path);
        // The leaf directories' offset and length are at bytes 40 and 48 of the header.
        var leaves = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(40)));
        var length = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(48)));
        bytes.AsSpan(leaves, length).Clear();
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>
    /// Writes a PMTiles v3 file. Consecutive tile ids with the same bytes become one run; with
    /// <paramref name="entriesPerLeaf"/>, the entries go into leaf directories of that many and the root lists the leaves.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="tiles">The tiles.</param>
    /// <param name="tileType">1 MVT, 2 PNG, 3 JPEG, 4 WebP.</param>
    /// <param name="tileCompression">1 none, 2 gzip (the tiles' bytes must already be compressed so).</param>
    /// <param name="metadataJson">The JSON metadata.</param>
    /// <param name="bounds">West, south, east, north in degrees.</param>
    /// <param name="entriesPerLeaf">Entries per leaf directory, or null for a root directory only.</param>
    public static void WritePmTiles(string path, IEnumerable<FixtureTile> tiles, byte tileType, byte tileCompression, string metadataJson,
        (double West, double South, double East, double North) bounds, int? entriesPerLeaf = null)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        var sorted = tiles.Select(t => (Id: PmTilesDirectory.TileId(t.Z, t.X, t.Y), Tile: t)).OrderBy(t => t.Id).ToList();
        var data = new MemoryStream();
        var entries = new List<PmTilesEntry>();
        var offsets = new Dictionary<string, (ulong Offset, uint Length)>(StringComparer.Ordinal);
        foreach (var (id, tile) in sorted)
        {
            var key = Convert.ToBase64String(tile.Data);
            if (entries.Count > 0 && entries[^1] is var last && last.TileId + last.RunLength == id && offsets.TryGetValue(key, out var same) && same.Offset == last.Offset && same.Length == last.Length)
            {
                entries[^1] = last with { RunLength = last.RunLength + 1 };
                continue;
            }

            if (!offsets.TryGetValue(key, out var at))
            {
                at = ((ulong)data.Length, (uint)tile.Data.Length);
                data.Write(tile.Data);
                offsets[key] = at;
            }

            entries.Add(new PmTilesEntry(id, at.Offset, at.Length, 1));
        }

        byte[] root;
        var leaves = new MemoryStream();
        if (entriesPerLeaf is { } per)
        {
            var pointers = new List<PmTilesEntry>();
            foreach (var chunk in entries.Chunk(per))
            {
                var leaf = Gzip(Directory(chunk));
                pointers.Add(new PmTilesEntry(chunk[0].TileId, (ulong)leaves.Length, (uint)leaf.Length, 0));
                leaves.Write(leaf);
            }

            root = Gzip(Directory(pointers));
        }
        else
        {
            root = Gzip(Directory(entries));
        }

        var metadata = Gzip(Encoding.UTF8.GetBytes(metadataJson));
        var header = new byte[127];
        "PMTiles"u8.CopyTo(header);
        header[7] = 3;
        ulong rootOffset = 127, metadataOffset = rootOffset + (ulong)root.Length, leafOffset = metadataOffset + (ulong)metadata.Length, dataOffset = leafOffset + (ulong)leaves.Length;
        var h = header.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(h[8..], rootOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[16..], (ulong)root.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(h[24..], metadataOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[32..], (ulong)metadata.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(h[40..], leafOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[48..], (ulong)leaves.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(h[56..], dataOffset);
        BinaryPrimitives.WriteUInt64LittleEndian(h[64..], (ulong)data.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(h[72..], (ulong)sorted.Count);
        BinaryPrimitives.WriteUInt64LittleEndian(h[80..], (ulong)entries.Count);
        BinaryPrimitives.WriteUInt64LittleEndian(h[88..], (ulong)offsets.Count);
        header[96] = 1;
        header[97] = 2;
        header[98] = tileCompression;
        header[99] = tileType;
        header[100] = (byte)sorted.Min(t => t.Tile.Z);
        header[101] = (byte)sorted.Max(t => t.Tile.Z);
        BinaryPrimitives.WriteInt32LittleEndian(h[102..], (int)Math.Round(bounds.West * 1e7));
        BinaryPrimitives.WriteInt32LittleEndian(h[106..], (int)Math.Round(bounds.South * 1e7));
        BinaryPrimitives.WriteInt32LittleEndian(h[110..], (int)Math.Round(bounds.East * 1e7));
        BinaryPrimitives.WriteInt32LittleEndian(h[114..], (int)Math.Round(bounds.North * 1e7));
        header[118] = header[100];
        using var file = File.Create(path);
        file.Write(header);
        file.Write(root);
        file.Write(metadata);
        leaves.Position = 0;
        leaves.CopyTo(file);
        data.Position = 0;
        data.CopyTo(file);
    }

    /// <summary>A directory in the v3 layout: count, id deltas, run lengths, lengths, offsets (0 when contiguous, else offset + 1).</summary>
    private static byte[] Directory(IReadOnlyList<PmTilesEntry> entries)
    {
        var output = new MemoryStream();
        Varint(output, (ulong)entries.Count);
        ulong previous = 0;
        foreach (var e in entries)
        {
            Varint(output, e.TileId - previous);
            previous = e.TileId;
        }

        foreach (var e in entries)
        {
            Varint(output, e.RunLength);
        }

        foreach (var e in entries)
        {
            Varint(output, e.Length);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var contiguous = i > 0 && entries[i].Offset == entries[i - 1].Offset + entries[i - 1].Length;
            Varint(output, contiguous ? 0 : entries[i].Offset + 1);
        }

        return output.ToArray();
    }

    private static void Varint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

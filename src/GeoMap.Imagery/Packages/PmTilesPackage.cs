using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace GeoMap.Imagery.Packages;

/// <summary>A PMTiles v3 file: a 127-byte header, a root directory, JSON metadata, leaf directories and the tiles.</summary>
/// <remarks>
/// Reads are positional (<see cref="RandomAccess"/>), so threads share one handle. The root directory is read once;
/// leaf directories are kept once read, up to <see cref="MaxCachedLeaves"/>. Zstandard compression is refused at open:
/// .NET has no decoder for it (re-pack with <c>pmtiles convert</c> or gzip tiles).
/// </remarks>
public sealed class PmTilesPackage : TilePackage
{
    /// <summary>Leaf directories kept in memory; the cache is emptied when it would grow beyond this.</summary>
    public const int MaxCachedLeaves = 256;

    private const int HeaderLength = 127;

    // Leaves may point to further leaves; the writers in use nest one level, the spec allows a few.
    private const int MaxDepth = 4;

    private readonly SafeFileHandle file;
    private readonly Header header;
    private readonly PmTilesEntry[] root;
    private readonly ConcurrentDictionary<(ulong Offset, uint Length), PmTilesEntry[]> leaves = new();

    private PmTilesPackage(string path, TilePackageInfo info, SafeFileHandle file, Header header, PmTilesEntry[] root)
        : base(path, info)
    {
        this.file = file;
        this.header = header;
        this.root = root;
    }

    internal static PmTilesPackage OpenFile(string path, string fileName)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        try
        {
            var size = RandomAccess.GetLength(file);
            var bytes = ReadAt(file, size, 0, HeaderLength, fileName, "header");
            var header = Header.Parse(bytes, fileName);
            header.Check(size, fileName);
            var root = DecodeDirectory(Decompress(ReadAt(file, size, header.RootOffset, header.RootLength, fileName, "root directory"), header.InternalCompression, fileName, "root directory"), fileName, "root directory");
            var (name, attribution) = ReadMetadata(file, size, header, fileName);
            var info = new TilePackageInfo(name ?? System.IO.Path.GetFileNameWithoutExtension(fileName), header.Format, header.MinZoom, header.MaxZoom,
                header.West, header.South, header.East, header.North, attribution);
            return new PmTilesPackage(path, info, file, header, root);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    protected override PackageTile? Read(int z, int x, int y)
    {
        var fileName = System.IO.Path.GetFileName(Path);
        var id = PmTilesDirectory.TileId(z, x, y);
        var size = RandomAccess.GetLength(file);
        var directory = root;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (PmTilesDirectory.Find(directory, id) is not { } entry)
            {
                return null;
            }

            if (entry.RunLength > 0)
            {
                if (entry.Offset + entry.Length > header.TileDataLength)
                {
                    throw new TilePackageException($"{fileName} is damaged: tile {z}/{x}/{y} lies beyond the tile data.");
                }

                var data = ReadAt(file, size, header.TileDataOffset + entry.Offset, entry.Length, fileName, $"tile {z}/{x}/{y}");
                return Tile(data, fileName);
            }

            if (entry.Offset + entry.Length > header.LeafLength)
            {
                throw new TilePackageException($"{fileName} is damaged: a leaf directory lies beyond the leaf directories.");
            }

            directory = leaves.TryGetValue((entry.Offset, entry.Length), out var cached) ? cached : Leaf(entry, size, fileName);
        }

        throw new TilePackageException($"{fileName} is damaged: its leaf directories nest deeper than {MaxDepth} levels.");
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }

    private PmTilesEntry[] Leaf(PmTilesEntry entry, long size, string fileName)
    {
        var bytes = ReadAt(file, size, header.LeafOffset + entry.Offset, entry.Length, fileName, "leaf directory");
        var leaf = DecodeDirectory(Decompress(bytes, header.InternalCompression, fileName, "leaf directory"), fileName, "leaf directory");
        if (leaves.Count >= MaxCachedLeaves)
        {
            leaves.Clear();
        }

        leaves[(entry.Offset, entry.Length)] = leaf;
        return leaf;
    }

    private PackageTile Tile(byte[] data, string fileName) => header.TileCompression switch
    {
        Compression.Gzip => new PackageTile(data, true),
        Compression.Brotli => new PackageTile(Decompress(data, Compression.Brotli, fileName, "tile"), false),
        Compression.None => new PackageTile(data, false),
        _ => new PackageTile(data, Decompression.LooksGzipped(data)),
    };

    private static PmTilesEntry[] DecodeDirectory(byte[] data, string fileName, string what)
    {
        try
        {
            return PmTilesDirectory.Decode(data);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new TilePackageException($"{fileName} is damaged: its {what} cannot be decoded ({e.Message}).", e);
        }
    }

    private static (string? Name, string? Attribution) ReadMetadata(SafeFileHandle file, long size, Header header, string fileName)
    {
        if (header.MetadataLength == 0)
        {
            return (null, null);
        }

        var json = Decompress(ReadAt(file, size, header.MetadataOffset, header.MetadataLength, fileName, "metadata"), header.InternalCompression, fileName, "metadata");
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            string? Text(string key) => document.RootElement.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0 ? v.GetString()!.Trim() : null;
            return (Text("name"), Text("attribution"));
        }
        catch (JsonException e)
        {
            throw new TilePackageException($"{fileName} is damaged: its metadata is not JSON ({e.Message}).", e);
        }
    }

    private static byte[] ReadAt(SafeFileHandle file, long size, ulong offset, ulong length, string fileName, string what)
    {
        if (length > int.MaxValue || offset > (ulong)size || length > (ulong)size - offset)
        {
            throw new TilePackageException($"{fileName} is damaged or truncated: its {what} lies beyond the end of the file ({size:N0} bytes).");
        }

        var buffer = new byte[length];
        var done = 0;
        while (done < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(done), (long)offset + done);
            if (read == 0)
            {
                throw new TilePackageException($"{fileName} is truncated: its {what} ends early.");
            }

            done += read;
        }

        return buffer;
    }

    private static byte[] Decompress(byte[] data, Compression compression, string fileName, string what)
    {
        try
        {
            return compression switch
            {
                Compression.Gzip => Decompression.Gzip(data),
                Compression.Brotli => Decompression.Brotli(data),
                Compression.Unknown when Decompression.LooksGzipped(data) => Decompression.Gzip(data),
                _ => data,
            };
        }
        catch (InvalidDataException e)
        {
            throw new TilePackageException($"{fileName} is damaged: its {what} does not decompress ({e.Message}).", e);
        }
    }

    private enum Compression : byte
    {
        Unknown = 0,
        None = 1,
        Gzip = 2,
        Brotli = 3,
        Zstd = 4,
    }

    /// <summary>The fixed header (spec chapter 3): section offsets and lengths, compressions, tile type, zooms, bounds, all little-endian.</summary>
    private sealed record Header(
        ulong RootOffset, ulong RootLength, ulong MetadataOffset, ulong MetadataLength, ulong LeafOffset, ulong LeafLength,
        ulong TileDataOffset, ulong TileDataLength, Compression InternalCompression, Compression TileCompression, TileFormat Format,
        int MinZoom, int MaxZoom, double West, double South, double East, double North)
    {
        public static Header Parse(ReadOnlySpan<byte> b, string fileName)
        {
            if (b[7] != 3)
            {
                throw new TilePackageException($"{fileName} is PMTiles version {b[7]}; GeoMap reads version 3 (convert it with 'pmtiles convert').");
            }

            var internalCompression = (Compression)b[97];
            var tileCompression = (Compression)b[98];
            if (internalCompression > Compression.Zstd || tileCompression > Compression.Zstd)
            {
                throw new TilePackageException($"{fileName} is damaged: its header names an unknown compression.");
            }

            if (internalCompression == Compression.Zstd || tileCompression == Compression.Zstd)
            {
                throw new TilePackageException($"{fileName} is compressed with Zstandard, which GeoMap cannot read; re-pack it with gzip (e.g. 'pmtiles convert' from MBTiles).");
            }

            var format = b[99] switch
            {
                1 => TileFormat.Mvt,
                2 => TileFormat.Png,
                3 => TileFormat.Jpeg,
                4 => TileFormat.Webp,
                5 => throw new TilePackageException($"{fileName} holds AVIF tiles; GeoMap draws PNG, JPEG, WebP and vector (MVT) tiles."),
                var t => throw new TilePackageException($"{fileName} does not say what its tiles are (tile type {t}); GeoMap draws PNG, JPEG, WebP and vector (MVT) tiles."),
            };

            return new Header(U64(b, 8), U64(b, 16), U64(b, 24), U64(b, 32), U64(b, 40), U64(b, 48), U64(b, 56), U64(b, 64), internalCompression, tileCompression, format,
                b[100], b[101], Degrees(b, 102), Degrees(b, 106), Degrees(b, 110), Degrees(b, 114));
        }

        private static double Degrees(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadInt32LittleEndian(b[at..]) / 1e7;

        private static ulong U64(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt64LittleEndian(b[at..]);

        public void Check(long size, string fileName)
        {
            if (MinZoom > MaxZoom || MaxZoom > 30)
            {
                throw new TilePackageException($"{fileName} is damaged: its zoom range {MinZoom}-{MaxZoom} is impossible.");
            }

            if (!(West is >= -180 and <= 180 && East is >= -180 and <= 180 && South is >= -90 and <= 90 && North is >= -90 and <= 90 && South < North))
            {
                throw new TilePackageException($"{fileName} is damaged: its bounds are outside the world.");
            }

            if (TileDataOffset > (ulong)size || TileDataLength > (ulong)size - TileDataOffset || LeafOffset > (ulong)size || LeafLength > (ulong)size - LeafOffset)
            {
                throw new TilePackageException($"{fileName} is truncated: its header places tiles beyond the end of the file ({size:N0} bytes).");
            }
        }
    }
}

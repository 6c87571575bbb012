using System.Collections.Concurrent;
using System.Globalization;
using NetVips;

namespace GeoMap.Imagery.Tiling;

/// <summary>Encodes RGBA tiles and writes them as {z}/{x}/{y}.{ext} under a folder, counting tiles
/// and bytes. Thread-safe.</summary>
internal sealed class TileWriter(string root, TilerOptions options)
{
    private const int Size = WebMercator.TileSize;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private long _tiles;
    private long _bytes;

    /// <summary>File extension of the tiles, without the dot.</summary>
    public string Extension => options.Format == TileFormat.WebP ? "webp" : "png";

    /// <summary>Tiles written so far.</summary>
    public long Tiles => Interlocked.Read(ref _tiles);

    /// <summary>Bytes written so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Encodes and writes the tile; a fully transparent tile is skipped.</summary>
    public void Write(int zoom, int tileX, int tileY, byte[] rgba)
    {
        bool opaque = true, empty = true;
        for (int i = 3; i < rgba.Length; i += 4)
        {
            byte alpha = rgba[i];
            opaque &= alpha == 255;
            empty &= alpha == 0;
        }

        if (empty)
        {
            return;
        }

        var encoded = Encode(rgba, opaque);
        var folder = Path.Combine(root, zoom.ToString(CultureInfo.InvariantCulture), tileX.ToString(CultureInfo.InvariantCulture));
        if (_folders.TryAdd(folder, true))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{tileY}.{Extension}")), encoded);
        Interlocked.Increment(ref _tiles);
        Interlocked.Add(ref _bytes, encoded.Length);
    }

    private byte[] Encode(byte[] rgba, bool opaque)
    {
        byte[] pixels = rgba;
        int bands = 4;
        if (opaque)
        {
            // An opaque tile is stored as RGB: a quarter fewer bytes to compress and to serve.
            pixels = new byte[Size * Size * 3];
            for (int s = 0, d = 0; s < rgba.Length; s += 4, d += 3)
            {
                pixels[d] = rgba[s];
                pixels[d + 1] = rgba[s + 1];
                pixels[d + 2] = rgba[s + 2];
            }

            bands = 3;
        }

        using var image = Image.NewFromMemory(pixels, Size, Size, bands, Enums.BandFormat.Uchar);
        return options.Format == TileFormat.WebP
            ? image.WebpsaveBuffer(q: options.WebPQuality, effort: 2, keep: Enums.ForeignKeep.None)
            : image.PngsaveBuffer(compression: options.PngCompression, filter: Enums.ForeignPngFilter.Up, keep: Enums.ForeignKeep.None);
    }
}

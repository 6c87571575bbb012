using System.Globalization;
using GeoMap.Imagery.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace GeoMap.Imagery.Tiling;

/// <summary>
/// An overlay's preview: a small north-up picture of the whole footprint (<see cref="FileName"/> beside the pyramid),
/// shown in the overlay list and the movement panel. It is composed from the pyramid's own tiles, so it looks like the
/// overlay on the map (same stretch, same no-data transparency) and can be made for any pyramid, also one tiled before
/// quicklooks existed; it is shrunk by the code that makes photo thumbnails.
/// </summary>
public static class Quicklook
{
    /// <summary>The quicklook's file in the pyramid's folder.</summary>
    public const string FileName = "quicklook.png";

    /// <summary>The longer side of a quicklook, in pixels (as a photo thumbnail).</summary>
    public const int Size = PhotoLimits.DefaultThumbnailSize;

    // The level read is the first whose footprint is at least Size pixels across, so at most about 3 x 3 tiles are read.
    private const int MaxTilesAcross = 8;

    /// <summary>
    /// Writes <see cref="FileName"/> into <paramref name="folder"/> from its tiles ({z}/{x}/{y}.png or .webp) over the
    /// lon/lat box <paramref name="west"/>..<paramref name="north"/>, read at the lowest zoom of
    /// <paramref name="minZoom"/>..<paramref name="maxZoom"/> where the box is <see cref="Size"/> pixels across (the top
    /// zoom for a small image). A missing tile is left transparent. The file is replaced whole (written beside, then moved).
    /// </summary>
    /// <returns>The quicklook's path.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The box or the zoom range is not valid.</exception>
    public static string Write(string folder, double west, double south, double east, double north, int minZoom, int maxZoom)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(west), string.Create(CultureInfo.InvariantCulture, $"The box {west},{south},{east},{north} is not a lon/lat box."));
        }

        if (minZoom < 0 || maxZoom > 30 || minZoom > maxZoom)
        {
            throw new ArgumentOutOfRangeException(nameof(minZoom), string.Create(CultureInfo.InvariantCulture, $"The zoom range {minZoom}..{maxZoom} is not valid."));
        }

        var (x0, y0) = (WebMercator.X(west), WebMercator.Y(Math.Min(north, WebMercator.MaxLatitude)));
        var (x1, y1) = (WebMercator.X(east), WebMercator.Y(Math.Max(south, -WebMercator.MaxLatitude)));
        var zoom = minZoom;
        while (zoom < maxZoom && Math.Max(x1 - x0, y1 - y0) * WebMercator.TileSize * Math.Pow(2, zoom) < Size
            && Math.Max(x1 - x0, y1 - y0) * Math.Pow(2, zoom + 1) <= MaxTilesAcross)
        {
            zoom++;
        }

        var scale = WebMercator.TileSize * Math.Pow(2, zoom);
        var (left, top) = (x0 * scale, y0 * scale);
        var width = Math.Max(1, (int)Math.Ceiling((x1 * scale) - left));
        var height = Math.Max(1, (int)Math.Ceiling((y1 * scale) - top));
        using var canvas = new Image<Rgba32>(width, height);
        var last = (1 << zoom) - 1;
        for (var ty = Math.Max(0, (int)(top / WebMercator.TileSize)); ty <= Math.Min(last, (int)((top + height) / WebMercator.TileSize)); ty++)
        {
            for (var tx = Math.Max(0, (int)(left / WebMercator.TileSize)); tx <= Math.Min(last, (int)((left + width) / WebMercator.TileSize)); tx++)
            {
                if (TilePath(folder, zoom, tx, ty) is not { } path)
                {
                    continue;
                }

                using var tile = Image.Load<Rgba32>(path);
                var at = new Point((int)Math.Round((tx * WebMercator.TileSize) - left), (int)Math.Round((ty * WebMercator.TileSize) - top));
                canvas.Mutate(c => c.DrawImage(tile, at, 1f));
            }
        }

        PhotoReader.Shrink(canvas, Size);
        var target = Path.Combine(folder, FileName);
        var partial = string.Create(CultureInfo.InvariantCulture, $"{target}.{Guid.NewGuid():N}.part");
        canvas.SaveAsPng(partial);
        File.Move(partial, target, overwrite: true);
        return target;
    }

    private static string? TilePath(string folder, int z, int x, int y)
    {
        var stem = Path.Combine(folder, z.ToString(CultureInfo.InvariantCulture), x.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture));
        return File.Exists(stem + ".png") ? stem + ".png" : File.Exists(stem + ".webp") ? stem + ".webp" : null;
    }
}

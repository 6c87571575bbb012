using System.Globalization;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Draws an XYZ tile pyramid (256 px Web Mercator tiles) under the movements, at the zoom nearest the map's scale.</summary>
/// <remarks>
/// The zoom is the smallest whose tiles are at least as sharp as the image, clamped to the pyramid's range; tiles
/// are scaled to the image and missing tiles (outside the footprint) are skipped. Tile columns wrap around the
/// antimeridian like the map does.
/// </remarks>
public static class OverlayPainter
{
    /// <summary>Pixel size of a tile.</summary>
    public const int TileSize = 256;

    /// <summary>Most tiles read for one overlay, to bound the work of a huge image at a deep zoom.</summary>
    public const int MaxTiles = 4096;

    /// <summary>Paints one overlay.</summary>
    public static void Paint(RenderContext context, MapOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(overlay);
        var (min, max) = ZoomRange(overlay);
        if (min > max)
        {
            return;
        }

        var viewport = context.Viewport;
        var zoom = ChooseZoom(viewport.WorldPixels, min, max);
        var tiles = 1 << zoom;
        var tilePixels = viewport.WorldPixels / tiles;
        var x0 = (int)Math.Floor(viewport.Left * tiles);
        var x1 = (int)Math.Floor((viewport.Left + (viewport.Width / viewport.WorldPixels)) * tiles);
        var y0 = Math.Max(0, (int)Math.Floor(viewport.Top * tiles));
        var y1 = Math.Min(tiles - 1, (int)Math.Floor((viewport.Top + (viewport.Height / viewport.WorldPixels)) * tiles));
        if ((long)(x1 - x0 + 1) * (y1 - y0 + 1) > MaxTiles)
        {
            return;
        }

        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(overlay.Opacity * 255)) };
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        for (var x = x0; x <= x1; x++)
        {
            var column = ((x % tiles) + tiles) % tiles;
            for (var y = y0; y <= y1; y++)
            {
                var path = Path.Combine(overlay.TileFolder, zoom.ToString(CultureInfo.InvariantCulture),
                    column.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture) + ".png");
                if (!File.Exists(path))
                {
                    continue;
                }

                using var image = SKImage.FromEncodedData(path);
                if (image is null)
                {
                    continue;
                }

                // Snap tile edges to whole pixels when the scale allows, so neighbouring tiles leave no seams.
                var left = (float)(((x / (double)tiles) - viewport.Left) * viewport.WorldPixels);
                var top = (float)(((y / (double)tiles) - viewport.Top) * viewport.WorldPixels);
                var destination = new SKRect(left, top, left + (float)tilePixels, top + (float)tilePixels);
                context.Canvas.DrawImage(image, new SKRect(0, 0, image.Width, image.Height), destination, sampling, paint);
            }
        }
    }

    /// <summary>The zoom whose 256 px tiles best match <paramref name="worldPixels"/>, clamped to min..max.</summary>
    public static int ChooseZoom(double worldPixels, int min, int max)
    {
        var ideal = (int)Math.Ceiling(Math.Log2(worldPixels / TileSize) - 1e-9);
        return Math.Clamp(ideal, min, max);
    }

    /// <summary>The overlay's zoom range: as given, else the numbered folders present.</summary>
    public static (int Min, int Max) ZoomRange(MapOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        if (overlay.MinZoom is { } min && overlay.MaxZoom is { } max)
        {
            return (min, max);
        }

        var zooms = Directory.Exists(overlay.TileFolder)
            ? Directory.EnumerateDirectories(overlay.TileFolder)
                .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var z) ? z : -1)
                .Where(z => z is >= 0 and <= 30)
                .ToList()
            : [];
        return zooms.Count == 0 ? (1, 0) : (overlay.MinZoom ?? zooms.Min(), overlay.MaxZoom ?? zooms.Max());
    }
}

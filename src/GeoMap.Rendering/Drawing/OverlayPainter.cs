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
    public const int TileSize = TileCover.TileSize;

    /// <summary>Most tiles read for one overlay, to bound the work of a huge image at a deep zoom.</summary>
    public const int MaxTiles = 4096;

    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

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

        var cover = TileCover.At(context.Viewport, ChooseZoom(context.Viewport.WorldPixels, min, max));
        if (cover.Count > MaxTiles)
        {
            return;
        }

        using var paint = new SKPaint { Color = SKColors.White.WithAlpha((byte)Math.Round(overlay.Opacity * 255)) };
        foreach (var tile in cover.Enumerate(context.Viewport))
        {
            using var image = ReadTile(overlay, cover.Zoom, tile.Column, tile.Row);
            if (image is not null)
            {
                DrawTile(context, image, tile, paint);
            }
        }
    }

    /// <summary>Draws a tile's image scaled onto its place, the edges left as computed so neighbouring tiles leave no seams.</summary>
    internal static void DrawTile(RenderContext context, SKImage image, TileCover.Tile tile, SKPaint paint)
    {
        var destination = new SKRect((float)tile.Left, (float)tile.Top, (float)(tile.Left + tile.Size), (float)(tile.Top + tile.Size));
        context.Canvas.DrawImage(image, new SKRect(0, 0, image.Width, image.Height), destination, Sampling, paint);
    }

    /// <summary>The decoded tile, or null when the pyramid has none there (or it cannot be decoded).</summary>
    private static SKImage? ReadTile(MapOverlay overlay, int zoom, int column, int row)
    {
        if (overlay.ReadTile is { } read)
        {
            if (read(zoom, column, row) is not { } bytes)
            {
                return null;
            }

            using var data = SKData.CreateCopy(bytes);
            return SKImage.FromEncodedData(data);
        }

        var path = Path.Combine(overlay.TileFolder, zoom.ToString(CultureInfo.InvariantCulture),
            column.ToString(CultureInfo.InvariantCulture), row.ToString(CultureInfo.InvariantCulture) + ".png");
        return File.Exists(path) ? SKImage.FromEncodedData(path) : null;
    }

    /// <summary>The zoom whose 256 px tiles best match <paramref name="worldPixels"/>, clamped to min..max.</summary>
    public static int ChooseZoom(double worldPixels, int min, int max) => TileCover.ChooseZoom(worldPixels, min, max);

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

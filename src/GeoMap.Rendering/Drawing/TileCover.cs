namespace GeoMap.Rendering.Drawing;

/// <summary>The XYZ tiles (256 px, Web Mercator) that cover the image at one zoom, and where each lands on it.</summary>
/// <remarks>
/// Shared by the painters of tile pyramids (<see cref="OverlayPainter"/>) and of basemap packages (<see cref="PackagePainter"/>).
/// Columns wrap around the antimeridian like the map does: a tile's <see cref="Tile.Column"/> is its address in the
/// grid, <see cref="Tile.X"/> its place in the unwrapped row of world copies.
/// </remarks>
internal sealed class TileCover
{
    /// <summary>Pixel size of a tile.</summary>
    public const int TileSize = 256;

    private TileCover(int zoom, int x0, int x1, int y0, int y1)
    {
        Zoom = zoom;
        X0 = x0;
        X1 = x1;
        Y0 = y0;
        Y1 = y1;
    }

    /// <summary>The zoom of the tiles.</summary>
    public int Zoom { get; }

    /// <summary>Tiles per side of the world at <see cref="Zoom"/>.</summary>
    public int Tiles => 1 << Zoom;

    private int X0 { get; }

    private int X1 { get; }

    private int Y0 { get; }

    private int Y1 { get; }

    /// <summary>How many tiles cover the image.</summary>
    public long Count => (long)(X1 - X0 + 1) * Math.Max(0, Y1 - Y0 + 1);

    /// <summary>The tiles of <paramref name="zoom"/> that cover the viewport.</summary>
    public static TileCover At(Projection.MapViewport viewport, int zoom)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        var tiles = 1 << zoom;
        return new TileCover(
            zoom,
            (int)Math.Floor(viewport.Left * tiles),
            (int)Math.Floor((viewport.Left + (viewport.Width / viewport.WorldPixels)) * tiles),
            Math.Max(0, (int)Math.Floor(viewport.Top * tiles)),
            Math.Min(tiles - 1, (int)Math.Floor((viewport.Top + (viewport.Height / viewport.WorldPixels)) * tiles)));
    }

    /// <summary>The zoom whose 256 px tiles are at least as sharp as an image of <paramref name="worldPixels"/> per world, clamped to min..max.</summary>
    public static int ChooseZoom(double worldPixels, int min, int max)
    {
        var ideal = (int)Math.Ceiling(Math.Log2(worldPixels / TileSize) - 1e-9);
        return Math.Clamp(ideal, min, max);
    }

    /// <summary>The map's own zoom (fractional): the zoom whose 256 px tiles would be drawn at their size.</summary>
    public static double MapZoom(double worldPixels) => Math.Log2(worldPixels / TileSize);

    /// <summary>The tiles, west to east, north to south.</summary>
    public IEnumerable<Tile> Enumerate(Projection.MapViewport viewport)
    {
        ArgumentNullException.ThrowIfNull(viewport);
        var tiles = Tiles;
        var size = viewport.WorldPixels / tiles;
        for (var x = X0; x <= X1; x++)
        {
            var column = ((x % tiles) + tiles) % tiles;
            for (var y = Y0; y <= Y1; y++)
            {
                var left = ((x / (double)tiles) - viewport.Left) * viewport.WorldPixels;
                var top = ((y / (double)tiles) - viewport.Top) * viewport.WorldPixels;
                yield return new Tile(x, column, y, left, top, size, (x - column) / tiles);
            }
        }
    }

    /// <summary>One tile of the cover.</summary>
    /// <param name="X">Its column in the unwrapped row of world copies.</param>
    /// <param name="Column">Its column in the grid (0 to tiles - 1).</param>
    /// <param name="Row">Its row from the north.</param>
    /// <param name="Left">Its left edge on the image, in pixels.</param>
    /// <param name="Top">Its top edge on the image, in pixels.</param>
    /// <param name="Size">Its side on the image, in pixels.</param>
    /// <param name="Copy">The world copy it lies in (whole worlds east of the first).</param>
    public readonly record struct Tile(int X, int Column, int Row, double Left, double Top, double Size, int Copy);
}

namespace GeoMap.Imagery.Tiling;

/// <summary>Builds the lower zoom levels while the top level streams by, one row of tiles at a time.</summary>
/// <remarks>Each level below the top keeps only the row of parent tiles being filled: when the top
/// level moves on to a row with a different parent, the finished parent row is written and
/// averaged into its own parent, and so on down. Memory is one row of tiles per level, and the
/// lower levels are averaged from the level above, never re-warped from the source.</remarks>
internal sealed class PyramidLevels(int minZoom, int maxZoom, TileWriter writer, ParallelOptions parallel)
{
    private const int TileBytes = WebMercator.TileSize * WebMercator.TileSize * 4;
    private readonly Dictionary<int, (int Row, Dictionary<int, byte[]> Tiles)> _pending = [];

    /// <summary>Takes a finished row of non-empty tiles at <paramref name="zoom"/> (already written).</summary>
    public void AddRow(int zoom, int tileY, Dictionary<int, byte[]> tiles)
    {
        int parentZoom = zoom - 1;
        if (parentZoom < minZoom)
        {
            return;
        }

        int parentRow = tileY >> 1;
        if (!_pending.TryGetValue(parentZoom, out var level) || level.Row != parentRow)
        {
            Flush(parentZoom);
            level = (parentRow, new Dictionary<int, byte[]>());
            _pending[parentZoom] = level;
        }

        foreach (int tileX in tiles.Keys)
        {
            if (!level.Tiles.ContainsKey(tileX >> 1))
            {
                level.Tiles[tileX >> 1] = new byte[TileBytes];
            }
        }

        int quadrantY = tileY & 1;
        Parallel.ForEach(tiles, parallel, child =>
            TileDownsampler.Into(child.Value, level.Tiles[child.Key >> 1], child.Key & 1, quadrantY));
    }

    /// <summary>Writes every pending row, top level first, when the top level is done.</summary>
    public void FlushAll()
    {
        for (int zoom = maxZoom - 1; zoom >= minZoom; zoom--)
        {
            Flush(zoom);
        }
    }

    private void Flush(int zoom)
    {
        if (!_pending.Remove(zoom, out var level) || level.Tiles.Count == 0)
        {
            return;
        }

        Parallel.ForEach(level.Tiles, parallel, tile => writer.Write(zoom, tile.Key, level.Row, tile.Value));
        AddRow(zoom, level.Row, level.Tiles);
    }
}

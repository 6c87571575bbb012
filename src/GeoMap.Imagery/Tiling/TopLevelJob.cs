using System.Globalization;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Projections;
using GeoMap.Imagery.Reading;

namespace GeoMap.Imagery.Tiling;

/// <summary>Warps the top zoom level row by row, reading the next row's source windows while the
/// current row is warped and encoded.</summary>
internal sealed class TopLevelJob
{
    private readonly IRasterSource _source;
    private readonly int _zoom;
    private readonly int _firstX;
    private readonly int _lastX;
    private readonly int _firstY;
    private readonly long _windowBytes;
    private readonly bool _supersample;
    private readonly CancellationToken _cancellation;
    private readonly ThreadLocal<SourceMapper> _mappers;
    private readonly BlockReader _reader;

    public TopLevelJob(Georeference georeference, IPixelTransform pixels, IRasterSource source, ImageFootprint footprint,
        int zoom, bool supersample, TilerOptions options, CancellationToken cancellation)
    {
        _supersample = supersample;
        _source = source;
        _reader = new BlockReader(source);
        _zoom = zoom;
        _windowBytes = Math.Max(1L << 20, options.SourceWindowBytes);
        _cancellation = cancellation;
        _mappers = new ThreadLocal<SourceMapper>(() => new SourceMapper(georeference, pixels));
        // A hair inside the box so an edge exactly on a tile boundary does not add an empty row.
        double inset = WebMercator.Resolution(zoom) * 1e-6;
        _firstX = WebMercator.TileX(footprint.MinXMercator + inset, zoom);
        _lastX = WebMercator.TileX(footprint.MaxXMercator - inset, zoom);
        _firstY = WebMercator.TileY(footprint.MaxYMercator - inset, zoom);
        int lastY = WebMercator.TileY(footprint.MinYMercator + inset, zoom);
        RowCount = lastY - _firstY + 1;
        long tiles = (long)(_lastX - _firstX + 1) * RowCount;
        if (tiles > options.MaxTiles)
        {
            throw new InvalidZoomException(string.Create(CultureInfo.InvariantCulture,
                $"Zoom {zoom} would need {tiles:N0} tiles (limit {options.MaxTiles:N0}); choose a lower --maxzoom."));
        }
    }

    /// <summary>Rows of tiles at the top level.</summary>
    public int RowCount { get; }

    /// <summary>Warps, writes and hands each row to <paramref name="levels"/>.</summary>
    public void Run(TileWriter writer, PyramidLevels levels, ParallelOptions parallel, Action<int> rowDone)
    {
        var next = Task.Run(() => Prepare(_firstY), _cancellation);
        try
        {
            for (int r = 0; r < RowCount; r++)
            {
                var row = next.GetAwaiter().GetResult();
                if (r + 1 < RowCount)
                {
                    int nextY = _firstY + r + 1;
                    next = Task.Run(() => Prepare(nextY), _cancellation);
                }

                WarpRow(row, writer, levels, parallel);
                rowDone(r + 1);
                _cancellation.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            // Never leave a read running against a raster the caller is about to dispose.
            try
            {
                next.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
            }
        }
    }

    private void WarpRow(PreparedRow row, TileWriter writer, PyramidLevels levels, ParallelOptions parallel)
    {
        var results = new byte[]?[row.Tiles.Length];
        Parallel.For(0, row.Tiles.Length, parallel, t =>
        {
            var tile = row.Tiles[t];
            if (tile.Block is null)
            {
                return;
            }

            var rgba = TileWarper.Warp(tile.Grid, row.Blocks[tile.Block.Value], _source.Width, _source.Height, _supersample);
            if (rgba is not null)
            {
                writer.Write(_zoom, tile.TileX, row.TileY, rgba);
                results[t] = rgba;
            }
        });

        var written = new Dictionary<int, byte[]>();
        for (int t = 0; t < results.Length; t++)
        {
            if (results[t] is { } rgba)
            {
                written[row.Tiles[t].TileX] = rgba;
            }
        }

        levels.AddRow(_zoom, row.TileY, written);
    }

    private PreparedRow Prepare(int tileY)
    {
        var mapper = _mappers.Value!;
        double resolution = WebMercator.Resolution(_zoom);
        var tiles = new PlannedTile[_lastX - _firstX + 1];
        var blocks = new List<(int Left, int Top, int Right, int Bottom)>();
        (int Left, int Top, int Right, int Bottom)? current = null;
        for (int i = 0; i < tiles.Length; i++)
        {
            _cancellation.ThrowIfCancellationRequested();
            int tileX = _firstX + i;
            var (west, north) = WebMercator.TileOrigin(_zoom, tileX, tileY);
            var grid = CoordinateGrid.Compute(mapper, west, north, resolution);
            var window = grid.SourceWindow(_source.Width, _source.Height);
            if (window is not { } w)
            {
                tiles[i] = new PlannedTile(tileX, grid, null);
                continue;
            }

            if (current is { } c)
            {
                var union = (Math.Min(c.Left, w.Left), Math.Min(c.Top, w.Top), Math.Max(c.Right, w.Right), Math.Max(c.Bottom, w.Bottom));
                if ((long)(union.Item3 - union.Item1) * (union.Item4 - union.Item2) * 4 <= _windowBytes)
                {
                    current = union;
                    tiles[i] = new PlannedTile(tileX, grid, blocks.Count);
                    continue;
                }

                blocks.Add(c);
            }

            current = w;
            tiles[i] = new PlannedTile(tileX, grid, blocks.Count);
        }

        if (current is { } last)
        {
            blocks.Add(last);
        }

        return new PreparedRow(tileY, tiles, _reader.Read(blocks));
    }

    private sealed record PlannedTile(int TileX, CoordinateGrid Grid, int? Block);

    private sealed record PreparedRow(int TileY, PlannedTile[] Tiles, SourceBlock[] Blocks);
}

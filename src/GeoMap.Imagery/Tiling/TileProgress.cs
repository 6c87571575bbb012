namespace GeoMap.Imagery.Tiling;

/// <summary>Progress of a tiling job, reported after each row of top-level tiles.</summary>
/// <param name="Zoom">The zoom level being cut (the top level; lower levels follow it row by row).</param>
/// <param name="RowsDone">Rows of top-level tiles finished.</param>
/// <param name="RowsTotal">Rows of top-level tiles in the job.</param>
/// <param name="TilesWritten">Tiles written so far, all levels.</param>
public sealed record TileProgress(int Zoom, int RowsDone, int RowsTotal, long TilesWritten)
{
    /// <summary>Share done, 0 to 1.</summary>
    public double Fraction => RowsTotal == 0 ? 1 : (double)RowsDone / RowsTotal;
}

namespace GeoMap.Imagery.Packages;

/// <summary>
/// A basemap package: one file of XYZ tiles (raster or vector) that a team already has, MBTiles or PMTiles v3. The one
/// reader of both formats, used by the server (which serves the tiles) and the renderer (which draws them).
/// </summary>
/// <remarks>
/// <c>using var package = TilePackage.Open(path);</c> recognises the format by the file's first bytes. Reads are safe
/// from several threads at once. Tiles are addressed as XYZ (row 0 at the north) whatever the file stores.
/// </remarks>
public abstract class TilePackage : IDisposable
{
    /// <summary>Creates the package for a file whose metadata has been read.</summary>
    protected TilePackage(string path, TilePackageInfo info)
    {
        Path = path;
        Info = info;
    }

    /// <summary>The package file, as an absolute path.</summary>
    public string Path { get; }

    /// <summary>The tiles' format, zoom range, extent, name and credit.</summary>
    public TilePackageInfo Info { get; }

    /// <summary>Opens an MBTiles or PMTiles file and reads its metadata.</summary>
    /// <exception cref="TilePackageException">The file is missing, is neither format, is damaged, or holds tiles GeoMap cannot draw.</exception>
    public static TilePackage Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var name = System.IO.Path.GetFileName(full);
        if (!File.Exists(full))
        {
            throw new TilePackageException($"No basemap package at {full}; give the path of an .mbtiles or .pmtiles file.");
        }

        Span<byte> head = stackalloc byte[16];
        int read;
        try
        {
            using var stream = File.OpenRead(full);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TilePackageException($"The basemap package {full} cannot be read ({e.Message}); check its permissions.", e);
        }

        if (read >= 7 && head[..7].SequenceEqual("PMTiles"u8))
        {
            return PmTilesPackage.OpenFile(full, name);
        }

        if (read == 16 && head.SequenceEqual("SQLite format 3\0"u8))
        {
            return MbTilesPackage.OpenFile(full, name);
        }

        throw new TilePackageException($"{name} is neither an MBTiles (SQLite) nor a PMTiles file; GeoMap reads basemap packages in those two formats.");
    }

    /// <summary>The tile at zoom <paramref name="z"/>, column <paramref name="x"/>, row <paramref name="y"/> (XYZ, row 0 at the north), or null when the package has none there.</summary>
    /// <exception cref="TilePackageException">The file is damaged where the tile should be.</exception>
    public PackageTile? ReadTile(int z, int x, int y)
    {
        if (z < 0 || z > 30 || x < 0 || y < 0 || x >= (1L << z) || y >= (1L << z))
        {
            return null;
        }

        return Read(z, x, y);
    }

    /// <summary>Reads a tile whose address is within the zoom's grid.</summary>
    protected abstract PackageTile? Read(int z, int x, int y);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the file.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

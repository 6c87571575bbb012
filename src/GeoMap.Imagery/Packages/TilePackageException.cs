using GeoMap.Imagery.Errors;

namespace GeoMap.Imagery.Packages;

/// <summary>A basemap package that cannot be used: missing, not MBTiles or PMTiles, damaged, or of a kind GeoMap does not draw.</summary>
/// <remarks>The message names the file and says what to do; nothing else is thrown for a bad file.</remarks>
public sealed class TilePackageException : ImageryException
{
    /// <summary>Creates the error.</summary>
    public TilePackageException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

namespace GeoMap.Imagery.Packages;

/// <summary>What a basemap package holds: its tiles' format, zoom range, extent, name and credit.</summary>
/// <param name="Name">The package's name (its metadata's, else the file's).</param>
/// <param name="Format">What the tiles are.</param>
/// <param name="MinZoom">Lowest zoom with tiles.</param>
/// <param name="MaxZoom">Highest zoom with tiles; clients overzoom these beyond it.</param>
/// <param name="West">West edge in degrees.</param>
/// <param name="South">South edge in degrees.</param>
/// <param name="East">East edge in degrees.</param>
/// <param name="North">North edge in degrees.</param>
/// <param name="Attribution">The credit the data's licence asks for (may hold HTML links), or null.</param>
public sealed record TilePackageInfo(string Name, TileFormat Format, int MinZoom, int MaxZoom, double West, double South, double East, double North, string? Attribution)
{
    /// <summary>The whole Web Mercator world, for a package that states no bounds.</summary>
    internal static (double West, double South, double East, double North) World => (-180, -85.05112877980659, 180, 85.05112877980659);
}

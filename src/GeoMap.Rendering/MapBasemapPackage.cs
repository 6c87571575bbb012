using System.Net;
using System.Text.RegularExpressions;

namespace GeoMap.Rendering;

/// <summary>
/// A basemap package to draw instead of the built-in basemap's detail: XYZ tiles of 256 px, raster (PNG, JPEG, WebP) or
/// Mapbox Vector Tiles, read through <see cref="ReadTile"/>. The hosts open the file with GeoMap.Imagery's TilePackage
/// (the one reader of MBTiles and PMTiles) and hand its tiles here, so the renderer reads no file format itself.
/// </summary>
public sealed partial record MapBasemapPackage
{
    /// <summary>The package's name, for messages.</summary>
    public required string Name { get; init; }

    /// <summary>Whether the tiles are vector tiles (else raster images).</summary>
    public bool Vector { get; init; }

    /// <summary>Lowest zoom with tiles.</summary>
    public int MinZoom { get; init; }

    /// <summary>Highest zoom with tiles; deeper maps draw its tiles scaled up (overzoomed).</summary>
    public int MaxZoom { get; init; }

    /// <summary>West edge of the tiles in degrees.</summary>
    public double West { get; init; } = -180;

    /// <summary>South edge of the tiles in degrees.</summary>
    public double South { get; init; } = -85.05112877980659;

    /// <summary>East edge of the tiles in degrees.</summary>
    public double East { get; init; } = 180;

    /// <summary>North edge of the tiles in degrees.</summary>
    public double North { get; init; } = 85.05112877980659;

    /// <summary>The credit the data's licence asks for (may hold HTML links, which are printed as their text), or null.</summary>
    public string? Attribution { get; init; }

    /// <summary>The decompressed bytes of the tile at zoom, column, row (XYZ, row 0 at the north), or null where there is none.</summary>
    public required Func<int, int, int, byte[]?> ReadTile { get; init; }

    /// <summary>The credit as plain text for the image: HTML tags dropped (their text kept), entities decoded, spaces collapsed; null when there is none.</summary>
    public string? PlainAttribution()
    {
        if (string.IsNullOrWhiteSpace(Attribution))
        {
            return null;
        }

        var text = Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(Attribution, " ")), " ").Trim();
        return text.Length > 0 ? text : null;
    }

    /// <summary>Throws <see cref="MapRequestException"/> for a package that cannot be drawn.</summary>
    public void Validate()
    {
        if (MinZoom < 0 || MaxZoom > 30 || MinZoom > MaxZoom)
        {
            throw new MapRequestException("basemap", $"Basemap package {Name}: the zoom range {MinZoom}-{MaxZoom} is invalid.");
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

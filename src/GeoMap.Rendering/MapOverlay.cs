using GeoMap.Core.Overlays;

namespace GeoMap.Rendering;

/// <summary>A tile overlay to draw: an XYZ pyramid of 256 px PNG tiles on disk (<c>{TileFolder}/{z}/{x}/{y}.png</c>).</summary>
public sealed record MapOverlay
{
    /// <summary>Identifier, for messages.</summary>
    public required string Id { get; init; }

    /// <summary>Title for the legend; null uses <see cref="Id"/>.</summary>
    public string? Title { get; init; }

    /// <summary>The pyramid's folder (holding the zoom folders); unused when <see cref="ReadTile"/> is given.</summary>
    public string TileFolder { get; init; } = "";

    /// <summary>
    /// Reads one tile's encoded PNG by zoom, column and row, null when the pyramid has none there (a pyramid kept
    /// elsewhere than on disk, such as a bucket); null reads <c>{TileFolder}/{z}/{x}/{y}.png</c>.
    /// </summary>
    /// <remarks>Called from the rendering thread, once per tile the map needs (at most <see cref="Drawing.OverlayPainter.MaxTiles"/>).</remarks>
    public Func<int, int, int, byte[]?>? ReadTile { get; init; }

    /// <summary>Opacity from 0 (invisible) to 1.</summary>
    public double Opacity { get; init; } = 1;

    /// <summary>Lowest zoom of the pyramid; null finds it from the folder.</summary>
    public int? MinZoom { get; init; }

    /// <summary>Highest zoom of the pyramid; null finds it from the folder.</summary>
    public int? MaxZoom { get; init; }

    /// <summary>Acquisition date for the legend, if known.</summary>
    public DateTimeOffset? AcquiredAt { get; init; }

    /// <summary>The overlay to draw for a stored overlay whose pyramid is <c>{tilesRoot}/{overlay.Id}</c>.</summary>
    public static MapOverlay From(Overlay overlay, string tilesRoot, double opacity = 0.85)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        ArgumentNullException.ThrowIfNull(tilesRoot);
        var id = overlay.Id.ToString("D");
        return new MapOverlay
        {
            Id = id,
            Title = overlay.Title,
            TileFolder = Path.GetFullPath(Path.Combine(tilesRoot, id)),
            Opacity = opacity,
            MinZoom = overlay.MinZoom,
            MaxZoom = overlay.MaxZoom,
            AcquiredAt = overlay.AcquiredAt,
        };
    }

    /// <summary>Throws <see cref="MapRequestException"/> for an unusable overlay.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Opacity) || Opacity is < 0 or > 1)
        {
            throw new MapRequestException("overlay", $"Overlay {Id}: opacity must be between 0 and 1.");
        }

        if (ReadTile is null && !Directory.Exists(TileFolder))
        {
            throw new MapRequestException("overlay", $"Overlay {Id} has no tiles at {TileFolder}; tile it first ('geomap overlay tile').");
        }

        if (MinZoom is { } min && MaxZoom is { } max && (min < 0 || max > 30 || min > max))
        {
            throw new MapRequestException("overlay", $"Overlay {Id}: the zoom range {min}-{max} is invalid.");
        }
    }
}

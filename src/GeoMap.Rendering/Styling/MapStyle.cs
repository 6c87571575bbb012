using SkiaSharp;

namespace GeoMap.Rendering.Styling;

/// <summary>The colours and sizes of a map; sizes are for a 1000 px short side and scale with the image.</summary>
public sealed record MapStyle
{
    /// <summary>The default briefing style: muted basemap, saturated movements.</summary>
    public static MapStyle Briefing { get; } = new();

    /// <summary>Sea and background.</summary>
    public SKColor Sea { get; init; } = new(0xC9, 0xDD, 0xEA);

    /// <summary>Land fill.</summary>
    public SKColor Land { get; init; } = new(0xF4, 0xF1, 0xEA);

    /// <summary>Coastline stroke.</summary>
    public SKColor Coast { get; init; } = new(0x8F, 0xAE, 0xC4);

    /// <summary>International border stroke.</summary>
    public SKColor Border { get; init; } = new(0x8A, 0x7E, 0x8F);

    /// <summary>First-level region stroke.</summary>
    public SKColor RegionBorder { get; init; } = new(0xC9, 0xBF, 0xC6);

    /// <summary>Main text colour.</summary>
    public SKColor Text { get; init; } = new(0x22, 0x22, 0x2A);

    /// <summary>Secondary text colour (basemap cities, attribution).</summary>
    public SKColor MutedText { get; init; } = new(0x55, 0x55, 0x60);

    /// <summary>Halo around labels and lines.</summary>
    public SKColor Halo { get; init; } = new(0xFF, 0xFF, 0xFF, 0xE0);

    /// <summary>Panel (legend, title) background.</summary>
    public SKColor Panel { get; init; } = new(0xFF, 0xFF, 0xFF, 0xE8);

    /// <summary>Panel outline.</summary>
    public SKColor PanelBorder { get; init; } = new(0x9A, 0x9A, 0xA4);

    /// <summary>Preferred typeface family.</summary>
    public string FontFamily { get; init; } = "Noto Sans";

    /// <summary>Family used when the preferred one is not installed.</summary>
    public string FallbackFontFamily { get; init; } = "DejaVu Sans";
}

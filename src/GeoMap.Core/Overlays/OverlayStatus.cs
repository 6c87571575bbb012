namespace GeoMap.Core.Overlays;

/// <summary>Where an overlay is in its life.</summary>
public enum OverlayStatus
{
    /// <summary>Uploaded, being georeferenced and tiled.</summary>
    Processing,

    /// <summary>Tiles published and servable.</summary>
    Ready,

    /// <summary>Processing failed; see the reason. No tiles are published.</summary>
    Failed,
}

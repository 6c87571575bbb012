using NetTopologySuite.Geometries;

namespace GeoMap.Core.Overlays;

/// <summary>A georeferenced image cut into map tiles.</summary>
public sealed record Overlay
{
    /// <summary>Identifier, also the name of its tile folder.</summary>
    public Guid Id { get; init; }

    /// <summary>Title shown in the layer list.</summary>
    public required string Title { get; init; }

    /// <summary>Provider or source ("Maxar", "Planet", "NIS release").</summary>
    public string? Source { get; init; }

    /// <summary>Caption, free text.</summary>
    public string? Caption { get; init; }

    /// <summary>When the image was acquired (UTC), if known.</summary>
    public DateTimeOffset? AcquiredAt { get; init; }

    /// <summary>The report this image documents, if any.</summary>
    public long? ReportId { get; init; }

    /// <summary>Footprint in EPSG:4326; null until georeferenced.</summary>
    public Polygon? Footprint { get; init; }

    /// <summary>Lowest zoom level of the pyramid.</summary>
    public int MinZoom { get; init; }

    /// <summary>Highest (native) zoom level of the pyramid.</summary>
    public int MaxZoom { get; init; }

    /// <summary>Processing state.</summary>
    public OverlayStatus Status { get; init; } = OverlayStatus.Processing;

    /// <summary>Why processing failed, when it did.</summary>
    public string? FailureReason { get; init; }

    /// <summary>Share of the tiling done, 0 to 1, while processing.</summary>
    public double Progress { get; init; }

    /// <summary>SHA-256 of the uploaded file, hex.</summary>
    public string? Checksum { get; init; }

    /// <summary>Who uploaded it.</summary>
    public string? Uploader { get; init; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}

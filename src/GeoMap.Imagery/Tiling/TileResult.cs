using NetTopologySuite.Geometries;

namespace GeoMap.Imagery.Tiling;

/// <summary>What a finished tiling job published.</summary>
public sealed record TileResult
{
    /// <summary>The published pyramid folder ({z}/{x}/{y}.png and metadata.json inside).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The image outline in EPSG:4326 (lon, lat), SRID 4326.</summary>
    public required Polygon Footprint { get; init; }

    /// <summary>Lowest zoom written.</summary>
    public required int MinZoom { get; init; }

    /// <summary>Highest zoom written.</summary>
    public required int MaxZoom { get; init; }

    /// <summary>Tiles written, all levels (fully transparent tiles are not written).</summary>
    public required long TileCount { get; init; }

    /// <summary>Bytes of tile files written.</summary>
    public required long TileBytes { get; init; }

    /// <summary>Source CRS, as "EPSG:n (name)".</summary>
    public required string SourceCrs { get; init; }

    /// <summary>Where the georeference came from ("GeoTIFF tags", "world file x.pgw", ...).</summary>
    public required string GeoreferenceOrigin { get; init; }

    /// <summary>Ground resolution of the image in Web Mercator metres per pixel.</summary>
    public required double ResolutionMercator { get; init; }
}

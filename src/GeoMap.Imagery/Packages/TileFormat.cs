namespace GeoMap.Imagery.Packages;

/// <summary>What the tiles of a basemap package are.</summary>
public enum TileFormat
{
    /// <summary>PNG raster tiles.</summary>
    Png,

    /// <summary>JPEG raster tiles.</summary>
    Jpeg,

    /// <summary>WebP raster tiles.</summary>
    Webp,

    /// <summary>Mapbox Vector Tiles (protobuf), the "pbf" of MBTiles and "mvt" of PMTiles.</summary>
    Mvt,
}

/// <summary>Names and media types of <see cref="TileFormat"/>.</summary>
public static class TileFormats
{
    /// <summary>Whether the tiles are vector tiles.</summary>
    public static bool IsVector(this TileFormat format) => format == TileFormat.Mvt;

    /// <summary>The media type a tile is served with.</summary>
    public static string ContentType(this TileFormat format) => format switch
    {
        TileFormat.Png => "image/png",
        TileFormat.Jpeg => "image/jpeg",
        TileFormat.Webp => "image/webp",
        _ => "application/vnd.mapbox-vector-tile",
    };

    /// <summary>The name used in MBTiles metadata and TileJSON (<c>png</c>, <c>jpg</c>, <c>webp</c>, <c>pbf</c>).</summary>
    public static string Name(this TileFormat format) => format switch
    {
        TileFormat.Png => "png",
        TileFormat.Jpeg => "jpg",
        TileFormat.Webp => "webp",
        _ => "pbf",
    };

    /// <summary>The format an MBTiles <c>format</c> value names, or null for one GeoMap does not draw.</summary>
    public static TileFormat? FromName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "png" => TileFormat.Png,
        "jpg" or "jpeg" => TileFormat.Jpeg,
        "webp" => TileFormat.Webp,
        "pbf" or "mvt" => TileFormat.Mvt,
        _ => null,
    };

    /// <summary>The format of a raster tile's first bytes, or null when they are no PNG, JPEG or WebP.</summary>
    public static TileFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return TileFormat.Png;
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return TileFormat.Jpeg;
        }

        return head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? TileFormat.Webp : null;
    }
}

using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Projections;
using NetTopologySuite.Geometries;

namespace GeoMap.Server.Ogc;

/// <summary>
/// The WebMercatorQuad tile matrix set (OGC Two Dimensional Tile Matrix Set, the XYZ grid GeoMap's pyramids use):
/// its definition and the tile limits of one overlay.
/// </summary>
/// <remarks>
/// The definition is written in the 2.0 encoding (<c>crs</c>, <c>tileMatrices</c>, <c>pointOfOrigin</c>) that
/// OGC API - Tiles 1.0 names, and repeats the 1.0 members (<c>supportedCRS</c>, <c>tileMatrix</c>,
/// <c>topLeftCorner</c>) beside them: GDAL before 3.7 and other clients of the 1.0 drafts read only those. The numbers
/// come from <see cref="WebMercator"/>, the one Web Mercator of the tiler and the renderer.
/// </remarks>
public static class WebMercatorQuad
{
    /// <summary>The id in URLs.</summary>
    public const string Id = "WebMercatorQuad";

    /// <summary>The registered URI of the tile matrix set.</summary>
    public const string Uri = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";

    /// <summary>The CRS of the tile matrix set.</summary>
    public const string Crs = "http://www.opengis.net/def/crs/EPSG/0/3857";

    /// <summary>The deepest zoom level (tile matrix) defined; the tile route admits no deeper one.</summary>
    public const int MaxZoom = 30;

    // The standard's pixel size: 0.28 mm (OGC WMTS, TMS).
    private const double MetresPerStandardPixel = 0.00028;

    /// <summary>Writes the tile matrix set definition.</summary>
    public static void WriteDefinition(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteString("title", "Google Maps Compatible for the World");
        w.WriteString("uri", Uri);
        w.WriteString("crs", Crs);
        w.WriteStartArray("orderedAxes");
        w.WriteStringValue("X");
        w.WriteStringValue("Y");
        w.WriteEndArray();
        w.WriteString("wellKnownScaleSet", "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
        w.WriteStartArray("tileMatrices");
        for (var zoom = 0; zoom <= MaxZoom; zoom++)
        {
            WriteMatrix(w, zoom, version2: true);
        }

        w.WriteEndArray();

        // The 1.0 encoding of the same set.
        w.WriteString("type", "TileMatrixSetType");
        w.WriteString("identifier", Id);
        w.WriteString("supportedCRS", Crs);
        w.WriteStartObject("boundingBox");
        w.WriteString("type", "BoundingBoxType");
        w.WriteString("crs", Crs);
        WritePair(w, "lowerCorner", -WebMercator.HalfWorld, -WebMercator.HalfWorld);
        WritePair(w, "upperCorner", WebMercator.HalfWorld, WebMercator.HalfWorld);
        w.WriteEndObject();
        w.WriteStartArray("tileMatrix");
        for (var zoom = 0; zoom <= MaxZoom; zoom++)
        {
            WriteMatrix(w, zoom, version2: false);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter w, int zoom, bool version2)
    {
        var id = zoom.ToString(CultureInfo.InvariantCulture);
        var cellSize = WebMercator.Resolution(zoom);
        w.WriteStartObject();
        if (version2)
        {
            w.WriteString("id", id);
            w.WriteNumber("scaleDenominator", cellSize / MetresPerStandardPixel);
            w.WriteNumber("cellSize", cellSize);
            w.WriteString("cornerOfOrigin", "topLeft");
            WritePair(w, "pointOfOrigin", -WebMercator.HalfWorld, WebMercator.HalfWorld);
        }
        else
        {
            w.WriteString("type", "TileMatrixType");
            w.WriteString("identifier", id);
            w.WriteNumber("scaleDenominator", cellSize / MetresPerStandardPixel);
            WritePair(w, "topLeftCorner", -WebMercator.HalfWorld, WebMercator.HalfWorld);
        }

        w.WriteNumber("tileWidth", WebMercator.TileSize);
        w.WriteNumber("tileHeight", WebMercator.TileSize);
        w.WriteNumber("matrixWidth", 1L << zoom);
        w.WriteNumber("matrixHeight", 1L << zoom);
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>tileMatrixSetLimits</c>: for each zoom of the pyramid, the rows and columns its footprint covers, so a
    /// client asks for no tile outside it (a world view no longer fires thousands of 404s).
    /// </summary>
    public static void WriteLimits(Utf8JsonWriter w, int minZoom, int maxZoom, Envelope footprint)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(footprint);
        var (west, south) = WebMercator.FromLonLat(footprint.MinX, footprint.MinY);
        var (east, north) = WebMercator.FromLonLat(footprint.MaxX, footprint.MaxY);
        w.WriteStartArray("tileMatrixSetLimits");
        for (var zoom = minZoom; zoom <= maxZoom; zoom++)
        {
            w.WriteStartObject();
            w.WriteString("tileMatrix", zoom.ToString(CultureInfo.InvariantCulture));
            w.WriteNumber("minTileRow", WebMercator.TileY(north, zoom));
            w.WriteNumber("maxTileRow", WebMercator.TileY(south, zoom));
            w.WriteNumber("minTileCol", WebMercator.TileX(west, zoom));
            w.WriteNumber("maxTileCol", WebMercator.TileX(east, zoom));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WritePair(Utf8JsonWriter w, string name, double a, double b)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(a);
        w.WriteNumberValue(b);
        w.WriteEndArray();
    }
}

using System.Text.Json;

namespace GeoMap.Server.Ogc;

/// <summary>Link relations, media types and conformance classes, in one place (OGC API - Features Part 1, RFC 8288).</summary>
public static class Links
{
    /// <summary>Link relation types.</summary>
    public static class Rel
    {
        /// <summary>This document.</summary>
        public const string Self = "self";

        /// <summary>This document in another format.</summary>
        public const string Alternate = "alternate";

        /// <summary>The API definition (OpenAPI).</summary>
        public const string ServiceDesc = "service-desc";

        /// <summary>The conformance declaration (OGC).</summary>
        public const string Conformance = "conformance";

        /// <summary>The collections list (OGC).</summary>
        public const string Data = "data";

        /// <summary>The items of a collection.</summary>
        public const string Items = "items";

        /// <summary>The collection a feature belongs to.</summary>
        public const string Collection = "collection";

        /// <summary>The next page.</summary>
        public const string Next = "next";

        /// <summary>One item of a list; with a URL template, one tile of a tileset (OGC API - Tiles).</summary>
        public const string Item = "item";

        /// <summary>The map tilesets of a collection (OGC API - Tiles).</summary>
        public const string TilesetsMap = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-map";

        /// <summary>The tile matrix set a tileset is cut by (OGC API - Tiles).</summary>
        public const string TilingScheme = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";

        /// <summary>The list of tile matrix sets (OGC API - Tiles).</summary>
        public const string TilingSchemes = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";
    }

    /// <summary>Media types used in links.</summary>
    public static class Types
    {
        /// <summary>JSON.</summary>
        public const string Json = "application/json";

        /// <summary>GeoJSON.</summary>
        public const string GeoJson = "application/geo+json";

        /// <summary>OpenAPI 3.0 in JSON.</summary>
        public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";

        /// <summary>HTML (the web client).</summary>
        public const string Html = "text/html";

        /// <summary>PNG tiles.</summary>
        public const string Png = "image/png";
    }

    /// <summary>The conformance classes this service implements.</summary>
    public static IReadOnlyList<string> ConformsTo { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/png",
        "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset",
    ];

    /// <summary>The CRS of every collection (CRS84: lon, lat).</summary>
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /// <summary>The temporal reference system (Gregorian, UTC).</summary>
    public const string Gregorian = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    /// <summary>Writes one link object.</summary>
    public static void Write(Utf8JsonWriter w, string href, string rel, string type, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("href", href);
        w.WriteString("rel", rel);
        w.WriteString("type", type);
        if (title is not null)
        {
            w.WriteString("title", title);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes one link whose href is a URL template (OGC API - Common: <c>"templated": true</c>).</summary>
    public static void WriteTemplate(Utf8JsonWriter w, string hrefTemplate, string rel, string type, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("href", hrefTemplate);
        w.WriteString("rel", rel);
        w.WriteString("type", type);
        w.WriteBoolean("templated", true);
        if (title is not null)
        {
            w.WriteString("title", title);
        }

        w.WriteEndObject();
    }

    /// <summary>An RFC 8288 Link header value for a next page.</summary>
    public static string NextHeader(string href) => $"<{href}>; rel=\"{Rel.Next}\"";
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoMap.Core.Queries;
using GeoMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server.Ogc;

/// <summary>
/// The HTML encoding of the OGC API (Features Part 1's html class) for a person with a browser: the landing page,
/// conformance, collections, items and single features rendered from the very JSON document a client gets, every
/// value HTML-escaped. Asked for with <c>f=html</c>, or by a browser's Accept header when no <c>f</c> is given.
/// </summary>
internal static class HtmlEncoding
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Applies the encoding to every route of an OGC group: a JSON document becomes a page when HTML is wanted.</summary>
    public static RouteGroupBuilder WithHtmlEncoding(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var wanted = Wanted(context.HttpContext.Request);
            var result = await next(context);
            if (!wanted)
            {
                return result;
            }

            var inner = result is INestedHttpResult nested ? nested.Result : result;
            return inner is WrittenJson json ? new HtmlPage(Render(json.ToUtf8(), context.HttpContext.Request)) : result;
        });
        return group;
    }

    /// <summary>Whether the request asks for HTML: <c>f=html</c>, or no <c>f</c> and an Accept header naming HTML but no JSON.</summary>
    /// <exception cref="InvalidQueryException">When <c>f</c> names neither encoding.</exception>
    public static bool Wanted(HttpRequest request)
    {
        var f = request.Query["f"].ToString();
        return f switch
        {
            "html" => true,
            "json" => false,
            "" => request.Headers.Accept.ToString() is var accept && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)
                && !accept.Contains("json", StringComparison.OrdinalIgnoreCase),
            _ => throw new InvalidQueryException("f", $"f '{QueryValues.Clip(f)}' is not an encoding of this API; use f=json (GeoJSON/JSON) or f=html."),
        };
    }

    private static string Render(byte[] utf8, HttpRequest request)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var title = Text(root, "title") ?? Text(root, "id") ?? (Text(root, "type") == "FeatureCollection" ? "Features" : "GeoMap OGC API");
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encoder.Encode(title))
            .Append(" – GeoMap</title></head><body>\n<h1>").Append(Encoder.Encode(title)).Append("</h1>\n");
        if (Text(root, "description") is { } description)
        {
            html.Append("<p>").Append(Encoder.Encode(description)).Append("</p>\n");
        }

        if (root.TryGetProperty("collections", out var collections))
        {
            html.Append("<h2>Collections</h2>\n<table><tr><th>id</th><th>title</th><th>description</th></tr>\n");
            foreach (var c in collections.EnumerateArray())
            {
                html.Append("<tr><td>").Append(Link(Href(c, "self") ?? "", Text(c, "id") ?? "")).Append("</td><td>").Append(Encoder.Encode(Text(c, "title") ?? ""))
                    .Append("</td><td>").Append(Encoder.Encode(Text(c, "description") ?? "")).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (root.TryGetProperty("conformsTo", out var conformsTo))
        {
            html.Append("<h2>Conformance classes</h2>\n<ul>\n");
            foreach (var c in conformsTo.EnumerateArray())
            {
                html.Append("<li>").Append(Encoder.Encode(c.GetString() ?? "")).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (root.TryGetProperty("features", out var features))
        {
            html.Append("<p>").Append(root.TryGetProperty("numberReturned", out var returned) ? returned.GetRawText() : "").Append(" features")
                .Append(root.TryGetProperty("numberMatched", out var matched) ? " of " + matched.GetRawText() : "").Append("</p>\n");
            foreach (var f in features.EnumerateArray())
            {
                var id = f.TryGetProperty("id", out var fid) ? (fid.ValueKind == JsonValueKind.String ? fid.GetString()! : fid.GetRawText()) : "";
                var items = Path(request).EndsWith("/items", StringComparison.Ordinal) ? Path(request) + "/" + Uri.EscapeDataString(id) : null;
                html.Append("<h2>").Append(items is null ? Encoder.Encode(id) : Link(items, id)).Append("</h2>\n");
                Feature(html, f);
            }
        }
        else if (Text(root, "type") == "Feature")
        {
            Feature(html, root);
        }

        if (root.TryGetProperty("extent", out var extent))
        {
            html.Append("<h2>Extent</h2>\n<pre>").Append(Encoder.Encode(extent.GetRawText())).Append("</pre>\n");
        }

        if (root.TryGetProperty("links", out var links))
        {
            html.Append("<h2>Links</h2>\n<ul>\n");
            foreach (var l in links.EnumerateArray())
            {
                var href = Text(l, "href") ?? "";
                html.Append("<li>").Append(Link(href, Text(l, "title") ?? href)).Append(" (").Append(Encoder.Encode(Text(l, "rel") ?? ""))
                    .Append(", ").Append(Encoder.Encode(Text(l, "type") ?? "")).Append(")</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void Feature(StringBuilder html, JsonElement feature)
    {
        html.Append("<table>\n");
        if (feature.TryGetProperty("geometry", out var geometry))
        {
            html.Append("<tr><th>geometry</th><td>").Append(Encoder.Encode(geometry.ValueKind == JsonValueKind.Object ? Text(geometry, "type") ?? "" : "none")).Append("</td></tr>\n");
        }

        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in properties.EnumerateObject())
            {
                var value = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                html.Append("<tr><th>").Append(Encoder.Encode(p.Name)).Append("</th><td>").Append(Encoder.Encode(value)).Append("</td></tr>\n");
            }
        }

        html.Append("</table>\n");
    }

    /// <summary>An anchor; links into this API keep to HTML, and a link whose scheme is not http(s) or relative is shown as text.</summary>
    private static string Link(string href, string text)
    {
        var safe = href.StartsWith('/') || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (!safe)
        {
            return Encoder.Encode(text);
        }

        var target = href.Contains("/ogc", StringComparison.Ordinal) && !href.Contains("f=", StringComparison.Ordinal) && !href.Contains('{', StringComparison.Ordinal)
            ? href + (href.Contains('?', StringComparison.Ordinal) ? "&f=html" : "?f=html")
            : href;
        return "<a href=\"" + Encoder.Encode(target) + "\">" + Encoder.Encode(text) + "</a>";
    }

    private static string Path(HttpRequest request) => request.PathBase + request.Path;

    private static string? Href(JsonElement e, string rel) =>
        e.TryGetProperty("links", out var links) ? links.EnumerateArray().Where(l => Text(l, "rel") == rel).Select(l => Text(l, "href")).FirstOrDefault() : null;

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A rendered page.</summary>
    private sealed class HtmlPage(string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            httpContext.Response.Headers.Vary = "Accept";
            return httpContext.Response.WriteAsync(html, httpContext.RequestAborted);
        }
    }
}

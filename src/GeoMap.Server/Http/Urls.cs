using Microsoft.AspNetCore.Http.Extensions;

namespace GeoMap.Server.Http;

/// <summary>Absolute links built from the request, so they work behind any host name or path base.</summary>
public static class Urls
{
    /// <summary>The service root, e.g. <c>http://127.0.0.1:5080</c> (with any path base).</summary>
    public static string Root(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    /// <summary>An absolute link to <paramref name="path"/> (starting with '/'); an absolute URL is returned as it is.</summary>
    public static string To(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.StartsWith('/') ? Root(request) + path : path;
    }

    /// <summary>The request's own URL.</summary>
    public static string Self(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetEncodedUrl();
    }

    /// <summary>The request's URL with query parameter <paramref name="name"/> set to <paramref name="value"/> (others kept).</summary>
    public static string WithQuery(HttpRequest request, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder(request.Query
            .Where(p => !p.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))))
        {
            { name, value },
        };
        return $"{Root(request)}{request.Path}{query.ToQueryString()}";
    }
}

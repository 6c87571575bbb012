namespace GeoMap.Server.Http;

/// <summary>
/// Security headers on every response: no MIME sniffing, no framing by other sites, no referrer (a key put in a URL by
/// mistake must not travel on to tile or basemap hosts), and a content security policy for the web client.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The client's policy: its own scripts only; images (basemap tiles) from any HTTPS host, since an online basemap
    /// is a setting; data: and blob: for icons and canvas exports; inline styles, which OpenLayers' controls use.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response, errors included.</summary>
    /// <remarks>Set when the response starts: the exception handler clears headers set earlier.</remarks>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}

namespace GeoMap.Server.Http;

/// <summary>
/// Answers HEAD on every GET route (HTTP semantics, and OGC API - Features clients probe with it): the request runs
/// as the GET it stands for, its status and headers are sent and its body is dropped.
/// </summary>
/// <remarks>
/// Minimal APIs map GET only, so without this a HEAD of any API path would be a 405. The method is restored before
/// the response completes so the server still treats it as HEAD (no Content-Length check against a body).
/// </remarks>
internal static class HeadRequests
{
    /// <summary>Adds the rewrite; must come before routing.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    });
}

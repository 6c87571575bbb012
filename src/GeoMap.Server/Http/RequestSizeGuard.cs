using System.Globalization;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Http;

/// <summary>
/// Refuses a URL longer than <see cref="GeoMapServerOptions.MaxUrlBytes"/> with a 414 problem and headers larger than
/// <see cref="GeoMapServerOptions.MaxHeaderBytes"/> with a 431 problem, each saying what to do instead.
/// </summary>
/// <remarks>
/// The web server's own limits reject with a bare status code and no body, which breaks the rule that every error is a
/// problem document; those limits are raised above these (see <see cref="GeoMapServer.AddGeoMap"/>).
/// </remarks>
internal static class RequestSizeGuard
{
    /// <summary>Adds the check to the pipeline, before anything reads the request.</summary>
    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<GeoMapServerOptions>>().Value;
        var request = context.Request;
        long url = (request.PathBase.Value ?? "").Length + (request.Path.Value ?? "").Length + (request.QueryString.Value ?? "").Length;
        if (url > settings.MaxUrlBytes)
        {
            await RefuseAsync(context, StatusCodes.Status414UriTooLong, "URI too long", string.Create(CultureInfo.InvariantCulture,
                $"The URL is {url:N0} characters, above the limit of {settings.MaxUrlBytes:N0}. A large query area does not fit in a URL: name a region (region=), simplify the polygon, or send the query as a body where the API takes one; an admin can raise GeoMap:Server:MaxUrlBytes."));
            return;
        }

        long headers = 0;
        foreach (var (name, values) in request.Headers)
        {
            headers += name.Length + 4;
            foreach (var v in values)
            {
                headers += v?.Length ?? 0;
            }
        }

        if (headers > settings.MaxHeaderBytes)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", string.Create(CultureInfo.InvariantCulture,
                $"The request headers total {headers:N0} bytes, above the limit of {settings.MaxHeaderBytes:N0}; send fewer or smaller headers (a large cookie for this host is a common cause)."));
            return;
        }

        await next(context);
    });

    private static Task RefuseAsync(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: Problems.Types.TooLarge).ExecuteAsync(context);
}

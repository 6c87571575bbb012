namespace GeoMap.Server.Hosting;

/// <summary>
/// While a server that started without its database waits for it, every request that needs the database answers 503
/// with Retry-After and the reason, before any handler can meet a missing or unmigrated database. The web client,
/// <c>/health</c> and the OpenAPI document still answer.
/// </summary>
internal static class DatabaseGate
{
    public static IApplicationBuilder UseDatabaseGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var host = context.RequestServices.GetRequiredService<DatabaseHost>();
        var path = context.Request.Path;
        if (host.IsOpen || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi"))
        {
            await next(context);
            return;
        }

        context.Response.Headers.RetryAfter = "5";
        await TypedResults.Problem(
            (host.Unavailable ?? "The database is not open yet.") + " The server keeps trying and serves as soon as it answers; retry in a few seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable", type: Problems.Types.DatabaseUnavailable).ExecuteAsync(context);
    });
}

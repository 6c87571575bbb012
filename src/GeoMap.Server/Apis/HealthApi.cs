using GeoMap.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server.Apis;

/// <summary><c>/health</c>: liveness (the process answers) and readiness (the database answers).</summary>
public static class HealthApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        group.MapGet("/", ReadyAsync).WithName("Health").WithSummary("200 when the service, its database and its background workers run, 503 otherwise.");
        group.MapGet("/live", () => TypedResults.Ok(new HealthStatus("alive", null))).WithName("Liveness").WithSummary("200 while the process runs.");
        return app;
    }

    /// <summary>The health document.</summary>
    /// <param name="Status">healthy, unhealthy or alive.</param>
    /// <param name="Database">ready or unavailable (null for liveness).</param>
    /// <param name="Workers">running, or why a background worker stopped (null for liveness).</param>
    /// <param name="Reason">Why the database is unavailable, when known.</param>
    public sealed record HealthStatus(string Status, string? Database, string? Workers = null, string? Reason = null);

    private static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> ReadyAsync(DatabaseHost database, WorkerHealth workers, HttpContext context, CancellationToken cancellationToken)
    {
        if (workers.Failure is { } failure)
        {
            return TypedResults.Json(new HealthStatus("unhealthy", null, failure), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        var ready = await database.IsReadyAsync(timeout.Token);
        if (ready)
        {
            return TypedResults.Ok(new HealthStatus("healthy", "ready", "running"));
        }

        database.ClearPool();
        context.Response.Headers.RetryAfter = "5";
        return TypedResults.Json(new HealthStatus("unhealthy", "unavailable", "running", database.Unavailable), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

using System.Net.Sockets;
using System.Text.Json;
using GeoMap.Core.Queries;
using GeoMap.Server.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace GeoMap.Server.Http;

/// <summary>Turns exceptions into problem details: bad input 400, oversize 413, database away 503, the rest 500.</summary>
/// <remarks>
/// When the database goes away, idle pooled connections are dead; clearing the pool on the first failure lets the
/// next request after the database returns open a fresh connection instead of tripping over a stale one.
/// </remarks>
internal sealed class ErrorHandler(DatabaseHost database, Seeding.RegionSeeding regions, ILogger<ErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult result;
        switch (exception)
        {
            case ProblemException p:
                result = p.Problem;
                break;
            case InvalidQueryException { Parameter: "region" } when regions.IsLoading:
                // A new database's regions load in the background after start: "unknown" would be wrong for a while.
                result = TypedResults.Problem("The countries and regions are still loading on this new database; try again in a few seconds.",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Regions are still loading", type: Problems.Types.DatabaseUnavailable);
                httpContext.Response.Headers.RetryAfter = "5";
                break;
            case InvalidQueryException q:
                result = Problems.InvalidInput(q.Parameter, q.Message, q.Suggestions);
                break;
            case GeoMap.Core.Corroboration.CorroborationException c:
                result = Problems.InvalidInput(c.Parameter, c.Message);
                break;
            case GeoMap.Geoparsing.Analysis.UnusableInputException u:
                result = Problems.InvalidInput("text", u.Message);
                break;
            case JsonException j:
                result = Problems.InvalidJson(j.Message);
                break;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                result = Problems.TooLarge("request body", httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0);
                break;
            case BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType }:
                result = Problems.UnsupportedMediaType(httpContext.Request.ContentType, "application/json");
                break;
            case BadHttpRequestException { InnerException: JsonException j }:
                result = Problems.InvalidJson(j.Message);
                break;
            case BadHttpRequestException b:
                result = Problems.InvalidInput("request", b.Message);
                break;
            case var e when Overlays.DiskSpace.IsFull(e):
                logger.LogError("Disk full on {Path}: {Message}", httpContext.Request.Path, e.Message);
                result = Problems.InsufficientStorage("The server's disk is full; an admin must free space before this request can succeed. Nothing was stored.");
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            case var e when IsDatabaseDown(e):
                logger.LogWarning("Database unavailable: {Message}", e.Message);
                database.ClearPool();
                result = TypedResults.Problem(Problems.Messages.DatabaseDown, statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Database unavailable", type: Problems.Types.DatabaseUnavailable);
                httpContext.Response.Headers.RetryAfter = "5";
                break;
            default:
                logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
                result = TypedResults.Problem(Problems.Messages.Unexpected, statusCode: StatusCodes.Status500InternalServerError,
                    title: "Internal error", type: Problems.Types.Internal);
                break;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>True for failures that mean "cannot talk to PostgreSQL" rather than "the SQL was wrong".</summary>
    internal static bool IsDatabaseDown(Exception e) => e switch
    {
        // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, class 08 connection exceptions.
        PostgresException pg => pg.SqlState is "57P01" or "57P02" or "57P03" || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        DatabaseUnavailableException => true,
        NpgsqlException => true,
        SocketException or TimeoutException => true,
        InvalidOperationException when e.InnerException is not null => IsDatabaseDown(e.InnerException),
        _ => false,
    };
}

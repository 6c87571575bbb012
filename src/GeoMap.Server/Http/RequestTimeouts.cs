using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Http;

/// <summary>
/// A time budget on every request (<see cref="GeoMapServerOptions.RequestTimeoutSeconds"/>): past it the request's
/// cancellation token fires, so database queries and report analysis stop, and the answer is a 503 problem.
/// </summary>
/// <remarks>
/// 503 rather than a 4xx: the request is valid, and whether it fits the budget depends on the server's load as much as
/// on the request; 408 would invite browsers to resend it at once. Work that ignores cancellation is not interrupted;
/// such work has budgets of its own (MaxReportBytes, MaxAreaVertices, the map.png pixel budget).
/// </remarks>
internal static class RequestTimeouts
{
    /// <summary>Registers the timeout from the settings.</summary>
    public static IServiceCollection AddGeoMapRequestTimeouts(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<GeoMapServerOptions>>((timeouts, server) =>
        {
            var seconds = server.Value.RequestTimeoutSeconds;
            if (seconds <= 0)
            {
                return;
            }

            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(seconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => TypedResults.Problem(
                    string.Create(CultureInfo.InvariantCulture,
                        $"The request took longer than the limit of {seconds:0.###} s and was stopped; nothing was stored. Narrow it (a smaller area, fewer days, a shorter report, a smaller page) or ask an admin to raise GeoMap:Server:RequestTimeoutSeconds."),
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Request timed out", type: Problems.Types.Timeout).ExecuteAsync(context),
            };
        });
        return services;
    }
}

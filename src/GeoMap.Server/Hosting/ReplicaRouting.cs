using GeoMap.Storage.Replicas;
using Npgsql;

namespace GeoMap.Server.Hosting;

/// <summary>
/// With read replicas configured (<see cref="GeoMap.Storage.DatabaseOptions.ReadConnectionString"/>): a request that
/// changes nothing reads from a replica, unless the client's last write is not there yet; a request that writes answers
/// with the primary's WAL position after it, so the client's next reads see the write.
/// </summary>
/// <remarks>
/// The position travels in the <see cref="Header"/> response header, which API clients send back on their reads, and
/// in a cookie of the same value, which browsers send back by themselves. A read carrying a position its replica has not
/// replayed yet goes to the primary (one small query on the replica decides), so it never waits for a lagging replica.
/// </remarks>
internal static class ReplicaRouting
{
    /// <summary>The header of the WAL position after a client's last write (<c>0/16B3748</c>).</summary>
    public const string Header = "GeoMap-Write-Position";

    /// <summary>The cookie that carries <see cref="Header"/>'s value for browsers.</summary>
    public const string Cookie = "geomap-write-position";

    // A replica further behind than this is broken, not late; the primary has answered this client's reads meanwhile.
    private static readonly TimeSpan CookieLife = TimeSpan.FromMinutes(10);

    public static IApplicationBuilder UseReplicaReads(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var host = context.RequestServices.GetRequiredService<DatabaseHost>();
        if (host.ReplicaDataSource is not { } replica)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            var sent = request.Headers[Header].ToString();
            var position = sent.Length > 0 ? sent : request.Cookies[Cookie];
            if (position is null || (ReplicaReads.IsPosition(position) && await ReplayedAsync(replica, position, context.RequestAborted)))
            {
                ReplicaReads.Allow(replica);
            }
        }
        else
        {
            context.Response.OnStarting(() => AnswerPositionAsync(context, host));
        }

        await next(context);
    });

    private static async Task<bool> ReplayedAsync(NpgsqlDataSource replica, string position, CancellationToken cancellationToken)
    {
        try
        {
            return await ReplicaReads.HasReplayedAsync(replica, position, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // An unreachable replica cannot show the write; the primary can.
            return false;
        }
    }

    private static async Task AnswerPositionAsync(HttpContext context, DatabaseHost host)
    {
        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            return;
        }

        string position;
        try
        {
            position = await ReplicaReads.WritePositionAsync(host.DataSource, context.RequestAborted);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            return;
        }

        context.Response.Headers[Header] = position;
        context.Response.Cookies.Append(Cookie, position, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = CookieLife,
        });
    }
}

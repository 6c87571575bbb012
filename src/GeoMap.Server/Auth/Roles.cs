using System.Security.Claims;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace GeoMap.Server.Auth;

/// <summary>Endpoint metadata naming the role an endpoint needs (for the 403 message).</summary>
/// <param name="Role">The lowest role allowed.</param>
public sealed record RequiredRole(ApiKeyRole Role);

/// <summary>The authorization policies: reads, writes (analyst) and key management (admin).</summary>
public static class Roles
{
    /// <summary>Reads: open, or viewer when <see cref="GeoMapServerOptions.ReadsRequireKey"/> is set.</summary>
    public const string Read = "read";

    /// <summary>Writes: analyst or admin.</summary>
    public const string Write = "write";

    /// <summary>Key management: admin.</summary>
    public const string Admin = "admin";

    /// <summary>The role of an authenticated caller, or null for an anonymous one.</summary>
    public static ApiKeyRole? Of(ClaimsPrincipal user) =>
        ApiKeyRepository.ParseRole(user?.FindFirstValue(ApiKeyAuthentication.RoleClaim));

    /// <summary>Who did a write, for the edit history: the key's name.</summary>
    public static string Actor(ClaimsPrincipal user) => "key:" + (user?.Identity?.Name ?? "anonymous");

    /// <summary>Adds the three policies.</summary>
    public static void AddPolicies(AuthorizationOptions options, bool readsRequireKey)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p =>
        {
            if (readsRequireKey)
            {
                p.RequireAuthenticatedUser().RequireAssertion(c => Of(c.User) >= ApiKeyRole.Viewer);
            }
            else
            {
                p.RequireAssertion(_ => true);
            }
        });
        options.AddPolicy(Write, p => p.RequireAuthenticatedUser().RequireAssertion(c => Of(c.User) >= ApiKeyRole.Analyst));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireAssertion(c => Of(c.User) >= ApiKeyRole.Admin));
    }

    /// <summary>Requires analyst on a route group or endpoint, and applies the per-key write rate limit.</summary>
    public static TBuilder RequireWriter<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Write).WithMetadata(new RequiredRole(ApiKeyRole.Analyst)).RequireRateLimiting(GeoMapServer.WritePolicy);

    /// <summary>Requires admin on a route group or endpoint.</summary>
    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Admin).WithMetadata(new RequiredRole(ApiKeyRole.Admin));

    /// <summary>Applies the read policy (viewer when reads need a key).</summary>
    public static TBuilder RequireReader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Read).WithMetadata(new RequiredRole(ApiKeyRole.Viewer));
}

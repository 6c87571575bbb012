using GeoMap.Core.Queries;
using GeoMap.Server.Auth;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/keys</c>: API key management, admin only (the CLI's <c>geomap keys</c> does the same offline).</summary>
public static class KeysApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/keys").WithTags("Keys").RequireAdmin();
        group.MapGet("/", ListAsync).WithName("ListKeys").WithSummary("All keys (names, roles, prefixes; never secrets).");
        group.MapPost("/", AddAsync).WithName("AddKey").WithSummary("Create a key; the secret is in this response only.");
        group.MapDelete("/{name}", RevokeAsync).WithName("RevokeKey").WithSummary("Revoke a key by name.");
        return app;
    }

    /// <summary>A key as listed.</summary>
    /// <param name="Name">Its name.</param>
    /// <param name="Role">viewer, analyst or admin.</param>
    /// <param name="Prefix">First characters of the secret.</param>
    /// <param name="CreatedAt">Creation time.</param>
    /// <param name="RevokedAt">Revocation time, or null.</param>
    public sealed record KeyItem(string Name, string Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

    /// <summary>A key creation request.</summary>
    /// <param name="Name">Unique name.</param>
    /// <param name="Role">viewer, analyst or admin.</param>
    public sealed record NewKey(string? Name, string? Role);

    /// <summary>A created key with its secret.</summary>
    /// <param name="Key">The key.</param>
    /// <param name="Secret">The secret, shown once.</param>
    public sealed record CreatedKey(KeyItem Key, string Secret);

    /// <summary>A stored key as the API lists it (the CLI's <c>--json</c> writes the same).</summary>
    public static KeyItem Item(ApiKey k) => new(k.Name, ApiKeyRepository.RoleText(k.Role), k.Prefix, k.CreatedAt, k.RevokedAt);

    private static async Task<Ok<List<KeyItem>>> ListAsync(ApiKeyRepository keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(Item).ToList());

    private static async Task<Results<Created<CreatedKey>, ProblemHttpResult>> AddAsync(NewKey body, ApiKeyRepository keys, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body?.Name) || body.Name.Length > 100)
        {
            throw new InvalidQueryException("name", "name is required (at most 100 characters): who or what will use the key.");
        }

        var role = ApiKeyRepository.ParseRole(body.Role) ?? throw new InvalidQueryException("role", "role must be viewer, analyst or admin.");
        try
        {
            var created = await keys.AddAsync(body.Name, role, cancellationToken);
            return TypedResults.Created($"/api/keys/{Uri.EscapeDataString(created.Key.Name)}", new CreatedKey(Item(created.Key), created.Secret));
        }
        catch (InvalidOperationException e)
        {
            return Problems.Conflict(e.Message);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string name, ApiKeyRepository keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(name, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("active API key", name);
}

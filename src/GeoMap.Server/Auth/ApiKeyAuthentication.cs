using System.Security.Claims;
using System.Text.Encodings.Web;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> against the stored key hashes,
/// and answers 401/403 as problem details.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyRepository keys, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The alternative header for the key.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The claim carrying the role (viewer, analyst, admin).</summary>
    public const string RoleClaim = "geomap:role";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadSecret(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindActiveAsync(secret, Context.RequestAborted).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticateResult.Fail(Problems.Messages.KeyUnknown);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(RoleClaim, ApiKeyRepository.RoleText(key.Role))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await Context.AuthenticateAsync(SchemeName).ConfigureAwait(false);
        var detail = result.Failure is null ? Problems.Messages.KeyMissing : Problems.Messages.KeyUnknown;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteAsync(detail, "Unauthorized", Problems.Types.Unauthorized).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var user = Context.User;
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredRole>()?.Role is { } role ? ApiKeyRepository.RoleText(role) : "a higher role";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteAsync(Problems.ForbiddenDetail(user.Identity?.Name ?? "?", user.FindFirstValue(RoleClaim) ?? "?", needed), "Forbidden", Problems.Types.Forbidden)
            .ConfigureAwait(false);
    }

    /// <summary>The key in the request, or null when none was sent.</summary>
    internal static string? ReadSecret(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    private Task WriteAsync(string detail, string title, string type) =>
        problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = Response.StatusCode, Title = title, Detail = detail, Type = type },
        }).AsTask();
}

using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>What an API key may do; each role includes the ones before it.</summary>
public enum ApiKeyRole
{
    /// <summary>Reads (when reads need a key at all).</summary>
    Viewer,

    /// <summary>Reads and writes: reports, movements, overlays.</summary>
    Analyst,

    /// <summary>Everything, including key management.</summary>
    Admin,
}

/// <summary>A stored API key, without its secret.</summary>
/// <param name="Id">Database id.</param>
/// <param name="Name">Unique name given at creation (who or what uses the key).</param>
/// <param name="Role">What the key may do.</param>
/// <param name="Prefix">The first characters of the secret, to recognize a key in a list.</param>
/// <param name="CreatedAt">When the key was created (UTC).</param>
/// <param name="RevokedAt">When the key was revoked, or null while it is valid.</param>
public sealed record ApiKey(long Id, string Name, ApiKeyRole Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>True when the key has not been revoked.</summary>
    public bool IsActive => RevokedAt is null;
}

/// <summary>A newly created key together with its secret, which is shown once and never stored.</summary>
/// <param name="Key">The stored key.</param>
/// <param name="Secret">The secret to hand to the client.</param>
public sealed record CreatedApiKey(ApiKey Key, string Secret);

/// <summary>API keys in <c>api_keys</c>: created with a random secret, stored as its SHA-256 hash only.</summary>
/// <remarks>
/// The secret carries 256 random bits, so a plain SHA-256 is enough to make a stolen table useless; a slow
/// password hash would only add latency to every request.
/// </remarks>
public sealed class ApiKeyRepository(NpgsqlDataSource dataSource)
{
    /// <summary>Every secret starts with this, so a leaked key is recognizable by secret scanners.</summary>
    public const string SecretPrefix = "gmk_";

    private const string Columns = "id, name, role, key_prefix, created_at, revoked_at";

    /// <summary>Creates a key; throws <see cref="InvalidOperationException"/> when the name is taken.</summary>
    public async Task<CreatedApiKey> AddAsync(string name, ApiKeyRole role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO api_keys (name, role, key_prefix, key_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING RETURNING {Columns}");
        command.Parameters.Add(new() { Value = name.Trim() });
        command.Parameters.Add(new() { Value = RoleText(role) });
        command.Parameters.Add(new() { Value = secret[..(SecretPrefix.Length + 6)] });
        command.Parameters.Add(new() { Value = Hash(secret) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"An API key named '{name.Trim()}' already exists (names stay taken after revocation, so the history is unambiguous); choose another name.");
        }

        return new CreatedApiKey(Read(reader), secret);
    }

    /// <summary>The active key whose secret this is, or null.</summary>
    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length > 200)
        {
            return null;
        }

        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new() { Value = Hash(secret) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    /// <summary>All keys, revoked ones included, oldest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys ORDER BY id");
        var result = new List<ApiKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    /// <summary>Revokes the named key; false when no active key has that name.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var command = dataSource.CreateCommand("UPDATE api_keys SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new() { Value = name.Trim() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>Parses viewer, analyst or admin (any case); null otherwise.</summary>
    public static ApiKeyRole? ParseRole(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "viewer" => ApiKeyRole.Viewer,
        "analyst" => ApiKeyRole.Analyst,
        "admin" => ApiKeyRole.Admin,
        _ => null,
    };

    /// <summary>The role as stored and shown: viewer, analyst or admin.</summary>
    public static string RoleText(ApiKeyRole role) => role switch
    {
        ApiKeyRole.Viewer => "viewer",
        ApiKeyRole.Analyst => "analyst",
        ApiKeyRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiKey Read(NpgsqlDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        ParseRole(r.GetString(2)) ?? ApiKeyRole.Viewer,
        r.GetString(3),
        new DateTimeOffset(r.GetDateTime(4), TimeSpan.Zero),
        r.IsDBNull(5) ? null : new DateTimeOffset(r.GetDateTime(5), TimeSpan.Zero));
}

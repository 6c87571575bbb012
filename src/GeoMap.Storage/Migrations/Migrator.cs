using Npgsql;

namespace GeoMap.Storage.Migrations;

/// <summary>Applies versioned migrations once each, recording them in <c>schema_migrations</c>.</summary>
/// <remarks>
/// Each script runs in its own transaction together with its bookkeeping row, so a failing script
/// leaves the database as it was. An advisory lock serializes concurrent migrators (two servers
/// starting at once). A script edited after it was applied is an error, not silently skipped.
/// </remarks>
public sealed class Migrator(NpgsqlDataSource dataSource, IReadOnlyList<Migration>? migrations = null)
{
    private const long LockKey = 0x47656F4D6170; // "GeoMap"
    private readonly IReadOnlyList<Migration> migrations = migrations ?? Migration.Embedded();

    /// <summary>Applies every pending migration; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            var applied = await AppliedAsync(connection, cancellationToken).ConfigureAwait(false);
            var done = new List<int>();
            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new MigrationException($"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied; add a new migration instead of editing an applied one.");
                    }

                    continue;
                }

                await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false);
                done.Add(migration.Version);
            }

            return done;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The versions recorded as applied, with their checksums.</summary>
    public async Task<IReadOnlyDictionary<int, string>> AppliedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await AppliedAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dictionary<int, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, string>();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
        {
            return result;
        }

        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetInt32(0)] = reader.GetString(1);
        }

        return result;
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", connection, transaction)
            {
                Parameters = { new() { Value = migration.Version }, new() { Value = migration.Name }, new() { Value = migration.Checksum } },
            };
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw new MigrationException($"Migration {migration.Version:D4}_{migration.Name} failed and was rolled back; the database is as it was: {e.MessageText}", e);
        }

        // Types created by a migration (postgis, tstzrange helpers) must be visible to this pool.
        await connection.ReloadTypesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        // No time limit: a migration that fills a table from the movements (0015) runs minutes over a million of them.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

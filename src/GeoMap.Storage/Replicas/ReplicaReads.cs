using System.Text.RegularExpressions;
using Npgsql;

namespace GeoMap.Storage.Replicas;

/// <summary>
/// Lets the reads of one flow (an HTTP request that changes nothing) go to a hot-standby replica; every other read and
/// every write goes to the primary.
/// </summary>
/// <remarks>
/// <para>Repositories ask <see cref="For"/> in the methods that only read (the movement, overlay and place queries); a flow
/// that has not called <see cref="Allow"/> (a write, a job, seeding, the CLI) reads the primary, so nothing that acts on
/// what it reads ever sees a replica's past. Movement tiles stay on the primary too: the tiles a server keeps are checked
/// against <c>movement_changes</c>, whose pruning assumes no kept tile's snapshot is more than ten minutes old
/// (<see cref="Repositories.MovementTileRepository.PruneChangesAsync"/>), which a lagging replica's could be.</para>
/// <para>A client sees its own writes: a write answers with the primary's WAL position after it
/// (<see cref="WritePositionAsync"/>), the client sends it back on reads, and a read whose replica has not replayed that far
/// (<see cref="HasReplayedAsync"/>) goes to the primary.</para>
/// </remarks>
public static partial class ReplicaReads
{
    private static readonly AsyncLocal<NpgsqlDataSource?> Replica = new();

    /// <summary>The data source the current flow reads from: the replica it was allowed, else <paramref name="primary"/>.</summary>
    public static NpgsqlDataSource For(NpgsqlDataSource primary) => Replica.Value ?? primary;

    /// <summary>Sends the reads of the current flow (and of the tasks it starts) to <paramref name="replica"/>.</summary>
    public static void Allow(NpgsqlDataSource replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        Replica.Value = replica;
    }

    /// <summary>True when <paramref name="position"/> is a WAL position as PostgreSQL writes one (<c>0/16B3748</c>).</summary>
    public static bool IsPosition(string? position) => position is not null && PositionPattern().IsMatch(position);

    /// <summary>The primary's current WAL position: once a replica has replayed to it, it holds every write committed before.</summary>
    public static async Task<string> WritePositionAsync(NpgsqlDataSource primary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(primary);
        await using var command = primary.CreateCommand("SELECT pg_current_wal_lsn()::text");
        return (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// True when the replica behind <paramref name="replica"/> has replayed the WAL up to <paramref name="position"/>, so a
    /// read there sees every write committed before it; also true when <paramref name="replica"/> is a primary.
    /// </summary>
    public static async Task<bool> HasReplayedAsync(NpgsqlDataSource replica, string position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replica);
        if (!IsPosition(position))
        {
            throw new ArgumentException($"'{position}' is not a WAL position.", nameof(position));
        }

        // On a primary (a replica list that fell back to it) the replay position is null and everything is there.
        await using var command = replica.CreateCommand("SELECT NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() >= $1::pg_lsn");
        command.Parameters.Add(new() { Value = position });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    [GeneratedRegex("^[0-9A-F]{1,8}/[0-9A-F]{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();
}

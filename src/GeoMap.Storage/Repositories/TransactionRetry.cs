using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>Runs a whole transaction again when PostgreSQL aborted it as a deadlock victim or a serialization failure.</summary>
/// <remarks>
/// Consistent lock order (<see cref="PlaceRepository.UpsertAllAsync"/>) removes the deadlocks we know of; this is the
/// safety net PostgreSQL's documentation asks for anyway: 40P01 and 40001 mean "nothing was written, try again".
/// The work must open its own connection and transaction, so each attempt starts clean.
/// </remarks>
internal static class TransactionRetry
{
    /// <summary>Attempts in all, the first included.</summary>
    public const int Attempts = 5;

    /// <summary>Runs <paramref name="work"/>, again after a short randomized pause while it fails with 40P01 or 40001.</summary>
    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (IsTransient(e) && attempt < Attempts)
            {
                // Randomized, growing pauses so that the two victims of one deadlock do not collide again.
                var pause = TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * (1 << attempt));
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>True for failures PostgreSQL says to retry: deadlock detected, serialization failure.</summary>
    public static bool IsTransient(PostgresException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;
    }
}

using GeoMap.Server.Http;
using GeoMap.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GeoMap.Server.Hosting;

/// <summary>
/// Owns the application's database: opens it when the host starts (starting the managed cluster when no
/// connection string is configured) and closes it, stopping a cluster it started, when the host stops.
/// </summary>
/// <remarks>
/// A configured database that cannot be reached at start does not stop the server: it starts, answers 503 with
/// Retry-After (and says why on <c>/health</c>) and keeps trying to connect, with a growing pause up to
/// <see cref="MaxRetryDelay"/>; once connected it migrates and serves. Anything else that prevents opening (a failed
/// migration, a managed cluster that cannot start, a refused password) still stops the start with its message.
/// </remarks>
public sealed class DatabaseHost(IOptions<DatabaseOptions> options, IOptions<GeoMap.Core.Corroboration.GroupingSettings> grouping, ILogger<DatabaseHost> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>The longest pause between two attempts to reach an unavailable database.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(15);

    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private GeoMapDatabase? database;
    private NpgsqlDataSource? waiting;
    private NpgsqlDataSource? replica;
    private Task? retrying;

    /// <summary>
    /// The one data source of the application. While a configured database is being waited for, it is the data
    /// source that will serve once it answers (its commands fail as the database is down, a 503).
    /// </summary>
    /// <exception cref="DatabaseUnavailableException">Before the host has started.</exception>
    public NpgsqlDataSource DataSource => database?.DataSource ?? waiting ?? throw new DatabaseUnavailableException(Unavailable ?? "The database is not open yet.");

    /// <summary>
    /// The data source of the read replicas (<see cref="DatabaseOptions.ReadConnectionString"/>) once the database is open;
    /// null when none is configured.
    /// </summary>
    public NpgsqlDataSource? ReplicaDataSource => database is null ? null : replica;

    /// <summary>True once the database is open and migrated.</summary>
    public bool IsOpen => database is not null;

    /// <summary>True when this process started the managed cluster (and will stop it).</summary>
    public bool StartedCluster => database?.Cluster is not null;

    /// <summary>Why the database could not be reached yet; null once it is open (or before the first attempt).</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Completes when the database is open (at once when it already is).</summary>
    public Task WhenOpenAsync(CancellationToken cancellationToken) => opened.Task.WaitAsync(cancellationToken);

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryOpenAsync(cancellationToken).ConfigureAwait(false))
        {
            retrying = Task.Run(() => RetryAsync(stopping.Token), CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    /// <summary>True when the database answers within <paramref name="cancellationToken"/>.</summary>
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        database is null ? Task.FromResult(false) : database.IsReadyAsync(cancellationToken);

    /// <summary>Drops pooled connections, which are dead after the database restarted.</summary>
    public void ClearPool()
    {
        if (database is not null)
        {
            database.DataSource.Clear();
        }

        replica?.Clear();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!stopping.IsCancellationRequested)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
        }

        if (retrying is { } task)
        {
            await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (Interlocked.Exchange(ref replica, null) is { } replicas)
        {
            await replicas.DisposeAsync().ConfigureAwait(false);
        }

        var d = Interlocked.Exchange(ref database, null);
        if (d is not null)
        {
            await d.DisposeAsync().ConfigureAwait(false);
        }
        else if (Interlocked.Exchange(ref waiting, null) is { } never)
        {
            await never.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> TryOpenAsync(CancellationToken cancellationToken)
    {
        var resolved = options.Value.WithEnvironment();
        try
        {
            database = await GeoMapDatabase.OpenAsync(resolved, cancellationToken, grouping: grouping.Value, dataSource: waiting).ConfigureAwait(false);
        }
        catch (Exception e) when (!string.IsNullOrWhiteSpace(resolved.ConnectionString) && ErrorHandler.IsDatabaseDown(e) && !cancellationToken.IsCancellationRequested)
        {
            var first = Unavailable is null;
            waiting ??= GeoMap.Storage.GeoMapDataSource.Create(resolved.ConnectionString!);
            Unavailable = $"The database cannot be reached: {e.Message}";
            if (first)
            {
                logger.LogWarning("The database cannot be reached ({Message}); serving 503 and retrying until it answers", e.Message);
            }

            return false;
        }

        if (!string.IsNullOrWhiteSpace(resolved.ReadConnectionString))
        {
            // A replica that is down is not checked here: its reads fail as the primary's would, and a replica list that
            // ends with the primary (prefer-standby) falls back to it.
            replica ??= GeoMap.Storage.GeoMapDataSource.Create(resolved.ReadConnectionString);
        }

        Unavailable = null;
        opened.TrySetResult();
        logger.LogInformation(StartedCluster ? "Started the managed PostGIS cluster in {Folder}" : "Connected to the configured PostGIS{Folder}",
            StartedCluster ? database.Cluster!.DataDirectory : "");
        return true;
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                if (await TryOpenAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Reached, but it cannot be used (a migration failed, a password is refused): no retry mends that.
                Unavailable = $"The database was reached but cannot be used: {e.Message}";
                logger.LogCritical(e, "The database was reached but cannot be used; fix it and restart the server");
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }
}

/// <summary>The database has not been reached yet (the server started without it and keeps trying); a 503.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatabaseUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

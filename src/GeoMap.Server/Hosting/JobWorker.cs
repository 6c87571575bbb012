using System.Globalization;
using System.Text.Json;
using GeoMap.Storage.Repositories;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Hosting;

/// <summary>Settings of the background job worker (<c>GeoMap:Jobs</c>).</summary>
public sealed class JobSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "GeoMap:Jobs";

    /// <summary>False: this server takes no jobs (another instance does).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Jobs this server runs at once.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 64)]
    public int Concurrency { get; set; } = 2;

    /// <summary>A job's lease, renewed while it runs; a worker that dies loses its jobs to others after this.</summary>
    [System.ComponentModel.DataAnnotations.Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How long an idle worker waits before it looks for due jobs again.</summary>
    [System.ComponentModel.DataAnnotations.Range(0.05, 60)]
    public double IdleSeconds { get; set; } = 2;

    /// <summary>Finished jobs are deleted after this many days.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650)]
    public int KeepDays { get; set; } = 7;
}

/// <summary>Runs one kind of job (<see cref="Kind"/>).</summary>
public interface IJobHandler
{
    /// <summary>The kind of job it runs.</summary>
    string Kind { get; }

    /// <summary>Runs the job; an exception is a failed attempt, retried with a back-off while the job has attempts left.</summary>
    Task RunAsync(Job job, CancellationToken cancellationToken);

    /// <summary>
    /// Work of this kind's own that the worker does every few seconds and whenever a job ends (queue the polls that are
    /// due, give up what the queue gave up); any server may run it at any time, so it must be one idempotent step.
    /// </summary>
    Task HousekeepAsync(CancellationToken cancellationToken);
}

/// <summary>A feed's poll, as a job.</summary>
public sealed class FeedPollJob(Feeds.FeedPoller poller, FeedRepository feeds) : IJobHandler
{
    /// <inheritdoc />
    public string Kind => FeedRepository.PollJob;

    /// <inheritdoc />
    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var payload = JsonDocument.Parse(job.Payload);
        await poller.PollAsync(payload.RootElement.GetProperty("feedId").GetInt64(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues the polls of the feeds due soon (a poll's next one, due at once with a backlog, without waiting).</summary>
    public Task HousekeepAsync(CancellationToken cancellationToken) => feeds.QueueDuePollsAsync(TimeSpan.FromSeconds(15), cancellationToken);
}

/// <summary>
/// Takes jobs from the queue every server on the database shares (<see cref="JobQueue"/>) and runs them with their
/// handlers, renewing each lease while its job runs; runs each handler's housekeeping; deletes old finished jobs.
/// </summary>
/// <remarks>
/// Any instance takes any job: a job whose worker died (a crash, a kill, a lost machine) is taken again once its lease
/// expires. A failing job is retried with a growing pause; one that keeps failing is marked failed with its last error.
/// </remarks>
public sealed class JobWorker(
    IServiceProvider services, IOptions<JobSettings> settings, ILogger<JobWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);

    // Set when a job ended: its follow-up (a feed's next poll, due at once with a backlog) is queued without waiting.
    private volatile bool housekeepingDue;

    /// <summary>This worker's name in the queue: host, process and a random part.</summary>
    public string Name { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Looks for due jobs at once (a job was just queued by this server).</summary>
    public void Wake() => wake.Release();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }

        try
        {
            await services.GetRequiredService<DatabaseHost>().WhenOpenAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await WorkAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // A failure of the worker itself, not of a job: a server that accepts uploads nobody tiles must not look
            // healthy. /health says why, and the server exits with code 1 so that its supervisor restarts it.
            services.GetRequiredService<WorkerHealth>().Stopped("The job worker", e);
            logger.LogCritical(e, "The job worker cannot continue; stopping the server so that it is restarted");
            Environment.ExitCode = 1;
            services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        var handlers = services.GetServices<IJobHandler>().ToDictionary(h => h.Kind, StringComparer.Ordinal);
        var queue = services.GetRequiredService<JobQueue>();
        var running = new List<Task>();
        var lastHousekeeping = DateTime.MinValue;
        var lastPrune = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (housekeepingDue || DateTime.UtcNow - lastHousekeeping > TimeSpan.FromSeconds(10))
                {
                    housekeepingDue = false;
                    lastHousekeeping = DateTime.UtcNow;
                    foreach (var handler in handlers.Values)
                    {
                        await handler.HousekeepAsync(stoppingToken).ConfigureAwait(false);
                    }

                    if (DateTime.UtcNow - lastPrune > TimeSpan.FromHours(1))
                    {
                        lastPrune = DateTime.UtcNow;
                        await queue.PruneAsync(TimeSpan.FromDays(settings.Value.KeepDays), stoppingToken).ConfigureAwait(false);
                    }
                }

                running.RemoveAll(t => t.IsCompleted);
                Job? job = null;
                if (running.Count < settings.Value.Concurrency)
                {
                    // A job given up (its workers kept dying) may leave its handler something to mark failed at once.
                    job = await queue.LeaseAsync(handlers.Keys, Name, TimeSpan.FromSeconds(settings.Value.LeaseSeconds), stoppingToken, _ => housekeepingDue = true).ConfigureAwait(false);
                }

                if (job is not null || housekeepingDue)
                {
                    if (job is not null)
                    {
                        running.Add(Task.Run(() => RunAsync(queue, handlers[job.Kind], job, stoppingToken), CancellationToken.None));
                    }

                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The database went away: the jobs wait for it, as they wait in its tables.
                logger.LogWarning(e, "The job queue cannot be read; trying again shortly");
            }

            try
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(settings.Value.IdleSeconds), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task RunAsync(JobQueue queue, IJobHandler handler, Job job, CancellationToken stoppingToken)
    {
        var lease = TimeSpan.FromSeconds(settings.Value.LeaseSeconds);
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var renewal = new PeriodicTimer(lease / 3);
        var renewing = Task.Run(async () =>
        {
            try
            {
                while (await renewal.WaitForNextTickAsync(lost.Token).ConfigureAwait(false))
                {
                    if (!await queue.RenewAsync(job.Id, Name, lease, lost.Token).ConfigureAwait(false))
                    {
                        // Another worker took it (this one was too slow to renew): stop, it is theirs now.
                        logger.LogWarning("Job {Id} ({Kind}) was taken over by another worker; stopping it here", job.Id, job.Kind);
                        await lost.CancelAsync().ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                logger.LogWarning(e, "The lease of job {Id} could not be renewed", job.Id);
            }
        }, CancellationToken.None);

        try
        {
            await handler.RunAsync(job, lost.Token).ConfigureAwait(false);
            await queue.CompleteAsync(job.Id, Name, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            // Stopping (or lost): the lease expires and another worker, or this one after a restart, takes the job again.
        }
        catch (Exception e)
        {
            var pause = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, job.Attempts - 1)));
            logger.LogError(e, "Job {Id} ({Kind}) failed on attempt {Attempt} of {Max}", job.Id, job.Kind, job.Attempts, job.MaxAttempts);
            try
            {
                await queue.FailAsync(job.Id, Name, $"{e.GetType().Name}: {e.Message}", pause, final: false, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception f) when (f is Npgsql.NpgsqlException or TimeoutException)
            {
                logger.LogWarning(f, "Job {Id} failed and could not be marked so; its lease will expire", job.Id);
            }
        }
        finally
        {
            await lost.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(false);
            housekeepingDue = true;
            Wake();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }
}

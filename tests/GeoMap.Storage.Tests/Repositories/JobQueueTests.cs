using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Repositories;

public sealed class JobQueueTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly JobQueue queue = new(database.DataSource);

    private static string Kind() => "test-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task Two_workers_never_take_the_same_job_and_a_taken_job_is_finished_by_its_worker_only()
    {
        var kind = Kind();
        var a = await queue.EnqueueAsync(kind, "{}", CancellationToken.None);
        var b = await queue.EnqueueAsync(kind, "{}", CancellationToken.None);
        var first = await queue.LeaseAsync([kind], "w1", TimeSpan.FromMinutes(1), CancellationToken.None);
        var second = await queue.LeaseAsync([kind], "w2", TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal([a, b], new[] { first!.Id, second!.Id }.Order());
        Assert.Null(await queue.LeaseAsync([kind], "w3", TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.False(await queue.CompleteAsync(first.Id, "w2", CancellationToken.None));
        Assert.True(await queue.CompleteAsync(first.Id, "w1", CancellationToken.None));
        Assert.Equal("done", (await queue.GetAsync(first.Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_dead_workers_job_is_taken_again_when_its_lease_expires_and_fails_after_its_attempts()
    {
        var kind = Kind();
        var id = await queue.EnqueueAsync(kind, "{\"n\": 1}", CancellationToken.None, maxAttempts: 2);
        Assert.Equal(id, (await queue.LeaseAsync([kind], "dies", TimeSpan.FromMilliseconds(1), CancellationToken.None))!.Id);
        await Task.Delay(50);
        var retaken = await queue.LeaseAsync([kind], "lives", TimeSpan.FromMilliseconds(1), CancellationToken.None);
        Assert.Equal((id, 2, "lives"), (retaken!.Id, retaken.Attempts, retaken.LeasedBy));
        Assert.False(await queue.RenewAsync(id, "dies", TimeSpan.FromMinutes(1), CancellationToken.None));
        await Task.Delay(50);
        Assert.Null(await queue.LeaseAsync([kind], "third", TimeSpan.FromMinutes(1), CancellationToken.None));
        var failed = (await queue.GetAsync(id, CancellationToken.None))!;
        Assert.Equal("failed", failed.State);
        Assert.Contains("Abandoned 2 times", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_attempt_is_retried_later_and_a_key_holds_one_pending_job()
    {
        var kind = Kind();
        var key = "k:" + Guid.NewGuid();
        var id = await queue.EnqueueAsync(kind, "{}", CancellationToken.None, key, DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(id, await queue.EnqueueAsync(kind, "{}", CancellationToken.None, key));
        var job = await queue.LeaseAsync([kind], "w", TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(id, job!.Id); // the second enqueue made it due now
        Assert.True(await queue.FailAsync(id, "w", "site down", TimeSpan.FromHours(1), final: false, CancellationToken.None));
        var queued = (await queue.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(("queued", "site down"), (queued.State, queued.LastError));
        Assert.True(queued.RunAfter > DateTimeOffset.UtcNow.AddMinutes(50));
        Assert.Null(await queue.LeaseAsync([kind], "w", TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_paused_feed_loses_its_queued_poll_and_a_resumed_one_is_due_again()
    {
        var feeds = new FeedRepository(database.DataSource);
        var (feed, _) = await feeds.AddAsync(new Feed { Url = $"https://wire.example/{Guid.NewGuid():N}", CreatedBy = "test" }, CancellationToken.None);
        await feeds.QueueDuePollsAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(1, await QueuedPollsAsync(feed.Id));

        await feeds.UpdateAsync(feed.Id, "paused", null, null, null, null, CancellationToken.None);
        Assert.Equal(0, await QueuedPollsAsync(feed.Id));
        await feeds.QueueDuePollsAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(0, await QueuedPollsAsync(feed.Id));

        await feeds.UpdateAsync(feed.Id, "active", null, null, null, null, CancellationToken.None);
        await feeds.QueueDuePollsAsync(TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(1, await QueuedPollsAsync(feed.Id));
    }

    private async Task<long> QueuedPollsAsync(long feedId)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM jobs WHERE job_key = $1 AND state = 'queued'");
        command.Parameters.Add(new() { Value = FeedRepository.PollKey(feedId) });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace GeoMap.Server.Tests.Hardening;

/// <summary>A server whose write limit does not get in the way of a burst of reports.</summary>
public sealed class BurstServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GeoMap:Server:WritesPerWindow"] = "100000",
    };
}

public sealed class ConcurrentIngestTests(BurstServerFixture server) : IClassFixture<BurstServerFixture>
{
    private static readonly string[] Cities = ["Moscow", "Kursk", "Belgorod", "Voronezh", "Rostov-on-Don", "Kharkiv", "Donetsk", "Kyiv", "Lviv", "Odesa", "Minsk", "Warsaw"];

    /// <summary>A report naming six of the shared cities in an order of its own, so concurrent reports lock them in different text orders.</summary>
    private static string Report(int n, Random random)
    {
        var order = Cities.OrderBy(_ => random.Next()).Take(6).ToArray();
        return $"Report {n}. On 3 October, 1,200 soldiers moved from {order[0]} to {order[1]} by rail. " +
            $"Two days later a column left {order[2]} for {order[3]}. Officials in {order[4]} and {order[5]} confirmed the movements.";
    }

    [Fact]
    public async Task Two_hundred_different_reports_posted_sixteen_at_a_time_are_all_stored_without_a_server_error()
    {
        var random = new Random(17);
        var tag = Guid.NewGuid().ToString("N");
        var texts = Enumerable.Range(0, 200).Select(i => Report(i, random) + " " + tag).ToList();
        var failures = new ConcurrentBag<string>();
        var ids = new ConcurrentBag<long>();
        var client = server.Client("analyst");
        await Parallel.ForEachAsync(texts, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (text, ct) =>
        {
            var response = await client.PostAsJsonAsync("/api/reports", new { text, publishedAt = "2024-10-18T08:00:00Z", language = "en" }, ct);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                failures.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                return;
            }

            ids.Add((await response.JsonAsync()).GetProperty("report").GetProperty("id").GetInt64());
        });

        Assert.Empty(failures);
        Assert.Equal(200, ids.Distinct().Count());
        await using var count = server.Database.DataSource.CreateCommand("SELECT count(*) FROM reports WHERE text LIKE '%' || $1");
        count.Parameters.Add(new() { Value = tag });
        Assert.Equal(200L, (long)(await count.ExecuteScalarAsync())!);
    }
}

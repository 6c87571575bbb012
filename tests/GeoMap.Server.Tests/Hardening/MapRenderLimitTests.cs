using System.Net;
using GeoMap.Server.Apis;

namespace GeoMap.Server.Tests.Hardening;

/// <summary>The render limit is one counter for the whole server process, so this class runs alone: another class's
/// map.png while the burst is on would be refused too.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MapRenderCollection
{
    public const string Name = "Map renders";
}

[Collection(MapRenderCollection.Name)]
public sealed class MapRenderLimitTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_burst_of_large_maps_beyond_the_running_and_waiting_renders_is_refused_with_429_and_the_rest_are_drawn()
    {
        var client = server.Client();
        // Each 3000 px square map takes seconds to draw; all are asked for at once.
        var burst = Enumerable.Range(0, 3 * (MapImageApi.MaxConcurrentRenders + MapImageApi.MaxWaitingRenders))
            .Select(_ => client.GetAsync("/api/map.png?bbox=30,44,40,52&size=3000x3000"))
            .ToArray();
        var responses = await Task.WhenAll(burst);

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.InRange(responses.Count(r => r.StatusCode == HttpStatusCode.OK), MapImageApi.MaxConcurrentRenders, responses.Length - 1);
        foreach (var response in refused)
        {
            Assert.Equal(TimeSpan.FromSeconds(MapImageApi.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
            var problem = await response.ProblemAsync(429);
            Assert.Equal("/problems/busy", problem.GetProperty("type").GetString());
            Assert.Contains("retry", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // Every slot is given back: the next map is drawn.
        await client.GetAsync("/api/map.png?bbox=30,44,40,52&size=200x200").ExpectAsync(HttpStatusCode.OK);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GeoMap.Server.Tests.Hardening;

/// <summary>A server that lets a request run for at most 0.3 s.</summary>
public sealed class ImpatientServer : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GeoMap:Server:RequestTimeoutSeconds"] = "0.3",
        ["GeoMap:Server:WritesPerWindow"] = "100000",
    };
}

/// <summary>Request timeouts (issue 17): work past GeoMap:Server:RequestTimeoutSeconds is stopped and answered with a problem.</summary>
public sealed class RequestTimeoutTests(ImpatientServer server) : IClassFixture<ImpatientServer>
{
    [Fact]
    public async Task A_report_analysis_past_the_time_budget_is_stopped_with_a_503_problem_naming_the_setting()
    {
        // About 2 MB of movement sentences: many seconds of analysis, which honours cancellation between sentences.
        var text = new StringBuilder();
        for (var i = 0; text.Length < 2_000_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"On {1 + (i % 28)} October, {1000 + i} soldiers of the {i}th brigade moved from Kursk to Belgorod by rail. ");
        }

        var body = new StringContent(text.ToString(), Encoding.UTF8, "text/plain");
        var watch = Stopwatch.StartNew();
        var response = await server.Client("analyst").PostAsync("/api/reports?dryRun=true&publishedAt=2024-10-18T08:00:00Z&language=en", body);
        watch.Stop();
        var problem = await response.ProblemAsync(503);
        Assert.Contains("RequestTimeoutSeconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("/problems/timeout", problem.GetProperty("type").GetString());
        // Stopped near the budget, not after the whole analysis (generous for a busy test machine).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }
}

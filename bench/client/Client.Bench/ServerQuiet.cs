using GeoMap.Geoparsing.Analysis;
using GeoMap.Server.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GeoMap.Bench.Client;

/// <summary>
/// Waits until a freshly started server has finished its start-up work, so that the measured loads meet a server as
/// a running one is: the regions seeded into the new database (RegionSeeding, PostgreSQL's CPU) and the gazetteer and
/// report analyzer loaded (AnalyzerWarmUp). Until 2026-12-04 the loads ran while these did: the server's process used
/// 1.2-1.4 cores for seconds after the load that warms it up, all of it counted in the CPU of the loads measured then
/// and taken from the browser on this 2-core machine.
/// </summary>
internal static class ServerQuiet
{
    /// <summary>Waits for the server's start-up work, then for its process tree to be idle (at most 60 s).</summary>
    public static async Task WaitAsync(WebApplication app)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var regions = app.Services.GetRequiredService<RegionSeeding>();
        while (regions.IsLoading && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(200);
        }

        // The analyzer is one instance, made once: this waits for the warm-up's load of the gazetteer if it is running.
        await Task.Run(() => app.Services.GetRequiredService<ReportAnalyzer>().Analyze("Troops moved from Kyiv to Lviv.", DateTimeOffset.UtcNow, "en"));

        // Then idle: under 5 % of one core for two seconds in a row (what is left is the tiered JIT's background work).
        var quiet = 0;
        var idleSince = waited.Elapsed;
        while (quiet < 2 && waited.Elapsed - idleSince < TimeSpan.FromSeconds(60))
        {
            var before = ProcessTreeCpu.Snapshot();
            await Task.Delay(1000);
            quiet = ProcessTreeCpu.SecondsBetween(before, ProcessTreeCpu.Snapshot()) < 0.05 ? quiet + 1 : 0;
        }

        Console.Error.WriteLine($"server start-up work done in {waited.Elapsed.TotalSeconds:F1} s{(quiet < 2 ? " (not idle after 60 s)" : "")}");
    }
}

using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Server.Ingest;

/// <summary>
/// Loads the gazetteer and the report analyzer as the server starts, in the background, so the first report posted
/// does not wait seconds for them (and a missing gazetteer shows in the log at start, not on a user's request).
/// </summary>
internal sealed class AnalyzerWarmUp(IServiceProvider services, ILogger<AnalyzerWarmUp> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var analyzer = services.GetRequiredService<ReportAnalyzer>();
            analyzer.Analyze("Troops moved from Kyiv to Lviv.", DateTimeOffset.UtcNow, "en", stoppingToken);
            logger.LogInformation("The gazetteer and the report analyzer are loaded ({Seconds:F1} s)", started.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the analyzer was needed.
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The report analyzer could not be loaded; report ingest will fail until the gazetteer is available");
        }
    }, stoppingToken);
}

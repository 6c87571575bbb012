using Microsoft.Playwright;

namespace GeoMap.Bench.Client;

/// <summary>
/// Opens the map in a page and waits for its first complete render without running anything in the page meanwhile.
/// </summary>
/// <remarks>
/// Until 2026-12-05 the benchmark waited with Playwright's WaitForFunction, which evaluates Playwright's injected script
/// (~330 kB) in the page and then polls every animation frame: a trace of a 10,000-movement load showed that script
/// compiled and run on the page's main thread (31 ms) in the middle of the first load, and the bench's own process and
/// Playwright's driver used 130-300 ms of CPU on the two cores until the first render. A user's browser does none of
/// that. Now the page tells the bench itself: a small script added before the page's own (AddInitScript) writes
/// a console message when the client marks its first render (a PerformanceObserver) or reports a failed load (body's
/// data-ready), and the bench waits for that message (Chromium's console events, passive).
/// </remarks>
internal static class FirstLoad
{
    private const string ReportReady = """
        new PerformanceObserver((list, observer) => {
          if (list.getEntriesByName('geomap:first-render').length === 0) return;
          observer.disconnect();
          console.debug('geomap:ready true');
        }).observe({ type: 'mark', buffered: true });
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver(() => {
            if (document.body.dataset.ready === 'error') console.debug('geomap:ready error');
          }).observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
        });
        """;

    /// <summary>The view every load opens: north-east Asia at zoom 4.6, the seeded movements' year.</summary>
    public const string View = "/?c=125.0000,40.0000&z=4.60&from=2024-01-01&to=2024-12-31";

    /// <summary>A fresh browser context (no HTTP cache: a cold load) with the benchmark's 1280x800 viewport.</summary>
    public static Task<IBrowserContext> NewContextAsync(IBrowser browser) =>
        browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

    /// <summary>A new page in <paramref name="context"/> set up to report its first render.</summary>
    public static async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(ReportReady);
        return page;
    }

    /// <summary>
    /// Navigates <paramref name="page"/> (made by <see cref="NewPageAsync"/>) to <see cref="View"/> on the server at
    /// <paramref name="address"/> and waits until the map has been drawn with its movements; throws if the client
    /// reports the load failed or nothing comes in 120 s.
    /// </summary>
    public static async Task OpenAsync(IPage page, string address)
    {
        var url = address + View;
        var ready = page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.StartsWith("geomap:ready ", StringComparison.Ordinal), Timeout = 120_000 });
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        var message = await ready;
        if (message.Text != "geomap:ready true")
        {
            throw new InvalidOperationException($"the map client reported a failed load at {url}");
        }
    }
}

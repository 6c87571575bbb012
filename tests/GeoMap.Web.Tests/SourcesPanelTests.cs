using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>The news feeds panel: follow a feed, see its poll's outcome, pause and remove it.</summary>
public sealed class SourcesPanelTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task A_feed_followed_from_the_panel_is_polled_its_failure_shown_then_paused_and_removed()
    {
        await using var browser = await server.OpenAsync("/");
        var page = browser.Page;
        await page.FillAsync("#api-key", server.AnalystKey);
        await page.ClickAsync("#api-key-form button[type=submit]");
        await page.ClickAsync("#sources-section summary");

        // An address on a name that never resolves (.invalid): the poll fails, and the panel says why.
        await page.FillAsync("#source-url", "https://newsroom.invalid/rss.xml");
        await page.FillAsync("#source-title", "Newsroom wire");
        await page.SelectOptionAsync("#source-interval", "3600");
        await page.ClickAsync("#source-add");
        await Assertions.Expect(page.Locator("#sources-message")).ToContainTextAsync("Following Newsroom wire");
        var item = page.Locator("#sources-list li", new PageLocatorOptions { HasText = "Newsroom wire" });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        await Assertions.Expect(item.Locator(".source-outcome .error")).ToContainTextAsync("newsroom.invalid", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });

        await item.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Pause" }).ClickAsync();
        await Assertions.Expect(item.Locator(".source-title")).ToContainTextAsync("(paused)");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await item.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Remove" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sources-list li", new PageLocatorOptions { HasText = "Newsroom wire" })).ToHaveCountAsync(0);
    }
}

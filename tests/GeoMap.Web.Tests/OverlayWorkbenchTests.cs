using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>
/// Overlays in the analyst's workbench: their stacking order and the swipe's proposals. A server of their own, since
/// the overlays they upload would show in other tests' footprint labels.
/// </summary>
public sealed class OverlayWorkbenchTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Overlays_are_stacked_in_the_lists_order_and_moving_one_up_draws_it_over_the_other()
    {
        await using var setup = await server.OpenAsync("/");
        var older = await EditingTests.UploadAsync(setup.Page, server.AnalystKey, "Older (green)", "#2f9e44", "2024-09-01");
        var newer = await EditingTests.UploadAsync(setup.Page, server.AnalystKey, "Newer (red)", "#e03131", "2024-09-20");

        await using var browser = await server.OpenAsync($"/?c=131.9500,43.8000&z=11.00&from=2025-01-01&to=2025-01-31&o={older},{newer}");
        var page = browser.Page;
        var spot = await browser.ViewportPixelOfAsync(131.95, 43.78);
        // The newest on top by default, above in the list (other tests' overlays are in the list too, hidden).
        async Task<string[]> OrderAsync() => [.. (await page.Locator("#overlay-list li[data-overlay]").EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.overlay)"))
            .Where(id => id == older || id == newer)];
        Assert.Equal([newer, older], await OrderAsync());
        await browser.WaitForRenderAsync();
        Assert.True(EditingTests.IsRed((await browser.ColoursAtAsync(spot))[0]));

        // Moved up, the older one is drawn over the newer one and heads the list.
        await page.ClickAsync($"#overlay-{older}-up");
        Assert.Equal([older, newer], await OrderAsync());
        await browser.WaitForRenderAsync();
        Assert.True(EditingTests.IsGreen((await browser.ColoursAtAsync(spot))[0]));

        // Now the opacity of the upper one shows what is under it.
        await page.Locator($"#overlay-{older}-opacity").FillAsync("0");
        await browser.WaitForRenderAsync();
        Assert.True(EditingTests.IsRed((await browser.ColoursAtAsync(spot))[0]));
        await browser.ScreenshotAsync("15-overlay-order");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_swipe_proposes_the_overlays_near_the_selected_movement()
    {
        await using var setup = await server.OpenAsync("/");
        var nearOld = await EditingTests.UploadAsync(setup.Page, server.AnalystKey, "Ussuriysk early", "#2f9e44", "2024-08-01");
        var nearNew = await EditingTests.UploadAsync(setup.Page, server.AnalystKey, "Ussuriysk late", "#e03131", "2024-12-01");
        var far = await EditingTests.UploadAsync(setup.Page, server.AnalystKey, "Far away", "#1c5fa8", "2024-10-10", "10.0,60.0,10.2,60.1");

        await using var browser = await server.OpenAsync("/?c=131.9000,43.4500&z=8.00&from=2024-10-01&to=2024-11-30");
        var page = browser.Page;
        var vladivostok = server.Movements["vladivostok"];
        await page.EvaluateAsync($"() => window.geomap.openMovement({vladivostok})");
        // The server says which overlays are near (on the ground, taken at any time): wait for its answer.
        await Assertions.Expect(page.Locator("#swipe-before optgroup[label='Near the selected movement']")).ToHaveCountAsync(1);
        var nearGroup = page.Locator("#swipe-before optgroup[label='Near the selected movement'] option");
        var nearIds = await nearGroup.EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Contains(nearOld, nearIds);
        Assert.Contains(nearNew, nearIds);
        Assert.DoesNotContain(far, nearIds);
        Assert.Contains(far, await page.Locator("#swipe-before optgroup[label='Other overlays'] option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        // Proposed: the oldest and the newest near it, before and after.
        Assert.Equal(nearIds[0], await page.InputValueAsync("#swipe-before"));
        Assert.Equal(nearIds[^1], await page.InputValueAsync("#swipe-after"));
        Assert.Equal(nearNew, nearIds[^1]);

        // With the details closed, every overlay is listed alike again.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#swipe-before optgroup")).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }
}

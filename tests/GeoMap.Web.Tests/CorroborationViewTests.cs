using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Reports;
using GeoMap.Storage.Repositories;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

public sealed class CorroborationViewTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Three_reports_of_one_movement_are_one_arrow_whose_panel_lists_the_claims_and_the_strength_contradiction()
    {
        // The fixture's report says 1,500 Russian troops moved Vladivostok -> Ussuriysk on 8-13 October per the NIS.
        // Two more reports of the same movement: Kyodo quoting Japan's defence ministry (3,000), the Korea Herald the NIS.
        var seeded = (await new MovementRepository(server.Database.DataSource).ClaimsAsync(server.Movements["vladivostok"], CancellationToken.None)).Single().Statement;
        var reports = new ReportRepository(server.Database.DataSource);
        foreach (var (strength, source, outlet) in new[] { (3000, "Japan's defence ministry", "Kyodo"), (1500, "NIS", "Korea Herald") })
        {
            var claim = seeded with
            {
                Id = 0,
                ReportId = null,
                Strength = Strength.Exactly(strength, strength.ToString("N0", CultureInfo.InvariantCulture)),
                Source = new Attribution(source),
                Sentence = $"{source} says {strength.ToString("N0", CultureInfo.InvariantCulture)} Russian troops reached Ussuriysk.",
            };
            var stored = await reports.AddAsync(
                new Report { Text = $"{outlet}: {claim.Sentence} {Guid.NewGuid()}", PublishedAt = new DateTimeOffset(2024, 11, 11, 0, 0, 0, TimeSpan.Zero), SourceAgency = outlet, Language = "en" },
                [], [claim], "web-tests", CancellationToken.None);
            Assert.Equal(server.Movements["vladivostok"], stored.Details.Movements.Single().Id);
        }

        await using var browser = await server.OpenAsync("/?c=131.9000,43.4500&z=8.00&from=2024-10-01&to=2024-11-30");
        var shown = await browser.ShownIdsAsync();
        Assert.Equal(server.Movements.Values.Order().ToArray(), shown);
        await browser.WaitForRenderAsync();

        // The arrow's badge counts its sources, red-rimmed while its claims contradict; the legend explains the red rim
        // (no badge of agreeing sources is drawn, so none is explained) and the place markers.
        var legend = browser.Page.Locator("#legend");
        await Assertions.Expect(legend.Locator("li[data-symbol='sources-contradicted']")).ToContainTextAsync("independent sources, contradicting each other");
        await Assertions.Expect(legend.Locator("li[data-symbol='sources-contradicted'] circle")).ToHaveAttributeAsync("stroke", "#c0392b");
        Assert.Equal(0, await legend.Locator("li[data-symbol='sources']").CountAsync());
        await Assertions.Expect(legend.Locator("li[data-symbol='place']")).ToHaveCountAsync(1);

        var (x, y) = await browser.ViewportPixelOfAsync(131.912, 43.45);
        await browser.Page.Mouse.ClickAsync(x, y);
        var details = browser.Page.Locator("#details");
        await Assertions.Expect(details).ToContainTextAsync($"Movement #{server.Movements["vladivostok"]}");
        await Assertions.Expect(details).ToContainTextAsync("3 claims from 2 independent sources");
        await Assertions.Expect(details.Locator(".contradiction[data-kind='strength']")).ToContainTextAsync("1,500 (NIS) vs 3,000 (Japan's defence ministry)");
        await Assertions.Expect(details.Locator("li.claim")).ToHaveCountAsync(3);
        await Assertions.Expect(details.Locator("li.claim.disagrees")).ToHaveCountAsync(1);
        await Assertions.Expect(details.Locator("li.claim.disagrees mark")).ToHaveTextAsync("3,000");
        await Assertions.Expect(details.Locator("li.claim").Nth(2)).ToContainTextAsync("via Korea Herald");
        await Assertions.Expect(details.Locator("li.claim a", new() { HasTextString = "Report #" })).ToHaveCountAsync(3);
        await browser.ScreenshotAsync("11-corroborated-movement");
        Assert.Empty(browser.Errors);
    }
}

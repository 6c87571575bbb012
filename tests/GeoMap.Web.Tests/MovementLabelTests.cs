using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Core.Time;
using GeoMap.Storage.Repositories;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>
/// The labels beside arrows (strength and dates), arrow widths by the representative strength and stacked movements
/// fanned out, in list mode; the label rule itself on the table of cases GeoMap.Rendering is tested on too.
/// </summary>
public sealed class MovementLabelTests(MovementLabelFixture server) : IClassFixture<MovementLabelFixture>
{
    private const string March = "from=2024-03-01&to=2024-03-31";

    [Fact]
    public async Task The_label_rule_writes_every_case_of_the_shared_table_as_the_renderer_does()
    {
        await using var browser = await server.OpenAsync($"/?{March}");
        var json = await File.ReadAllTextAsync(Path.Combine(WebServerFixture.RepositoryRoot, "tests", "cases", "movement-labels.json"));
        using var table = JsonDocument.Parse(json);

        // Each case as the page's own code (strengthLabels.ts) writes it, all in one evaluation.
        var labels = await browser.Page.EvaluateAsync<string?[]>("""
            (json) => JSON.parse(json).labels.map((c) => window.geomap.movementLabel(
              c.strength ? { min: c.strength[0], max: c.strength[1], text: '' } : null,
              c.start ? Date.parse(c.start) : null, c.end ? Date.parse(c.end) : null, c.precision, c.withYear))
            """, json);
        var expected = table.RootElement.GetProperty("labels").EnumerateArray().Select(c => c.GetProperty("label").GetString()).ToArray();
        Assert.Equal(expected, labels);

        var years = await browser.Page.EvaluateAsync<bool[]>("""
            (json) => JSON.parse(json).years.map((c) => window.geomap.labelsWithYear(c.from ? Date.parse(c.from) : null, c.to ? Date.parse(c.to) : null))
            """, json);
        Assert.Equal(table.RootElement.GetProperty("years").EnumerateArray().Select(c => c.GetProperty("withYear").GetBoolean()), years);
    }

    [Fact]
    public async Task Arrows_carry_their_strength_and_dates_and_the_legend_explains_them_with_the_year()
    {
        await using var browser = await server.OpenAsync($"/?c=-19.0000,64.6000&z=9.00&{March}");
        await browser.WaitForRenderAsync();
        var labels = await browser.Page.EvaluateAsync<Dictionary<string, string>>("() => window.geomap.strengthLabels()");

        // Every movement of this map is of 2024 (the shared fixture's of October and November too): no year on a day.
        Assert.Equal("800–12,000 · 8–13 Mar", labels[Id(server.Range)]);
        Assert.Equal("300 · Mar 2024", labels[Id(server.Stacked)]);
        Assert.Equal("20 Mar", labels[Id(server.Back)]);
        await Assertions.Expect(browser.Page.Locator("#legend [data-symbol=labels]")).ToHaveTextAsync("1,500 · 8–13 Oct troops · dates (2024)");
        await browser.ScreenshotAsync("labels-list-mode");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_arrows_width_goes_by_the_middle_of_its_strength_range()
    {
        // 800-12,000 is drawn by 6,400: the class 1,000-10,000, not that of its top (10,000-50,000); the movement of
        // March (300) is shown too.
        await using var browser = await server.OpenAsync($"/?c=-19.0000,64.6000&z=9.00&from=2024-03-08&to=2024-03-13");
        await browser.WaitForRenderAsync();
        Assert.Equal([server.Range, server.Stacked], await browser.ShownIdsAsync());
        var strengths = browser.Page.Locator("#legend .legend-strength");
        await Assertions.Expect(strengths).ToContainTextAsync("1,000 – 10,000 troops");
        await Assertions.Expect(strengths).Not.ToContainTextAsync("10,000 – 50,000");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Movements_between_the_same_places_fan_out_the_first_straight_and_the_one_back_to_the_other_side()
    {
        await using var browser = await server.OpenAsync($"/?c=-19.0000,64.6000&z=9.00&from=2024-03-20&to=2024-03-20");
        await browser.WaitForRenderAsync();
        // Numbered among every movement loaded, whatever the range: the one back is the third of its stack while the
        // first is not shown.
        Assert.Equal([server.Stacked, server.Back], await browser.ShownIdsAsync());
        var back = await browser.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.Back})");
        await browser.Page.ClickAsync("#time-all");
        var first = await browser.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.Range})");
        var second = await browser.Page.EvaluateAsync<double[][]>($"() => window.geomap.drawnRoute({server.Stacked})");

        // West to east along 64.6°N: the first straight, the second bowing north (left of its travel) by 0.12 of its
        // length at its control point (0.06 at its middle), the one back, third, south by twice that.
        Assert.Equal(2, first.Length);
        var chord = MovementLabelFixture.EastLon - MovementLabelFixture.WestLon;
        Assert.Equal(17, second.Length);
        Assert.Equal(MovementLabelFixture.WestLon + (chord / 2), second[8][0], 2);
        Assert.InRange(Bow(second[8][1]), 0.055 * chord, 0.065 * chord);
        Assert.Equal(17, back.Length);
        Assert.InRange(Bow(back[8][1]), -0.13 * chord, -0.11 * chord);
        Assert.Empty(browser.Errors);
    }

    // How far a latitude along the route's middle meridian is north of the route, in degrees of longitude (Mercator is
    // conformal: a map unit north is a map unit east), from the Mercator y of both.
    private static double Bow(double lat) =>
        (Mercator(lat) - Mercator(MovementLabelFixture.Lat)) * 180 / Math.PI;

    private static double Mercator(double lat) => Math.Log(Math.Tan((Math.PI / 4) + (lat * Math.PI / 360)));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The web fixture with three movements of March 2024 between two places in Iceland, two out and one back.</summary>
public sealed class MovementLabelFixture : WebServerFixture
{
    /// <summary>Where the two places are, on one parallel.</summary>
    public const double WestLon = -19.5, EastLon = -18.5, Lat = 64.6;

    /// <summary>West to east, 800-12,000, 8-13 March 2024 (days).</summary>
    public long Range { get; private set; }

    /// <summary>West to east, 300, March 2024 (a month).</summary>
    public long Stacked { get; private set; }

    /// <summary>East to west, no strength, 20 March 2024.</summary>
    public long Back { get; private set; }

    /// <inheritdoc />
    protected override async Task SeedMoreAsync()
    {
        var west = new Place { CuratedKey = "labels:west", Name = "Westfjord", CountryCode = "IS", FeatureCode = "PPL", Lon = WestLon, Lat = Lat };
        var east = new Place { CuratedKey = "labels:east", Name = "Eastfjord", CountryCode = "IS", FeatureCode = "PPL", Lon = EastLon, Lat = Lat };
        Movement Move(Place from, Place to, Strength? strength, Period period) => new()
        {
            Actor = "Iceland",
            Origin = from,
            Destination = to,
            Status = MovementStatus.Completed,
            Mode = TransportMode.Road,
            Strength = strength,
            Period = period,
            Sentence = $"Troops moved from {from.Name} to {to.Name}.",
            Confidence = 0.8,
        };

        // Each a tracked movement of its own, entered by hand: the grouping rule would join claims along one route.
        var report = new Report { Text = "Seeded by the label tests " + Guid.NewGuid().ToString("N"), PublishedAt = new DateTimeOffset(2024, 3, 25, 0, 0, 0, TimeSpan.Zero), Language = "en" };
        var reportId = (await new ReportRepository(Database.DataSource).AddAsync(report, [], [], "web-tests", CancellationToken.None)).Details.Report.Id;
        var repository = new MovementRepository(Database.DataSource);
        async Task<long> Add(Movement m) => (await repository.AddAsync(m with { ReportId = reportId }, "web-tests", CancellationToken.None)).Id;
        Range = await Add(Move(west, east, new Strength(800, 12_000, "800 to 12,000"), Period.Days(new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 13))));
        Stacked = await Add(Move(west, east, Strength.Exactly(300, "300"),
            new Period(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero), TimePrecision.Month)));
        Back = await Add(Move(east, west, null, Period.Days(new DateOnly(2024, 3, 20), new DateOnly(2024, 3, 20))));
    }
}

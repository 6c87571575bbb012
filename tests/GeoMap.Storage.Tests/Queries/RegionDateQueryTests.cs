using GeoMap.Core;
using GeoMap.Core.Movements;
using GeoMap.Core.Queries;
using GeoMap.Core.Regions;
using GeoMap.Core.Time;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using NetTopologySuite.Geometries;

namespace GeoMap.Storage.Tests.Queries;

/// <summary>The region + date query over a small fixed world; every test reads, none writes.</summary>
public sealed class RegionDateQueryTests(RegionDateQueryTests.World world) : IClassFixture<RegionDateQueryTests.World>
{
    public sealed class World : IAsyncLifetime
    {
        public DatabaseFixture Database { get; } = new();

        public Dictionary<string, long> Ids { get; } = [];

        public MovementRepository Movements => new(Database.DataSource);

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            var kyiv = Build.Place("Kyiv", 30.52, 50.45, 703448, "UA");
            var kharkiv = Build.Place("Kharkiv", 36.23, 49.99, 706483, "UA");
            var vladivostok = Build.Place("Vladivostok", 131.87, 43.11, 2013348, "RU");
            var ussuriysk = Build.Place("Ussuriysk", 131.95, 43.80, 2014006, "RU");
            var east = Build.Place("Anadyr side", 179.5, 65.0);
            var west = Build.Place("Alaska side", -179.5, 65.5);
            var hole = Build.Place("Inside the hole", 34.0, 50.0);
            var lisbon = Build.Place("Lisbon", -9.14, 38.72, 2267057, "PT");

            await Add("kyiv-kharkiv", Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), kyiv, kharkiv) with { ActorCountry = "RU", Status = MovementStatus.Completed });
            await Add("ussuriysk", Build.Movement("North Korea", Build.Days("2024-10-08", "2024-10-13"), vladivostok, ussuriysk) with { ActorCountry = "KP", Status = MovementStatus.Completed, Mode = TransportMode.Sea });
            await Add("east", Build.Movement("Russia", Build.Days("2024-10-01", "2024-10-02"), east));
            await Add("west", Build.Movement("United States", Build.Days("2024-10-01", "2024-10-02"), west));
            await Add("ongoing", Build.Movement("Russia", new Period(Build.Utc("2024-11-01"), null), kharkiv) with { Status = MovementStatus.UnderWay });
            await Add("old", Build.Movement("Russia", Build.Days("2023-03-01", "2023-03-05"), kyiv));
            await Add("hole", Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), hole));
            await Add("planned", Build.Movement("North Korea", Build.Days("2024-11-01", "2024-12-31"), lisbon) with { ActorCountry = "KP", Status = MovementStatus.Planned });

            var ukraine = (Polygon)GeometryFactories.Wgs84.ToGeometry(new Envelope(22.1, 40.2, 44.2, 52.4));
            await new RegionRepository(Database.DataSource).UpsertAsync(
                [new Region("UA", RegionKind.Country, "Ukraine", "UA", new Dictionary<string, string> { ["fr"] = "Ukraine", ["ru"] = "Украина", ["de"] = "Ukraine" }, ukraine)],
                CancellationToken.None);
        }

        public Task DisposeAsync() => Database.DisposeAsync();

        private async Task Add(string key, Movement movement) =>
            Ids[key] = (await Movements.AddAsync(movement, "test", CancellationToken.None)).Id;
    }

    public static TheoryData<string, string?, string?, string[]> BoxCases => new()
    {
        // bbox, from, to, expected keys
        { "35,49,37,51", "2024-10-01", "2024-10-31", ["kyiv-kharkiv"] },
        { "35,49,37,51", "2024-10-12", "2024-10-20", ["kyiv-kharkiv"] },            // period only partly overlaps
        { "35,49,37,51", "2024-10-14", "2024-10-20", [] },                          // [8 Oct, 14 Oct) ends before
        { "35,49,37,51", "2024-12-01", null, ["ongoing"] },                          // open end, open-ended movement
        { "29,49,32,52", null, "2023-12-31", ["old"] },                              // open start
        { "29,49,32,52", null, null, ["kyiv-kharkiv", "old"] },                      // no dates at all
        { "170,60,-170,70", "2024-10-01", "2024-10-02", ["east", "west"] },          // across the antimeridian
        { "170,60,180,70", "2024-10-01", "2024-10-02", ["east"] },
        { "170,60,179,70", "2024-10-01", "2024-10-02", [] },                          // 179.5 lies east of the box
        { "131,43,132.5,44.5", "2024-10-10", "2024-10-10", ["ussuriysk"] },          // a single day
        { "0,0,10,10", null, null, [] },
    };

    [Theory]
    [MemberData(nameof(BoxCases))]
    public async Task Region_query_returns_movements_crossing_the_box_in_the_range(string bbox, string? from, string? to, string[] expected)
    {
        var query = new MovementQuery
        {
            Region = RegionFilter.ForBox(BoundingBox.Parse(bbox)),
            From = from is null ? null : Build.Utc(from),
            To = to is null ? null : Build.Utc(to).AddDays(1).AddTicks(-1),
        };
        Assert.Equal(Keys(expected), await IdsOf(query));
    }

    [Fact]
    public async Task A_polygon_with_a_hole_excludes_what_lies_in_the_hole()
    {
        var polygon = GeometryValidation.ParseWkt("POLYGON((30 45, 40 45, 40 55, 30 55, 30 45), (33 49, 35 49, 35 51, 33 51, 33 49))", "geometry");
        var ids = await IdsOf(new MovementQuery { Region = RegionFilter.ForGeometry(polygon) });
        Assert.Contains(world.Ids["kyiv-kharkiv"], ids);
        Assert.DoesNotContain(world.Ids["hole"], ids);
    }

    [Theory]
    [InlineData("Ukraine")]
    [InlineData("ua")]
    [InlineData("Украина")]
    [InlineData("  ukraine ")]
    public async Task A_named_region_matches_in_any_language_or_by_code(string name)
    {
        var ids = await IdsOf(new MovementQuery { Region = RegionFilter.ForRegion(name), From = Build.Utc("2024-10-01"), To = Build.Utc("2024-10-31") });
        Assert.Equal(Keys(["kyiv-kharkiv", "hole"]), ids);
    }

    [Fact]
    public async Task An_unknown_region_is_an_error_that_suggests_close_names()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => world.Movements.QueryAsync(new MovementQuery { Region = RegionFilter.ForRegion("Ukrane") }, CancellationToken.None));
        Assert.Equal("region", error.Parameter);
        Assert.Contains("Ukraine (UA)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KP", new[] { "ussuriysk", "planned" })]
    [InlineData("north korea", new[] { "ussuriysk", "planned" })]
    [InlineData("Nobody", new string[0])]
    public async Task The_actor_filter_matches_name_or_country_code(string actor, string[] expected) =>
        Assert.Equal(Keys(expected), await IdsOf(new MovementQuery { Actor = actor }));

    [Fact]
    public async Task The_status_filter_keeps_only_that_status() =>
        Assert.Equal(Keys(["planned"]), await IdsOf(new MovementQuery { Status = MovementStatus.Planned }));

    [Fact]
    public async Task An_inverted_date_range_is_an_error_not_an_empty_answer()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => world.Movements.QueryAsync(new MovementQuery { From = Build.Utc("2024-10-31"), To = Build.Utc("2024-10-01") }, CancellationToken.None));
        Assert.Equal("datetime", error.Parameter);
    }

    [Fact]
    public async Task Count_ignores_limit_and_cursor()
    {
        var query = new MovementQuery { Region = RegionFilter.ForBox(BoundingBox.Parse("29,49,37,52")), Limit = 1 };
        Assert.Equal(4, await world.Movements.CountAsync(query, CancellationToken.None));
    }

    private SortedSet<long> Keys(IEnumerable<string> keys) => [.. keys.Select(k => world.Ids[k])];

    private async Task<SortedSet<long>> IdsOf(MovementQuery query)
    {
        var page = await world.Movements.QueryAsync(query with { Limit = 1000 }, CancellationToken.None);
        Assert.Null(page.NextCursor);
        return [.. page.Items.Select(m => m.Id)];
    }
}

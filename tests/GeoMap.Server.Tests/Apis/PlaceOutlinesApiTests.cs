using GeoMap.Core;
using GeoMap.Core.Places;
using GeoMap.Core.Regions;
using GeoMap.Storage.Repositories;
using GeoMap.Server.Json;
using NetTopologySuite.Geometries;

namespace GeoMap.Server.Tests.Apis;

/// <summary><c>/api/places/outlines?keys=</c>: the outlines the web client draws for the countries and regions movements go to.</summary>
public sealed class PlaceOutlinesApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Only_stored_areas_with_an_outline_answer_each_under_its_key()
    {
        await new RegionRepository(server.Database.DataSource).UpsertAsync(
            [new Region("MD", RegionKind.Country, "Moldova", "MD", new Dictionary<string, string>(), Box(26.6, 45.4, 30.2, 48.5))], CancellationToken.None);
        var places = new PlaceRepository(server.Database.DataSource);
        await places.UpsertAsync(new Place { GeonameId = 617790, Name = "Moldova", Kind = PlaceKind.Country, FeatureCode = "PCLI", CountryCode = "MD", Lon = 28.5, Lat = 47.25 }, CancellationToken.None);
        await places.UpsertAsync(new Place { GeonameId = 618426, Name = "Chișinău", FeatureCode = "PPLC", CountryCode = "MD", Lon = 28.86, Lat = 47.0 }, CancellationToken.None);

        var found = await (await server.Client().GetAsync("/api/places/outlines?keys=gn:618426,gn:617790,gn:1,nonsense")).JsonAsync();

        var feature = Assert.Single(found.GetProperty("features").EnumerateArray());
        Assert.Equal("gn:617790", feature.GetProperty("id").GetString());
        Assert.Equal("MultiPolygon", feature.GetProperty("geometry").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    [InlineData("many")]
    public async Task No_keys_or_too_many_are_a_problem_naming_keys(string keys)
    {
        var value = keys == "many" ? string.Join(',', Enumerable.Range(1, 101).Select(i => $"gn:{i}")) : keys;
        var problem = await (await server.Client().GetAsync($"/api/places/outlines?keys={Uri.EscapeDataString(value)}")).ProblemAsync(400);
        Assert.Contains("keys", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outlines_asked_for_a_zoom_are_small_valid_and_within_the_zooms_tolerance()
    {
        var coast = await StoreCoastlandAsync();
        var client = server.Client();
        async Task<(long Bytes, MultiPolygon Outline)> AtAsync(string query)
        {
            var response = await client.GetAsync($"/api/places/outlines?keys=gn:3144096{query}");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync();
            using var json = System.Text.Json.JsonDocument.Parse(body);
            var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
            return (body.Length, Assert.IsType<MultiPolygon>(GeoJson.ParseGeometry(feature.GetProperty("geometry"), "geometry")));
        }

        var (fullBytes, full) = await AtAsync("");
        Assert.Equal(coast.NumPoints, full.NumPoints);
        Assert.True(fullBytes > 1_000_000, $"{fullBytes} bytes as stored");
        var sizes = new List<long>();
        foreach (var zoom in new[] { 3, 6, 9 })
        {
            var (bytes, outline) = await AtAsync($"&zoom={zoom}");
            sizes.Add(bytes);
            Assert.True(outline.IsValid, $"zoom {zoom}: invalid");
            // Every point of each outline lies within a pixel of the other (twice the tolerance: the simplification and the grid).
            var tolerance = Core.Regions.OutlineSimplifier.Tolerance(zoom, 61);
            var distance = NetTopologySuite.Algorithm.Distance.DiscreteHausdorffDistance.Distance(outline.Geometries[0], coast.Geometries[0]);
            Assert.True(distance <= 2 * tolerance, $"zoom {zoom}: {distance} from the stored coast, tolerance {tolerance}");
        }

        Assert.True(sizes[0] < 20_000, $"zoom 3: {sizes[0]} bytes");
        Assert.True(sizes[0] < sizes[1] && sizes[1] < sizes[2] && sizes[2] < fullBytes / 4, string.Join(", ", sizes));
    }

    [Fact]
    public async Task Islands_under_a_pixel_are_left_out_at_low_zooms_and_kept_deeper()
    {
        await StoreCoastlandAsync();
        var client = server.Client();
        async Task<int> PartsAsync(int zoom)
        {
            var found = await (await client.GetAsync($"/api/places/outlines?keys=gn:3144096&zoom={zoom}")).JsonAsync();
            return Assert.IsType<MultiPolygon>(GeoJson.ParseGeometry(found.GetProperty("features")[0].GetProperty("geometry"), "geometry")).NumGeometries;
        }

        // The islands are 0.01° across: under a pixel at zoom 4 (0.35°), several pixels at zoom 12.
        Assert.Equal(1, await PartsAsync(4));
        Assert.Equal(1 + IslandCount, await PartsAsync(12));
    }

    [Fact]
    public async Task An_outline_answer_carries_an_etag_and_a_matching_request_is_not_modified()
    {
        await StoreCoastlandAsync();
        var client = server.Client();
        var first = await client.GetAsync("/api/places/outlines?keys=gn:3144096&zoom=5");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge: not null }, first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/places/outlines?keys=gn:3144096&zoom=5");
        again.Headers.IfNoneMatch.Add(tag);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.NotEqual(tag, (await client.GetAsync("/api/places/outlines?keys=gn:3144096&zoom=6")).Headers.ETag);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("23")]
    [InlineData("4.5")]
    [InlineData("far")]
    public async Task A_zoom_that_is_not_a_map_zoom_is_a_problem_naming_zoom(string zoom)
    {
        var problem = await (await server.Client().GetAsync($"/api/places/outlines?keys=gn:617790&zoom={Uri.EscapeDataString(zoom)}")).ProblemAsync(400);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("zoom", detail, StringComparison.Ordinal);
        Assert.Contains("0 to 22", detail, StringComparison.Ordinal);
    }

    private const int IslandCount = 40;

    /// <summary>
    /// Stores "Coastland" (NO, geonames 3144096): a jagged coast of 60,000 points around 61° N, about 10° by 5°, with
    /// <see cref="IslandCount"/> square islands 0.01° across off it; returns it as stored.
    /// </summary>
    private async Task<MultiPolygon> StoreCoastlandAsync()
    {
        var random = new Random(13);
        const int Points = 60_000;
        var ring = new NetTopologySuite.Geometries.Coordinate[Points + 1];
        for (var i = 0; i < Points; i++)
        {
            var angle = 2 * Math.PI * i / Points;
            // Fjords: a little noise on every point and slower bays, all well inside the ring's half-width.
            var radius = 1 + (0.02 * (random.NextDouble() - 0.5)) + (0.05 * Math.Sin(angle * 37));
            ring[i] = new(10 + (5 * radius * Math.Cos(angle)), 61 + (2.5 * radius * Math.Sin(angle)));
        }

        ring[Points] = ring[0];
        var factory = GeometryFactories.Wgs84;
        var parts = new List<Polygon> { factory.CreatePolygon(ring) };
        for (var i = 0; i < IslandCount; i++)
        {
            var (x, y) = (16.5 + (0.1 * (i % 10)), 60 + (0.1 * (i / 10)));
            parts.Add(factory.CreatePolygon([new(x, y), new(x + 0.01, y), new(x + 0.01, y + 0.01), new(x, y + 0.01), new(x, y)]));
        }

        var coast = factory.CreateMultiPolygon([.. parts]);
        Assert.True(coast.IsValid);
        await new RegionRepository(server.Database.DataSource).UpsertAsync(
            [new Region("NO", RegionKind.Country, "Coastland", "NO", new Dictionary<string, string>(), coast)], CancellationToken.None);
        await new PlaceRepository(server.Database.DataSource).UpsertAsync(
            new Place { GeonameId = 3144096, Name = "Coastland", Kind = PlaceKind.Country, FeatureCode = "PCLI", CountryCode = "NO", Lon = 10, Lat = 61 }, CancellationToken.None);
        return coast;
    }

    private static MultiPolygon Box(double west, double south, double east, double north) => GeometryFactories.Wgs84.CreateMultiPolygon(
        [GeometryFactories.Wgs84.CreatePolygon([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)])]);
}

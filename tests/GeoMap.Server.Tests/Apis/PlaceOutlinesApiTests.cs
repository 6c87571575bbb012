using GeoMap.Core;
using GeoMap.Core.Places;
using GeoMap.Core.Regions;
using GeoMap.Storage.Repositories;
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

    private static MultiPolygon Box(double west, double south, double east, double north) => GeometryFactories.Wgs84.CreateMultiPolygon(
        [GeometryFactories.Wgs84.CreatePolygon([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)])]);
}

using GeoMap.Core;
using GeoMap.Core.Places;
using GeoMap.Core.Regions;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;
using NetTopologySuite.Geometries;

namespace GeoMap.Storage.Tests.Repositories;

/// <summary>The outlines maps draw for the countries and regions movements go to, found from the places themselves.</summary>
public sealed class RegionAreaTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_country_is_found_by_its_code_a_region_by_its_country_and_admin1_and_a_town_has_no_outline()
    {
        var repository = new RegionRepository(database.DataSource);
        await repository.UpsertAsync(
        [
            new Region("MD", RegionKind.Country, "Moldova", "MD", new Dictionary<string, string>(), Box(26.6, 45.4, 30.2, 48.5)),
            new Region("MD-CU", RegionKind.Admin1, "Chișinău", "MD", new Dictionary<string, string>(), Box(28.6, 46.9, 29.1, 47.2), GeonamesAdmin1: "57"),
        ], CancellationToken.None);

        Place country = new() { GeonameId = 617790, Name = "Moldova", Kind = PlaceKind.Country, FeatureCode = "PCLI", CountryCode = "MD", Lon = 28.5, Lat = 47.25 };
        Place region = new() { GeonameId = 618069, Name = "Chișinău Municipality", Kind = PlaceKind.Region, FeatureCode = "ADM1", CountryCode = "MD", Admin1Code = "57", Lon = 28.85, Lat = 47.0 };
        Place otherRegion = region with { GeonameId = 1, Admin1Code = "99" };
        Place town = new() { GeonameId = 618426, Name = "Chișinău", CountryCode = "MD", Admin1Code = "57", Lon = 28.86, Lat = 47.0 };

        var areas = await repository.AreasAsync([country, region, otherRegion, town, country], CancellationToken.None);

        Assert.Equal([country.Key, region.Key], areas.Keys.Order(StringComparer.Ordinal));
        Assert.True(areas[country.Key].Contains(country.ToPoint()));
        Assert.Equal(new Envelope(28.6, 29.1, 46.9, 47.2), areas[region.Key].EnvelopeInternal);
    }

    [Fact]
    public async Task A_region_without_an_admin1_code_is_found_by_its_name_in_its_country_in_any_language()
    {
        var repository = new RegionRepository(database.DataSource);
        await repository.UpsertAsync(
        [
            new Region("MD-TA", RegionKind.Admin1, "Taraclia", "MD", new Dictionary<string, string> { ["ru"] = "Тараклийский район" }, Box(28.5, 45.7, 28.9, 46.1), GeonamesAdmin1: "87"),
            new Region("RO-CT", RegionKind.Admin1, "Constanța", "RO", new Dictionary<string, string>(), Box(27.8, 43.7, 28.9, 44.7), GeonamesAdmin1: "14"),
        ], CancellationToken.None);

        Place curated = new() { CuratedKey = "region:taraclia", Name = "Тараклийский район", Kind = PlaceKind.Region, CountryCode = "MD", Lon = 28.7, Lat = 45.9 };
        Place folded = new() { CuratedKey = "region:constanta", Name = "CONSTANTA", Kind = PlaceKind.Region, CountryCode = "RO", Lon = 28.3, Lat = 44.2 };
        Place wrongCountry = new() { CuratedKey = "region:taraclia-ro", Name = "Taraclia", Kind = PlaceKind.Region, CountryCode = "RO", Lon = 28.7, Lat = 45.9 };
        Place unknown = new() { CuratedKey = "region:donbas", Name = "Donbas", Kind = PlaceKind.Region, CountryCode = "MD", Lon = 38, Lat = 48 };

        var areas = await repository.AreasAsync([curated, folded, wrongCountry, unknown], CancellationToken.None);

        Assert.Equal([folded.Key, curated.Key], areas.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new Envelope(28.5, 28.9, 45.7, 46.1), areas[curated.Key].EnvelopeInternal);
        Assert.Equal(new Envelope(27.8, 28.9, 43.7, 44.7), areas[folded.Key].EnvelopeInternal);
    }

    private static MultiPolygon Box(double west, double south, double east, double north) => GeometryFactories.Wgs84.CreateMultiPolygon(
        [GeometryFactories.Wgs84.CreatePolygon([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)])]);
}

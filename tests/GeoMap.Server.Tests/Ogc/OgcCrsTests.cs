using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GeoMap.Server.Tests.Ogc;

/// <summary>OGC API - Features Part 2: items in EPSG:4326 (lat, lon) and EPSG:3857, and a bbox given in either.</summary>
public sealed class OgcCrsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Epsg4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private const string Epsg3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";
    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private async Task<(string Actor, long Id)> SeedAsync()
    {
        var actor = "Crs" + Guid.NewGuid().ToString("N")[..6];
        var ids = await server.SeedAsync([ServerFixture.Movement(actor, ServerFixture.Place("CrsA", 30.0, 50.0), ServerFixture.Place("CrsB", 36.0, 49.0), "2022-02-24", "2022-02-25")]);
        return (actor, ids[0]);
    }

    private static double[] FirstPosition(JsonElement feature) =>
        feature.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().Select(v => v.GetDouble()).ToArray();

    [Fact]
    public async Task Collections_list_the_supported_crs_and_conformance_declares_part_2()
    {
        var collection = await (await server.Client().GetAsync("/ogc/collections/movements")).JsonAsync();
        Assert.Equal([Crs84, Epsg4326, Epsg3857], collection.GetProperty("crs").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(Crs84, collection.GetProperty("storageCrs").GetString());
        var conformance = await (await server.Client().GetAsync("/ogc/conformance")).JsonAsync();
        Assert.Contains(conformance.GetProperty("conformsTo").EnumerateArray(), c => c.GetString()!.EndsWith("features-2/1.0/conf/crs", StringComparison.Ordinal));
    }

    public static TheoryData<string, double, double> Positions => new()
    {
        { Crs84, 30.0, 50.0 },
        { Epsg4326, 50.0, 30.0 },
        { Epsg3857, 3339584.72, 6446275.84 },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public async Task Items_and_single_features_come_in_the_asked_crs_with_a_content_crs_header(string crs, double first, double second)
    {
        var (actor, id) = await SeedAsync();
        var page = await server.Client().GetAsync($"/ogc/collections/movements/items?actor={actor}&crs={Uri.EscapeDataString(crs)}");
        Assert.Equal($"<{crs}>", page.Headers.GetValues("Content-Crs").Single());
        var position = FirstPosition((await page.JsonAsync()).GetProperty("features")[0]);
        Assert.Equal(first, position[0], 0.01);
        Assert.Equal(second, position[1], 0.01);

        var one = await server.Client().GetAsync($"/ogc/collections/movements/items/{id}?crs={Uri.EscapeDataString(crs)}");
        Assert.Equal($"<{crs}>", one.Headers.GetValues("Content-Crs").Single());
        var feature = await one.JsonAsync();
        Assert.Equal(first, FirstPosition(feature)[0], 0.01);
        Assert.Equal(actor, feature.GetProperty("properties").GetProperty("actor").GetString());
    }

    public static TheoryData<string, string> Boxes => new()
    {
        { Epsg4326, "49.5,29.5,50.5,30.5" },
        { Epsg3857, "3283919,6359000,3395251,6535000" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public async Task A_bbox_in_another_crs_selects_the_same_movements(string crs, string box)
    {
        var (actor, id) = await SeedAsync();
        var page = await (await server.Client().GetAsync($"/ogc/collections/movements/items?actor={actor}&bbox={box}&bbox-crs={Uri.EscapeDataString(crs)}")).JsonAsync();
        Assert.Equal([id], page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
        var miss = await (await server.Client().GetAsync($"/ogc/collections/movements/items?actor={actor}&bbox=10,10,11,11&bbox-crs={Uri.EscapeDataString(Epsg4326)}")).JsonAsync();
        Assert.Equal(0, miss.GetProperty("numberReturned").GetInt32());
    }

    [Theory]
    [InlineData("crs")]
    [InlineData("bbox-crs")]
    public async Task An_unsupported_crs_is_a_400_listing_the_supported_ones(string parameter)
    {
        var problem = await (await server.Client().GetAsync($"/ogc/collections/places/items?bbox=1,2,3,4&{parameter}=http://www.opengis.net/def/crs/EPSG/0/2154")).ProblemAsync(400);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(Epsg3857, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

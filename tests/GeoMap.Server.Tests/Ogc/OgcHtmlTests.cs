using System.Net;
using System.Net.Http.Headers;

namespace GeoMap.Server.Tests.Ogc;

/// <summary>The HTML encoding of the OGC API: a browser gets pages, every stored value escaped; GIS clients keep JSON.</summary>
public sealed class OgcHtmlTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Hostile = "<script>alert('x')</script> & \"Co\"";

    private HttpClient Browser()
    {
        var client = server.Client();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }

    [Fact]
    public async Task A_browser_gets_the_landing_page_and_collections_as_html_with_links_that_stay_html()
    {
        var landing = await Browser().GetAsync("/ogc").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", landing.Content.Headers.ContentType?.MediaType);
        var page = await landing.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("/ogc/collections?f=html\"", page, StringComparison.Ordinal);

        var collections = await (await Browser().GetAsync("/ogc/collections")).Content.ReadAsStringAsync();
        Assert.Contains("/ogc/collections/movements?f=html\"", collections, StringComparison.Ordinal);
        Assert.Contains("<table>", collections, StringComparison.Ordinal);

        // GDAL and QGIS ask for JSON and get it, as does f=json from a browser.
        var gis = server.Client();
        gis.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/geo+json"));
        gis.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Assert.Equal("application/json", (await gis.GetAsync("/ogc")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", (await Browser().GetAsync("/ogc?f=json")).Content.Headers.ContentType?.MediaType);
        await (await server.Client().GetAsync("/ogc/collections?f=xml")).ProblemAsync(400);
    }

    [Fact]
    public async Task Items_and_a_feature_as_html_escape_every_stored_value()
    {
        var from = ServerFixture.Place("Vladivostok", 131.89, 43.12);
        var to = ServerFixture.Place("Ussuriysk", 131.95, 43.80);
        var id = (await server.SeedAsync([ServerFixture.Movement(Hostile, from, to, "2024-10-08", "2024-10-13")]))[0];

        var items = await (await Browser().GetAsync("/ogc/collections/movements/items?f=html&bbox=131,43,133,44")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", items, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", items, StringComparison.Ordinal);
        Assert.Contains($"/ogc/collections/movements/items/{id}?f=html\"", items, StringComparison.Ordinal);

        var feature = await Browser().GetAsync($"/ogc/collections/movements/items/{id}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", feature.Content.Headers.ContentType?.MediaType);
        var page = await feature.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Co&quot;", page, StringComparison.Ordinal);
        Assert.Contains("LineString", page, StringComparison.Ordinal);
    }
}

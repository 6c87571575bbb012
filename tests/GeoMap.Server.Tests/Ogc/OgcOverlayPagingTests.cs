using GeoMap.Core;
using GeoMap.Core.Overlays;
using GeoMap.Storage.Repositories;
using NetTopologySuite.Geometries;

namespace GeoMap.Server.Tests.Ogc;

public sealed class OgcOverlayPagingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Overlay_items_page_with_next_links_and_honour_bbox()
    {
        var overlays = new OverlayRepository(server.Database.DataSource);
        var stored = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = Guid.NewGuid();
            await overlays.AddAsync(new Overlay { Id = id, Title = $"Scene {i}", AcquiredAt = new DateTimeOffset(2024, 10, 10 + i, 0, 0, 0, TimeSpan.Zero) }, CancellationToken.None);
            var footprint = (Polygon)GeometryFactories.Wgs84.ToGeometry(new Envelope(131.9 + (i * 0.01), 131.905 + (i * 0.01), 43.8, 43.805));
            await overlays.MarkReadyAsync(id, footprint, 10, 16, CancellationToken.None);
            stored.Add(id);
        }

        var seen = new List<string>();
        var url = "/ogc/collections/overlays/items?limit=2&bbox=131,43,133,44";
        var pages = 0;
        while (url is not null)
        {
            var page = await (await server.Client().GetAsync(url)).JsonAsync();
            pages++;
            seen.AddRange(page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").ToString()));
            url = page.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("rel").GetString() == "next").Select(l => l.GetProperty("href").GetString()).FirstOrDefault();
            Assert.True(pages <= 5, "the next links do not end");
        }

        Assert.Equal(3, pages);
        Assert.Equal(stored.Select(g => g.ToString()).Order(StringComparer.Ordinal), seen.Select(s => Guid.Parse(s).ToString()).Order(StringComparer.Ordinal));
        var outside = await (await server.Client().GetAsync("/ogc/collections/overlays/items?bbox=0,0,1,1")).JsonAsync();
        Assert.Empty(outside.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task A_forged_overlay_cursor_is_a_400_naming_the_cursor()
    {
        var problem = await (await server.Client().GetAsync("/ogc/collections/overlays/items?cursor=../../etc/passwd")).ProblemAsync(400);
        Assert.Equal("cursor", problem.GetProperty("parameter").GetString());
    }
}

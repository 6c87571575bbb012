using GeoMap.Core.Queries;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Queries;

public sealed class PagingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Keyset_paging_visits_every_match_once_in_id_order()
    {
        var movements = new MovementRepository(database.DataSource);
        var added = new List<long>();
        for (var i = 0; i < 250; i++)
        {
            var place = Build.Place($"Point {i}", 10 + (i % 50 * 0.01), 20 + (i / 50 * 0.01));
            added.Add((await movements.AddAsync(Build.Movement("Paging", Build.Days("2024-05-01", "2024-05-02"), place), "test", CancellationToken.None)).Id);
        }

        var seen = new List<long>();
        var query = new MovementQuery { Region = RegionFilter.ForBox(BoundingBox.Parse("9.9,19.9,10.6,20.1")), Limit = 100 };
        var pages = 0;
        while (true)
        {
            var page = await movements.QueryAsync(query, CancellationToken.None);
            pages++;
            seen.AddRange(page.Items.Select(m => m.Id));
            if (page.NextCursor is null)
            {
                break;
            }

            query = query with { After = page.NextCursor };
        }

        Assert.Equal(3, pages);
        Assert.Equal(added, seen);
    }

    [Fact]
    public async Task A_first_page_can_bring_the_total_match_count_with_it()
    {
        var movements = new MovementRepository(database.DataSource);
        for (var i = 0; i < 30; i++)
        {
            await movements.AddAsync(Build.Movement("Counting", Build.Days("2024-06-01", "2024-06-02"), Build.Place($"C{i}", -40 + (i * 0.01), -20)), "test", CancellationToken.None);
        }

        var query = new MovementQuery { Region = RegionFilter.ForBox(BoundingBox.Parse("-40.1,-20.1,-39,-19.9")), Limit = 7 };
        var first = await movements.QueryAsync(query, CancellationToken.None, countTotal: true);
        Assert.Equal(30, first.TotalMatched);
        Assert.Equal(await movements.CountAsync(query, CancellationToken.None), first.TotalMatched);
        Assert.Null((await movements.QueryAsync(query, CancellationToken.None)).TotalMatched);
        Assert.Null((await movements.QueryAsync(query with { After = first.NextCursor }, CancellationToken.None, countTotal: true)).TotalMatched);
        Assert.Equal(0, (await movements.QueryAsync(query with { Region = RegionFilter.ForBox(BoundingBox.Parse("0,0,0.001,0.001")) }, CancellationToken.None, countTotal: true)).TotalMatched);
    }
}

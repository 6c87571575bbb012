using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Repositories;

public sealed class MovementEditTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly MovementRepository movements = new(database.DataSource);

    [Fact]
    public async Task Every_edit_is_recorded_with_who_and_the_row_before_and_after()
    {
        var kursk = Build.Place("Kursk", 36.19, 51.73, 538560, "RU");
        var added = await movements.AddAsync(Build.Movement("North Korea", Build.Days("2024-11-01", "2024-11-05"), kursk) with { Strength = Strength.Exactly(1000, "1,000") }, "alice", CancellationToken.None);

        var corrected = await movements.UpdateAsync(added.Id, added with { Strength = Strength.Exactly(1500, "1,500"), Status = MovementStatus.Completed }, "bob", CancellationToken.None);
        Assert.NotNull(corrected);
        Assert.Equal(1500, corrected.Strength?.Min);
        Assert.Equal("bob", corrected.UpdatedBy);
        Assert.Equal("alice", corrected.CreatedBy);
        Assert.True(await movements.DeleteAsync(added.Id, "carol", CancellationToken.None));
        Assert.Null(await movements.GetAsync(added.Id, CancellationToken.None));

        var edits = await movements.EditsAsync(added.Id, CancellationToken.None);
        Assert.Equal(["create", "update", "delete"], edits.Select(e => e.Action));
        Assert.Equal(["alice", "bob", "carol"], edits.Select(e => e.EditedBy));
        Assert.Equal(1000, JsonDocument.Parse(edits[1].BeforeJson!).RootElement.GetProperty("strength_min").GetInt32());
        Assert.Equal(1500, JsonDocument.Parse(edits[1].AfterJson!).RootElement.GetProperty("strength_min").GetInt32());
        Assert.Null(edits[2].AfterJson);
    }

    [Fact]
    public async Task Editing_or_deleting_a_missing_movement_says_so()
    {
        Assert.Null(await movements.UpdateAsync(987654321, Build.Movement("X", Build.Days("2024-01-01", "2024-01-01")), "bob", CancellationToken.None));
        Assert.False(await movements.DeleteAsync(987654321, "bob", CancellationToken.None));
    }
}

using GeoMap.Core.Movements;
using GeoMap.Core.Time;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Repositories;

public sealed class MovementKindStorageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly MovementRepository movements = new(database.DataSource);

    [Theory]
    [InlineData(MovementKind.Deployment)]
    [InlineData(MovementKind.Withdrawal)]
    [InlineData(MovementKind.Advance)]
    [InlineData(MovementKind.Transit)]
    [InlineData(MovementKind.Unknown)]
    public async Task The_kind_is_stored_and_read_back(MovementKind kind)
    {
        var kherson = Build.Place("Kherson", 32.62, 46.64, 706448, "UA");
        var added = await movements.AddAsync(Build.Movement("Ukraine", Build.Days("2025-03-11", "2025-03-11"), kherson) with { Kind = kind }, "alice", CancellationToken.None);
        Assert.Equal(kind, (await movements.GetAsync(added.Id, CancellationToken.None))!.Kind);

        var changed = await movements.UpdateAsync(added.Id, added with { Kind = MovementKind.Withdrawal }, "bob", CancellationToken.None);
        Assert.Equal(MovementKind.Withdrawal, changed!.Kind);
    }

    [Fact]
    public async Task A_movement_whose_report_gives_no_time_keeps_an_unknown_period()
    {
        var kherson = Build.Place("Kherson", 32.62, 46.64, 706448, "UA");
        var added = await movements.AddAsync(Build.Movement("Ukraine", Period.Unbounded, kherson), "alice", CancellationToken.None);
        var read = (await movements.GetAsync(added.Id, CancellationToken.None))!;
        Assert.Null(read.Period.Start);
        Assert.Null(read.Period.End);
        Assert.Equal(TimePrecision.Unknown, read.Period.Precision);
    }
}

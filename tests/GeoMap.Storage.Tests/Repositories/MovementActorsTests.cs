using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Repositories;

/// <summary>The stored actors a briefing image assigns its colours over (<see cref="MovementRepository.ActorsAsync"/>).</summary>
public sealed class MovementActorsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_stored_actor_is_listed_once_by_its_lower_cased_name_and_null_last_for_a_movement_without_one()
    {
        var movements = new MovementRepository(database.DataSource);
        var origin = Build.Place("Actorford", 40.10, -20.10, country: "ZZ");
        var destination = Build.Place("Actorham", 40.20, -20.20, country: "ZZ");
        // A month apart, so that no two are taken for claims of one movement.
        string?[] actors = ["Niger", "NIGER", "Burkina Faso", null, "niger"];
        foreach (var (actor, month) in actors.Select((a, i) => (a, i + 1)))
        {
            var day = $"2024-{month:00}-01";
            await movements.AddAsync(Build.Movement(actor ?? "", Build.Days(day, day), origin, destination) with { Actor = actor }, "test", CancellationToken.None);
        }

        Assert.Equal<IEnumerable<string?>>(["burkina faso", "niger", null], await movements.ActorsAsync(CancellationToken.None));
    }
}

using GeoMap.Storage.Migrations;
using GeoMap.Testing;
using Npgsql;

namespace GeoMap.Storage.Tests.Migrations;

public sealed class MigratorTests : IAsyncLifetime
{
    private string database = "";
    private NpgsqlDataSource dataSource = null!;

    public async Task InitializeAsync()
    {
        // An empty database (no template): the migrations must build everything from nothing.
        var cluster = await TestCluster.GetAsync();
        database = "empty_" + Guid.NewGuid().ToString("N")[..16];
        await cluster.EnsureDatabaseAsync(database, CancellationToken.None);
        dataSource = GeoMapDataSource.Create(cluster.ConnectionStringFor(database));
    }

    public async Task DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await (await TestCluster.GetAsync()).DropDatabaseAsync(database, CancellationToken.None);
    }

    [Fact]
    public async Task Migrations_apply_from_empty_and_a_rerun_applies_nothing()
    {
        var migrator = new Migrator(dataSource);
        var first = await migrator.MigrateAsync(CancellationToken.None);
        Assert.Equal(Migration.Embedded().Select(m => m.Version), first);

        var second = await migrator.MigrateAsync(CancellationToken.None);
        Assert.Empty(second);
        Assert.Equal(first.Count, (await migrator.AppliedAsync(CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData("movements", "movements_geom_period_gix")]
    [InlineData("movements", "movements_period_gix")]
    [InlineData("places", "places_geom_gix")]
    [InlineData("overlays", "overlays_footprint_gix")]
    [InlineData("regions", "regions_geom_gix")]
    public async Task Geometries_and_periods_have_gist_indexes(string table, string index)
    {
        await new Migrator(dataSource).MigrateAsync(CancellationToken.None);
        await using var command = dataSource.CreateCommand("SELECT indexdef FROM pg_indexes WHERE tablename = $1 AND indexname = $2");
        command.Parameters.Add(new() { Value = table });
        command.Parameters.Add(new() { Value = index });
        var definition = (string?)await command.ExecuteScalarAsync();
        Assert.NotNull(definition);
        Assert.Contains("USING gist", definition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_migration_leaves_the_database_as_it_was()
    {
        var good = Migration.Embedded();
        await new Migrator(dataSource, good).MigrateAsync(CancellationToken.None);
        var broken = Migration.Parse("9001_broken", "CREATE TABLE half_done (x int); INSERT INTO half_done VALUES (1); SELECT 1/0;");

        var error = await Assert.ThrowsAsync<MigrationException>(() => new Migrator(dataSource, [.. good, broken]).MigrateAsync(CancellationToken.None));

        Assert.Contains("9001_broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("rolled back", error.Message, StringComparison.Ordinal);
        await using var exists = dataSource.CreateCommand("SELECT to_regclass('half_done') IS NULL");
        Assert.True((bool)(await exists.ExecuteScalarAsync())!);
        Assert.DoesNotContain(9001, (await new Migrator(dataSource).AppliedAsync(CancellationToken.None)).Keys);
    }

    [Fact]
    public async Task An_applied_migration_that_was_edited_is_refused()
    {
        var original = Migration.Parse("9002_extra", "CREATE TABLE extra (x int);");
        await new Migrator(dataSource, [.. Migration.Embedded(), original]).MigrateAsync(CancellationToken.None);
        var edited = Migration.Parse("9002_extra", "CREATE TABLE extra (x int, y int);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => new Migrator(dataSource, [.. Migration.Embedded(), edited]).MigrateAsync(CancellationToken.None));
        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
    }
}

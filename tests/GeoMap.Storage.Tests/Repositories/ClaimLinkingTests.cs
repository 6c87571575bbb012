using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Core.Time;
using GeoMap.Storage.Migrations;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Repositories;

public sealed class ClaimLinkingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly ReportRepository reports = new(database.DataSource);
    private readonly MovementRepository movements = new(database.DataSource);

    // Each test gets its own stretch of map so that tests sharing the database never link to each other's movements.
    private static (Place Town, Place Base, Place Port) Places()
    {
        var (lon, lat) = MapStretches.Next(20, -40);
        var id = Random.Shared.NextInt64(10_000_000, 90_000_000);
        return (Build.Place("Town" + id, lon, lat, id), Build.Place("Base" + id, lon + 0.05, lat, id + 1), Build.Place("Port" + id, lon + 2, lat + 1, id + 2));
    }

    private async Task<(long Report, long Movement)> IngestAsync(ReportRepository repository, string actor, Place to, Place? from, string first, string last, int strength, string source, string outlet, string published,
        MovementKind kind = MovementKind.Deployment)
    {
        var movement = Build.Movement(actor, Build.Days(first, last), from is null ? [to] : [from, to]) with
        {
            Kind = kind,
            Strength = Strength.Exactly(strength, strength.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Source = new Attribution(source),
            Status = MovementStatus.Completed,
            Confidence = 0.6,
        };
        var report = new Report { Text = $"{actor} {strength} to {to.Name} per {source} via {outlet} {Guid.NewGuid()}", PublishedAt = Build.Utc(published), SourceAgency = outlet, Language = "en" };
        var stored = await repository.AddAsync(report, [], [movement], "test", CancellationToken.None);
        return (stored.Details.Report.Id, stored.Details.Movements.Single().Id);
    }

    [Fact]
    public async Task Three_reports_of_one_movement_are_three_claims_of_one_tracked_movement()
    {
        var (town, @base, port) = Places();
        var a = await IngestAsync(reports, "Russia", town, port, "2024-10-08", "2024-10-13", 1500, "NIS", "Yonhap", "2024-10-18");
        var b = await IngestAsync(reports, "Russia", @base, null, "2024-10-10", "2024-10-12", 3000, "Japan's defence ministry", "Kyodo", "2024-10-19");
        var c = await IngestAsync(reports, "Russia", town, null, "2024-10-08", "2024-10-13", 1500, "NIS", "Korea Herald", "2024-10-19");

        Assert.Equal(a.Movement, b.Movement);
        Assert.Equal(a.Movement, c.Movement);
        var tracked = (await movements.GetAsync(a.Movement, CancellationToken.None))!;
        Assert.Equal(3, tracked.Corroboration!.ClaimCount);
        Assert.Equal(2, tracked.Corroboration.SourceCount);
        Assert.Equal((1500, 3000), (tracked.Strength!.Min, tracked.Strength.Max));
        Assert.Equal(town.Name, tracked.Destination!.Name);
        Assert.Contains(tracked.Corroboration.Flags, f => f.Kind == ContradictionKinds.Strength);

        var claims = await movements.ClaimsAsync(a.Movement, CancellationToken.None);
        Assert.Equal([a.Report, b.Report, c.Report], claims.Select(x => x.Statement.ReportId!.Value));
        Assert.StartsWith("first claim of its movement", claims[0].LinkReason, StringComparison.Ordinal);
        Assert.Contains("destination " + @base.Name, claims[1].LinkReason, StringComparison.Ordinal);
        Assert.Equal(["Yonhap", "Kyodo", "Korea Herald"], claims.Select(x => x.Outlet));
    }

    [Fact]
    public async Task A_report_linking_to_a_movement_writes_only_the_places_it_names()
    {
        // Ingest locks the places it writes, in key order, before it links; a place written later (as deriving the movement
        // once rewrote the route's places) is locked out of order, and two reports linking at once could deadlock.
        var (town, _, port) = Places();
        var first = await IngestAsync(reports, "Russia", town, port, "2024-10-08", "2024-10-13", 1500, "NIS", "Yonhap", "2024-10-18");
        var before = await PlaceVersionAsync(port);
        var second = await IngestAsync(reports, "Russia", town, null, "2024-10-09", "2024-10-12", 3000, "JSDF", "Kyodo", "2024-10-19");

        Assert.Equal(first.Movement, second.Movement);
        Assert.Equal(port.Name, (await movements.GetAsync(first.Movement, CancellationToken.None))!.Origin!.Name);
        Assert.Equal(before, await PlaceVersionAsync(port));
    }

    // The row version (xmin) of a stored place: it changes whenever a transaction writes the row.
    private async Task<string> PlaceVersionAsync(Place place)
    {
        await using var command = database.DataSource.CreateCommand("SELECT xmin::text FROM places WHERE geonameid = $1");
        command.Parameters.Add(new() { Value = place.GeonameId!.Value });
        return (string)(await command.ExecuteScalarAsync(CancellationToken.None))!;
    }

    [Fact]
    public async Task A_movement_to_the_same_town_a_month_later_is_another_tracked_movement()
    {
        var (town, _, port) = Places();
        var october = await IngestAsync(reports, "Russia", town, port, "2024-10-08", "2024-10-13", 1500, "NIS", "Yonhap", "2024-10-18");
        var november = await IngestAsync(reports, "Russia", town, port, "2024-11-12", "2024-11-14", 1500, "NIS", "Yonhap", "2024-11-18");
        Assert.NotEqual(october.Movement, november.Movement);
        var claim = Assert.Single(await movements.ClaimsAsync(november.Movement, CancellationToken.None));
        Assert.Contains("no tracked movement near in place and time", claim.LinkReason, StringComparison.Ordinal);
    }

    // A route through a stop far from both ends: the search must take a movement's first place as its origin and its last as
    // its destination, never the stop between them, and find an undated movement for a dated claim.
    [Theory]
    [InlineData("origin", "first", "2024-10-08", true)]
    [InlineData("destination", "last", "2024-10-08", true)]
    [InlineData("origin", "stop", "2024-10-08", false)]
    [InlineData("destination", "stop", "2024-10-08", false)]
    [InlineData("origin", "first", null, true)]
    [InlineData("destination", "last", null, true)]
    public async Task A_claim_finds_a_movement_by_the_ends_of_its_route_not_by_a_stop_on_the_way(string role, string place, string? firstDay, bool linked)
    {
        var (town, _, port) = Places();
        var stop = Build.Place("Stop" + port.GeonameId, town.Lon - 3, town.Lat + 2, port.GeonameId!.Value + 7);
        var period = firstDay is null ? Period.Unbounded : Build.Days(firstDay, "2024-10-13");
        var route = Build.Movement("Russia", period, port, stop, town) with { Kind = MovementKind.Deployment, Confidence = 0.6 };
        var first = await reports.AddAsync(
            new Report { Text = $"Russia moved troops from {port.Name} by {stop.Name} to {town.Name} {Guid.NewGuid()}", PublishedAt = Build.Utc("2024-10-14"), SourceAgency = "Yonhap", Language = "en" },
            [], [route], "test", CancellationToken.None);

        var named = place switch { "first" => port, "last" => town, _ => stop };
        var claim = Build.Movement("Russia", Build.Days("2024-10-09", "2024-10-12"), named) with { Kind = MovementKind.Deployment, Confidence = 0.6 };
        claim = role == "origin" ? claim with { Origin = named, Destination = null } : claim;
        var second = await reports.AddAsync(
            new Report { Text = $"Russian troops {role} {named.Name} {Guid.NewGuid()}", PublishedAt = Build.Utc("2024-10-15"), SourceAgency = "Kyodo", Language = "en" },
            [], [claim], "test", CancellationToken.None);

        Assert.Equal(linked, first.Details.Movements.Single().Id == second.Details.Movements.Single().Id);
    }

    [Fact]
    public async Task A_withdrawal_to_the_town_a_deployment_went_to_is_another_tracked_movement()
    {
        var (town, _, port) = Places();
        var deployment = await IngestAsync(reports, "Russia", town, port, "2024-10-08", "2024-10-13", 1500, "NIS", "Yonhap", "2024-10-18");
        var withdrawal = await IngestAsync(reports, "Russia", town, null, "2024-10-10", "2024-10-12", 1500, "NIS", "Kyodo", "2024-10-19", MovementKind.Withdrawal);
        var transit = await IngestAsync(reports, "Russia", town, null, "2024-10-09", "2024-10-10", 1500, "JSDF", "NHK", "2024-10-19", MovementKind.Transit);
        Assert.NotEqual(deployment.Movement, withdrawal.Movement);
        Assert.Equal(deployment.Movement, transit.Movement);
        Assert.Equal(MovementKind.Withdrawal, (await movements.GetAsync(withdrawal.Movement, CancellationToken.None))!.Kind);
        Assert.Equal(MovementKind.Deployment, (await movements.GetAsync(deployment.Movement, CancellationToken.None))!.Kind);
        var claims = await movements.ClaimsAsync(deployment.Movement, CancellationToken.None);
        Assert.Equal([MovementKind.Deployment, MovementKind.Transit], claims.Select(c => c.Statement.Kind));
        Assert.Contains("different kinds (withdrawal and deployment)", Assert.Single(await movements.ClaimsAsync(withdrawal.Movement, CancellationToken.None)).LinkReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_linking_to_more_movements_than_allowed_is_refused_and_nothing_is_stored()
    {
        var (town, _, port) = Places();
        await IngestAsync(reports, "Russia", town, null, "2024-10-08", "2024-10-13", 1500, "NIS", "Yonhap", "2024-10-18");
        await IngestAsync(reports, "Russia", port, null, "2024-10-08", "2024-10-13", 800, "NIS", "Yonhap", "2024-10-18");
        var strict = new ReportRepository(database.DataSource, new GroupingSettings { MaxLinksPerReport = 1 });
        var text = "Both at once " + Guid.NewGuid();
        var claims = new[] { Build.Movement("Russia", Build.Days("2024-10-09", "2024-10-10"), town), Build.Movement("Russia", Build.Days("2024-10-09", "2024-10-10"), port) };
        var error = await Assert.ThrowsAsync<CorroborationException>(() =>
            strict.AddAsync(new Report { Text = text, PublishedAt = Build.Utc("2024-10-20") }, [], claims, "test", CancellationToken.None));
        Assert.Contains("more than 1 tracked movements", error.Message, StringComparison.Ordinal);
        Assert.Null(await reports.FindByHashAsync(Report.ComputeHash(text), CancellationToken.None));
    }

    [Fact]
    public async Task A_report_that_would_link_to_hundreds_of_movements_is_refused_by_default_and_nothing_is_stored()
    {
        // A feed of 150 movements, each to its own town, stored once as 150 tracked movements; the same feed again with
        // new wording would link a claim to each of them.
        var (town, _, _) = Places();
        MapStretches.Next(20, -40); // its towns span 21 degrees east: the two stretches after its own are taken too
        MapStretches.Next(20, -40);
        var feed = Enumerable.Range(0, 150)
            .Select(i => Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13"), Build.Place($"{town.Name}-{i}", town.Lon + (i % 15 * 1.5), town.Lat + (i / 15 * 1.0), town.GeonameId + 100 + i)))
            .ToList();
        var first = await reports.AddAsync(new Report { Text = "A feed " + Guid.NewGuid(), PublishedAt = Build.Utc("2024-10-18") }, [], feed, "test", CancellationToken.None);
        Assert.Equal(150, first.Details.Movements.Select(m => m.Id).Distinct().Count());

        var text = "The same feed reworded " + Guid.NewGuid();
        var error = await Assert.ThrowsAsync<CorroborationException>(() =>
            reports.AddAsync(new Report { Text = text, PublishedAt = Build.Utc("2024-10-19") }, [], feed, "test", CancellationToken.None));
        Assert.Contains("more than 100 tracked movements", error.Message, StringComparison.Ordinal);
        Assert.Contains("split it into reports", error.Message, StringComparison.Ordinal);
        Assert.Null(await reports.FindByHashAsync(Report.ComputeHash(text), CancellationToken.None));
        var tracked = await movements.GetAsync(first.Details.Movements[0].Id, CancellationToken.None);
        Assert.Equal(1, tracked!.Corroboration!.ClaimCount);
    }

    [Fact]
    public async Task A_claim_naming_no_place_is_kept_as_a_movement_of_its_own_with_the_reason_and_the_report_links_the_rest()
    {
        var (town, _, port) = Places();
        var earlier = await IngestAsync(reports, "Russia", town, port, "2024-10-08", "2024-10-13", 1500, "NIS", "Yonhap", "2024-10-18");
        var placeless = Build.Movement("Russia", Build.Days("2024-10-08", "2024-10-13")) with { Sentence = "Russia moved 1,500 troops somewhere in the east." };
        var located = Build.Movement("Russia", Build.Days("2024-10-09", "2024-10-12"), town);
        var stored = await reports.AddAsync(new Report { Text = "Two claims, one without a place " + Guid.NewGuid(), PublishedAt = Build.Utc("2024-10-19") }, [], [placeless, located], "test", CancellationToken.None);

        var (alone, linked) = (stored.Details.Claims[0], stored.Details.Claims[1]);
        Assert.Equal(earlier.Movement, linked.MovementId);
        Assert.NotEqual(earlier.Movement, alone.MovementId);
        Assert.Contains("names no origin or destination", alone.LinkReason, StringComparison.Ordinal);
        var own = (await movements.GetAsync(alone.MovementId, CancellationToken.None))!;
        Assert.Null(own.Geometry);
        Assert.Equal(1, own.Corroboration!.ClaimCount);

        // A later claim without a place never joins it either: nothing can be compared.
        var again = await reports.AddAsync(new Report { Text = "Placeless again " + Guid.NewGuid(), PublishedAt = Build.Utc("2024-10-19") }, [], [placeless], "test", CancellationToken.None);
        Assert.NotEqual(alone.MovementId, again.Details.Claims[0].MovementId);
    }

    [Fact]
    public async Task Movements_stored_before_claims_migrate_to_claims_grouped_by_the_same_rule()
    {
        var cluster = await TestCluster.GetAsync();
        var name = "claims_migration_" + Guid.NewGuid().ToString("N")[..12];
        await cluster.EnsureDatabaseAsync(name, CancellationToken.None);
        try
        {
            await using var dataSource = GeoMapDataSource.Create(cluster.ConnectionStringFor(name));
            await new Migrator(dataSource, [.. Migration.Embedded().Where(m => m.Version < 5)]).MigrateAsync(CancellationToken.None);
            var (town, @base, port) = Places();
            await using (var connection = await dataSource.OpenConnectionAsync())
            {
                // Movement rows as version 4 stored them: two of one movement, one to the port a month later, and a
                // withdrawal to the town in the same days (another movement).
                foreach (var (place, first, strength, kind) in new[]
                {
                    (town, "2024-10-08", 1500, MovementKind.Deployment), (@base, "2024-10-09", 3000, MovementKind.Unknown),
                    (port, "2024-11-20", 500, MovementKind.Deployment), (town, "2024-10-09", 1500, MovementKind.Withdrawal),
                })
                {
                    await using var tx = await connection.BeginTransactionAsync();
                    await using var command = new Npgsql.NpgsqlCommand(MovementRepository.InsertSql, connection, tx);
                    await MovementRows.BindAsync(connection, tx, command, Build.Movement("Russia", Build.Days(first, first), place) with { Strength = Strength.Exactly(strength, ""), Kind = kind }, null, null, CancellationToken.None);
                    await command.ExecuteScalarAsync();
                    await tx.CommitAsync();
                }
            }

            await new Migrator(dataSource).MigrateAsync(CancellationToken.None);
            var repository = new MovementRepository(dataSource);
            Assert.Equal(4, await repository.GroupPendingClaimsAsync(CancellationToken.None));
            var page = await repository.QueryAsync(new Core.Queries.MovementQuery(), CancellationToken.None);
            Assert.Equal([2, 1, 1], page.Items.Select(m => m.Corroboration!.ClaimCount));
            Assert.Equal([MovementKind.Deployment, MovementKind.Deployment, MovementKind.Withdrawal], page.Items.Select(m => m.Kind));
            Assert.Equal((1500, 3000), (page.Items[0].Strength!.Min, page.Items[0].Strength!.Max));
            Assert.Equal(0, await repository.GroupPendingClaimsAsync(CancellationToken.None));
        }
        finally
        {
            await cluster.DropDatabaseAsync(name, CancellationToken.None);
        }
    }
}

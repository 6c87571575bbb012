using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Storage.Repositories;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Repositories;

public sealed class ReportRepositoryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly ReportRepository reports = new(database.DataSource);

    [Fact]
    public async Task The_same_text_twice_is_one_report()
    {
        var text = $"Two battalions were moved by rail from Minsk to Brest. ({Guid.NewGuid()})";
        var minsk = Build.Place("Minsk", 27.57, 53.9, 625144, "BY");
        var brest = Build.Place("Brest", 23.69, 52.1, 629634, "BY");
        var movement = Build.Movement("Belarus", Build.Days("2024-09-01", "2024-09-02"), minsk, brest) with { Mode = TransportMode.Rail };
        var mentions = new[] { new Mention("Minsk", 37, 42, minsk, 0.9), new Mention("Brest", 46, 51, brest, 0.9) };

        var first = await reports.AddAsync(new Report { Text = text, Language = "en" }, mentions, [movement], "test", CancellationToken.None);
        var second = await reports.AddAsync(new Report { Text = text + "\r\n", Language = "en" }, mentions, [movement], "test", CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Details.Report.Id, second.Details.Report.Id);
        Assert.Single(second.Details.Movements);
        Assert.Equal(2, second.Details.Mentions.Count);
    }

    [Fact]
    public async Task A_stored_report_comes_back_with_its_mentions_and_movement_places()
    {
        var text = $"Marines landed at Tartus. ({Guid.NewGuid()})";
        var tartus = Build.Place("Tartus", 35.89, 34.89, 163345, "SY");
        var published = new DateTimeOffset(2024, 10, 18, 9, 30, 0, TimeSpan.Zero);
        var stored = await reports.AddAsync(
            new Report { Text = text, Url = "https://example.org/a", Language = "en", PublishedAt = published, SourceAgency = "Test Agency" },
            [new Mention("Tartus", 18, 24, tartus, 0.75)],
            [Build.Movement("Russia", Build.Days("2024-10-10", "2024-10-10"), tartus) with { Unit = "marines", Strength = new Strength(200, 300, "200 to 300"), Source = new Attribution("NIS", "KR") }],
            "test", CancellationToken.None);

        var details = (await reports.GetAsync(stored.Details.Report.Id, CancellationToken.None))!;
        Assert.Equal(published, details.Report.PublishedAt);
        Assert.Equal("Test Agency", details.Report.SourceAgency);
        var mention = Assert.Single(details.Mentions);
        Assert.Equal(163345, mention.Place.GeonameId);
        Assert.Equal((18, 24), (mention.Start, mention.End));
        var movement = Assert.Single(details.Movements);
        Assert.Equal("Tartus", movement.Destination?.Name);
        Assert.Equal(new Strength(200, 300, "200 to 300"), movement.Strength);
        Assert.Equal(new Attribution("NIS", "KR"), movement.Source);
        Assert.Equal(Build.Days("2024-10-10", "2024-10-10"), movement.Period);
    }

    [Theory]
    [InlineData(MentionType.Literal)]
    [InlineData(MentionType.Embedded)]
    [InlineData(MentionType.Demonym)]
    public async Task A_mention_keeps_its_type(MentionType type)
    {
        var text = $"The Malaysian government met in Kuala Lumpur. ({Guid.NewGuid()})";
        var malaysia = Build.Place("Malaysia", 112.5, 2.5, 1733045, "MY");
        var stored = await reports.AddAsync(new Report { Text = text, Language = "en" },
            [new Mention("Malaysian", 4, 13, malaysia, 0.9, type)], [], "test", CancellationToken.None);

        var details = (await reports.GetAsync(stored.Details.Report.Id, CancellationToken.None))!;
        Assert.Equal(type, Assert.Single(details.Mentions).Type);
    }

    [Fact]
    public async Task A_report_whose_movement_cannot_be_stored_leaves_nothing_behind()
    {
        var text = $"Broken input ({Guid.NewGuid()})";
        var bad = Build.Movement("X", Build.Days("2024-01-01", "2024-01-01")) with { Strength = new Strength(-5, 3, "-5") };
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => reports.AddAsync(new Report { Text = text }, [], [bad], "test", CancellationToken.None));
        Assert.Null(await reports.FindByHashAsync(Report.ComputeHash(text), CancellationToken.None));
    }

    [Fact]
    public async Task A_stored_place_is_read_not_locked_so_reports_naming_it_do_not_wait_for_each_other()
    {
        // One transaction stores a place and stays open, as a report still linking its claims does; a report naming the
        // same place must not wait for it (it used to, until the first committed: every report naming a country queued).
        var geonameId = 7_100_000 + Random.Shared.Next(100_000);
        var place = Build.Place("Testovo", 31.5, 50.5, geonameId, "UA");
        await new PlaceRepository(database.DataSource).UpsertAsync(place, CancellationToken.None);

        await using var holder = await database.DataSource.OpenConnectionAsync();
        await using var open = await holder.BeginTransactionAsync();
        await PlaceRepository.UpsertAllAsync(holder, open, [place], "test", CancellationToken.None);

        await using var other = await database.DataSource.OpenConnectionAsync();
        await using var second = await other.BeginTransactionAsync();
        await using (var timeout = new Npgsql.NpgsqlCommand("SET LOCAL lock_timeout = '2s'", other, second))
        {
            await timeout.ExecuteNonQueryAsync();
        }

        var ids = await PlaceRepository.UpsertAllAsync(other, second, [place], "test", CancellationToken.None);
        Assert.True(ids[place.Key] > 0);
        await second.CommitAsync();
        await open.RollbackAsync();
    }

    [Fact]
    public async Task A_place_given_with_other_data_is_refreshed_and_keeps_its_row()
    {
        var geonameId = 7_200_000 + Random.Shared.Next(100_000);
        var places = new PlaceRepository(database.DataSource);
        var id = await places.UpsertAsync(Build.Place("Oldname", 30.0, 50.0, geonameId, "UA"), CancellationToken.None);

        var again = await places.UpsertAsync(Build.Place("Newname", 30.25, 50.5, geonameId, "UA") with { Population = 1234 }, CancellationToken.None);

        Assert.Equal(id, again);
        var stored = (await places.GetByKeyAsync($"gn:{geonameId}", CancellationToken.None))!;
        Assert.Equal(("Newname", 30.25, 50.5, 1234L), (stored.Name, stored.Lon, stored.Lat, stored.Population));
    }
}

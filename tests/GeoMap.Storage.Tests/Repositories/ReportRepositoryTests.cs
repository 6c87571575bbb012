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

    [Fact]
    public async Task What_storing_answers_is_what_reading_the_stored_report_gives()
    {
        // The answer is built from what was written, not read back: every value the database rounds or normalises
        // (times to the microsecond, reals, country codes, mention order) must come out as a later read gives it.
        var text = $"Two companies moved from Kherson to Mykolaiv, then on to Odesa. ({Guid.NewGuid()})";
        var ids = 7_400_000 + (Random.Shared.Next(30_000) * 3);
        var kherson = Build.Place("Kherson", 32.61, 46.64, ids, "ua");
        var mykolaiv = Build.Place("Mykolaiv", 31.99, 46.97, ids + 1, "UA");
        var odesa = Build.Place("Odesa", 30.73, 46.48, ids + 2, "UA");
        var report = new Report
        {
            Text = text,
            Language = "en",
            Url = "https://example.org/b",
            PublishedAt = new DateTimeOffset(2024, 3, 2, 10, 15, 30, 123, TimeSpan.FromHours(2)).AddTicks(4567),
            FetchedAt = new DateTimeOffset(1999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(-3),
            SourceAgency = "Agency",
            Extractor = "test",
        };
        Mention[] mentions =
        [
            new("Odesa", 62, 67, odesa, 0.3333333333),
            new("Kherson", 24, 31, kherson, 1.7),
            new("Mykolaiv", 35, 43, mykolaiv, 0.61, MentionType.Embedded),
        ];
        var movement = Build.Movement("Ukraine", Build.Days("2024-03-01", "2024-03-02"), kherson, mykolaiv);

        var stored = await reports.AddAsync(report, mentions, [movement], "test", CancellationToken.None);
        var bare = await reports.AddAsync(report with { Text = text + " (2)" }, mentions, [], "test", CancellationToken.None);

        var json = new System.Text.Json.JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        foreach (var answer in new[] { stored, bare })
        {
            var read = (await reports.GetAsync(answer.Details.Report.Id, CancellationToken.None))!;
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(read.Report, json), System.Text.Json.JsonSerializer.Serialize(answer.Details.Report, json));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(read.Mentions, json), System.Text.Json.JsonSerializer.Serialize(answer.Details.Mentions, json));
            Assert.Equal(read.Claims.Select(c => (c.Id, c.MovementId)), answer.Details.Claims.Select(c => (c.Id, c.MovementId)));
        }

        Assert.Equal(["Kherson", "Mykolaiv", "Odesa"], stored.Details.Mentions.Select(m => m.Surface));
        Assert.Single(stored.Details.Claims);
        Assert.Empty(bare.Details.Claims);
    }

    [Theory]
    [InlineData(MentionType.Literal)]
    [InlineData(MentionType.Embedded)]
    [InlineData(MentionType.Demonym)]
    [InlineData(MentionType.Metonymic)]
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
    public async Task A_place_another_report_stores_while_this_one_waits_for_it_gets_its_id()
    {
        // A report inserting a new place holds it until it commits; a second report naming it waits, finds it stored
        // when the first commits, and must still answer its id, although the statement it waited in began before the
        // place was there (its snapshot does not see it).
        var geonameId = 7_300_000 + Random.Shared.Next(100_000);
        var place = Build.Place("Novovo", 32.5, 49.5, geonameId, "UA");

        await using var first = await database.DataSource.OpenConnectionAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        var firstIds = await PlaceRepository.UpsertAllAsync(first, firstTransaction, [place], "test", CancellationToken.None);

        await using var second = await database.DataSource.OpenConnectionAsync();
        await using var secondTransaction = await second.BeginTransactionAsync();
        var waiting = PlaceRepository.UpsertAllAsync(second, secondTransaction, [place], "test", CancellationToken.None);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await firstTransaction.CommitAsync();

        var secondIds = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(firstIds[place.Key], secondIds[place.Key]);
        await secondTransaction.CommitAsync();
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

    // Ingest reads a report's places first and writes only those not stored as given: a place stored with any one field
    // different is written again, as the upsert decides, and keeps its row.
    public static TheoryData<string> Fields => ["name", "country", "admin1", "kind", "featureCode", "population", "lon", "lat", "none"];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task A_report_naming_a_stored_place_with_one_field_changed_refreshes_it(string field)
    {
        var geonameId = 7_300_000 + Random.Shared.Next(100_000);
        var before = Build.Place("Kalynivka", 28.5, 49.4, geonameId, "UA") with { Admin1Code = "23", Population = 5000 };
        var places = new PlaceRepository(database.DataSource);
        var id = await places.UpsertAsync(before, CancellationToken.None);
        var given = field switch
        {
            "name" => before with { Name = "Kalinovka" },
            "country" => before with { CountryCode = "MD" },
            "admin1" => before with { Admin1Code = "24" },
            "kind" => before with { Kind = PlaceKind.Region },
            "featureCode" => before with { FeatureCode = "PPLA3" },
            "population" => before with { Population = 5001 },
            "lon" => before with { Lon = 28.5000001 },
            "lat" => before with { Lat = 49.3999999 },
            _ => before with { CountryCode = "ua" },
        };

        var stored = await reports.AddAsync(
            new Report { Text = $"Convoys were seen near Kalynivka. ({Guid.NewGuid()})", Language = "en" }, [new Mention("Kalynivka", 23, 32, given, 0.8)], [], "test", CancellationToken.None);

        Assert.Equal(id, (await places.IdsByKeyAsync([given.Key], CancellationToken.None))[given.Key]);
        Assert.Equal(PlaceRepository.AsStored(given), await places.GetByKeyAsync(given.Key, CancellationToken.None));
        Assert.Equal(PlaceRepository.AsStored(given), stored.Details.Mentions.Single().Place);
    }
}

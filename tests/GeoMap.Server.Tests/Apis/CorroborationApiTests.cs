using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Tests.Apis;

public sealed class CorroborationApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    // Each test has its own stretch of map, so that tests sharing the server never link to each other's movements.
    private static (Place Town, Place Base, Place Port) Places()
    {
        var (lon, lat) = GeoMap.Testing.MapStretches.Next(-120, 50);
        return (ServerFixture.Place("Town", lon, lat), ServerFixture.Place("Base", lon + 0.05, lat), ServerFixture.Place("Port", lon + 3, lat + 1));
    }

    /// <summary>Stores a report stating one movement to <paramref name="to"/>; returns the tracked movement it was linked to.</summary>
    private async Task<long> ReportAsync(Place to, Place from, int strength, string source, string outlet, string text = "")
    {
        var movement = ServerFixture.Movement("Russia", from, to, "2024-10-08", "2024-10-13") with
        {
            Strength = Strength.Exactly(strength, strength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            Source = new Attribution(source),
        };
        var report = new Report
        {
            Text = text.Length > 0 ? text : $"{outlet}: {source} says {strength} to {to.Name}. {Guid.NewGuid()}",
            PublishedAt = new DateTimeOffset(2024, 10, 18, 0, 0, 0, TimeSpan.Zero),
            SourceAgency = outlet,
            Url = $"https://example.org/{outlet.ToLowerInvariant()}/{Guid.NewGuid():N}",
        };
        var stored = await new ReportRepository(server.Database.DataSource).AddAsync(report, [], [movement], "test", CancellationToken.None);
        return stored.Details.Movements.Single().Id;
    }

    private async Task<JsonElement> MovementAsync(long id) =>
        (await (await server.Client().GetAsync($"/api/movements/{id}")).JsonAsync()).GetProperty("properties");

    [Fact]
    public async Task Three_reports_of_one_movement_are_one_movement_with_three_claims_and_a_strength_contradiction()
    {
        var (town, @base, port) = Places();
        var id = await ReportAsync(town, port, 1500, "NIS", "Yonhap");
        Assert.Equal(id, await ReportAsync(@base, port, 3000, "Japan's defence ministry", "Kyodo"));
        Assert.Equal(id, await ReportAsync(town, port, 1500, "NIS", "Korea Herald"));

        var m = await MovementAsync(id);
        Assert.Equal((3, 2), (m.GetProperty("claimCount").GetInt32(), m.GetProperty("sourceCount").GetInt32()));
        Assert.Equal((1500, 3000), (m.GetProperty("strength").GetProperty("min").GetInt32(), m.GetProperty("strength").GetProperty("max").GetInt32()));
        var flag = Assert.Single(m.GetProperty("flags").EnumerateArray());
        Assert.Equal("strength", flag.GetProperty("kind").GetString());
        Assert.Contains("3,000 (Japan's defence ministry)", flag.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, m.GetProperty("corroboration").GetProperty("strengthClaims").GetArrayLength());

        var claims = (await (await server.Client().GetAsync($"/api/movements/{id}/claims")).JsonAsync()).GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, claims.Count);
        Assert.Equal(["Yonhap", "Kyodo", "Korea Herald"], claims.Select(c => c.GetProperty("properties").GetProperty("outlet").GetString()));
        Assert.All(claims, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("properties").GetProperty("linkReason").GetString())));
        Assert.All(claims, c => Assert.StartsWith("https://example.org/", c.GetProperty("properties").GetProperty("url").GetString(), StringComparison.Ordinal));

        // A claim speaks the same vocabulary as its tracked movement: every statement field of one is a field of the other.
        var movementFields = m.EnumerateObject().Select(p => p.Name).ToHashSet();
        var claimFields = claims[0].GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] statement = ["reportId", "actor", "actorCountry", "unit", "strength", "status", "mode", "kind", "origin", "via", "destination", "start", "end",
            "timePrecision", "claimedBy", "claimedByCountry", "sentence", "confidence", "createdBy", "createdAt", "updatedBy", "updatedAt"];
        Assert.Subset(movementFields, statement.ToHashSet());
        Assert.Subset(claimFields, statement.ToHashSet());
        Assert.All(claims, c => Assert.Equal(m.GetProperty("kind").GetString(), c.GetProperty("properties").GetProperty("kind").GetString()));

        var ogc = (await (await server.Client().GetAsync($"/ogc/collections/movements/items/{id}")).JsonAsync()).GetProperty("properties");
        Assert.Equal((3, 2, "strength"), (ogc.GetProperty("claimCount").GetInt32(), ogc.GetProperty("sourceCount").GetInt32(), ogc.GetProperty("flags")[0].GetProperty("kind").GetString()));

        var csv = (await (await server.Client().GetAsync("/api/movements?format=csv&limit=10000")).Content.ReadAsStringAsync()).Split("\r\n");
        var row = Assert.Single(csv, l => l.StartsWith($"GM{id},", StringComparison.Ordinal));
        Assert.EndsWith(",3,2,\"strength: 1,500 (NIS) vs 3,000 (Japan's defence ministry)\"", row, StringComparison.Ordinal);
        var box = $"{town.Lon - 0.5},{town.Lat - 0.5},{town.Lon + 0.5},{town.Lat + 0.5}";
        var claimsCsv = (await (await server.Client().GetAsync($"/api/movements/claims?bbox={box}")).Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("claim_id,movement_id,event_id_cnty,", claimsCsv[0], StringComparison.Ordinal);
        Assert.Equal(3, claimsCsv.Skip(1).Count(l => l.Split(',')[1] == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // Bulk import commits without waiting for the disk (deferDurability), which sends the copy lookup in one batch with
    // the commit's setting: the copy is recognised the same either way.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_syndicated_copy_is_stored_as_a_copy_of_its_original_and_counts_once_as_a_source(bool deferDurability)
    {
        var (town, _, port) = Places();
        var store = new Ingest.ReportStore(new ReportRepository(server.Database.DataSource), Microsoft.Extensions.Options.Options.Create(new Core.Corroboration.GroupingSettings()));
        var tag = Guid.NewGuid().ToString("N");

        // Words of this run alone, more than a text's own, so that each row's texts are new texts to the other row's.
        static string Own() => string.Join(' ', Enumerable.Range(0, 100).Select(_ => Guid.NewGuid().ToString("N")[..8]));
        var wire = $"Russian forces moved about 1,500 marines from {port.Name} to {town.Name} between 8 and 13 October, the regional governor said on Friday. " +
            $"Residents reported long convoys on the coastal road overnight and rail traffic was halted for two days. The ministry in Moscow declined to comment " +
            $"on the purpose of the deployment, which comes as exercises near the border continue. Reference {tag}. " + Own();
        var copy = "(Harbour Gazette) - " + wire.Replace("declined to comment", "refused to comment", StringComparison.Ordinal);
        var unrelated = $"Fishermen in {town.Name} protested on Monday against new quotas, blocking the harbour for several hours before police arrived. " +
            $"The regional governor promised talks with the ministry next week. Reference {tag}. " + Own();
        var claim = ServerFixture.Movement("Russia", port, town, "2024-10-08", "2024-10-13") with { Strength = Strength.Exactly(1500, "1,500") };

        async Task<ReportDetails> Store(string text, string outlet, IReadOnlyList<Movement> claims) => (await store.StoreAsync(
            new Report { Text = text, PublishedAt = new DateTimeOffset(2024, 10, 18, 0, 0, 0, TimeSpan.Zero), SourceAgency = outlet }, [], claims, "test", CancellationToken.None,
            deferDurability)).Details;

        var original = await Store(wire, "Northern Wire", [claim]);
        var copied = await Store(copy, "Harbour Gazette", [claim]);
        var other = await Store(unrelated, "Coastal Sentinel", []);
        await new ReportRepository(server.Database.DataSource).FlushAsync(CancellationToken.None);

        Assert.Null(original.Report.CopyOfReportId);
        Assert.Equal(original.Report.Id, copied.Report.CopyOfReportId);
        Assert.Null(other.Report.CopyOfReportId);
        var id = original.Movements.Single().Id;
        Assert.Equal(id, copied.Movements.Single().Id);
        var m = await MovementAsync(id);
        Assert.Equal((2, 1), (m.GetProperty("claimCount").GetInt32(), m.GetProperty("sourceCount").GetInt32()));
        var claims = (await (await server.Client().GetAsync($"/api/movements/{id}/claims")).JsonAsync()).GetProperty("features");
        Assert.Equal(original.Report.Id, claims[1].GetProperty("properties").GetProperty("copyOfReportId").GetInt64());
    }

    // Several servers (or bulk import's workers) store near-copies of one wire at the same moment: each copy's lookup must
    // see the copies stored before it, not only those committed before it began, so one of them is the original and
    // every other is a copy of it.
    [Fact]
    public async Task Near_copies_stored_at_the_same_time_are_one_original_and_its_copies()
    {
        var (town, _, port) = Places();
        var store = new Ingest.ReportStore(new ReportRepository(server.Database.DataSource), Microsoft.Extensions.Options.Options.Create(new Core.Corroboration.GroupingSettings()));
        var words = string.Join(' ', Enumerable.Range(0, 120).Select(_ => Guid.NewGuid().ToString("N")[..8]));
        var wire = $"Russian forces moved about 1,500 marines from {port.Name} to {town.Name} between 8 and 13 October, the regional governor said. {words}";
        var claim = ServerFixture.Movement("Russia", port, town, "2024-10-08", "2024-10-13") with { Strength = Strength.Exactly(1500, "1,500") };
        string[] outlets = ["Northern Wire", "Harbour Gazette", "Coastal Sentinel", "Valley Courier", "Evening Post", "Morning Star", "Border Herald", "City Ledger"];

        // Each outlet runs the wire under its own dateline: near-copies, each a new text.
        var stored = await Task.WhenAll(outlets.Select(outlet => Task.Run(async () => (await store.StoreAsync(
            new Report { Text = $"({outlet}) - {wire}", PublishedAt = new DateTimeOffset(2024, 10, 18, 0, 0, 0, TimeSpan.Zero), SourceAgency = outlet },
            [], [claim], "test", CancellationToken.None)).Details)));

        var original = Assert.Single(stored, d => d.Report.CopyOfReportId is null);
        Assert.All(stored.Where(d => d != original), d => Assert.Equal(original.Report.Id, d.Report.CopyOfReportId));
        var id = Assert.Single(stored.Select(d => d.Movements.Single().Id).Distinct());
        var m = await MovementAsync(id);
        Assert.Equal((outlets.Length, 1), (m.GetProperty("claimCount").GetInt32(), m.GetProperty("sourceCount").GetInt32()));
    }

    [Fact]
    public async Task Split_and_merge_are_kept_in_the_history_and_survive_new_and_repeated_reports()
    {
        var (town, _, port) = Places();
        var analyst = server.Client("analyst");
        var wire = "split test wire " + Guid.NewGuid();
        var id = await ReportAsync(town, port, 1500, "NIS", "Yonhap", wire);
        await ReportAsync(town, port, 3000, "JSDF", "Kyodo");
        var claims = (await (await server.Client().GetAsync($"/api/movements/{id}/claims")).JsonAsync()).GetProperty("features").EnumerateArray().ToList();
        var kyodo = claims.Single(c => c.GetProperty("properties").GetProperty("outlet").GetString() == "Kyodo").GetProperty("properties").GetProperty("claimId").GetInt64();

        var split = await analyst.PostAsJsonAsync($"/api/movements/{id}/split", new { claimIds = new[] { kyodo } });
        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        var newId = (await split.JsonAsync()).GetProperty("id").GetInt64();
        Assert.Equal(1, (await MovementAsync(id)).GetProperty("claimCount").GetInt32());
        Assert.Equal(1, (await MovementAsync(newId)).GetProperty("claimCount").GetInt32());

        // A further report of the movement and the same reports again: the split stays.
        var next = await ReportAsync(town, port, 1500, "NIS", "Korea Herald");
        Assert.Contains(next, new[] { id, newId });
        await analyst.PostAsJsonAsync("/api/reports", new { text = wire, publishedAt = "2024-10-18T00:00:00Z" });
        Assert.Equal(3, (await MovementAsync(id)).GetProperty("claimCount").GetInt32() + (await MovementAsync(newId)).GetProperty("claimCount").GetInt32());

        var merged = await analyst.PostAsJsonAsync($"/api/movements/{id}/merge", new { movementId = newId });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal(3, (await merged.JsonAsync()).GetProperty("properties").GetProperty("claimCount").GetInt32());
        await (await server.Client().GetAsync($"/api/movements/{newId}")).ProblemAsync(404);
        var edits = (await (await server.Client().GetAsync($"/api/movements/{id}/edits")).JsonAsync()).GetProperty("edits").EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["split", "merge"], edits);
        await ReportAsync(town, port, 2000, "TASS", "RIA");
        Assert.Equal(4, (await MovementAsync(id)).GetProperty("claimCount").GetInt32());

        var again = await (await analyst.PostAsJsonAsync($"/api/movements/{id}/merge", new { movementId = newId })).ProblemAsync(400);
        Assert.Contains("already merged", again.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dismissed_contradiction_stays_dismissed_until_a_new_claim_changes_it()
    {
        var (town, _, port) = Places();
        var analyst = server.Client("analyst");
        var id = await ReportAsync(town, port, 1500, "NIS", "Yonhap");
        await ReportAsync(town, port, 3000, "JSDF", "Kyodo");
        var dismissed = await (await analyst.PostAsJsonAsync($"/api/movements/{id}/flags/strength/dismiss", new { note = "3,000 counts the crews" })).JsonAsync();
        Assert.Equal("dismissed", dismissed.GetProperty("properties").GetProperty("flags")[0].GetProperty("state").GetString());
        await ReportAsync(town, port, 3000, "JSDF", "NHK");
        Assert.Equal("dismissed", (await MovementAsync(id)).GetProperty("flags")[0].GetProperty("state").GetString());
        await ReportAsync(town, port, 9000, "TASS", "RIA");
        Assert.Equal("open", (await MovementAsync(id)).GetProperty("flags")[0].GetProperty("state").GetString());
        var note = (await (await server.Client().GetAsync($"/api/movements/{id}/edits")).JsonAsync()).GetProperty("edits")[0].GetProperty("note").GetString();
        Assert.Contains("3,000 counts the crews", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_decisions_are_clear_errors_and_change_nothing()
    {
        var (town, _, port) = Places();
        var analyst = server.Client("analyst");
        var id = await ReportAsync(town, port, 1500, "NIS", "Yonhap");
        var other = await ReportAsync(port, town, 800, "NIS", "Yonhap");
        var claim = (await (await server.Client().GetAsync($"/api/movements/{id}/claims")).JsonAsync()).GetProperty("features")[0].GetProperty("properties").GetProperty("claimId").GetInt64();
        var foreign = (await (await server.Client().GetAsync($"/api/movements/{other}/claims")).JsonAsync()).GetProperty("features")[0].GetProperty("properties").GetProperty("claimId").GetInt64();

        async Task Refused(string url, object body, string field, string words)
        {
            var problem = await (await analyst.PostAsJsonAsync(url, body)).ProblemAsync(400);
            Assert.Contains(words, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains(field, problem.GetRawText(), StringComparison.Ordinal);
        }

        await Refused($"/api/movements/{id}/merge", new { movementId = id }, "movementId", "cannot be merged with itself");
        await Refused($"/api/movements/{id}/merge", new { movementId = 987654321 }, "movementId", "no movement 987654321");
        await Refused($"/api/movements/{id}/merge", new { other = 1 }, "movementId", "{\"movementId\": N}");
        await Refused($"/api/movements/{id}/split", new { claimIds = new[] { claim } }, "claimIds", "leave at least one claim");
        await Refused($"/api/movements/{id}/split", new { claimIds = new[] { foreign } }, "claimIds", "are not claims of movement");
        await Refused($"/api/movements/{id}/flags/strength/confirm", new { }, "kind", "has no strength contradiction now");
        await Refused($"/api/movements/{id}/flags/colour/confirm", new { }, "kind", "not a kind of contradiction");

        await analyst.DeleteAsync($"/api/movements/{other}").ExpectAsync(HttpStatusCode.NoContent);
        await Refused($"/api/movements/{id}/merge", new { movementId = other }, "movementId", "was deleted by");
        await (await analyst.PostAsJsonAsync("/api/movements/987654321/merge", new { movementId = id })).ProblemAsync(404);
        var m = await MovementAsync(id);
        Assert.Equal(1, m.GetProperty("claimCount").GetInt32());
        Assert.Empty((await (await server.Client().GetAsync($"/api/movements/{id}/edits")).JsonAsync()).GetProperty("edits").EnumerateArray());
    }
}

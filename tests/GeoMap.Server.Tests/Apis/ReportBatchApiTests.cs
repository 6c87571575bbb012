using System.Net;
using System.Text;
using System.Text.Json;

namespace GeoMap.Server.Tests.Apis;

/// <summary>A server whose limits are small enough to exceed in a test.</summary>
public sealed class SmallBatchServerFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GeoMap:Server:MaxReportBytes"] = "2000",
        ["GeoMap:Server:MaxBatchBytes"] = "200000",
    };
}

public sealed class ReportBatchApiTests(SmallBatchServerFixture server) : IClassFixture<SmallBatchServerFixture>
{
    private static string Report(string tag) =>
        $"Roughly 600 Polish soldiers ({tag}) were sent from Rzeszów to Suwałki by rail on 3 February 2025, the defence ministry said.";

    private static StringContent Lines(params object[] lines) =>
        new(string.Join("\n", lines.Select(l => l as string ?? JsonSerializer.Serialize(l))) + "\n", Encoding.UTF8, "application/x-ndjson");

    private static async Task<List<JsonElement>> AnswerAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task Each_line_is_answered_in_order_with_its_status_and_the_last_line_sums_them_up()
    {
        var tag = Guid.NewGuid().ToString("N");
        var answer = await AnswerAsync(await server.Client("analyst").PostAsync("/api/reports:batch", Lines(
            new { id = "a", text = Report(tag + "a"), publishedAt = "2025-02-04T08:00:00Z", source = "PAP" },
            new { id = 7, text = Report(tag + "b"), published = "2025-02-04", lang = "en" },
            "",
            new { id = "again", text = Report(tag + "a"), publishedAt = "2025-02-04T08:00:00Z" },
            "{\"id\": \"broken\", \"text\": ",
            new { id = "undated", text = Report(tag + "c") },
            new { id = "nul", text = "a\u0000b", publishedAt = "2025-02-04" })));

        Assert.Equal(7, answer.Count);
        Assert.Equal([1, 2, 4, 5, 6, 7], answer.Take(6).Select(a => a.GetProperty("line").GetInt32()));
        Assert.Equal(["stored", "stored", "duplicate", "failed", "failed", "failed"], answer.Take(6).Select(a => a.GetProperty("status").GetString()));
        Assert.Equal("a", answer[0].GetProperty("id").GetString());
        Assert.Equal(7, answer[1].GetProperty("id").GetInt32());
        Assert.Equal(answer[0].GetProperty("reportId").GetInt64(), answer[2].GetProperty("reportId").GetInt64());
        Assert.Equal("line", answer[3].GetProperty("field").GetString());
        Assert.Equal("publishedAt", answer[4].GetProperty("field").GetString());
        Assert.Equal("text", answer[5].GetProperty("field").GetString());
        Assert.Contains("NUL", answer[5].GetProperty("error").GetString());

        var summary = answer[6].GetProperty("summary");
        Assert.Equal(6, summary.GetProperty("lines").GetInt32());
        Assert.Equal(2, summary.GetProperty("stored").GetInt32());
        Assert.Equal(1, summary.GetProperty("duplicates").GetInt32());
        Assert.Equal(3, summary.GetProperty("failed").GetInt32());
        Assert.False(answer[6].TryGetProperty("error", out _));

        // What was stored is the API's ordinary report, with its movement and the source of its line.
        var stored = await (await server.Client().GetAsync($"/api/reports/{answer[0].GetProperty("reportId").GetInt64()}")).JsonAsync();
        Assert.Equal("PAP", stored.GetProperty("report").GetProperty("source").GetString());
        Assert.NotEqual(0, stored.GetProperty("movements").GetProperty("features").GetArrayLength());
        Assert.Equal(answer[0].GetProperty("movements").GetInt32(), stored.GetProperty("movements").GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Of_lines_with_one_text_the_first_is_stored_and_the_later_are_its_duplicates()
    {
        // Lines run side by side; without an order among lines of one text, whichever finished its analysis first was
        // stored and the first line could come back a duplicate of a later one.
        var tag = Guid.NewGuid().ToString("N");
        var lines = Enumerable.Range(0, 8).SelectMany(i => new object[]
        {
            new { id = $"{i}-first", text = Report($"{tag}-{i}"), publishedAt = "2025-02-04" },
            new { id = $"{i}-again", text = Report($"{tag}-{i}") + "\r\n", publishedAt = "2025-02-04" },
        }).ToArray();

        var answer = await AnswerAsync(await server.Client("analyst").PostAsync("/api/reports:batch", Lines(lines)));

        Assert.Equal(17, answer.Count);
        for (var i = 0; i < 16; i += 2)
        {
            Assert.Equal("stored", answer[i].GetProperty("status").GetString());
            Assert.Equal("duplicate", answer[i + 1].GetProperty("status").GetString());
            Assert.Equal(answer[i].GetProperty("reportId").GetInt64(), answer[i + 1].GetProperty("reportId").GetInt64());
        }
    }

    [Fact]
    public async Task Sending_a_batch_again_stores_nothing_twice()
    {
        var tag = Guid.NewGuid().ToString("N");
        var lines = Enumerable.Range(0, 6).Select(i => (object)new { text = Report($"{tag}-{i}"), publishedAt = "2025-02-04" }).ToArray();
        var first = await AnswerAsync(await server.Client("analyst").PostAsync("/api/reports:batch", Lines(lines)));
        var second = await AnswerAsync(await server.Client("analyst").PostAsync("/api/reports:batch", Lines(lines)));
        Assert.Equal(6, first[^1].GetProperty("summary").GetProperty("stored").GetInt32());
        Assert.Equal(6, second[^1].GetProperty("summary").GetProperty("duplicates").GetInt32());
        Assert.Equal(first.SkipLast(1).Select(a => a.GetProperty("reportId").GetInt64()), second.SkipLast(1).Select(a => a.GetProperty("reportId").GetInt64()));
    }

    [Fact]
    public async Task Fields_a_line_leaves_out_come_from_the_query_string()
    {
        var answer = await AnswerAsync(await server.Client("analyst").PostAsync(
            "/api/reports:batch?publishedAt=2025-02-04T06:00:00Z&source=Reuters&language=en", Lines(new { text = Report(Guid.NewGuid().ToString("N")) })));
        Assert.Equal("stored", answer[0].GetProperty("status").GetString());
        var stored = await (await server.Client().GetAsync($"/api/reports/{answer[0].GetProperty("reportId").GetInt64()}")).JsonAsync();
        Assert.Equal("Reuters", stored.GetProperty("report").GetProperty("source").GetString());
        Assert.Equal("en", stored.GetProperty("report").GetProperty("language").GetString());
    }

    [Fact]
    public async Task A_line_over_the_report_limit_fails_alone()
    {
        var tag = Guid.NewGuid().ToString("N");
        var answer = await AnswerAsync(await server.Client("analyst").PostAsync("/api/reports:batch", Lines(
            new { text = Report(tag) + new string(' ', 3_000) + ".", publishedAt = "2025-02-04" },
            new { text = Report(tag), publishedAt = "2025-02-04" })));
        Assert.Equal("failed", answer[0].GetProperty("status").GetString());
        Assert.Contains("2,000 bytes", answer[0].GetProperty("error").GetString());
        Assert.Equal("stored", answer[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_batch_over_the_total_limit_is_refused_at_once_when_its_length_is_declared_and_cut_where_it_passes_the_limit_when_not()
    {
        var tag = Guid.NewGuid().ToString("N");
        // 150 lines of about 1.5 KB: the limit (200 KB) falls within the batch.
        var lines = Enumerable.Range(0, 150).Select(i => (object)new { text = $"Line {i} ({tag}). " + new string('z', 1_400), publishedAt = "2025-02-04" }).ToArray();
        var declared = await server.Client("analyst").PostAsync("/api/reports:batch", Lines(lines));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);

        // Sent chunked, without a length: the lines before the limit are taken, and the last line says why it stopped.
        var body = await Lines(lines).ReadAsByteArrayAsync();
        var answer = await AnswerAsync(await server.Client("analyst").PostAsync("/api/reports:batch", new Chunked(body, "application/x-ndjson")));
        var last = answer[^1];
        Assert.Contains("200,000 bytes", last.GetProperty("error").GetString());
        var answered = answer.Count - 1;
        Assert.InRange(answered, 1, 149);
        Assert.Equal(answered, last.GetProperty("summary").GetProperty("lines").GetInt32());
    }

    /// <summary>A body of unknown length, as a client streaming a large file sends it.</summary>
    private sealed class Chunked : HttpContent
    {
        private readonly byte[] body;

        public Chunked(byte[] body, string mediaType)
        {
            this.body = body;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task A_batch_needs_an_analyst_key_and_json_lines()
    {
        var body = Lines(new { text = Report(Guid.NewGuid().ToString("N")), publishedAt = "2025-02-04" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client().PostAsync("/api/reports:batch", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client("viewer").PostAsync("/api/reports:batch", body)).StatusCode);
        var json = new StringContent("[{\"text\": \"x\"}]", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await server.Client("analyst").PostAsync("/api/reports:batch", json)).StatusCode);
        var badDefault = await server.Client("analyst").PostAsync("/api/reports:batch?publishedAt=yesterday", Lines(new { text = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, badDefault.StatusCode);
    }
}

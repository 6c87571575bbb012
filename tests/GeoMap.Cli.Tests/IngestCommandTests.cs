using System.Text;
using System.Text.Json;
using GeoMap.Testing;

namespace GeoMap.Cli.Tests;

public sealed class IngestCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private Dictionary<string, string> Environment => new() { ["GEOMAP_DB"] = database.ConnectionString };

    private static string Line(string text, string? published = "2025-03-04") =>
        JsonSerializer.Serialize(published is null ? new { text } : (object)new { text, publishedAt = published });

    private static string Report(string tag, int i) =>
        $"About {100 + i} Romanian engineers ({tag}) were sent from Constanța to Galați by road on 2 March 2025, the army said.";

    private async Task<long> StoredAsync(string tag)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM reports WHERE text LIKE '%' || $1 || '%'");
        command.Parameters.Add(new() { Value = tag });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static JsonElement Summary(GeomapProcess.Outcome outcome) => JsonDocument.Parse(outcome.Stdout).RootElement;

    [Fact]
    public async Task A_file_is_imported_with_a_summary_and_the_reason_of_each_failed_line_and_importing_it_again_stores_nothing_new()
    {
        var tag = Guid.NewGuid().ToString("N");
        var file = GeomapProcess.TempFile("reports.jsonl", Encoding.UTF8.GetBytes(string.Join("\n",
            Line(Report(tag, 1)), Line(Report(tag, 2)), Line(Report(tag, 1)), "[1, 2]", Line(Report(tag, 3), published: null), Line(Report(tag, 4))) + "\n"));

        var first = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", "--jsonl", file, "--json");
        Assert.Equal(1, first.ExitCode); // some lines failed
        var summary = Summary(first).GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("stored").GetInt32());
        Assert.Equal(1, summary.GetProperty("duplicates").GetInt32());
        Assert.Equal(2, summary.GetProperty("failed").GetInt32());
        var failures = Summary(first).GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal([4, 5], failures.Select(f => f.GetProperty("line").GetInt32()));
        Assert.Equal(["body", "publishedAt"], failures.Select(f => f.GetProperty("field").GetString()));
        Assert.Equal(3, await StoredAsync(tag));
        Assert.False(File.Exists(file + ".progress.json"));

        // A person gets the same in words, the failed lines on stderr.
        var again = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", "--jsonl", file);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("0 stored", again.Stdout);
        Assert.Contains("4 already stored", again.Stdout);
        Assert.Contains("line 5: publishedAt:", again.Stderr);
        Assert.Equal(3, await StoredAsync(tag));
    }

    [Fact]
    public async Task Lines_without_a_date_take_the_one_given_on_the_command_line()
    {
        var tag = Guid.NewGuid().ToString("N");
        var file = GeomapProcess.TempFile("undated.jsonl", Encoding.UTF8.GetBytes(Line(Report(tag, 1), published: null) + "\n"));
        var outcome = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", "--jsonl", file, "--published", "2025-03-04", "--source", "Agerpres", "--json");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(1, Summary(outcome).GetProperty("summary").GetProperty("stored").GetInt32());

        var refused = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", "--jsonl", file, "--published", "the day before");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("publishedAt", refused.Stderr);
    }

    [Fact]
    public async Task An_interrupted_import_continues_after_the_last_line_it_saved()
    {
        var tag = Guid.NewGuid().ToString("N");
        var lines = Enumerable.Range(1, 5).Select(i => Line(Report(tag, i))).ToList();
        var content = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        var file = GeomapProcess.TempFile("resume.jsonl", content);

        // The progress an earlier run saved when it was stopped after line 2 (both stored then).
        var info = new FileInfo(file);
        var afterTwo = Encoding.UTF8.GetByteCount(lines[0] + "\n" + lines[1] + "\n");
        File.WriteAllText(file + ".progress.json", JsonSerializer.Serialize(new
        {
            File = info.FullName, Length = info.Length, Modified = info.LastWriteTimeUtc, Offset = afterTwo, Line = 2,
            Counts = new { Stored = 2, Duplicates = 0, Failed = 0, Movements = 2 }, Failures = Array.Empty<object>(),
        }));

        var outcome = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", "--jsonl", file, "--json");
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(Summary(outcome).GetProperty("resumed").GetBoolean());
        Assert.Equal(5, Summary(outcome).GetProperty("summary").GetProperty("stored").GetInt32());
        Assert.Equal(3, await StoredAsync(tag)); // lines 1 and 2 were not read again
        Assert.False(File.Exists(file + ".progress.json"));

        // --restart reads from the first line; what is stored already counts as duplicates.
        File.WriteAllText(file + ".progress.json", "{ not the progress of anything");
        var restarted = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", "--jsonl", file, "--json", "--restart");
        Assert.Equal(0, restarted.ExitCode);
        Assert.Equal(2, Summary(restarted).GetProperty("summary").GetProperty("stored").GetInt32());
        Assert.Equal(3, Summary(restarted).GetProperty("summary").GetProperty("duplicates").GetInt32());
        Assert.Equal(5, await StoredAsync(tag));
    }

    [Fact]
    public async Task A_missing_file_is_one_clear_line()
    {
        var outcome = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", "--jsonl", "/nonexistent/reports.jsonl");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("file not found: /nonexistent/reports.jsonl", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
    }
}

public sealed class IngestLinkCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private Dictionary<string, string> Environment => new() { ["GEOMAP_DB"] = database.ConnectionString };

    [Fact]
    public async Task A_page_given_by_its_address_is_fetched_and_its_article_stored_and_a_bad_address_is_explained()
    {
        using var listener = new System.Net.HttpListener();
        var port = System.Net.Sockets.TcpListener.Create(0) is var probe && Start(probe) is var p ? p : 0;
        var prefix = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var serve = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var html = "<html lang=\"en\"><head><meta property=\"article:published_time\" content=\"2025-04-02T10:00:00Z\"><title>Engineers move</title></head><body>" +
                       "<nav>Home | World | Sport | Newsletter signup</nav><article><h1>Engineers move</h1>" +
                       $"<p>About 400 Slovak engineers (unit {tag}) were sent from Prešov to Košice by road on 1 April 2025, the army said on Wednesday.</p>" +
                       "<p>They will build a temporary bridge over the river before returning home at the end of the month, officials added.</p></article>" +
                       "<footer>Cookie settings</footer></body></html>";
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        });

        var outcome = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest", prefix + "story", "ftp://example.org/x", "--json");
        await serve;
        Assert.Equal(1, outcome.ExitCode);
        var results = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("stored", results[0].GetProperty("status").GetString());
        Assert.Equal("failed", results[1].GetProperty("status").GetString());
        Assert.Contains("not an http or https address", results[1].GetProperty("error").GetString());

        await using var command = database.DataSource.CreateCommand("SELECT text FROM reports WHERE text LIKE '%' || $1 || '%'");
        command.Parameters.Add(new() { Value = tag });
        var text = (string)(await command.ExecuteScalarAsync())!;
        Assert.StartsWith("Engineers move\n\nAbout 400 Slovak engineers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Newsletter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_needs_addresses_or_a_file_not_both_nor_neither()
    {
        var neither = await GeomapProcess.RunWithEnvironmentAsync(Environment, null, "ingest");
        Assert.Equal(1, neither.ExitCode);
        Assert.Contains("Give either addresses of report pages", neither.Stderr);
    }

    private static int Start(System.Net.Sockets.TcpListener probe)
    {
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

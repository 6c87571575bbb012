using System.Text;
using System.Text.Json;

namespace GeoMap.Cli.Tests;

public class ExtractCommandTests
{
    private const string French =
        "D'après le NIS, la Corée du Nord a envoyé 1 500 soldats des forces spéciales à Vladivostok par navire entre le 8 et le 13 octobre. "
        + "Séoul a convoqué l'ambassadeur russe.";

    [Fact]
    public async Task A_file_gives_places_and_movements_as_json()
    {
        var file = GeomapProcess.TempFile("report.txt", Encoding.UTF8.GetBytes(French));
        var run = await GeomapProcess.RunAsync(null, "extract", file, "--published", "2024-10-18", "--lang", "fr", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var places = json.RootElement.GetProperty("places");
        var vladivostok = places.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Vladivostok");
        Assert.Equal(French.IndexOf("Vladivostok", StringComparison.Ordinal), vladivostok.GetProperty("start").GetInt32());
        Assert.Equal(2013348, vladivostok.GetProperty("geonameId").GetInt64());
        Assert.Equal("RU", vladivostok.GetProperty("countryCode").GetString());
        foreach (var field in new[] { "end", "lat", "lon", "confidence" })
        {
            Assert.True(vladivostok.TryGetProperty(field, out _), field);
        }

        var movement = Assert.Single(json.RootElement.GetProperty("movements").EnumerateArray());
        Assert.Equal(1500, movement.GetProperty("strength").GetProperty("min").GetInt32());
        Assert.Equal("completed", movement.GetProperty("status").GetString());
        Assert.Equal("sea", movement.GetProperty("mode").GetString());
        Assert.Equal("2024-10-08T00:00:00Z", movement.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2024-10-08T00:00:00Z", movement.GetProperty("start").GetString());

        // The API's vocabulary (MovementJson), not one of extract's own.
        Assert.Equal("NIS", movement.GetProperty("claimedBy").GetString());
        Assert.False(movement.TryGetProperty("source", out _));
        var destination = movement.GetProperty("destination");
        Assert.Equal("RU", destination.GetProperty("countryCode").GetString());
        Assert.Equal(JsonValueKind.Number, destination.GetProperty("geonameId").ValueKind);
        Assert.False(destination.TryGetProperty("geonameid", out _));
    }

    [Fact]
    public async Task Json_lines_come_back_one_per_input_in_order()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            var text = i % 2 == 0 ? French : "North Korea sent 3,000 troops to Russia by train last week.";
            lines.AppendLine(JsonSerializer.Serialize(new { id = i, text, published = "2024-10-18" }));
        }

        var run = await GeomapProcess.RunAsync(lines.ToString(), "extract", "--jsonl");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var output = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(40, output.Length);
        for (var i = 0; i < 40; i++)
        {
            using var json = JsonDocument.Parse(output[i]);
            Assert.Equal(i, json.RootElement.GetProperty("id").GetInt32());
            var movement = Assert.Single(json.RootElement.GetProperty("movements").EnumerateArray());
            Assert.Equal(i % 2 == 0 ? "sea" : "rail", movement.GetProperty("mode").GetString());
        }
    }

    [Fact]
    public async Task A_bad_json_line_gets_an_error_line_and_a_failing_exit()
    {
        var input = "{\"id\":\"a\",\"text\":\"Russia moved 500 troops to Belarus by train.\",\"published\":\"2024-10-18\"}\nnot json\n{\"id\":\"c\",\"text\":\"\"}\n";
        var run = await GeomapProcess.RunAsync(input, "extract", "--jsonl");
        Assert.NotEqual(0, run.ExitCode);
        var output = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, output.Length);
        Assert.Contains("\"movements\"", output[0], StringComparison.Ordinal);
        Assert.Contains("\"error\"", output[1], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"c\"", output[2], StringComparison.Ordinal);
        Assert.Contains("line 2", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-published")]
    [InlineData("binary")]
    [InlineData("empty")]
    [InlineData("no-such-file")]
    [InlineData("bad-date")]
    [InlineData("bad-language")]
    [InlineData("far-future")]
    public async Task Bad_input_gets_a_clear_message_and_no_stack_trace(string kind)
    {
        var good = GeomapProcess.TempFile("good.txt", Encoding.UTF8.GetBytes(French));
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        string[] args = kind switch
        {
            "missing-published" => ["extract", good],
            "binary" => ["extract", GeomapProcess.TempFile("x.bin", bytes), "--published", "2024-10-18"],
            "empty" => ["extract", GeomapProcess.TempFile("empty.txt", []), "--published", "2024-10-18"],
            "no-such-file" => ["extract", "/nonexistent/report.txt", "--published", "2024-10-18"],
            "bad-date" => ["extract", good, "--published", "18/10/2024"],
            "far-future" => ["extract", good, "--published", "9999-12-31"],
            _ => ["extract", good, "--published", "2024-10-18", "--lang", "pt"],
        };
        var run = await GeomapProcess.RunAsync(null, args);
        Assert.NotEqual(0, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Stderr));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout.Trim());
    }

    [Fact]
    public async Task Given_spans_are_resolved_exactly_one_place_per_span_in_order()
    {
        // "Mayor Jackson" is a person for the recognizer; given as a span it is resolved anyway. "Qwxzy" is in no gazetteer.
        const string text = "Mayor Jackson spoke in Augusta, Maine, about Qwxzy and Lyon.";
        int[] Span(string s) => [text.IndexOf(s, StringComparison.Ordinal), text.IndexOf(s, StringComparison.Ordinal) + s.Length];
        var line = JsonSerializer.Serialize(new { id = "s", text, spans = new[] { Span("Lyon"), Span("Jackson"), Span("Augusta"), Span("Qwxzy") } });
        var run = await GeomapProcess.RunAsync(line + "\n", "extract", "--jsonl");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.False(json.RootElement.TryGetProperty("movements", out _));
        var places = json.RootElement.GetProperty("places").EnumerateArray().ToList();
        Assert.Equal(["Lyon", "Jackson", "Augusta", "Qwxzy"], places.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("FR", places[0].GetProperty("countryCode").GetString());
        Assert.Equal(JsonValueKind.String, places[1].GetProperty("resolved").ValueKind);
        Assert.Equal("US", places[2].GetProperty("countryCode").GetString());
        Assert.True(places[2].GetProperty("lon").GetDouble() < -65, "Augusta, Maine lies in the north-east of the US");
        Assert.Equal(JsonValueKind.Null, places[3].GetProperty("resolved").ValueKind);
        Assert.Equal(Span("Qwxzy")[0], places[3].GetProperty("start").GetInt32());
    }

    [Theory]
    [InlineData("[[5, 2]]", "span 1")]
    [InlineData("[[0, 999]]", "span 1")]
    [InlineData("[[0, 4], [7]]", "item 2")]
    [InlineData("\"0-4\"", "array")]
    public async Task Bad_spans_get_an_error_line_that_says_which(string spans, string expected)
    {
        var line = "{\"id\":1,\"text\":\"Lyon and Paris.\",\"spans\":" + spans + "}\n";
        var run = await GeomapProcess.RunAsync(line, "extract", "--jsonl");
        Assert.NotEqual(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Contains(expected, json.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}

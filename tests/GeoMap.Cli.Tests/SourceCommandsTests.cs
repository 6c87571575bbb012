using System.Text.Json;
using GeoMap.Cli.Commands;
using GeoMap.Core.Queries;
using GeoMap.Testing;

namespace GeoMap.Cli.Tests;

/// <summary><c>geomap source add|list|pause|resume|rm</c> on the database a server polls from.</summary>
public sealed class SourceCommandsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private Dictionary<string, string> Environment => new() { ["GEOMAP_DB"] = database.ConnectionString };

    private Task<GeomapProcess.Outcome> Run(params string[] args) => GeomapProcess.RunWithEnvironmentAsync(Environment, null, args);

    [Fact]
    public async Task A_source_is_added_once_listed_paused_resumed_and_removed()
    {
        var url = $"https://wire.example/{Guid.NewGuid():N}/rss";
        var added = await Run("source", "add", url, "--interval", "30m", "--source", "Wire Service", "--language", "uk", "--json");
        Assert.True(added.ExitCode == 0, added.Stderr);
        var feed = JsonDocument.Parse(added.Stdout).RootElement;
        var id = feed.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1800, "Wire Service", "uk", "active"), (feed.GetProperty("intervalSeconds").GetInt32(), feed.GetProperty("source").GetString(),
            feed.GetProperty("language").GetString(), feed.GetProperty("state").GetString()));

        var again = await Run("source", "add", url);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already follows", again.Stdout, StringComparison.Ordinal);

        Assert.Equal(0, (await Run("source", "pause", id)).ExitCode);
        var listed = JsonDocument.Parse((await Run("source", "list", "--json")).Stdout).RootElement;
        Assert.Equal("paused", listed.EnumerateArray().Single(f => f.GetProperty("url").GetString() == url).GetProperty("state").GetString());
        Assert.Equal(0, (await Run("source", "resume", id)).ExitCode);
        Assert.Equal(0, (await Run("source", "rm", id)).ExitCode);
        var gone = await Run("source", "rm", id);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains("No source", gone.Stderr + gone.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://wire.example/rss", "15m", "http or https")]
    [InlineData("https://wire.example/rss", "10s", "--interval must be")]
    [InlineData("https://wire.example/rss", "3w", "--interval must be")]
    public async Task Bad_sources_are_refused_with_the_reason(string url, string interval, string reason)
    {
        var outcome = await Run("source", "add", url, "--interval", interval);
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains(reason, outcome.Stderr + outcome.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("900", 900)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86_400)]
    [InlineData(" 90S ", 90)]
    public void Intervals_are_read_with_their_unit(string text, int seconds) => Assert.Equal(seconds, SourceCommands.Interval(text));

    [Theory]
    [InlineData("")]
    [InlineData("59")]
    [InlineData("8d")]
    [InlineData("5x")]
    [InlineData("-5m")]
    public void Other_intervals_are_refused(string text) => Assert.Throws<InvalidQueryException>(() => SourceCommands.Interval(text));
}

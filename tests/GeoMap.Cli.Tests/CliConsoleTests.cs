namespace GeoMap.Cli.Tests;

public class CliConsoleTests
{
    [Theory]
    [InlineData(new[] { "overlay", "list", "--from", "last week" }, "'last week'", "ISO 8601", "geomap overlay list --help")]
    [InlineData(new[] { "overlay", "rm", "not-an-id" }, "'not-an-id'", "hexadecimal", "geomap overlay rm --help")]
    [InlineData(new[] { "overlay", "list", "--limit", "many" }, "'many'", "a whole number", "geomap overlay list --help")]
    [InlineData(new[] { "render", "--opacity", "half", "--output", "x.png" }, "'half'", "a number", "geomap render --help")]
    public async Task A_value_that_does_not_parse_is_explained_in_words_with_the_way_to_help(string[] args, string value, string expected, string help)
    {
        var run = await GeomapProcess.RunAsync(null, args);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(value, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(help, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_shown_even_when_required_values_are_missing()
    {
        var run = await GeomapProcess.RunAsync(null, "overlay", "add", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task A_message_longer_than_a_terminal_line_is_not_wrapped_when_redirected()
    {
        var missing = Path.Combine(Path.GetTempPath(), "geomap-cli-tests", new string('d', 60), "a-report-that-does-not-exist-with-a-long-name.txt");
        var run = await GeomapProcess.RunAsync(null, "extract", missing, "--published", "2026-10-18");
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.True(line.Length > 120);
        Assert.DoesNotContain("\u001b[", run.Stderr, StringComparison.Ordinal);
    }
}

using System.Text;
using GeoMap.Server.Ingest;

namespace GeoMap.Server.Tests.Imports;

public sealed class BatchLinesTests
{
    private static async Task<List<BatchLine>> ReadAsync(byte[] input, long maxLineBytes = 1_000, long startOffset = 0, int firstNumber = 1, long maxTotalBytes = long.MaxValue)
    {
        using var stream = new MemoryStream(input);
        stream.Position = startOffset;
        var lines = new List<BatchLine>();
        await foreach (var line in BatchLines.ReadAsync(stream, maxLineBytes, startOffset, firstNumber, maxTotalBytes))
        {
            lines.Add(line);
        }

        return lines;
    }

    [Theory]
    [InlineData("{\"a\":1}\n{\"b\":2}\n", new[] { "{\"a\":1}", "{\"b\":2}" })]
    [InlineData("{\"a\":1}\r\n{\"b\":2}", new[] { "{\"a\":1}", "{\"b\":2}" })] // CRLF, and a last line without a break
    [InlineData("\uFEFF{\"a\":1}\n\n{\"b\":2}\n", new[] { "{\"a\":1}", "", "{\"b\":2}" })] // a byte-order mark, a blank line
    [InlineData("", new string[0])]
    public async Task Lines_are_split_on_line_feeds_whatever_the_line_ends(string input, string[] expected)
    {
        var lines = await ReadAsync(Encoding.UTF8.GetBytes(input));
        Assert.Equal(expected, lines.Select(l => l.Json));
        Assert.Equal(Enumerable.Range(1, expected.Length), lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Null(l.ReadError));
    }

    [Fact]
    public async Task Each_line_knows_the_offset_after_it_so_reading_again_from_there_gives_the_lines_that_follow()
    {
        var input = Encoding.UTF8.GetBytes("{\"place\":\"Kyïv\"}\n{\"place\":\"Харків\"}\n{\"place\":\"서울\"}\n");
        var all = await ReadAsync(input);
        Assert.Equal(input.Length, all[^1].EndOffset);

        var resumed = await ReadAsync(input, startOffset: all[0].EndOffset, firstNumber: 2);
        Assert.Equal(all.Skip(1), resumed);
    }

    [Fact]
    public async Task A_line_over_the_limit_is_given_as_an_error_alone_and_the_next_line_is_read()
    {
        // Longer than the limit and than the reader's buffer, so that it is dropped in pieces.
        var input = Encoding.UTF8.GetBytes("{\"a\":1}\n{\"text\":\"" + new string('x', 200_000) + "\"}\n{\"b\":2}\n");
        var lines = await ReadAsync(input, maxLineBytes: 1_000);
        Assert.Equal(3, lines.Count);
        Assert.Null(lines[0].ReadError);
        Assert.Contains("longer than the limit of 1,000 bytes", lines[1].ReadError);
        Assert.Equal("{\"b\":2}", lines[2].Json);
        Assert.Equal(input.Length, lines[2].EndOffset);
    }

    [Fact]
    public async Task A_line_of_bytes_that_are_not_utf8_is_given_as_an_error_alone()
    {
        var input = new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}', (byte)'\n', (byte)'{', (byte)'}', (byte)'\n' };
        var lines = await ReadAsync(input);
        Assert.Contains("not valid UTF-8", lines[0].ReadError);
        Assert.Equal("{}", lines[1].Json);
    }

    [Fact]
    public async Task Input_over_the_total_limit_stops_reading_with_its_own_error()
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"n\":1}\n", 100_000)));
        var error = await Assert.ThrowsAsync<BatchTooLargeException>(() => ReadAsync(input, maxTotalBytes: 100_000));
        Assert.Equal(100_000, error.Limit);
    }
}

using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;

namespace GeoMap.Server.Ingest;

/// <summary>
/// Splits a stream of JSON lines (a file, a request body) into <see cref="BatchLine"/>s without ever holding more than one
/// line: a line longer than the limit is skipped to its end and given as a read error, as is one that is not UTF-8.
/// </summary>
public static class BatchLines
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines of <paramref name="stream"/>, numbered from <paramref name="firstNumber"/>, offsets counted from <paramref name="startOffset"/>.</summary>
    /// <param name="stream">The input, positioned where reading starts.</param>
    /// <param name="maxLineBytes">Longest line accepted, in bytes (without its break).</param>
    /// <param name="startOffset">The byte offset of the stream's position in the whole input (non-zero when resuming).</param>
    /// <param name="firstNumber">The number of the first line read (greater than 1 when resuming).</param>
    /// <param name="maxTotalBytes">Most bytes read from the stream; past it, <see cref="BatchTooLargeException"/>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async IAsyncEnumerable<BatchLine> ReadAsync(
        Stream stream, long maxLineBytes, long startOffset = 0, int firstNumber = 1, long maxTotalBytes = long.MaxValue,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        var number = firstNumber;
        var offset = startOffset;
        long skipping = -1; // bytes of an over-long line dropped so far, or -1 when not inside one
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = read.Buffer;
                if (offset - startOffset + buffer.Length > maxTotalBytes)
                {
                    throw new BatchTooLargeException(maxTotalBytes);
                }

                while (true)
                {
                    var end = buffer.PositionOf((byte)'\n');
                    if (end is null)
                    {
                        break;
                    }

                    var content = buffer.Slice(0, end.Value);
                    var taken = content.Length + 1;
                    offset += taken;
                    if (skipping >= 0)
                    {
                        yield return TooLong(number++, offset, maxLineBytes);
                        skipping = -1;
                    }
                    else
                    {
                        yield return Line(number++, content, offset, maxLineBytes);
                    }

                    buffer = buffer.Slice(buffer.GetPosition(1, end.Value));
                }

                if (read.IsCompleted)
                {
                    if (skipping >= 0 || buffer.Length > 0)
                    {
                        offset += buffer.Length;
                        yield return skipping >= 0 ? TooLong(number, offset, maxLineBytes) : Line(number, buffer, offset, maxLineBytes);
                    }

                    reader.AdvanceTo(buffer.End);
                    break;
                }

                if (buffer.Length > maxLineBytes || skipping >= 0)
                {
                    // No break within the limit: drop what is buffered and keep dropping to the next break.
                    skipping = Math.Max(skipping, 0) + buffer.Length;
                    offset += buffer.Length;
                    reader.AdvanceTo(buffer.End);
                }
                else
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private static BatchLine Line(int number, ReadOnlySequence<byte> content, long endOffset, long maxLineBytes)
    {
        if (content.Length > maxLineBytes)
        {
            return TooLong(number, endOffset, maxLineBytes);
        }

        try
        {
            var text = StrictUtf8.GetString(content);
            return new BatchLine(number, text.TrimEnd('\r').TrimStart('\uFEFF'), endOffset);
        }
        catch (DecoderFallbackException)
        {
            return new BatchLine(number, "", endOffset, "The line is not valid UTF-8 text; save the file as UTF-8.");
        }
    }

    private static BatchLine TooLong(int number, long endOffset, long maxLineBytes) => new(number, "", endOffset, string.Create(CultureInfo.InvariantCulture,
        $"The line is longer than the limit of {maxLineBytes:N0} bytes for one report; split the report or raise GeoMap:Server:MaxReportBytes."));
}

/// <summary>A batch longer than its limit; the lines read before it keep their results.</summary>
public sealed class BatchTooLargeException(long limit)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"The batch is larger than the limit of {limit:N0} bytes; the lines answered before this were taken, send the rest as another batch."))
{
    /// <summary>The limit in bytes.</summary>
    public long Limit { get; } = limit;
}

namespace GeoMap.Core.Registry;

/// <summary>Reads the lines of a text as spans over one reusable buffer, so that skipping a line allocates nothing.</summary>
/// <remarks>
/// A full allCountries.txt has 12 million lines of which the importer keeps a few percent; a string per line
/// (<see cref="TextReader.ReadLine"/>) made gigabytes of garbage, and with a large heap of kept names every
/// collection of it was slow. A span is valid until the next call. A line longer than <see cref="MaxLineLength"/>
/// (GeoNames rows stay under 20,000 characters) is skipped whole rather than buffered.
/// </remarks>
/// <param name="reader">The text.</param>
public sealed class LineReader(TextReader reader)
{
    /// <summary>Longest line returned; longer ones are skipped.</summary>
    public const int MaxLineLength = 1 << 20;

    private char[] buffer = new char[1 << 16];
    private int start;
    private int end;
    private bool exhausted;
    private bool skipping;

    /// <summary>Reads the next line, without its line break (<c>\n</c> or <c>\r\n</c>).</summary>
    /// <param name="line">The line, valid until the next call.</param>
    /// <returns>False at the end of the text.</returns>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = buffer.AsSpan(start, end - start);
            var newline = pending.IndexOf('\n');
            if (skipping && (newline >= 0 || exhausted))
            {
                // The rest of an overlong line: drop it.
                start = newline >= 0 ? start + newline + 1 : end;
                skipping = false;
                continue;
            }

            if (!skipping && (newline >= 0 || (exhausted && pending.Length > 0)))
            {
                var length = newline >= 0 ? newline : pending.Length;
                line = pending[..length];
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                start += newline >= 0 ? length + 1 : length;
                return true;
            }

            if (exhausted)
            {
                line = default;
                return false;
            }

            if (skipping || pending.Length >= MaxLineLength)
            {
                skipping = true;
                (start, end) = (0, 0);
            }
            else if (start > 0)
            {
                Array.Copy(buffer, start, buffer, 0, end - start);
                (start, end) = (0, end - start);
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxLineLength));
            }

            var read = reader.Read(buffer, end, buffer.Length - end);
            exhausted = read == 0;
            end += read;
        }
    }
}

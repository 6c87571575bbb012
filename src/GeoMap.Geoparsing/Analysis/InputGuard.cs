using System.Globalization;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>Rejects input that is not text worth analysing, with a message that says why.</summary>
public static class InputGuard
{
    /// <summary>The largest text accepted, in UTF-16 code units (64 Mi: a 20 MB report passes comfortably).</summary>
    public const int MaxLength = 64 * 1024 * 1024;

    /// <summary>Throws <see cref="UnusableInputException"/> when <paramref name="text"/> is empty, binary or too large.</summary>
    /// <remarks>Binary is judged on the first 64 KiB: more than 5 % control characters (other than tab, line feed,
    /// carriage return and form feed), NULs or U+FFFD replacement characters.</remarks>
    public static void Check(string? text)
    {
        if (text is null || text.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            throw new UnusableInputException("The report is empty: give the text of a news report.");
        }

        if (text.Length > MaxLength)
        {
            throw new UnusableInputException(string.Create(CultureInfo.InvariantCulture, $"The report has {text.Length} characters; the limit is {MaxLength}. Split it into articles."));
        }

        var sample = Math.Min(text.Length, 65_536);
        var bad = 0;
        var letters = 0;
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                bad++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (bad * 20 > sample)
        {
            throw new UnusableInputException("The input looks like binary data, not text: give a UTF-8 text or HTML file.");
        }

        if (letters == 0 && sample == text.Length)
        {
            throw new UnusableInputException("The report contains no words: give the text of a news report.");
        }
    }
}

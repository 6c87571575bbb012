namespace GeoMap.Geoparsing.Extraction.Sentences;

/// <summary>Splits a text into sentences, keeping UTF-16 offsets into the original text.</summary>
/// <remarks>
/// A sentence ends at '.', '!', '?' or '…' (with any closing quotes or brackets after it, French '»'
/// included) when whitespace and then an upper-case letter, a letter of a script without case (Hangul, Arabic), a digit,
/// an opening quote or a heading mark follow (Arabic '؟' ends one too), unless the word before the dot is a known abbreviation ("M.", "Gen.", "St.") or a
/// single letter (an initial, "U.S."). Another language's abbreviation counts only written with a capital, as a title
/// quoted with a name is ("Gen.", "Dr."): its lower-case ones are words here (English "est." is Italian "est", east).
/// A line break ends a sentence unless the next line starts in
/// lower case (a hard-wrapped line); a line break that ends a sentence also ends the paragraph.
/// Digit groups ("1 500", "12.000") never split because no whitespace follows their separator.
/// </remarks>
public sealed class SentenceSplitter
{
    private readonly HashSet<string> _abbreviations;
    private readonly HashSet<string>? _own;

    /// <summary>Creates a splitter that knows the given abbreviations (without their dot, any case).</summary>
    public SentenceSplitter(IEnumerable<string> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Creates a splitter for a text of one language: its <paramref name="own"/> abbreviations count in any case, the
    /// other <paramref name="abbreviations"/> (those of other languages) only when the word is written with a capital.
    /// </summary>
    public SentenceSplitter(IEnumerable<string> abbreviations, IEnumerable<string> own)
        : this(abbreviations.Concat(own))
    {
        _own = new HashSet<string>(own, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Splits <paramref name="text"/>.</summary>
    public List<Sentence> Split(string text) => Split(text, ordinalDot: false);

    /// <summary>Splits <paramref name="text"/>; with <paramref name="ordinalDot"/>, a dot after one to three digits is an ordinal's ("21. Brygada").</summary>
    public List<Sentence> Split(string text, bool ordinalDot)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }
                else if (c == '\n' && sentences.Count > 0 && sentences[^1].Paragraph == paragraph)
                {
                    paragraph++;
                }

                continue;
            }

            if (c == '\n')
            {
                var next = NextVisible(text, i + 1);
                var heading = text[start] == '#';
                if (heading || next < 0 || !char.IsLower(text[next]) || HasBlankLine(text, i + 1, next))
                {
                    Add(sentences, text, start, i, paragraph, titleLine: true);
                    paragraph++;
                    start = -1;
                }

                continue;
            }

            if (c is '.' or '!' or '?' or '…' or '؟')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] is '.' or '!' or '?' or '…' or '»' or '"' or '”' or '\'' or '’' or ')' or ']'
                    || (text[end] is ' ' or '\u00A0' or '\u202F' && end + 1 < text.Length && text[end + 1] == '»')))
                {
                    end++;
                }

                if (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    continue;
                }

                var next = NextVisible(text, end);
                if (next >= 0 && !StartsSentence(text[next]))
                {
                    i = end - 1;
                    continue;
                }

                if (c == '.' && next >= 0 && (IsAbbreviation(text, start, i) || (ordinalDot && IsOrdinal(text, start, i))))
                {
                    i = end - 1;
                    continue;
                }

                Add(sentences, text, start, end, paragraph);
                start = -1;
                i = end - 1;
            }
        }

        if (start >= 0)
        {
            Add(sentences, text, start, text.Length, paragraph);
        }

        return sentences;
    }

    // A letter of a script without case (Hangul, Arabic) cannot show a new sentence by a capital: it starts one after a dot.
    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '«' or '"' or '“' or '\'' or '(' or '#' or '-' or '—' or '–' or '[' || !char.IsLetter(c) && !char.IsPunctuation(c)
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherLetter;

    // "21. Brygady", "101. Dywizji": one to three digits standing alone before the dot.
    private static bool IsOrdinal(string text, int sentenceStart, int dot)
    {
        var b = dot;
        while (b > sentenceStart && char.IsAsciiDigit(text[b - 1]))
        {
            b--;
        }

        return dot - b is >= 1 and <= 3 && (b == sentenceStart || char.IsWhiteSpace(text[b - 1]));
    }

    private bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var b = dot;
        while (b > sentenceStart && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        var word = text[b..dot];
        if (word.Length == 0)
        {
            return false;
        }

        return word.Length == 1 && char.IsUpper(word[0])
            || (_abbreviations.Contains(word) && (_own is null || char.IsUpper(word[0]) || _own.Contains(word)));
    }

    private static int NextVisible(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool HasBlankLine(string text, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph, bool titleLine = false)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            // A line that a line break ends without final punctuation is a headline, not a statement.
            var title = titleLine && text[end - 1] is not ('.' or '!' or '?' or '…' or '»' or '"' or '”' or ')' or ':' or ';' or ',');
            sentences.Add(new Sentence(text[start..end], start, paragraph, sentences.Count) { IsTitleLine = title });
        }
    }
}

namespace GeoMap.Geoparsing.Extraction.Sentences;

/// <summary>A sentence of a text with its UTF-16 span and the paragraph it belongs to.</summary>
/// <param name="Text">The sentence, trimmed.</param>
/// <param name="Start">UTF-16 offset of its first character in the text.</param>
/// <param name="Paragraph">Zero-based paragraph number; headings and blank lines start paragraphs.</param>
/// <param name="Index">Zero-based sentence number in the text.</param>
public sealed record Sentence(string Text, int Start, int Paragraph, int Index)
{
    /// <summary>UTF-16 offset one past the last character.</summary>
    public int End => Start + Text.Length;

    /// <summary>True for a title line: a markdown heading ("## …") or a line without final punctuation.</summary>
    public bool IsHeading => Text.StartsWith('#') || IsTitleLine;

    /// <summary>True when the sentence is a whole line that does not end with sentence punctuation (a headline).</summary>
    public bool IsTitleLine { get; init; }
}

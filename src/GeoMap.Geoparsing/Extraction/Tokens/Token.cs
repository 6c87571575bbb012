namespace GeoMap.Geoparsing.Extraction.Tokens;

/// <summary>The coarse kinds of token the extractors look at.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly joined by hyphens ("nord-coréens").</summary>
    Word,

    /// <summary>Digits, possibly grouped ("12 000", "12,000") or decimal ("1,5").</summary>
    Number,

    /// <summary>Any other visible character.</summary>
    Punctuation,
}

/// <summary>One token of a text, with its span and a folded form for matching.</summary>
/// <param name="Text">The characters as written.</param>
/// <param name="Start">UTF-16 offset of the first character in the analysed text.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Norm">Lower-cased, accent-free form used for lexicon look-ups; for numbers the digits only.</param>
public sealed record Token(string Text, int Start, TokenKind Kind, string Norm)
{
    /// <summary>UTF-16 offset one past the last character.</summary>
    public int End => Start + Text.Length;

    /// <summary>The numeric value of a <see cref="TokenKind.Number"/> token, or null.</summary>
    public double? Value { get; init; }
}

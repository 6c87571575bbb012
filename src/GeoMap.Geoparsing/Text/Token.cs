using GeoMap.Core.Text;

namespace GeoMap.Geoparsing.Text;

/// <summary>The kinds of token <see cref="Tokenizer"/> produces.</summary>
public enum TokenKind
{
    /// <summary>Letters (and digits after a letter), possibly joined by hyphens or inner apostrophes ("nord-coréens", "п'ять").</summary>
    Word,

    /// <summary>Digits, possibly grouped ("12 000", "12,000") or decimal ("1,5").</summary>
    Number,

    /// <summary>Any other visible character.</summary>
    Punctuation,
}

/// <summary>One token of a text: its span, its kind, its folded norm and a few facts about its shape.</summary>
/// <remarks>
/// The written form and the norm are computed on first use, so a reader that only looks at spans
/// and flags (the toponym recognizer) pays for neither.
/// </remarks>
public sealed class Token
{
    private readonly string _source;
    private string? _text;
    private string? _norm;
    private int _wordId;
    private int _wordIdVersion = -1;

    internal Token(string source, int start, int end, TokenKind kind)
    {
        _source = source;
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>Creates a token of its own text, for looking a single word up in a lexicon.</summary>
    /// <param name="text">The word.</param>
    /// <param name="kind">Its kind.</param>
    public Token(string text, TokenKind kind = TokenKind.Word)
        : this(text ?? throw new ArgumentNullException(nameof(text)), 0, text.Length, kind)
    {
    }

    /// <summary>UTF-16 offset of the first character in the tokenized text.</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset one past the last character.</summary>
    public int End { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>Word, number or punctuation.</summary>
    public TokenKind Kind { get; }

    /// <summary>The characters as written.</summary>
    public string Text => _text ??= _source[Start..End];

    /// <summary>
    /// The form used for look-ups: <see cref="TextFolding.FoldWord"/> of the text for words and
    /// punctuation ("Coréens" → "coreens", "d’" → "d'"); the ASCII digits only for numbers ("12 000" → "12000").
    /// </summary>
    public string Norm
    {
        get => _norm ??= TextFolding.FoldWord(Text);
        internal init => _norm = value;
    }

    /// <summary>The number <see cref="WordIds"/> gives the norm, or -1 when no lexicon starts a phrase with it.</summary>
    /// <remarks>Looked up once and kept, until a lexicon built since adds words.</remarks>
    internal int WordId
    {
        get
        {
            var version = WordIds.Version;
            if (_wordIdVersion != version)
            {
                _wordId = WordIds.Find(Norm);
                _wordIdVersion = version;
            }

            return _wordId;
        }
    }

    /// <summary>The numeric value of a <see cref="TokenKind.Number"/> token, or null.</summary>
    public double? Value { get; internal init; }

    /// <summary>Whether the first character is an upper-case letter.</summary>
    public bool IsCapitalized { get; internal init; }

    /// <summary>Whether every letter is upper case and there are at least two characters (acronyms, shouted headings).</summary>
    public bool IsAllCaps { get; internal init; }

    /// <summary>Whether the token opens a sentence, a line, a quotation or a parenthesis.</summary>
    public bool IsSentenceStart { get; internal init; }

    /// <summary>This token as a tokenization that starts at it gives it: marked as opening a sentence.</summary>
    /// <returns>This token when it is marked already, else a copy that is.</returns>
    internal Token AsSentenceStart() => IsSentenceStart ? this : new Token(_source, Start, End, Kind)
    {
        Norm = Norm,
        Value = Value,
        IsCapitalized = IsCapitalized,
        IsAllCaps = IsAllCaps,
        IsSentenceStart = true,
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} '{Text}' [{Start}..{End})";
}

namespace GeoMap.Geoparsing.Text;

/// <summary>The writing systems without letter case that GeoMap reads: Hangul and Arabic.</summary>
/// <remarks>
/// In these scripts a name cannot be told from an ordinary word by a capital letter, and particles or
/// clitics are written attached to it (Korean <c>서울에서</c>, Arabic <c>وبغداد</c>); the recognizer
/// starts a toponym at any word of these scripts and asks the language for its affixes.
/// </remarks>
internal static class Scripts
{
    /// <summary>Whether a character is a Hangul or Arabic-script letter.</summary>
    /// <param name="c">Any character.</param>
    /// <returns>True for Hangul syllables and jamo, and for the Arabic blocks and presentation forms.</returns>
    public static bool IsCaseless(char c) =>
        c is >= '\uac00' and <= '\ud7a3' or >= '\u1100' and <= '\u11ff' or >= '\u3130' and <= '\u318f'
            or >= '\u0620' and <= '\u064a' or >= '\u066e' and <= '\u06d3' or >= '\u06fa' and <= '\u06ff'
            or >= '\u0750' and <= '\u077f' or >= '\u08a0' and <= '\u08ff' or >= '\ufb50' and <= '\ufdff' or >= '\ufe70' and <= '\ufefc';

    /// <summary>Whether a word starts with a letter of a caseless script.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Offset of the word's first character.</param>
    /// <returns>True when the first character is Hangul or Arabic.</returns>
    public static bool StartsCaseless(string text, int start) => start < text.Length && IsCaseless(text[start]);
}

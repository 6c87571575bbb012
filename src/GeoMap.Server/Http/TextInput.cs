using System.Globalization;
using GeoMap.Core.Queries;

namespace GeoMap.Server.Http;

/// <summary>
/// The length limit of every text field a client can send, in one place (documented in the README). Each keeps a
/// stored value well inside PostgreSQL's index row limit and a response readable.
/// </summary>
public static class TextLimits
{
    /// <summary>Names: actor, unit, claimedBy, source, place names, overlay titles, strength text.</summary>
    public const int Name = 200;

    /// <summary>Free text beside the data: a movement's sentence, an overlay caption.</summary>
    public const int Sentence = 5_000;

    /// <summary>A URL.</summary>
    public const int Url = 2_048;

    /// <summary>A language code such as fr or auto.</summary>
    public const int LanguageCode = 16;

    /// <summary>A search string (q of places and regions, region names).</summary>
    public const int Search = 200;

    /// <summary>Any other multipart form field.</summary>
    public const int FormField = 10_000;
}

/// <summary>
/// Checks text from a client before it reaches PostgreSQL or a library: no NUL (PostgreSQL text cannot hold it), no
/// lone UTF-16 surrogate (not text at all), and a length limit; each failure is a 400 naming the field.
/// </summary>
public static class TextInput
{
    /// <summary>Returns <paramref name="value"/> when it is acceptable text of at most <paramref name="maxLength"/> characters.</summary>
    /// <exception cref="InvalidQueryException">Naming <paramref name="field"/>.</exception>
    public static string? Check(string? value, string field, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        CheckCharacters(value, field);
        if (value.Length > maxLength)
        {
            throw new InvalidQueryException(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} is {value.Length:N0} characters long; the limit is {maxLength:N0}. Shorten it."));
        }

        return value;
    }

    /// <summary>Refuses NUL and lone surrogates anywhere in <paramref name="value"/>, at any length.</summary>
    /// <exception cref="InvalidQueryException">Naming <paramref name="field"/>.</exception>
    public static void CheckCharacters(string value, string field)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Problem(value) is { } problem)
        {
            throw new InvalidQueryException(field, $"{field} {problem}; send plain UTF-8 text.");
        }
    }

    /// <summary>What is wrong with the characters of <paramref name="value"/>, or null when nothing is.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var span = value.AsSpan();
        if (span.Contains('\0'))
        {
            return "contains a NUL character (U+0000), which text cannot hold";
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"contains a lone UTF-16 surrogate (U+{(int)span[i]:X4}) at position {i}, which is not a character");
            }
        }

        return null;
    }
}

using System.Net;
using System.Text;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>Text ready for analysis, with a map from its offsets back to the offsets of the input.</summary>
/// <remarks>
/// Plain text is analysed as given and the map is the identity. HTML is reduced to its text: tags are
/// dropped (block tags such as p, div, br, li, h1–h6, td become a line break), script, style and comment
/// contents are dropped, and entities are decoded (&amp;eacute; → é). Every offset GeoMap reports (mention
/// spans, sentence starts) is mapped back through <see cref="ToInput(int)"/>, so it points into the HTML
/// as received: <c>input[start..end]</c> is the mention's source markup, which equals the surface form
/// when no tag or entity falls inside it.
/// </remarks>
public sealed class CleanText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
        "article", "header", "footer", "title", "blockquote", "hr", "dd", "dt", "figcaption", "main", "aside", "nav", "pre",
    };

    private readonly int[]? _map;

    private CleanText(string text, int[]? map, bool wasHtml)
    {
        Text = text;
        _map = map;
        WasHtml = wasHtml;
    }

    /// <summary>The text to analyse.</summary>
    public string Text { get; }

    /// <summary>True when the input was HTML and was reduced to text.</summary>
    public bool WasHtml { get; }

    /// <summary>The offset in the input of offset <paramref name="offset"/> of <see cref="Text"/> (the text's length maps to the input's).</summary>
    public int ToInput(int offset) => _map is null ? offset : _map[Math.Clamp(offset, 0, _map.Length - 1)];

    /// <summary>The input span of the text span [start, end).</summary>
    public (int Start, int End) ToInput(int start, int end) =>
        _map is null || end <= start ? (ToInput(start), ToInput(end)) : (ToInput(start), ToInput(end - 1) + 1);

    /// <summary>Prepares <paramref name="input"/>: HTML is stripped when it looks like HTML, anything else is kept.</summary>
    public static CleanText From(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return LooksLikeHtml(input) ? StripHtml(input) : new CleanText(input, null, false);
    }

    /// <summary>True when the text has at least two tags or a doctype: "&lt;p&gt;", "&lt;/div&gt;", "&lt;!DOCTYPE html&gt;".</summary>
    public static bool LooksLikeHtml(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tags = 0;
        var limit = Math.Min(input.Length, 200_000);
        for (var i = 0; i + 2 < limit && tags < 2; i++)
        {
            if (input[i] == '<' && (char.IsAsciiLetter(input[i + 1]) || input[i + 1] is '/' or '!'))
            {
                var close = input.IndexOf('>', i + 1, Math.Min(200, limit - i - 1));
                if (close > 0 && input.IndexOf('<', i + 1, close - i - 1) < 0)
                {
                    tags++;
                }
            }
        }

        return tags >= 2;
    }

    private static CleanText StripHtml(string input)
    {
        var text = new StringBuilder(input.Length);
        var map = new List<int>(input.Length + 1);
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == '<')
            {
                if (string.CompareOrdinal(input, i, "<!--", 0, 4) == 0)
                {
                    var endComment = input.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = endComment < 0 ? input.Length : endComment + 3;
                    continue;
                }

                var close = input.IndexOf('>', i + 1);
                if (close < 0)
                {
                    Append(text, map, c, i++);
                    continue;
                }

                var name = TagName(input, i + 1, close);
                if (name is "script" or "style" or "noscript" or "template")
                {
                    var endTag = input.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                    var after = endTag < 0 ? -1 : input.IndexOf('>', endTag);
                    i = after < 0 ? input.Length : after + 1;
                    continue;
                }

                if (BlockTags.Contains(name))
                {
                    Append(text, map, '\n', i);
                }

                i = close + 1;
                continue;
            }

            if (c == '&')
            {
                var semi = input.IndexOf(';', i + 1, Math.Min(12, input.Length - i - 1));
                if (semi > i + 1)
                {
                    var decoded = WebUtility.HtmlDecode(input[i..(semi + 1)]);
                    if (decoded.Length < semi + 1 - i)
                    {
                        foreach (var d in decoded)
                        {
                            Append(text, map, d == '\u00A0' ? ' ' : d, i);
                        }

                        i = semi + 1;
                        continue;
                    }
                }
            }

            Append(text, map, c, i++);
        }

        map.Add(input.Length);
        return new CleanText(text.ToString(), [.. map], true);
    }

    private static string TagName(string input, int from, int close)
    {
        var start = from < close && input[from] == '/' ? from + 1 : from;
        var end = start;
        while (end < close && char.IsAsciiLetterOrDigit(input[end]))
        {
            end++;
        }

        return input[start..end].ToLowerInvariant();
    }

    private static void Append(StringBuilder text, List<int> map, char c, int at)
    {
        text.Append(c);
        map.Add(at);
    }
}

using System.Text;
using System.Text.RegularExpressions;
using GeoMap.Core.Queries;

namespace GeoMap.Server.Fetching;

/// <summary>A page's article: its title, text, publication time and language as the page states them.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="Text">The article's text, paragraphs separated by blank lines.</param>
/// <param name="PublishedAt">The publication time the page states, or null.</param>
/// <param name="Language">The page's language code (two letters), or null.</param>
public sealed record PageArticle(string? Title, string Text, DateTimeOffset? PublishedAt, string? Language);

/// <summary>
/// The article of a fetched page, by SmartReader (a port of Mozilla's Readability, which Firefox's reader view runs):
/// navigation, advertising, comments and other boilerplate are left out. Plain text pages are taken whole.
/// </summary>
public static partial class ArticleReader
{
    /// <summary>The reader's name and version, recorded with each report it read (e.g. "SmartReader 0.11.1").</summary>
    public static string Name { get; } = "SmartReader " + (typeof(SmartReader.Reader).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion?.Split('+')[0]
        ?? typeof(SmartReader.Reader).Assembly.GetName().Version?.ToString(3));

    /// <summary>Shortest article text accepted, in characters: below it the page is a login wall, an index or an error page.</summary>
    private const int MinLength = 80;

    /// <summary>The page's article.</summary>
    /// <exception cref="InvalidQueryException">Naming <c>url</c>, when the page holds no article text.</exception>
    public static PageArticle Read(FetchedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.MediaType == "text/plain")
        {
            return Checked(page, new PageArticle(null, page.Text.Trim(), null, null));
        }

        // Readability's own "readable" verdict counts characters against thresholds made for alphabetic languages, which a
        // short Korean or Russian wire story misses; the article it finds is taken, and its length judged below.
        using var reader = new SmartReader.Reader(page.Url.AbsoluteUri, page.Text) { ContinueIfNotReadable = true };
        var article = reader.GetArticle();
        if (string.IsNullOrWhiteSpace(article.Content))
        {
            throw new InvalidQueryException("url", $"{page.Url} holds no article text GeoMap can find (an index, a login or consent wall, or a page built by script); paste the report's text instead.");
        }

        var text = Paragraphs(article.Content);
        DateTimeOffset? published = article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : date.Kind)) : null;
        var language = article.Language is { Length: >= 2 } lang && char.IsAsciiLetter(lang[0]) && char.IsAsciiLetter(lang[1]) ? lang[..2].ToLowerInvariant() : null;
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : Spaces().Replace(article.Title, " ").Trim();
        return Checked(page, new PageArticle(title, text, published, language));
    }

    private static PageArticle Checked(FetchedPage page, PageArticle article) => article.Text.Length >= MinLength
        ? article
        : throw new InvalidQueryException("url", $"{page.Url} holds no article text GeoMap can find ({article.Text.Length} characters; an index, a login or consent wall, or a page built by script); paste the report's text instead.");

    /// <summary>HTML as text: a blank line between blocks, runs of spaces as one, entities decoded (an article, a feed item's content).</summary>
    internal static string Paragraphs(string html)
    {
        var withBreaks = BlockEnd().Replace(html, "\n\n");
        var plain = System.Net.WebUtility.HtmlDecode(Tag().Replace(withBreaks, ""));
        var text = new StringBuilder();
        foreach (var block in plain.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var line = Spaces().Replace(block, " ").Trim();
            if (line.Length > 0)
            {
                text.Append(text.Length > 0 ? "\n\n" : "").Append(line);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"</(p|div|h[1-6]|li|blockquote|tr|section|article|figcaption|pre)\s*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

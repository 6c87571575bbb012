using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using GeoMap.Core.Queries;
using GeoMap.Server.Fetching;

namespace GeoMap.Server.Feeds;

/// <summary>One entry of a feed.</summary>
/// <param name="Key">A hash of the entry's own id (RSS guid, Atom id, JSON Feed id; else its link, else its title and date): how a poll knows it saw the entry.</param>
/// <param name="Link">The article's address, or null.</param>
/// <param name="Title">Its headline, or null.</param>
/// <param name="PublishedAt">When it was published (else updated), or null.</param>
/// <param name="Text">Its content or summary as text (HTML removed), or empty.</param>
public sealed record FeedItem(string Key, string? Link, string? Title, DateTimeOffset? PublishedAt, string Text);

/// <summary>A parsed feed.</summary>
/// <param name="Format">rss (2.0, 0.9x and 1.0/RDF), atom or json (JSON Feed 1.x).</param>
/// <param name="Title">The feed's title, or null.</param>
/// <param name="Language">The feed's language (two letters), or null.</param>
/// <param name="Items">Its entries, in the feed's order.</param>
public sealed record FeedDocument(string Format, string? Title, string? Language, IReadOnlyList<FeedItem> Items);

/// <summary>
/// Reads RSS (2.0, 0.9x, 1.0/RDF), Atom 1.0 and JSON Feed 1.x documents: the formats news sites and agencies publish.
/// A document type declaration is ignored, never resolved (no external entities, no entity expansion).
/// </summary>
public static class FeedReader
{
    /// <summary>The media types a feed is served as (XML feeds are often served as plain XML, or even text).</summary>
    public static IReadOnlyCollection<string> MediaTypes { get; } =
    [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
        "application/feed+json", "application/json", "text/plain", "text/html",
    ];

    /// <summary>How a poll fetches a feed.</summary>
    public static FetchOptions Fetch(string? etag, string? lastModified) => new(
        "application/rss+xml, application/atom+xml, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.1",
        MediaTypes, Conditional: true, etag, lastModified);

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    /// <summary>The feed in <paramref name="text"/>.</summary>
    /// <exception cref="InvalidQueryException">Naming <c>url</c>: not a feed, or a broken one, saying where.</exception>
    public static FeedDocument Read(string text, Uri url)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(url);
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] is '{' or '[')
        {
            return ReadJson(text, url);
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                IgnoreComments = true,
            });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new InvalidQueryException("url", string.Create(CultureInfo.InvariantCulture,
                $"{url} is not a feed GeoMap can read: broken XML at line {e.LineNumber}, column {e.LinePosition} ({e.Message.Split(" Line ")[0]})"));
        }

        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "rss" => ReadRss(root, root.Element("channel"), root.Element("channel")?.Elements("item") ?? []),
            "RDF" when root.Name.Namespace == Rdf => ReadRss(root, root.Element(Rss1 + "channel"), root.Elements(Rss1 + "item")),
            "feed" when root.Name.Namespace == Atom => ReadAtom(root, url),
            _ => throw new InvalidQueryException("url", $"{url} is not a feed: its document is <{root.Name.LocalName}>, not RSS, Atom or JSON Feed."
                + (root.Name.LocalName == "html" ? " It is a web page; look for its feed link (often /feed, /rss or an RSS icon)." : "")),
        };
    }

    private static FeedDocument ReadRss(XElement root, XElement? channel, IEnumerable<XElement> entries)
    {
        var items = new List<FeedItem>();
        foreach (var item in entries)
        {
            var link = Clean(item.Element("link")?.Value ?? item.Element(Rss1 + "link")?.Value);
            var title = Clean(item.Element("title")?.Value ?? item.Element(Rss1 + "title")?.Value);
            var published = Date(item.Element("pubDate")?.Value) ?? Date(item.Element(Dc + "date")?.Value);
            var html = item.Element(Content + "encoded")?.Value ?? item.Element("description")?.Value ?? item.Element(Rss1 + "description")?.Value;
            var id = Clean(item.Element("guid")?.Value) ?? Clean(item.Attribute(Rdf + "about")?.Value);
            items.Add(Item(id, link, title, published, html));
        }

        var language = channel?.Element("language")?.Value ?? channel?.Element(Dc + "language")?.Value ?? root.Attribute(Xml + "lang")?.Value;
        return new FeedDocument("rss", Clean(channel?.Element("title")?.Value ?? channel?.Element(Rss1 + "title")?.Value), Language(language), items);
    }

    private static FeedDocument ReadAtom(XElement feed, Uri url)
    {
        var items = new List<FeedItem>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            // The alternate link is the article; a feed may list an enclosure or a comments link too.
            var links = entry.Elements(Atom + "link").ToList();
            var href = (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href")?.Value;
            var link = href is null ? null : Uri.TryCreate(url, href, out var absolute) ? absolute.AbsoluteUri : href;
            var published = Date(entry.Element(Atom + "published")?.Value) ?? Date(entry.Element(Atom + "updated")?.Value);
            var content = entry.Element(Atom + "content") ?? entry.Element(Atom + "summary");
            var html = content is null ? null : (string?)content.Attribute("type") is "xhtml" ? string.Concat(content.Nodes()) : content.Value;
            items.Add(Item(Clean(entry.Element(Atom + "id")?.Value), Clean(link), Clean(entry.Element(Atom + "title")?.Value), published, html));
        }

        return new FeedDocument("atom", Clean(feed.Element(Atom + "title")?.Value), Language(feed.Attribute(Xml + "lang")?.Value), items);
    }

    private static FeedDocument ReadJson(string text, Uri url)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new InvalidQueryException("url", $"{url} is not a feed GeoMap can read: broken JSON ({e.Message})");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var entries) || entries.ValueKind != JsonValueKind.Array
                || !(String(root, "version")?.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal) ?? false))
            {
                throw new InvalidQueryException("url", $"{url} is JSON but not a JSON Feed (https://jsonfeed.org: a \"version\" and an \"items\" list).");
            }

            var items = new List<FeedItem>();
            foreach (var entry in entries.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
            {
                var html = String(entry, "content_html");
                var plain = String(entry, "content_text") ?? String(entry, "summary");
                var item = Item(Clean(String(entry, "id")), Clean(String(entry, "url") ?? String(entry, "external_url")), Clean(String(entry, "title")),
                    Date(String(entry, "date_published")) ?? Date(String(entry, "date_modified")), html);
                items.Add(html is null && plain is not null ? item with { Text = plain.Trim() } : item);
            }

            return new FeedDocument("json", Clean(String(root, "title")), Language(String(root, "language")), items);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static FeedItem Item(string? id, string? link, string? title, DateTimeOffset? published, string? html)
    {
        var text = string.IsNullOrWhiteSpace(html) ? "" : ArticleReader.Paragraphs(html);
        var identity = id ?? link ?? $"{title}\n{published?.ToString("O", CultureInfo.InvariantCulture)}\n{text}";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        return new FeedItem(key, link is not null && Uri.TryCreate(link, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? link : null, title, published, text);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Language(string? value) =>
        value is { Length: >= 2 } v && char.IsAsciiLetter(v[0]) && char.IsAsciiLetter(v[1]) && (v.Length == 2 || v[2] is '-' or '_')
            ? v[..2].ToLowerInvariant()
            : null;

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    /// <summary>An RFC 3339 date (Atom, JSON Feed, Dublin Core) or an RFC 822 one (RSS), as sites write them; null when neither.</summary>
    internal static DateTimeOffset? Date(string? value)
    {
        if (Clean(value) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && (text.Contains('T', StringComparison.Ordinal) || text.Length <= 10))
        {
            return parsed.Year is >= 1990 and <= 2200 ? parsed : null;
        }

        // RFC 822: "[Tue, ]3 Dec 2026 08:15[:00] (+0300|GMT|EST|Z)", a two-digit year allowed.
        var parts = text.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count > 0 && char.IsLetter(parts[0][0]))
        {
            parts.RemoveAt(0);
        }

        if (parts.Count < 4)
        {
            return null;
        }

        var zone = parts.Count > 4 ? parts[4] : "GMT";
        TimeSpan offset;
        if (ZoneHours.TryGetValue(zone, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
        }
        else if (zone.Length == 5 && zone[0] is '+' or '-' && int.TryParse(zone.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
        {
            offset = new TimeSpan(hhmm / 100, hhmm % 100, 0) * (zone[0] == '-' ? -1 : 1);
        }
        else
        {
            return null;
        }

        var year = parts[2].Length == 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var yy) ? (yy < 50 ? 2000 + yy : 1900 + yy).ToString(CultureInfo.InvariantCulture) : parts[2];
        return DateTime.TryParseExact($"{parts[0]} {parts[1]} {year} {parts[3]}", ["d MMM yyyy H:mm:ss", "d MMM yyyy H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && offset.Ticks % TimeSpan.TicksPerMinute == 0 && Math.Abs(offset.TotalHours) <= 14
            && local.Year is >= 1990 and <= 2200
            ? new DateTimeOffset(local, offset)
            : null;
    }
}

using GeoMap.Core.Queries;
using GeoMap.Server.Feeds;

namespace GeoMap.Server.Tests.Feeds;

public sealed class FeedReaderTests
{
    private static readonly Uri Where = new("https://news.example/feed");

    [Fact]
    public void Rss_two_entries_with_links_dates_and_the_channel_language()
    {
        var feed = FeedReader.Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Border Desk</title><language>de-DE</language>
                <item><title>Convoy reaches the river</title><link>https://news.example/a/1</link><guid isPermaLink="false">desk-1</guid>
                  <pubDate>Tue, 02 Dec 2025 08:15:00 +0100</pubDate><description>&lt;p&gt;Short &amp;amp; plain.&lt;/p&gt;</description></item>
                <item><title>Second</title><link>https://news.example/a/2</link><pubDate>3 Dec 25 07:00 GMT</pubDate>
                  <content:encoded><![CDATA[<p>First paragraph.</p><p>Second paragraph.</p>]]></content:encoded></item>
              </channel>
            </rss>
            """, Where);
        Assert.Equal(("rss", "Border Desk", "de"), (feed.Format, feed.Title, feed.Language));
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("https://news.example/a/1", feed.Items[0].Link);
        Assert.Equal(new DateTimeOffset(2025, 12, 2, 8, 15, 0, TimeSpan.FromHours(1)), feed.Items[0].PublishedAt);
        Assert.Equal("Short & plain.", feed.Items[0].Text);
        Assert.Equal(new DateTimeOffset(2025, 12, 3, 7, 0, 0, TimeSpan.Zero), feed.Items[1].PublishedAt);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", feed.Items[1].Text);
        Assert.NotEqual(feed.Items[0].Key, feed.Items[1].Key);
    }

    [Fact]
    public void Atom_takes_the_alternate_link_resolved_against_the_feed_and_the_published_time()
    {
        var feed = FeedReader.Read("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk"><title>Front Notes</title>
              <entry><id>tag:notes,2025:7</id><title>Колона</title>
                <link rel="enclosure" href="/media/7.jpg"/><link rel="alternate" href="/notes/7"/>
                <updated>2025-11-05T10:00:00Z</updated><published>2025-11-04T09:30:00+02:00</published>
                <content type="html">&lt;p&gt;Текст.&lt;/p&gt;</content></entry>
            </feed>
            """, Where);
        var entry = Assert.Single(feed.Items);
        Assert.Equal(("atom", "Front Notes", "uk"), (feed.Format, feed.Title, feed.Language));
        Assert.Equal("https://news.example/notes/7", entry.Link);
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 9, 30, 0, TimeSpan.FromHours(2)), entry.PublishedAt);
        Assert.Equal("Текст.", entry.Text);
    }

    [Fact]
    public void Rdf_rss_one_and_json_feed_are_read_too()
    {
        var rdf = FeedReader.Read("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example/"><title>Old Style</title></channel>
              <item rdf:about="https://news.example/x"><title>X</title><link>https://news.example/x</link><dc:date>2025-10-01T12:00:00Z</dc:date></item>
            </rdf:RDF>
            """, Where);
        Assert.Equal(("rss", "Old Style"), (rdf.Format, rdf.Title));
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero), Assert.Single(rdf.Items).PublishedAt);

        var json = FeedReader.Read("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "language": "pl",
             "items": [{"id": 17, "url": "https://news.example/w/17", "content_text": "Plain text body.", "date_published": "2025-09-09T09:09:09Z"}, "junk"]}
            """, Where);
        var item = Assert.Single(json.Items);
        Assert.Equal(("json", "Wire", "pl"), (json.Format, json.Title, json.Language));
        Assert.Equal(("https://news.example/w/17", "Plain text body."), (item.Link, item.Text));
    }

    [Theory]
    [InlineData("<html><body>hello</body></html>", "It is a web page")]
    [InlineData("<rss><channel><item></rss>", "broken XML at line 1")]
    [InlineData("{\"items\": []}", "not a JSON Feed")]
    [InlineData("{\"version\": ", "broken JSON")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>", "broken XML")]
    public void What_is_not_a_readable_feed_is_refused_with_the_reason(string text, string reason)
    {
        var e = Assert.Throws<InvalidQueryException>(() => FeedReader.Read(text, Where));
        Assert.Equal("url", e.Parameter);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wed, 05 Mar 2025 14:03:00 EST", "2025-03-05T14:03:00-05:00")]
    [InlineData("5 Mar 2025 14:03 Z", "2025-03-05T14:03:00+00:00")]
    [InlineData("Wed, 05 Mar 2025 14:03:00 -0330", "2025-03-05T14:03:00-03:30")]
    [InlineData("2025-03-05T14:03:00.5+05:30", "2025-03-05T14:03:00.5+05:30")]
    [InlineData("2025-03-05", "2025-03-05T00:00:00+00:00")]
    [InlineData("Wed, 05 Mar 9999 14:03:00 GMT", null)]
    [InlineData("yesterday", null)]
    [InlineData("Wed, 05 Mar 2025 14:03:00 XYZ", null)]
    public void Feed_dates_as_sites_write_them(string text, string? expected)
    {
        var parsed = FeedReader.Date(text);
        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }
}

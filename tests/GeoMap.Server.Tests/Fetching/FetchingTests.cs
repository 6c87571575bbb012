using System.Diagnostics;
using System.Net;
using GeoMap.Core.Queries;
using GeoMap.Server.Fetching;
using GeoMap.Server.Ingest;

namespace GeoMap.Server.Tests.Fetching;

public sealed class FetchingTests(PageServer pages) : IClassFixture<PageServer>
{
    private static readonly LinkSettings Local = new() { AllowPrivateAddresses = true, MinSecondsPerHost = 0, MaxBytes = 5 * 1024 * 1024 };

    private static async Task<ReportSubmission> LinkAsync(string url, LinkSettings? settings = null, string? publishedAt = null)
    {
        using var fetcher = new PageFetcher(settings ?? Local);
        return await new LinkedReports(fetcher).FetchAsync(new ReportSubmissions.ReportFields(null, publishedAt, url, null, null), 5 * 1024 * 1024, CancellationToken.None);
    }

    private static async Task<string> RefusedAsync(string url, LinkSettings? settings = null)
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => LinkAsync(url, settings));
        Assert.Equal("url", error.Parameter);
        return error.Message;
    }

    [Fact]
    public async Task Only_the_article_of_a_page_is_kept_with_its_headline_date_and_language()
    {
        var report = await LinkAsync(pages.Url + "/article");
        Assert.StartsWith("Dutch marines sent to Romania\n\nAround 900 Dutch marines", report.Text, StringComparison.Ordinal);
        Assert.Contains("gave no further details on equipment.", report.Text, StringComparison.Ordinal);
        foreach (var boilerplate in new[] { "Subscribe today", "Gnomeland", "Bob1987", "Cookie settings" })
        {
            Assert.DoesNotContain(boilerplate, report.Text, StringComparison.Ordinal);
        }

        Assert.Equal(new DateTimeOffset(2025, 5, 13, 7, 30, 0, TimeSpan.Zero), report.PublishedAt);
        Assert.Equal("en", report.Language);
        Assert.Equal(pages.Url + "/article", report.Url);
    }

    [Theory]
    [InlineData("/ru", "ru", "Около 700 военнослужащих перебросили из Пскова в Калининград")]
    [InlineData("/ko", "ko", "해병대 병력 약 300명이")]
    public async Task Pages_in_other_scripts_and_legacy_charsets_are_read_in_their_language(string path, string language, string expected)
    {
        var report = await LinkAsync(pages.Url + path);
        Assert.Contains(expected, report.Text, StringComparison.Ordinal);
        Assert.Equal(language, report.Language);
    }

    [Fact]
    public async Task A_redirect_is_followed_and_the_report_keeps_the_address_it_ended_at()
    {
        var report = await LinkAsync(pages.Url + "/moved");
        Assert.Equal(pages.Url + "/article", report.Url);
    }

    [Fact]
    public async Task A_page_without_a_date_needs_one_from_the_caller()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => LinkAsync(pages.Url + "/undated"));
        Assert.Equal("publishedAt", error.Parameter);
        var report = await LinkAsync(pages.Url + "/undated", publishedAt: "2025-05-14");
        Assert.Equal(new DateTimeOffset(2025, 5, 14, 0, 0, 0, TimeSpan.Zero), report.PublishedAt);
    }

    [Theory]
    [InlineData("/loop-a", "redirects in a loop")]
    [InlineData("/big", "larger than the limit of 5,242,880 bytes")]
    [InlineData("/report.pdf", "is application/pdf, not a web page")]
    [InlineData("/missing", "answered 404")]
    [InlineData("/nothing", "holds no article text")]
    public async Task A_page_that_cannot_give_a_report_is_refused_with_the_reason(string path, string reason)
    {
        Assert.Contains(reason, await RefusedAsync(pages.Url + path));
    }

    [Theory]
    [InlineData("file:///etc/passwd", "not an http or https address")]
    [InlineData("ftp://example.org/report.txt", "not an http or https address")]
    [InlineData("javascript:alert(1)", "not an http or https address")]
    [InlineData("http://user:secret@example.org/", "user name or password")]
    [InlineData("http://127.0.0.1:9/", "a loopback address")]
    [InlineData("http://localhost:9/", "a loopback address")]
    [InlineData("http://[::1]:9/", "a loopback address")]
    [InlineData("http://10.1.2.3/", "a private address")]
    [InlineData("http://192.168.0.1/", "a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "a link-local address")]
    [InlineData("http://[::ffff:172.16.0.1]/", "a private address")]
    public async Task A_server_refuses_addresses_that_are_not_web_pages_on_the_public_internet(string url, string reason)
    {
        Assert.Contains(reason, await RefusedAsync(url, new LinkSettings()));
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_like_the_address_itself()
    {
        // The page server is itself on loopback: allowed for its first answer only by a setting, never by default.
        Assert.Contains("a loopback address", await RefusedAsync(pages.Url + "/moved", new LinkSettings()));
    }

    [Theory]
    [InlineData("8.8.8.8", null)]
    [InlineData("2a00:1450:4001:80e::200e", null)]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("172.32.0.1", null)]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("fd12:3456::1", "a private (unique local) address")]
    [InlineData("fe80::1", "a link-local address")]
    public void Public_addresses_are_told_from_the_others(string address, string? reason)
    {
        Assert.Equal(reason, PublicAddresses.WhyNotPublic(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_setting()
    {
        using var fetcher = new PageFetcher(new LinkSettings { AllowPrivateAddresses = true, MinSecondsPerHost = 0.4 });
        var watch = Stopwatch.StartNew();
        await fetcher.FetchAsync(pages.Url + "/article", CancellationToken.None);
        await fetcher.FetchAsync(pages.Url + "/ko", CancellationToken.None);
        await fetcher.FetchAsync(pages.Url + "/ru", CancellationToken.None);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.8), $"three requests took {watch.Elapsed.TotalSeconds:F2} s");
    }
}

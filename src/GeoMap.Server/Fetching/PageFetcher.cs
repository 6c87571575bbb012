using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using GeoMap.Core.Queries;
using GeoMap.Server.Http;

namespace GeoMap.Server.Fetching;

/// <summary>A fetched page: where it ended up (after redirects), its media type and its text.</summary>
/// <param name="Url">The final URL.</param>
/// <param name="MediaType">text/html, application/xhtml+xml or text/plain (or a feed's type, see <see cref="FetchOptions"/>).</param>
/// <param name="Text">The body, decoded by its declared charset; empty when <see cref="Status"/> is not 200.</param>
/// <param name="FetchedAt">When the page was received (UTC).</param>
/// <param name="ETag">Its validators, for the next conditional request.</param>
/// <param name="LastModified">Its Last-Modified header, as sent.</param>
/// <param name="Status">200; or 304 (not modified since the validators given), 429 or 503 when <see cref="FetchOptions.Conditional"/>.</param>
/// <param name="RetryAfter">With 429 or 503: how long the site asked to wait (Retry-After), when it said.</param>
public sealed record FetchedPage(
    Uri Url, string MediaType, string Text, DateTimeOffset FetchedAt, string? ETag = null, string? LastModified = null, int Status = 200, TimeSpan? RetryAfter = null);

/// <summary>What a fetch accepts and the validators it sends.</summary>
/// <param name="Accept">The Accept header.</param>
/// <param name="MediaTypes">The media types taken; any other is refused.</param>
/// <param name="Conditional">
/// A repeated fetch (a feed's poll): sends <paramref name="IfNoneMatch"/> and <paramref name="IfModifiedSince"/>, and answers
/// 304, 429 and 503 as a <see cref="FetchedPage.Status"/> instead of refusing them.
/// </param>
/// <param name="IfNoneMatch">The ETag of the last answer.</param>
/// <param name="IfModifiedSince">The Last-Modified of the last answer.</param>
public sealed record FetchOptions(string Accept, IReadOnlyCollection<string> MediaTypes, bool Conditional = false, string? IfNoneMatch = null, string? IfModifiedSince = null)
{
    /// <summary>A report's web page: HTML or plain text.</summary>
    public static FetchOptions Page { get; } = new("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5", ["text/html", "application/xhtml+xml", "text/plain"]);
}

/// <summary>
/// Fetches a report's web page safely for a server (issue 18 item 5): http and https only; every address connected to,
/// through every redirect, checked to be public unless <see cref="LinkSettings.AllowPrivateAddresses"/> (the check runs
/// on the resolved address at connect time, so a name that resolves to a private address, or a redirect to one, is
/// refused alike); a size limit (the declared length checked first, then the bytes read), a time limit, a redirect limit
/// with loops named, a media type check, and a least interval between requests to one host.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    /// <summary>The origin of <see cref="HostTurn.Next"/>, on the monotonic clock.</summary>
    private static readonly long Started = Stopwatch.GetTimestamp();

    private readonly LinkSettings settings;
    private readonly HttpClient client;
    private readonly ConcurrentDictionary<string, HostTurn> hosts = new(StringComparer.OrdinalIgnoreCase);

    static PageFetcher()
    {
        // windows-1251, KOI8-R, EUC-KR, windows-1256: the legacy charsets of Russian, Korean and Arabic news sites.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Creates the fetcher.</summary>
    public PageFetcher(LinkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, settings.TimeoutSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseCookies = false,
            ConnectCallback = ConnectAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent);
    }

    /// <summary>Fetches the web page <paramref name="url"/>, following redirects.</summary>
    /// <exception cref="InvalidQueryException">Naming <c>url</c>, saying what went wrong.</exception>
    public Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken) => FetchAsync(url, FetchOptions.Page, cancellationToken);

    /// <summary>Fetches <paramref name="url"/> as <paramref name="options"/> say, following redirects.</summary>
    /// <exception cref="InvalidQueryException">Naming <c>url</c>, saying what went wrong.</exception>
    public async Task<FetchedPage> FetchAsync(string url, FetchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        var current = Parse(url);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                await WaitTurnAsync(current, budget.Token).ConfigureAwait(false);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(options.Accept);
                if (options.Conditional && options.IfNoneMatch is { Length: > 0 } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (options.Conditional && options.IfModifiedSince is { Length: > 0 } since)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, budget.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (redirects >= settings.MaxRedirects)
                    {
                        throw Refuse($"{url} redirects more than {settings.MaxRedirects} times; give the article's own address.");
                    }

                    if (!visited.Add(next.AbsoluteUri))
                    {
                        throw Refuse($"{url} redirects in a loop (back to {next.AbsoluteUri}); the site is misconfigured, or it wants a browser.");
                    }

                    current = Parse(next.AbsoluteUri);
                    continue;
                }

                if (options.Conditional && status is 304 or 429 or 503)
                {
                    var wait = response.Headers.RetryAfter is { } retry
                        ? retry.Delta ?? (retry.Date is { } at ? at - DateTimeOffset.UtcNow : null)
                        : null;
                    return new FetchedPage(current, "", "", DateTimeOffset.UtcNow, ETagOf(response), LastModifiedOf(response), status,
                        wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) : null);
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw Refuse(string.Create(CultureInfo.InvariantCulture, $"{current} answered {status} {response.ReasonPhrase}; check the address, or paste the report's text instead."));
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "text/html";
                if (!options.MediaTypes.Contains(mediaType))
                {
                    throw Refuse(options == FetchOptions.Page
                        ? $"{current} is {mediaType}, not a web page or text; GeoMap reads HTML and plain text."
                        : $"{current} is {mediaType}, not one of {string.Join(", ", options.MediaTypes)}.");
                }

                if (response.Content.Headers.ContentLength > settings.MaxBytes)
                {
                    throw TooLarge(current);
                }

                var bytes = await ReadLimitedAsync(response.Content, current, budget.Token).ConfigureAwait(false);
                return new FetchedPage(current, mediaType, Decode(bytes, response.Content.Headers.ContentType), DateTimeOffset.UtcNow, ETagOf(response), LastModifiedOf(response));
            }
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Refuse(string.Create(CultureInfo.InvariantCulture, $"{current} did not answer within {settings.TimeoutSeconds:0.#} s."));
        }
        catch (HttpRequestException e) when (e.InnerException is RefusedAddressException refused)
        {
            throw Refuse(refused.Message);
        }
        catch (HttpRequestException e)
        {
            throw Refuse($"{current} could not be fetched: {e.Message}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();

    private static Uri Parse(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw Refuse($"'{QueryValues.Clip(url)}' is not an http or https address; GeoMap fetches web pages only.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw Refuse("An address with a user name or password is not fetched; give the page's public address.");
        }

        return uri;
    }

    private static InvalidQueryException Refuse(string message) => new("url", message);

    private static string? ETagOf(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    private static string? LastModifiedOf(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;

    private InvalidQueryException TooLarge(Uri url) => Refuse(string.Create(CultureInfo.InvariantCulture,
        $"{url} is larger than the limit of {settings.MaxBytes:N0} bytes for a page (GeoMap:Links:MaxBytes); paste the report's text instead."));

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > settings.MaxBytes)
            {
                throw TooLarge(url);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The body in its declared charset (header, else a meta tag or an XML declaration in the first kilobytes, else UTF-8).</summary>
    private static string Decode(byte[] bytes, MediaTypeHeaderValue? contentType)
    {
        var name = contentType?.CharSet?.Trim('"', '\'', ' ');
        if (string.IsNullOrEmpty(name))
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var match = System.Text.RegularExpressions.Regex.Match(head, "(?:<meta[^>]+charset=|<\\?xml[^>]+encoding=)[\"']?([A-Za-z0-9_\\-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            name = match.Success ? match.Groups[1].Value : null;
        }

        Encoding encoding;
        try
        {
            encoding = name is null ? Encoding.UTF8 : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }

        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Waits until this host may be asked again (<see cref="LinkSettings.MinSecondsPerHost"/>).</summary>
    private async Task WaitTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        if (settings.MinSecondsPerHost <= 0)
        {
            return;
        }

        var turn = hosts.GetOrAdd(url.IdnHost, _ => new HostTurn());
        await turn.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A monotonic clock, and waited again until the turn has come: a timer may end up to a millisecond
            // before its time, and the wall clock may be set back or forward while waiting.
            TimeSpan wait;
            while ((wait = turn.Next - Stopwatch.GetElapsedTime(Started)) > TimeSpan.Zero)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), cancellationToken).ConfigureAwait(false);
            }

            turn.Next = Stopwatch.GetElapsedTime(Started) + TimeSpan.FromSeconds(settings.MinSecondsPerHost);
        }
        finally
        {
            turn.Gate.Release();
        }
    }

    /// <summary>Resolves the host and connects to its first allowed address; refuses when none is allowed.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        string? refusal = null;
        foreach (var address in addresses)
        {
            if (!settings.AllowPrivateAddresses && PublicAddresses.WhyNotPublic(address) is { } why)
            {
                refusal ??= $"{host} is {why} ({address}); GeoMap does not fetch from private networks (GeoMap:Links:AllowPrivateAddresses).";
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException)
            {
                socket.Dispose();
            }
        }

        throw refusal is not null ? new RefusedAddressException(refusal) : new HttpRequestException($"no address of {host} accepted a connection");
    }

    private sealed class HostTurn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>When this host may be asked again, from <see cref="Started"/>.</summary>
        public TimeSpan Next { get; set; }
    }

    private sealed class RefusedAddressException(string message) : Exception(message);
}

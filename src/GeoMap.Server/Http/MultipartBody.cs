using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GeoMap.Server.Http;

/// <summary>Reads multipart/form-data bodies so that a malformed or truncated body is a 400, not a 500.</summary>
public static class MultipartBody
{
    /// <summary>The detail of the 400 for a body that is not well-formed multipart.</summary>
    public static string MalformedDetail(string reason) =>
        $"The multipart/form-data body is malformed or truncated ({reason}); send the whole body with the boundary given in Content-Type.";

    /// <summary>The whole form, buffered by ASP.NET Core.</summary>
    /// <exception cref="ProblemException">400 when the body is not well-formed multipart.</exception>
    public static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsMalformed(e, cancellationToken))
        {
            throw Malformed(e);
        }
    }

    /// <summary>
    /// True for the exceptions a multipart reader throws on a bad body: InvalidDataException (bad framing, a missing
    /// end boundary) and IOException (the body ended early), unless the client went away.
    /// </summary>
    public static bool IsMalformed(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e is InvalidDataException or IOException;

    /// <summary>The 400 for a malformed body.</summary>
    public static ProblemException Malformed(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new ProblemException(Problems.InvalidInput("body", MalformedDetail(QueryValues.Clip(e.Message))));
    }

    /// <summary>A section of a streamed form, with its field name.</summary>
    /// <param name="Section">The section (its body is read once, before the next part is asked for).</param>
    /// <param name="Disposition">Its Content-Disposition.</param>
    /// <param name="Name">Its field name ("" when none).</param>
    public sealed record FormPart(MultipartSection Section, ContentDispositionHeaderValue Disposition, string Name)
    {
        /// <summary>True for a file field.</summary>
        public bool IsFile => Disposition.IsFileDisposition();

        /// <summary>The client's file name without folders ("" when none): only ever shown, or a vetted extension taken from it.</summary>
        public string FileName => Path.GetFileName(HeaderUtilities.RemoveQuotes(Disposition.FileName).Value ?? "");
    }

    /// <summary>
    /// The parts of a streamed multipart/form-data body in order (never buffered whole); a section without a readable
    /// Content-Disposition is skipped.
    /// </summary>
    /// <exception cref="ProblemException">400 when the body is not well-formed multipart.</exception>
    public static async IAsyncEnumerable<FormPart> PartsAsync(string boundary, Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body);
        MultipartSection? section;
        while ((section = await NextSectionAsync(reader, cancellationToken).ConfigureAwait(false)) is not null)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                yield return new FormPart(section, disposition, HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "");
            }
        }
    }

    /// <summary>A text field's value.</summary>
    /// <exception cref="ProblemException">400 when the body is not well-formed multipart.</exception>
    public static async Task<string> ReadTextAsync(FormPart part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        using var text = new StreamReader(part.Section.Body);
        try
        {
            return await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsMalformed(e, cancellationToken))
        {
            throw Malformed(e);
        }
    }

    /// <summary>The next section of a streamed multipart body, or null at its end.</summary>
    /// <exception cref="ProblemException">400 when the body is not well-formed multipart.</exception>
    public static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsMalformed(e, cancellationToken))
        {
            throw Malformed(e);
        }
    }

    /// <summary>
    /// Streams a file section to <paramref name="path"/> (never buffered whole), refusing it with 413 past
    /// <paramref name="maxBytes"/>; returns its SHA-256 (hex) and length.
    /// </summary>
    /// <param name="source">The section's body.</param>
    /// <param name="path">Where to write it.</param>
    /// <param name="maxBytes">The limit.</param>
    /// <param name="what">What is uploaded, for the 413 (<see cref="Problems.TooLarge"/>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <exception cref="ProblemException">400 for a malformed body, 413 over the limit.</exception>
    public static async Task<(string Checksum, long Bytes)> CopyToFileAsync(Stream source, string path, long maxBytes, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await ReadAsync(source, buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new ProblemException(Problems.TooLarge(what, maxBytes));
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }

    /// <summary>Reads the request side of a copy: a failure here is the body's, while a failure writing is the disk's.</summary>
    private static async Task<int> ReadAsync(Stream source, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsMalformed(e, cancellationToken))
        {
            throw Malformed(e);
        }
    }
}

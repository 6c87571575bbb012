namespace GeoMap.Server.Http;

/// <summary>Reads request bodies with a hard size limit, so an oversized body is refused without being buffered whole.</summary>
public static class BodyReader
{
    /// <summary>Reads the whole body; 413 problem when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RefuseDeclaredOversize(request, maxBytes, what);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ProblemException(Problems.TooLarge(what, maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Refuses at once when Content-Length already says the body is too large.</summary>
    public static void RefuseDeclaredOversize(HttpRequest request, long maxBytes, string what)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is { } length && length > maxBytes)
        {
            throw new ProblemException(Problems.TooLarge(what, maxBytes));
        }
    }
}

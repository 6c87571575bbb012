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
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoMap.Server.Http;

/// <summary>Ends a request with a ready problem response from deep inside a helper (body readers, parsers).</summary>
public sealed class ProblemException : Exception
{
    /// <summary>Wraps a problem built by <see cref="Problems"/>.</summary>
    public ProblemException(ProblemHttpResult problem)
        : base(problem?.ProblemDetails.Detail)
    {
        Problem = problem ?? throw new ArgumentNullException(nameof(problem));
    }

    /// <summary>Not for use: a problem exception always carries a problem.</summary>
    public ProblemException()
        : this(Problems.InvalidInput("request", "The request is invalid."))
    {
    }

    /// <summary>Not for use: a problem exception always carries a problem.</summary>
    public ProblemException(string message)
        : this(Problems.InvalidInput("request", message))
    {
    }

    /// <summary>Not for use: a problem exception always carries a problem.</summary>
    public ProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = Problems.InvalidInput("request", message);
    }

    /// <summary>The response to send.</summary>
    public ProblemHttpResult Problem { get; }
}

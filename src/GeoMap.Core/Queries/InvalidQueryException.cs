namespace GeoMap.Core.Queries;

/// <summary>A query parameter a person got wrong; the message says what and how to fix it.</summary>
/// <remarks>The HTTP layer turns it into a 400 problem document naming <see cref="Parameter"/>.</remarks>
public sealed class InvalidQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidQueryException(string parameter, string message, IReadOnlyList<string>? suggestions = null)
        : base(message)
    {
        Parameter = parameter;
        Suggestions = suggestions ?? [];
    }

    /// <summary>Creates the exception with no parameter name.</summary>
    public InvalidQueryException()
        : this("query", "The query is invalid.")
    {
    }

    /// <summary>Creates the exception with no parameter name.</summary>
    public InvalidQueryException(string message)
        : this("query", message)
    {
    }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public InvalidQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "query";
        Suggestions = [];
    }

    /// <summary>The parameter at fault (bbox, datetime, region, geometry, …).</summary>
    public string Parameter { get; } = "query";

    /// <summary>Close valid values, when the fault is an unknown name.</summary>
    public IReadOnlyList<string> Suggestions { get; } = [];
}

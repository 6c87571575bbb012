namespace GeoMap.Rendering;

/// <summary>A map request that cannot be drawn, with a message a person can act on.</summary>
/// <remarks>It is an <see cref="ArgumentException"/> so callers that report bad arguments report it too.</remarks>
public sealed class MapRequestException : ArgumentException
{
    /// <summary>Creates the exception for a named parameter.</summary>
    public MapRequestException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>Creates the exception without a parameter.</summary>
    public MapRequestException()
        : this("request", "The map request is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MapRequestException(string message)
        : this("request", message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public MapRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "request";
    }

    /// <summary>The parameter at fault (bbox, size, from, to, overlay).</summary>
    public string Parameter { get; }
}

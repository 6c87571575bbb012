namespace GeoMap.Geoparsing.Analysis;

/// <summary>The input cannot be analysed: empty, binary, too large, or in an unsupported language.</summary>
/// <remarks>The message is meant for the person who supplied the input and says what to do about it.</remarks>
public sealed class UnusableInputException : Exception
{
    /// <summary>Creates the exception with an actionable message.</summary>
    public UnusableInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an actionable message and its cause.</summary>
    public UnusableInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public UnusableInputException()
        : base("The input cannot be analysed.")
    {
    }
}

namespace GeoMap.Core.Corroboration;

/// <summary>A claim, report or analyst decision that cannot be grouped as asked; nothing was changed.</summary>
public sealed class CorroborationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="parameter">The input at fault (<c>text</c>, <c>other</c>, <c>claims</c>…).</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public CorroborationException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>Not for use: the exception always names its input.</summary>
    public CorroborationException()
        : this("request", "The request cannot be grouped.")
    {
    }

    /// <summary>Not for use: the exception always names its input.</summary>
    public CorroborationException(string message)
        : this("request", message)
    {
    }

    /// <summary>Not for use: the exception always names its input.</summary>
    public CorroborationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "request";
    }

    /// <summary>The input at fault.</summary>
    public string Parameter { get; } = "request";
}

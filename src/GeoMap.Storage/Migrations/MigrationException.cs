namespace GeoMap.Storage.Migrations;

/// <summary>A migration failed (and was rolled back) or an applied one was edited.</summary>
public sealed class MigrationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MigrationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MigrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

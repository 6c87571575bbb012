namespace GeoMap.Storage.Cluster;

/// <summary>The managed PostgreSQL cluster could not be created, started or stopped; the message says why.</summary>
public sealed class ClusterException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ClusterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

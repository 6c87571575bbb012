namespace GeoMap.Server.Hosting;

/// <summary>Whether the background workers still run; /health answers 503 once one of them has stopped.</summary>
public sealed class WorkerHealth
{
    private volatile string? failure;

    /// <summary>Why a worker stopped, or null while all run.</summary>
    public string? Failure => failure;

    /// <summary>Records that a worker cannot continue.</summary>
    public void Stopped(string worker, Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        failure = $"{worker} stopped: {e.GetType().Name}: {e.Message}";
    }
}

namespace GeoMap.Storage;

/// <summary>Where GeoMap keeps its data: an existing PostGIS, or the managed local cluster.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Configuration section name ("GeoMap:Database").</summary>
    public const string Section = "GeoMap:Database";

    /// <summary>Environment variable that overrides <see cref="ConnectionString"/>.</summary>
    public const string ConnectionStringVariable = "GEOMAP_DB";

    /// <summary>Environment variable that overrides <see cref="DataDirectory"/>.</summary>
    public const string DataDirectoryVariable = GeoMap.Core.Registry.DataPaths.StateVariable;

    /// <summary>
    /// An Npgsql connection string or postgresql:// URL of an existing PostGIS. When empty, GeoMap
    /// starts and owns a private cluster under <see cref="DataDirectory"/> (the embedded default).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// An Npgsql connection string of hot-standby replicas of <see cref="ConnectionString"/> for the server's reads; empty
    /// (the default): everything goes to the primary. Several hosts with <c>Target Session Attributes=prefer-standby</c>
    /// (<c>Host=replica1,replica2,primary;…</c>) let Npgsql pick a live standby and fall back to the primary.
    /// </summary>
    /// <remarks>
    /// Only requests that change nothing read there (<see cref="Replicas.ReplicaReads"/>); a client that sends back the
    /// position its last write answered with reads from the primary until the replica has replayed that far.
    /// </remarks>
    public string? ReadConnectionString { get; set; }

    /// <summary>Folder of the managed cluster; null picks the default (see <see cref="ResolveDataDirectory"/>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Name of the database GeoMap uses inside the managed cluster.</summary>
    public string DatabaseName { get; set; } = "geomap";

    /// <summary>Folder holding the PostgreSQL binaries (initdb, pg_ctl, postgres); null finds them.</summary>
    public string? PostgresBinDirectory { get; set; }

    /// <summary>Reads <c>GEOMAP_DB</c> and <c>GEOMAP_DATA_DIR</c> over whatever is set.</summary>
    public DatabaseOptions WithEnvironment()
    {
        var cs = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(cs))
        {
            ConnectionString = cs;
        }

        var dir = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(dir))
        {
            DataDirectory = dir;
        }

        return this;
    }

    /// <summary>
    /// The state folder, which holds the managed cluster (and the server's tiles): the setting, else the default of
    /// <see cref="GeoMap.Core.Registry.DataPaths.StateDirectory"/> (/var/lib/geomap for root, else ~/.local/share/geomap).
    /// </summary>
    public string ResolveDataDirectory() => GeoMap.Core.Registry.DataPaths.StateDirectory(DataDirectory);
}

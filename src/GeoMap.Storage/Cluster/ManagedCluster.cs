using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace GeoMap.Storage.Cluster;

/// <summary>
/// The embedded default: a private PostgreSQL + PostGIS cluster that GeoMap creates, starts on a free
/// loopback port, and stops again when it started it.
/// </summary>
/// <remarks>
/// Layout under the data directory: <c>pgdata/</c> (the cluster, owned by the server's OS user),
/// <c>cluster.json</c> (port and generated password, mode 600), <c>postgres.log</c>. When GeoMap runs
/// as root the server runs as the <c>postgres</c> user, because PostgreSQL refuses root. A stale
/// postmaster.pid and orphaned backends left by a kill -9 are cleared before starting.
/// </remarks>
public sealed class ManagedCluster : IAsyncDisposable
{
    private const string Superuser = "geomap";
    private readonly string binDirectory;
    private readonly ProcessRunner runner;
    private bool startedHere;

    /// <summary>Creates a handle on the cluster in <paramref name="dataDirectory"/>; nothing starts yet.</summary>
    public ManagedCluster(string dataDirectory, string? postgresBinDirectory = null, string databaseName = "geomap")
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        DatabaseName = databaseName;
        binDirectory = PostgresBinaries.Find(postgresBinDirectory);
        runner = new ProcessRunner(Environment.IsPrivilegedProcess ? "postgres" : null);
    }

    /// <summary>The folder holding the cluster and its state.</summary>
    public string DataDirectory { get; }

    /// <summary>The database GeoMap uses.</summary>
    public string DatabaseName { get; }

    private string PgData => Path.Combine(DataDirectory, "pgdata");

    private string StatePath => Path.Combine(DataDirectory, "cluster.json");

    private string LogPath => Path.Combine(DataDirectory, "postgres.log");

    /// <summary>The connection string of the running cluster's GeoMap database.</summary>
    public string ConnectionString => ConnectionStringFor(DatabaseName);

    /// <summary>A connection string for another database in the same cluster (tests use one per class).</summary>
    public string ConnectionStringFor(string database) => ConnectionStringFor(database, pooling: true);

    private string ConnectionStringFor(string database, bool pooling)
    {
        var state = ClusterState.Read(StatePath) ?? throw new ClusterException($"The cluster in {DataDirectory} has not been created; run 'geomap db start'.");
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = state.Port,
            Username = state.User,
            Password = state.Password,
            Database = database,
            Pooling = pooling,
        }.ConnectionString;
    }

    /// <summary>A postgresql:// URL for psql and other tools.</summary>
    public string PsqlUrl()
    {
        var state = ClusterState.Read(StatePath) ?? throw new ClusterException($"The cluster in {DataDirectory} has not been created; run 'geomap db start'.");
        return string.Create(CultureInfo.InvariantCulture,
            $"postgresql://{state.User}:{Uri.EscapeDataString(state.Password)}@127.0.0.1:{state.Port}/{DatabaseName}");
    }

    /// <summary>True when the cluster's postmaster is running.</summary>
    public bool IsRunning() => RunningPostmasterPid() is not null;

    /// <summary>
    /// Creates the cluster if needed, starts it unless it already runs, and creates the GeoMap database
    /// with PostGIS. Returns true when this call started the server (and so <see cref="DisposeAsync"/> stops it).
    /// </summary>
    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        await InitializeIfNeededAsync(cancellationToken).ConfigureAwait(false);
        if (!IsRunning())
        {
            await StartServerAsync(cancellationToken).ConfigureAwait(false);
            startedHere = true;
        }

        await EnsureDatabaseAsync(DatabaseName, cancellationToken).ConfigureAwait(false);
        return startedHere;
    }

    /// <summary>
    /// Makes a hot-standby streaming replica of this running cluster in <paramref name="dataDirectory"/> (a base backup
    /// with <c>pg_basebackup -R</c>, which follows this cluster's WAL from then on) unless one is there, and starts it on a
    /// port of its own. The replica answers reads with the same user and password; it refuses writes.
    /// </summary>
    /// <remarks>The managed cluster's defaults allow it: wal_level replica, WAL senders, and replication connections from
    /// the loopback in pg_hba.conf.</remarks>
    public async Task<ManagedCluster> StartReplicaAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var state = ClusterState.Read(StatePath) ?? throw new ClusterException($"The cluster in {DataDirectory} has not been created; run 'geomap db start'.");
        var replica = new ManagedCluster(dataDirectory, binDirectory, DatabaseName);
        Directory.CreateDirectory(replica.DataDirectory);
        if (!File.Exists(Path.Combine(replica.PgData, "PG_VERSION")) || ClusterState.Read(replica.StatePath) is null)
        {
            if (Directory.Exists(replica.PgData))
            {
                Directory.Delete(replica.PgData, recursive: true);
            }

            replica.GrantToServerUser(replica.DataDirectory);
            var source = string.Create(CultureInfo.InvariantCulture, $"host=127.0.0.1 port={state.Port} user={state.User} password={state.Password}");
            var (code, output) = await runner.RunAsync(Tool("pg_basebackup"),
                ["-d", source, "-D", replica.PgData, "-R", "-X", "stream", "-c", "fast", "--no-sync"], cancellationToken, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
            if (code != 0)
            {
                throw new ClusterException($"pg_basebackup of {PgData} into {replica.PgData} failed: {output.Trim()}");
            }

            new ClusterState(FreeLoopbackPort(), state.Password, state.User).Write(replica.StatePath);
        }

        if (!replica.IsRunning())
        {
            await replica.StartServerAsync(cancellationToken).ConfigureAwait(false);
            replica.startedHere = true;
        }

        return replica;
    }

    /// <summary>Stops the server (fast shutdown: open sessions are rolled back).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!IsRunning())
        {
            return;
        }

        var (code, output) = await runner.RunAsync(Tool("pg_ctl"), ["stop", "-D", PgData, "-m", "fast", "-w", "-t", "60"], cancellationToken).ConfigureAwait(false);
        if (code != 0 && IsRunning())
        {
            throw new ClusterException($"pg_ctl stop failed: {output.Trim()}");
        }

        startedHere = false;

        // Pooled connections to the stopped server are dead; a restarted server must not be handed them.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Creates <paramref name="database"/> with the postgis extension if it does not exist.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken, string? template = null)
    {
        await using (var admin = new NpgsqlConnection(ConnectionStringFor("postgres", pooling: false)))
        {
            await admin.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin) { Parameters = { new() { Value = database } } };
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                var sql = "CREATE DATABASE " + QuoteIdentifier(database) + (template is null ? "" : " TEMPLATE " + QuoteIdentifier(template));
                await using var create = new NpgsqlCommand(sql, admin);
                try
                {
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another process created it between our check and our create: that is what we wanted.
                }
            }
        }

        // Unpooled: an idle session left on a template database would block cloning it.
        await using var db = new NpgsqlConnection(ConnectionStringFor(database, pooling: false));
        await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var postgis = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis", db);
        try
        {
            await postgis.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedFile or "58P01" or PostgresErrorCodes.FeatureNotSupported)
        {
            throw new ClusterException("PostGIS is not installed for this PostgreSQL: run scripts/setup.sh (it installs postgresql-15-postgis-3).", e);
        }
    }

    /// <summary>Drops a database, closing its sessions first.</summary>
    public async Task DropDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var admin = new NpgsqlConnection(ConnectionStringFor("postgres", pooling: false));
        await admin.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS " + QuoteIdentifier(database) + " WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server if this handle started it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (startedHere)
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The postmaster's pid when it runs, read from postmaster.pid and checked against /proc.</summary>
    public int? RunningPostmasterPid()
    {
        var pidFile = Path.Combine(PgData, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        string? first;
        try
        {
            first = File.ReadLines(pidFile).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }

        if (!int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        return ProcessTable.WorkingDirectory(pid) == PgData ? pid : null;
    }

    private async Task InitializeIfNeededAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(PgData, "PG_VERSION")) && ClusterState.Read(StatePath) is not null)
        {
            return;
        }

        // A half-made cluster (initdb interrupted) is useless; start over.
        if (Directory.Exists(PgData))
        {
            Directory.Delete(PgData, recursive: true);
        }

        Directory.CreateDirectory(PgData);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
        var pwFile = Path.Combine(DataDirectory, ".initdb-pw");
        await File.WriteAllTextAsync(pwFile, password + "\n", cancellationToken).ConfigureAwait(false);
        try
        {
            GrantToServerUser(pwFile);
            var (code, output) = await runner.RunAsync(Tool("initdb"),
                ["-D", PgData, "-U", Superuser, "--pwfile", pwFile, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                cancellationToken, TimeSpan.FromMinutes(5)).ConfigureAwait(false);
            if (code != 0)
            {
                throw new ClusterException($"initdb failed in {PgData}: {output.Trim()}");
            }
        }
        finally
        {
            File.Delete(pwFile);
        }

        new ClusterState(FreeLoopbackPort(), password, Superuser).Write(StatePath);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        ClearCrashLeftovers();
        var state = ClusterState.Read(StatePath)!;
        if (!PortIsFree(state.Port))
        {
            state = state with { Port = FreeLoopbackPort() };
            state.Write(StatePath);
        }

        if (!File.Exists(LogPath))
        {
            await File.WriteAllTextAsync(LogPath, "", cancellationToken).ConfigureAwait(false);
        }

        GrantToServerUser(LogPath);
        var serverOptions = string.Create(CultureInfo.InvariantCulture,
            $"-p {state.Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c max_connections=200 -c shared_buffers=256MB");
        var (code, output) = await runner.RunAsync(Tool("pg_ctl"),
            ["start", "-D", PgData, "-l", LogPath, "-w", "-t", "120", "-o", serverOptions], cancellationToken, TimeSpan.FromMinutes(3)).ConfigureAwait(false);
        if (code != 0)
        {
            var tail = File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(15)) : "";
            throw new ClusterException($"The managed PostgreSQL did not start (pg_ctl exit {code}): {output.Trim()}\n{tail}");
        }
    }

    /// <summary>
    /// After a kill -9 the pid file may name a dead or reused pid, and orphaned backends may still hold
    /// the shared memory; PostgreSQL then refuses to start. Backends keep the data folder as their
    /// working directory, which is how they are found.
    /// </summary>
    private void ClearCrashLeftovers()
    {
        var pidFile = Path.Combine(PgData, "postmaster.pid");
        if (File.Exists(pidFile) && RunningPostmasterPid() is null)
        {
            File.Delete(pidFile);
        }

        var orphans = ProcessTable.WithWorkingDirectory(PgData);
        foreach (var pid in orphans)
        {
            ProcessTable.Kill(pid);
        }

        if (orphans.Count > 0)
        {
            ProcessTable.WaitGone(orphans, TimeSpan.FromSeconds(10));
        }
    }

    private void GrantToServerUser(string path)
    {
        if (runner.RunAsUser is null)
        {
            return;
        }

        // The cluster folder and the files initdb/pg_ctl read must belong to the server's user.
        var (uid, gid) = ProcessTable.UserIds(runner.RunAsUser);
        foreach (var p in new[] { DataDirectory, PgData, path }.Distinct())
        {
            if (Path.Exists(p))
            {
                ProcessTable.Chown(p, uid, gid);
            }
        }
    }

    private string Tool(string name) => Path.Combine(binDirectory, name);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

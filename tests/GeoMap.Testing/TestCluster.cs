using GeoMap.Storage;
using GeoMap.Storage.Cluster;
using GeoMap.Storage.Migrations;

namespace GeoMap.Testing;

/// <summary>
/// One managed PostgreSQL cluster per test process, in a temporary folder, with a migrated template
/// database that each test class clones (CREATE DATABASE … TEMPLATE is much faster than migrating).
/// </summary>
public static class TestCluster
{
    private const string Template = "geomap_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ManagedCluster? cluster;

    /// <summary>The running cluster, started and templated on first use; stopped when the process exits.</summary>
    public static async Task<ManagedCluster> GetAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cluster is not null)
            {
                return cluster;
            }

            var folder = Path.Combine(Path.GetTempPath(), "geomap-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20]);
            var started = new ManagedCluster(folder, databaseName: Template);
            await started.StartAsync(cancellationToken).ConfigureAwait(false);
            await using (var dataSource = GeoMapDataSource.Create(started.ConnectionStringFor(Template)))
            {
                await new Migrator(dataSource).MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                started.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
                TryDelete(folder);
            };
            cluster = started;
            return cluster;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates a fresh, migrated database cloned from the template; returns its name.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var c = await GetAsync(cancellationToken).ConfigureAwait(false);
        var name = $"{Sanitize(prefix)}_{Guid.NewGuid():N}".ToLowerInvariant();

        // Cloning needs the template to have no sessions; serialize clones so two classes do not collide.
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await c.EnsureDatabaseAsync(name, cancellationToken, Template).ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }

        return name;
    }

    private static string Sanitize(string s) => new([.. s.Where(char.IsAsciiLetterOrDigit).Take(20)]);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

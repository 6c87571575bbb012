using System.Globalization;
using System.CommandLine;
using GeoMap.Server.Seeding;
using GeoMap.Storage;
using GeoMap.Storage.Cluster;
using GeoMap.Storage.Migrations;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap db start|stop|status|migrate|psql-url|seed-regions|replica</c>: the embedded PostGIS cluster and migrations.</summary>
public static class DbCommands
{
    /// <summary>Builds the <c>db</c> command.</summary>
    public static Command Create()
    {
        var db = new Command("db", "Manage GeoMap's database: the embedded PostGIS cluster, or the one GEOMAP_DB names.");
        db.Subcommands.Add(Start());
        db.Subcommands.Add(Stop());
        db.Subcommands.Add(Status());
        db.Subcommands.Add(Migrate());
        db.Subcommands.Add(PsqlUrl());
        db.Subcommands.Add(SeedRegions());
        db.Subcommands.Add(Replica());
        return db;
    }

    private static Command Start()
    {
        var command = new Command("start", "Create (if needed) and start the embedded cluster, then migrate it. It keeps running until 'geomap db stop'.");
        command.SetAction(async (_, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var cluster = Cluster();
            await cluster.StartAsync(cancellationToken).ConfigureAwait(false);
            await using (var dataSource = GeoMapDataSource.Create(cluster.ConnectionString))
            {
                var applied = await new Migrator(dataSource).MigrateAsync(cancellationToken).ConfigureAwait(false);
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Running[/] in {cluster.DataDirectory} (migrations applied now: {applied.Count}).");
            }

            Console.WriteLine(cluster.PsqlUrl());
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Stop()
    {
        var command = new Command("stop", "Stop the embedded cluster.");
        command.SetAction(async (_, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var cluster = Cluster();
            if (!cluster.IsRunning())
            {
                AnsiConsole.MarkupLine("Not running.");
                return 0;
            }

            await cluster.StopAsync(cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine("[green]Stopped.[/]");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Status()
    {
        var json = CliJson.Option();
        var command = new Command("status", "Say where the database is, whether it runs, and which migrations are applied.") { json };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var options = new DatabaseOptions().WithEnvironment();
            var asJson = parse.GetValue(json);
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                var (applied, pending) = await MigrationsAsync(options.ConnectionString, cancellationToken).ConfigureAwait(false);
                if (asJson)
                {
                    CliJson.Write(new DatabaseStatus("GEOMAP_DB", null, true, null, applied, pending));
                    return 0;
                }

                AnsiConsole.MarkupLine("Using the database from [bold]GEOMAP_DB[/] (the embedded cluster is not used).");
                PrintMigrations(applied, pending);
                return 0;
            }

            var cluster = Cluster();
            var pid = cluster.RunningPostmasterPid();
            (IReadOnlyList<int> Applied, IReadOnlyList<int> Pending)? migrations = pid is null ? null : await MigrationsAsync(cluster.ConnectionString, cancellationToken).ConfigureAwait(false);
            if (asJson)
            {
                CliJson.Write(new DatabaseStatus("embedded", cluster.DataDirectory, pid is not null, pid, migrations?.Applied, migrations?.Pending));
            }
            else
            {
                AnsiConsole.MarkupInterpolated(CultureInfo.InvariantCulture, $"Embedded cluster in {cluster.DataDirectory}: ");
                AnsiConsole.MarkupLine(pid is null ? "[yellow]stopped[/]" : string.Create(CultureInfo.InvariantCulture, $"[green]running[/] (pid {pid})"));
                if (migrations is { } m)
                {
                    PrintMigrations(m.Applied, m.Pending);
                }
            }

            return pid is null ? 3 : 0;
        }).ConfigureAwait(false));
        return command;
    }

    /// <summary>What <c>db status --json</c> prints.</summary>
    /// <param name="Database">"embedded" or "GEOMAP_DB".</param>
    /// <param name="DataDirectory">The embedded cluster's folder, or null.</param>
    /// <param name="Running">Whether the database answers (always true for GEOMAP_DB, which was reached).</param>
    /// <param name="Pid">The embedded postmaster's process id when running.</param>
    /// <param name="AppliedMigrations">Versions applied, when running.</param>
    /// <param name="PendingMigrations">Versions not yet applied, when running.</param>
    private sealed record DatabaseStatus(string Database, string? DataDirectory, bool Running, int? Pid, IReadOnlyList<int>? AppliedMigrations, IReadOnlyList<int>? PendingMigrations);

    private static Command Migrate()
    {
        var command = new Command("migrate", "Apply pending migrations (starting the embedded cluster for the duration if it is not running).");
        command.SetAction(async (_, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken, migrate: false).ConfigureAwait(false);
            var applied = await new Migrator(database.DataSource).MigrateAsync(cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Applied {applied.Count} migration(s)[/]{(applied.Count > 0 ? ": " + string.Join(", ", applied) : "; the schema was up to date")}.");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command PsqlUrl()
    {
        var command = new Command("psql-url", "Print a postgresql:// URL for psql and other tools (contains the password).");
        command.SetAction(_ => CliErrors.Run(() =>
        {
            var options = new DatabaseOptions().WithEnvironment();
            Console.WriteLine(string.IsNullOrWhiteSpace(options.ConnectionString) ? Cluster().PsqlUrl() : options.ConnectionString);
            return 0;
        }));
        return command;
    }

    private static Command SeedRegions()
    {
        var force = new Option<bool>("--force") { Description = "Reload even when regions are already stored." };
        var command = new Command("seed-regions", "Load countries and first-level regions (multilingual names, outlines) for named-region queries.") { force };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false);
            var written = await AnsiConsole.Status().StartAsync("Loading regions…", async context =>
                await RegionSeeder.SeedAsync(database.DataSource, parse.GetValue(force), cancellationToken, new Progress<string>(m => context.Status(m))).ConfigureAwait(false)).ConfigureAwait(false);
            AnsiConsole.MarkupLine(written == 0
                ? "Regions are already stored; use --force to reload them."
                : string.Create(CultureInfo.InvariantCulture, $"[green]Stored {written} regions.[/]"));
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Replica()
    {
        var folder = new Argument<DirectoryInfo>("FOLDER") { Description = "The replica's own data folder (its cluster, port and log), as GEOMAP_DATA_DIR is the primary's." };
        var command = new Command("replica",
            "Make a hot-standby streaming replica of the running embedded cluster in FOLDER (pg_basebackup) unless one is there, start it on a port of its own, and print its connection string for GeoMap:Database:ReadConnectionString. "
            + "For read replicas on one machine (bench/scale, trying README 'Several servers'); stop it with GEOMAP_DATA_DIR=FOLDER geomap db stop. For a PostgreSQL of your own, see packaging/multi-node/postgres-replica.sh.")
        {
            folder,
        };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            if (!string.IsNullOrWhiteSpace(new DatabaseOptions().WithEnvironment().ConnectionString))
            {
                return CliErrors.Report("'db replica' copies the embedded cluster, and GEOMAP_DB names another database: make its replica with PostgreSQL's own tools (packaging/multi-node/postgres-replica.sh).");
            }

            var primary = Cluster();
            if (!primary.IsRunning())
            {
                return CliErrors.Report($"The embedded cluster in {primary.DataDirectory} is not running: start it with 'geomap db start' first.");
            }

            var target = Path.GetFullPath(parse.GetValue(folder)!.FullName);
            if (string.Equals(target.TrimEnd(Path.DirectorySeparatorChar), primary.DataDirectory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                return CliErrors.Report("FOLDER is the primary's own data folder; give the replica a folder of its own.");
            }

            var replica = await primary.StartReplicaAsync(target, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(replica.ConnectionString);
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static ManagedCluster Cluster()
    {
        var options = new DatabaseOptions().WithEnvironment();
        return new ManagedCluster(options.ResolveDataDirectory(), options.PostgresBinDirectory, options.DatabaseName);
    }

    private static async Task<(IReadOnlyList<int> Applied, IReadOnlyList<int> Pending)> MigrationsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var dataSource = GeoMapDataSource.Create(connectionString);
        var applied = await new Migrator(dataSource).AppliedAsync(cancellationToken).ConfigureAwait(false);
        var pending = Migration.Embedded().Where(m => !applied.ContainsKey(m.Version)).Select(m => m.Version).ToList();
        return (applied.Keys.Order().ToList(), pending);
    }

    private static void PrintMigrations(IReadOnlyList<int> applied, IReadOnlyList<int> pending) =>
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Migrations applied: {applied.Count}; pending: {(pending.Count == 0 ? "none" : string.Join(", ", pending))}.");
}

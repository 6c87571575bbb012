using System.CommandLine;
using System.Globalization;
using GeoMap.Server.Apis;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap keys add|list|revoke</c>: API keys for the HTTP service (stored hashed; a secret is shown once).</summary>
public static class KeysCommands
{
    /// <summary>Builds the <c>keys</c> command.</summary>
    public static Command Create()
    {
        var keys = new Command("keys", "Manage API keys: viewer (reads), analyst (reads and writes), admin (everything, including keys).");
        keys.Subcommands.Add(Add());
        keys.Subcommands.Add(List());
        keys.Subcommands.Add(Revoke());
        return keys;
    }

    private static Command Add()
    {
        var name = new Argument<string>("NAME") { Description = "Who or what uses the key (unique)." };
        var role = new Option<string>("--role") { Description = "viewer, analyst or admin.", Required = true };
        role.AcceptOnlyFromAmong("viewer", "analyst", "admin");
        var json = CliJson.Option();
        var command = new Command("add", "Create a key and print its secret once; only its hash is stored.") { name, role, json };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var parsedRole = ApiKeyRepository.ParseRole(parse.GetValue(role))!.Value;
            CreatedApiKey created;
            try
            {
                created = await new ApiKeyRepository(database.DataSource).AddAsync(parse.GetValue(name)!, parsedRole, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                return CliErrors.Report(e.Message);
            }

            if (parse.GetValue(json))
            {
                CliJson.Write(new KeysApi.CreatedKey(KeysApi.Item(created.Key), created.Secret));
                return 0;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Created key [bold]{created.Key.Name}[/] ({ApiKeyRepository.RoleText(created.Key.Role)}). Copy the secret now; it is not shown again:");
            Console.WriteLine(created.Secret);
            AnsiConsole.MarkupLine("Send it as [bold]Authorization: Bearer <secret>[/] or [bold]X-Api-Key: <secret>[/].");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command List()
    {
        var json = CliJson.Option();
        var command = new Command("list", "List keys (names, roles, prefixes, dates; never secrets).") { json };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var keys = await new ApiKeyRepository(database.DataSource).ListAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                CliJson.Write(keys.Select(KeysApi.Item).ToList());
                return 0;
            }

            var table = new Table().AddColumns("Name", "Role", "Prefix", "Created (UTC)", "Revoked (UTC)");
            foreach (var k in keys)
            {
                table.AddRow(
                    Markup.Escape(k.Name), ApiKeyRepository.RoleText(k.Role), Markup.Escape(k.Prefix + "…"),
                    k.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    k.RevokedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "");
            }

            AnsiConsole.Write(table);
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Revoke()
    {
        var name = new Argument<string>("NAME") { Description = "The key to revoke." };
        var command = new Command("revoke", "Revoke a key at once; requests with it get 401.") { name };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var key = parse.GetValue(name)!;
            if (!await new ApiKeyRepository(database.DataSource).RevokeAsync(key, cancellationToken).ConfigureAwait(false))
            {
                return CliErrors.Report($"No active key named '{key}'; see 'geomap keys list'.");
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Revoked [bold]{key}[/].");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    /// <summary>The database GEOMAP_DB names, or the embedded cluster (started for the command and stopped after if it was not running).</summary>
    private static Task<GeoMapDatabase> OpenAsync(CancellationToken cancellationToken) =>
        GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken);
}

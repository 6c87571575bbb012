using System.CommandLine;

var root = new RootCommand("GeoMap: troop movements from news reports, on a map.");
root.Subcommands.Add(GeoMap.Cli.Commands.DbCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.OverlayCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.PhotoCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.ExtractCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.IngestCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.GazetteerCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.RenderCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.ViewCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.ServeCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.KeysCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.SourceCommands.Create());

GeoMap.Cli.CliConsole.Configure();
var parsed = root.Parse(args);
// --help and --version clear parse errors (a missing argument must not hide the help asked for).
return parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true }
    ? GeoMap.Cli.CliConsole.ReportParseErrors(parsed)
    : await parsed.InvokeAsync().ConfigureAwait(false);

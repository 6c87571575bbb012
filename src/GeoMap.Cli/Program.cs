using System.CommandLine;

var root = new RootCommand("GeoMap: troop movements from news reports, on a map.");
root.Subcommands.Add(GeoMap.Cli.Commands.DbCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.OverlayCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.ExtractCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.GazetteerCommands.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.RenderCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.ViewCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.ServeCommand.Create());
root.Subcommands.Add(GeoMap.Cli.Commands.KeysCommands.Create());

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);

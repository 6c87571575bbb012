using System.CommandLine;

var root = new RootCommand("GeoMap: troop movements from news reports, on a map.");

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);

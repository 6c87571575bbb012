using System.CommandLine;

namespace GeoMap.Cli.Commands;

/// <summary>The <c>geomap overlay</c> command group: imagery overlays.</summary>
public static class OverlayCommands
{
    /// <summary>Creates <c>overlay</c> with its subcommands: <c>tile</c> (no database), <c>add</c>, <c>list</c>, <c>rm</c>.</summary>
    public static Command Create()
    {
        var overlay = new Command("overlay", "Imagery overlays: tile georeferenced images into XYZ pyramids, and store them for the map.");
        overlay.Subcommands.Add(OverlayTileCommand.Create());
        overlay.Subcommands.Add(OverlayStoreCommands.Add());
        overlay.Subcommands.Add(OverlayStoreCommands.List());
        overlay.Subcommands.Add(OverlayStoreCommands.Remove());
        return overlay;
    }
}

using System.CommandLine;

namespace GeoMap.Cli.Commands;

/// <summary>The <c>geomap overlay</c> command group: imagery overlays.</summary>
public static class OverlayCommands
{
    /// <summary>Creates <c>overlay</c> with its subcommands (<c>tile</c>; <c>add</c>, <c>list</c>,
    /// <c>rm</c> join it once overlays are stored).</summary>
    public static Command Create()
    {
        var overlay = new Command("overlay", "Imagery overlays: tile georeferenced images into XYZ pyramids.");
        overlay.Subcommands.Add(OverlayTileCommand.Create());
        return overlay;
    }
}

using System.CommandLine;
using GeoMap.Imagery.Georeferencing;

namespace GeoMap.Cli.Commands;

/// <summary>The options that say where an image lies (--bounds, --world with --crs, --corners), shared by overlay tile and add.</summary>
internal sealed class GeoreferenceArguments
{
    private readonly Option<string?> bounds = new("--bounds") { Description = "west,south,east,north in degrees (EPSG:4326)." };
    private readonly Option<FileInfo?> world = new("--world") { Description = "World file (.pgw/.jgw/.tfw/.wld); needs --crs." };
    private readonly Option<string?> crs = new("--crs") { Description = "CRS of the world file or corners, e.g. EPSG:32618." };
    private readonly Option<string?> corners = new("--corners") { Description = "x,y of the top-left, top-right, bottom-right, bottom-left corners (8 numbers, lon/lat unless --crs)." };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(bounds);
        command.Options.Add(world);
        command.Options.Add(crs);
        command.Options.Add(corners);
    }

    /// <summary>The georeference the user gave (none of them: the file's own tags).</summary>
    public GeoreferenceOptions Read(ParseResult parse) => new()
    {
        Bounds = parse.GetValue(bounds) is { } b ? OverlayTileCommand.ParseBounds(b) : null,
        Corners = parse.GetValue(corners) is { } c ? OverlayTileCommand.ParseCorners(c) : null,
        WorldFile = parse.GetValue(world)?.FullName,
        Crs = parse.GetValue(crs),
    };
}

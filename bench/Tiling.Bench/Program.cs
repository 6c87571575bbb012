using System.Diagnostics;
using System.Globalization;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Tiling;

// The tiler alone, as `geomap overlay tile` runs it, so the benchmark does not depend on the
// rest of the CLI building: tiling-bench INPUT OUT MINZOOM MAXZOOM [THREADS]
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: tiling-bench INPUT OUT MINZOOM MAXZOOM [THREADS]");
    return 2;
}

var options = new TilerOptions
{
    MinZoom = int.Parse(args[2], CultureInfo.InvariantCulture),
    MaxZoom = int.Parse(args[3], CultureInfo.InvariantCulture),
    Threads = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : Environment.ProcessorCount,
};
var clock = Stopwatch.StartNew();
try
{
    var result = await new OverlayTiler(options).RunAsync(args[0], args[1]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.TileCount} tiles, {result.TileBytes} bytes, zooms {result.MinZoom}-{result.MaxZoom}, {clock.Elapsed.TotalSeconds:F2} s"));
    return 0;
}
catch (ImageryException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

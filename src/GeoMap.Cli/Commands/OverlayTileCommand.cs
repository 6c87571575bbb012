using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Tiling;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap overlay tile INPUT --out DIR</c>: tiles an image without a database.</summary>
public static class OverlayTileCommand
{
    /// <summary>Creates the <c>tile</c> command.</summary>
    public static Command Create()
    {
        var input = new Argument<FileInfo>("INPUT") { Description = "GeoTIFF, or PNG/JPEG/WebP with a world file, --bounds or --corners." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Pyramid folder to publish ({z}/{x}/{y}.png, metadata.json); replaced only on success.", Required = true };
        var georeference = new GeoreferenceArguments();
        var minZoom = new Option<int?>("--minzoom") { Description = "Lowest zoom (default: the image is about one tile)." };
        var maxZoom = new Option<int?>("--maxzoom") { Description = "Highest zoom (default: native, from the ground resolution)." };
        var format = new Option<string>("--format") { Description = "Tile format.", DefaultValueFactory = _ => "png" };
        format.AcceptOnlyFromAmong("png", "webp");
        var title = new Option<string?>("--title") { Description = "Title for metadata.json." };
        var attribution = new Option<string?>("--attribution") { Description = "Attribution for metadata.json." };
        var acquired = new Option<DateTimeOffset?>("--acquired") { Description = "Acquisition time (ISO 8601, UTC) for metadata.json." };

        var json = CliJson.Option();
        var command = new Command("tile", "Cut a georeferenced image into an XYZ tile pyramid (EPSG:3857, 256 px).")
        {
            input, output, minZoom, maxZoom, format, title, attribution, acquired, json,
        };
        georeference.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var options = new TilerOptions
                {
                    Georeference = georeference.Read(parse),
                    MinZoom = parse.GetValue(minZoom),
                    MaxZoom = parse.GetValue(maxZoom),
                    Format = parse.GetValue(format) == "webp" ? TileFormat.WebP : TileFormat.Png,
                    Title = parse.GetValue(title),
                    Attribution = parse.GetValue(attribution),
                    AcquiredAt = parse.GetValue(acquired),
                };
                return await RunAsync(parse.GetValue(input)!.FullName, parse.GetValue(output)!.FullName, options, parse.GetValue(json), cancellationToken);
            }
            catch (Exception e) when (e is ImageryException or IOException or UnauthorizedAccessException or FormatException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
            catch (OperationCanceledException)
            {
                await Console.Error.WriteLineAsync("cancelled: nothing was published.");
                return 130;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(string input, string output, TilerOptions options, bool json, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = await TileAsync(input, output, options, cancellationToken);
        var box = result.Footprint.EnvelopeInternal;
        if (json)
        {
            CliJson.Write(new
            {
                tileCount = result.TileCount, tileBytes = result.TileBytes, minZoom = result.MinZoom, maxZoom = result.MaxZoom,
                sourceCrs = result.SourceCrs, georeference = result.GeoreferenceOrigin, bounds = new[] { box.MinX, box.MinY, box.MaxX, box.MaxY },
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 2), output = result.OutputDirectory,
            });
            return 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.TileCount:N0} tiles ({result.TileBytes / 1e6:F1} MB), zooms {result.MinZoom}-{result.MaxZoom}, " +
            $"{result.SourceCrs} via {result.GeoreferenceOrigin}, bounds {box.MinX:F6},{box.MinY:F6},{box.MaxX:F6},{box.MaxY:F6}, " +
            $"{clock.Elapsed.TotalSeconds:F1} s -> {result.OutputDirectory}"));
        return 0;
    }

    /// <summary>Tiles <paramref name="input"/> into <paramref name="output"/>, with a progress bar on a terminal.</summary>
    internal static async Task<TileResult> TileAsync(string input, string output, TilerOptions options, CancellationToken cancellationToken)
    {
        var tiler = new OverlayTiler(options);
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await tiler.RunAsync(input, output, null, cancellationToken);
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Tiling {Path.GetFileName(input)}", maxValue: 1);
                var progress = new InlineProgress(p =>
                {
                    task.Value = p.Fraction;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"z{p.Zoom} row {p.RowsDone}/{p.RowsTotal}, {p.TilesWritten:N0} tiles");
                });
                try
                {
                    return await tiler.RunAsync(input, output, progress, cancellationToken);
                }
                finally
                {
                    task.StopTask(); // the elapsed time stops with the work, finished or failed
                }
            });
    }

    /// <summary>Parses --bounds.</summary>
    internal static (double, double, double, double) ParseBounds(string text)
    {
        var v = Numbers(text, 4, "--bounds takes west,south,east,north");
        return (v[0], v[1], v[2], v[3]);
    }

    /// <summary>Parses --corners.</summary>
    internal static IReadOnlyList<(double X, double Y)> ParseCorners(string text)
    {
        var v = Numbers(text, 8, "--corners takes 8 numbers: x,y of top-left, top-right, bottom-right, bottom-left");
        return [(v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])];
    }

    private static double[] Numbers(string text, int count, string usage)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        if (parts.Length != count || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            throw new FormatException($"{usage} (got '{text}').");
        }

        return values;
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/> which posts later.</summary>
    private sealed class InlineProgress(Action<TileProgress> report) : IProgress<TileProgress>
    {
        public void Report(TileProgress value) => report(value);
    }
}

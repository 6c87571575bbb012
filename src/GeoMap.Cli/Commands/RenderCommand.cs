using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Overlays;
using GeoMap.Core.Queries;
using GeoMap.Imagery.Packages;
using GeoMap.Rendering;
using GeoMap.Rendering.Basemap;
using GeoMap.Server.Basemap;
using GeoMap.Server.Hosting;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap render --bbox w,s,e,n --from --to [--overlay ID] [--basemap FILE] --size 1600x1000 -o map.png</c>: a static map for briefings.</summary>
public static class RenderCommand
{
    /// <summary>Most movements drawn on one map.</summary>
    public const int MaxMovements = 10_000;

    /// <summary>Creates the <c>render</c> command.</summary>
    public static Command Create()
    {
        var bbox = new Option<string>("--bbox") { Description = "Area: west,south,east,north in degrees (west > east crosses the antimeridian).", Required = true };
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD, UTC); movements whose period overlaps the range are drawn." };
        var to = new Option<string?>("--to") { Description = "Last day (YYYY-MM-DD, UTC), included." };
        var overlay = new Option<string[]>("--overlay") { Description = "Overlay id to draw under the movements (repeatable).", AllowMultipleArgumentsPerToken = false };
        var opacity = new Option<double>("--opacity") { Description = "Overlay opacity, 0 to 1.", DefaultValueFactory = _ => 0.85 };
        var size = new Option<string>("--size") { Description = "Image size WIDTHxHEIGHT in pixels (200 to 8000 each).", DefaultValueFactory = _ => "1600x1000" };
        var title = new Option<string?>("--title") { Description = "Title printed on the map." };
        var tiles = new Option<string?>("--tiles") { Description = "Folder holding the overlays' tile pyramids ({tiles}/{overlayId}/{z}/{x}/{y}.png); by default the server's, 'tiles' in the state folder (GEOMAP_DATA_DIR)." };
        var basemap = new Option<FileInfo?>("--basemap") { Description = "An .mbtiles or .pmtiles basemap package (raster or vector tiles) to draw under the movements, at the map's zoom, as 'geomap serve --basemap' does." };
        var photos = new Option<bool>("--photos") { Description = "Mark the ground photos taken in the area and date range, pointing where the camera faced." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "PNG file to write.", Required = true };

        var command = new Command("render", "Draw a static map (PNG) of the movements in an area and period: basemap, overlays, arrows, legend, scale bar.")
        {
            bbox, from, to, overlay, opacity, size, title, tiles, basemap, photos, output,
        };
        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(async () =>
        {
            var box = BoundingBox.Parse(parse.GetValue(bbox)!);
            var (width, height) = ParseSize(parse.GetValue(size)!);
            var first = ParseDay(parse.GetValue(from), "--from");
            var last = ParseDay(parse.GetValue(to), "--to");
            if (first is { } f && last is { } l && l < f)
            {
                throw new ArgumentException($"--to ({l:yyyy-MM-dd}) is before --from ({f:yyyy-MM-dd}); swap the two dates.");
            }

            var alpha = parse.GetValue(opacity);
            if (!double.IsFinite(alpha) || alpha is < 0 or > 1)
            {
                throw new ArgumentException("--opacity must be between 0 and 1, for example 0.85.");
            }

            var file = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();

            // Opened before the database, so a wrong path costs nothing; the reader's message says what is wrong.
            using var package = parse.GetValue(basemap) is { } packageFile ? OpenPackage(packageFile) : null;
            await using var db = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken);
            var repository = new MovementRepository(db.DataSource);
            var movements = await LoadMovementsAsync(repository, box, first, last, cancellationToken);
            var server = OverlayStoreCommands.ServerTiles(parse.GetValue(tiles));
            using var storage = OverlayStoreCommands.Storage(server);
            var overlays = await LoadOverlaysAsync(new OverlayRepository(db.DataSource), parse.GetValue(overlay) ?? [], storage, server.TilesRoot, alpha, cancellationToken);

            var request = new MapRequest
            {
                Box = box,
                Width = width,
                Height = height,
                From = first,
                To = last,
                Title = parse.GetValue(title),
                Movements = movements,
                // Coloured over every stored actor, as the web client colours them.
                Actors = await repository.ActorsAsync(cancellationToken),
                Areas = await new RegionRepository(db.DataSource).AreasAsync(movements.Select(m => m.Destination).OfType<Core.Places.Place>(), cancellationToken),
                Overlays = overlays,
                Photos = parse.GetValue(photos)
                    ? await new PhotoRepository(db.DataSource).ListAsync(box.ToGeometry(), first?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), last?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc), null, MaxMovements, cancellationToken)
                    : [],
            };
            var png = new MapRenderer(BasemapLoader.Default) { Package = package is null ? null : ServedBasemap.ForRendering(package) }.RenderPng(request);
            if (file.Directory is { Exists: false } directory)
            {
                directory.Create();
            }

            await File.WriteAllBytesAsync(file.FullName, png, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.FullName}: {width}x{height}, {movements.Count:N0} movements, {overlays.Count} overlays, {png.Length / 1024.0:N0} KiB, {clock.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }));
        return command;
    }

    /// <summary>Parses <c>WIDTHxHEIGHT</c>.</summary>
    public static (int Width, int Height) ParseSize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().ToLowerInvariant().Split('x');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height))
        {
            throw new ArgumentException($"--size '{text}' is not WIDTHxHEIGHT; give two whole numbers of pixels, for example 1600x1000.");
        }

        if (width is < MapRequest.MinSide or > MapRequest.MaxSide || height is < MapRequest.MinSide or > MapRequest.MaxSide)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"--size {width}x{height} is out of range; each side must be {MapRequest.MinSide} to {MapRequest.MaxSide} pixels."));
        }

        return (width, height);
    }

    private static TilePackage OpenPackage(FileInfo file)
    {
        try
        {
            return TilePackage.Open(file.FullName);
        }
        catch (TilePackageException e)
        {
            throw new ArgumentException($"--basemap: {e.Message}", e);
        }
    }

    private static DateOnly? ParseDay(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"{option} '{text}' is not a date; use YYYY-MM-DD, for example 2024-10-08.");
    }

    private static async Task<IReadOnlyList<Movement>> LoadMovementsAsync(MovementRepository repository, BoundingBox box, DateOnly? first, DateOnly? last, CancellationToken cancellationToken)
    {
        var movements = new List<Movement>();
        var query = new MovementQuery
        {
            Region = RegionFilter.ForBox(box),
            From = first is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            To = last is { } l ? new DateTimeOffset(l.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : null,
            Limit = MovementQuery.MaxLimit,
        };
        while (movements.Count < MaxMovements)
        {
            var page = await repository.QueryAsync(query.Validate(), cancellationToken);
            movements.AddRange(page.Items);
            if (page.NextCursor is not { } next)
            {
                break;
            }

            query = query with { After = next };
        }

        if (movements.Count > MaxMovements)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"warning: more than {MaxMovements:N0} movements match; drawing the first {MaxMovements:N0}. Narrow --bbox or the dates."));
            movements.RemoveRange(MaxMovements, movements.Count - MaxMovements);
        }

        return movements;
    }

    private static async Task<IReadOnlyList<MapOverlay>> LoadOverlaysAsync(OverlayRepository repository, string[] ids, ObjectStorage storage, string tilesFolder, double opacity, CancellationToken cancellationToken)
    {
        var overlays = new List<MapOverlay>();
        foreach (var text in ids)
        {
            if (!Guid.TryParse(text, out var id))
            {
                throw new ArgumentException($"--overlay '{text}' is not an overlay id; 'geomap overlay list' shows them.");
            }

            var overlay = await repository.GetAsync(id, cancellationToken)
                ?? throw new ArgumentException($"There is no overlay {id}; 'geomap overlay list' shows them.");
            if (overlay.Status != OverlayStatus.Ready)
            {
                throw new ArgumentException($"Overlay {id} ('{overlay.Title}') is not ready ({overlay.Status}); wait for tiling to finish.");
            }

            overlays.Add(storage.MapLayer(overlay, tilesFolder, opacity, cancellationToken));
        }

        return overlays;
    }
}

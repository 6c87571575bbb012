using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using GeoMap.Core;
using GeoMap.Core.Overlays;
using GeoMap.Core.Queries;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Tiling;
using GeoMap.Server;
using GeoMap.Server.Hosting;
using GeoMap.Server.Json;
using GeoMap.Server.Overlays;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap overlay add|list|rm</c>: overlays stored in the database, with tiles where the server serves them.</summary>
public static class OverlayStoreCommands
{
    private static readonly Option<string?> TilesOption = new("--tiles")
    {
        Description = "Tiles folder the server serves (GeoMap:Server:TilesFolder); by default 'tiles' in the state folder (GEOMAP_DATA_DIR).",
    };

    /// <summary>Creates <c>add</c>.</summary>
    public static Command Add()
    {
        var input = new Argument<FileInfo>("INPUT") { Description = "GeoTIFF, or PNG/JPEG/WebP with a world file, --bounds or --corners." };
        var title = new Option<string?>("--title") { Description = "Title shown in the layer list (default: the file name)." };
        var source = new Option<string?>("--source") { Description = "Provider or source, e.g. 'Maxar'." };
        var caption = new Option<string?>("--caption") { Description = "Caption." };
        var acquired = new Option<DateTimeOffset?>("--acquired") { Description = "Acquisition time, ISO 8601 (UTC unless an offset is given)." };
        var report = new Option<long?>("--report") { Description = "Id of the report this image documents." };
        var georeference = new GeoreferenceArguments();
        var json = CliJson.Option();
        var command = new Command("add", "Store an overlay: georeference and tile an image into the server's tiles folder, with a progress bar.")
        {
            input, title, source, caption, acquired, report, TilesOption, json,
        };
        georeference.AddTo(command);
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                throw new FileNotFoundException($"No such image: {file.FullName}", file.FullName);
            }

            // Bad arguments are refused before anything is stored.
            var georeferencing = georeference.Read(parse);
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false);
            var overlays = new OverlayRepository(database.DataSource);
            var overlay = new Overlay
            {
                Id = Guid.NewGuid(),
                Title = parse.GetValue(title) ?? Path.GetFileNameWithoutExtension(file.Name),
                Source = parse.GetValue(source),
                Caption = parse.GetValue(caption),
                AcquiredAt = parse.GetValue(acquired)?.ToUniversalTime(),
                ReportId = parse.GetValue(report),
                Checksum = await ChecksumAsync(file.FullName, cancellationToken).ConfigureAwait(false),
                Uploader = Environment.UserName,
            };
            var server = Server(parse);
            using var storage = Storage(server);
            await overlays.AddAsync(overlay, cancellationToken).ConfigureAwait(false);

            // With a bucket, the pyramid is made in a scratch folder and stored whole before the overlay turns ready.
            var folder = storage.Folder is not null ? OverlayJobs.FolderOf(server, overlay.Id) : Path.Combine(server.TilesRoot, ".work", $"{overlay.Id:D}-{Guid.NewGuid():N}");
            try
            {
                var options = new TilerOptions { Georeference = georeferencing, Title = overlay.Title, Attribution = overlay.Source, AcquiredAt = overlay.AcquiredAt };
                var result = await OverlayTileCommand.TileAsync(file.FullName, folder, options, cancellationToken).ConfigureAwait(false);
                if (storage.Folder is null)
                {
                    await storage.Store.PutFolderAsync(ObjectStorage.PyramidKey(overlay.Id), folder, cancellationToken).ConfigureAwait(false);
                    OverlayJobs.TryDelete(folder);
                }

                await overlays.MarkReadyAsync(overlay.Id, result.Footprint, result.MinZoom, result.MaxZoom, cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(json) && await overlays.GetAsync(overlay.Id, cancellationToken).ConfigureAwait(false) is { } stored)
                {
                    CliJson.Write(w => FeatureWriter.WriteOverlayFeature(w, stored, storage.TileUrl(stored.Id)));
                    return 0;
                }

                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Overlay {overlay.Id} ready[/]: {result.TileCount:N0} tiles, zooms {result.MinZoom}-{result.MaxZoom}.");
                return 0;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The person who ran the command sees the failure now: nothing of it is left behind (the server's
                // uploads, whose uploader is not watching, keep a failed row instead).
                await overlays.DeleteAsync(overlay.Id, CancellationToken.None).ConfigureAwait(false);
                OverlayJobs.TryDelete(folder);
                if (storage.Folder is null)
                {
                    await storage.Store.DeletePrefixAsync(ObjectStorage.PyramidKey(overlay.Id), CancellationToken.None).ConfigureAwait(false);
                }

                if (e is not (ImageryException or IOException or FormatException or OperationCanceledException))
                {
                    throw;
                }

                return CliErrors.Report(e is OperationCanceledException ? "Cancelled while tiling; nothing was stored." : $"{e.Message} Nothing was stored.");
            }
        }).ConfigureAwait(false));
        return command;
    }

    /// <summary>Creates <c>list</c>.</summary>
    public static Command List()
    {
        var bbox = new Option<string?>("--bbox") { Description = "Only overlays whose footprint meets west,south,east,north." };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only overlays acquired at or after this time." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only overlays acquired at or before this time." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 100 };
        var json = CliJson.Option();
        var command = new Command("list", "List stored overlays, newest acquisition first.") { bbox, from, to, limit, json };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var box = parse.GetValue(bbox) is { } text ? BoundingBox.Parse(text) : null;
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false);
            var found = await new OverlayRepository(database.DataSource).ListAsync(box, parse.GetValue(from), parse.GetValue(to), Math.Clamp(parse.GetValue(limit), 1, 10_000), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                using var storage = Storage(ServerTiles(null));
                CliJson.Write(w =>
                {
                    w.WriteStartArray();
                    foreach (var o in found)
                    {
                        FeatureWriter.WriteOverlayFeature(w, o, storage.TileUrl(o.Id));
                    }

                    w.WriteEndArray();
                });
                return 0;
            }

            var table = new Table().AddColumns("id", "title", "status", "zooms", "acquired", "bounds");
            foreach (var o in found)
            {
                var e = o.Footprint?.EnvelopeInternal;
                table.AddRow(
                    Markup.Escape(o.Id.ToString()),
                    Markup.Escape(o.Title),
                    Markup.Escape(o.Status == OverlayStatus.Failed ? $"failed: {o.FailureReason}" : Vocabulary.Of(o.Status)),
                    string.Create(CultureInfo.InvariantCulture, $"{o.MinZoom}-{o.MaxZoom}"),
                    o.AcquiredAt?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "",
                    e is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{e.MinX:F4},{e.MinY:F4},{e.MaxX:F4},{e.MaxY:F4}"));
            }

            AnsiConsole.Write(table);
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    /// <summary>Creates <c>rm</c>.</summary>
    public static Command Remove()
    {
        var id = new Argument<Guid>("ID") { Description = "The overlay's id (from 'geomap overlay list')." };
        var command = new Command("rm", "Delete an overlay and its tiles.") { id, TilesOption };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var overlayId = parse.GetValue(id);
            var server = Server(parse);
            using var storage = Storage(server);
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false);
            if (!await new OverlayRepository(database.DataSource).DeleteAsync(overlayId, cancellationToken).ConfigureAwait(false))
            {
                return CliErrors.Report($"There is no overlay {overlayId}.");
            }

            OverlayJobs.TryDelete(OverlayJobs.FolderOf(server, overlayId));
            if (storage.Folder is null)
            {
                await storage.Store.DeletePrefixAsync(ObjectStorage.PyramidKey(overlayId), cancellationToken).ConfigureAwait(false);
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Deleted overlay {overlayId} and its tiles.");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static GeoMapServerOptions Server(ParseResult parse) => ServerTiles(parse.GetValue(TilesOption));

    /// <summary>
    /// Where the servers keep pyramids (<c>GeoMap:Storage</c> from <c>GEOMAP_CONFIG</c> and the environment): the tiles
    /// folder of <paramref name="settings"/>, or the bucket.
    /// </summary>
    internal static ObjectStorage Storage(GeoMapServerOptions settings) =>
        new(Microsoft.Extensions.Options.Options.Create(StorageSettings.FromEnvironment()), Microsoft.Extensions.Options.Options.Create(settings));

    /// <summary>
    /// The tiles folder a command works on: one typed on the command line (relative to where the user is), else the
    /// server's default, <c>tiles</c> in the state folder (<c>GEOMAP_DATA_DIR</c>).
    /// </summary>
    internal static GeoMapServerOptions ServerTiles(string? typed)
    {
        var settings = new GeoMapServerOptions();
        if (typed is { Length: > 0 })
        {
            settings.TilesFolder = Path.GetFullPath(typed);
        }

        settings.AnchorTiles(new DatabaseOptions().WithEnvironment().ResolveDataDirectory());
        return settings;
    }

    private static async Task<string> ChecksumAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }
}

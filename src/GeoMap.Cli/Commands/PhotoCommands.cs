using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using GeoMap.Core;
using GeoMap.Core.Photos;
using GeoMap.Core.Queries;
using GeoMap.Imagery.Errors;
using GeoMap.Server;
using GeoMap.Server.Json;
using GeoMap.Server.Photos;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap photo add FILES...</c>: ground photos stored through the server's own intake (<see cref="PhotoIntake"/>).</summary>
public static class PhotoCommands
{
    /// <summary>Creates <c>photo</c> with its subcommands <c>add</c>, <c>list</c> and <c>rm</c>.</summary>
    public static Command Create()
    {
        var photo = new Command("photo", "Ground photos: store them with their EXIF position, time and direction, for the map.");
        photo.Subcommands.Add(Add());
        photo.Subcommands.Add(List());
        photo.Subcommands.Add(Remove());
        return photo;
    }

    private static Command List()
    {
        var bbox = new Option<string?>("--bbox") { Description = "Only photos taken in west,south,east,north (degrees)." };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only photos taken at or after this time." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only photos taken at or before this time." };
        var limit = new Option<int>("--limit") { Description = "At most this many (1 to 10,000).", DefaultValueFactory = _ => 100 };
        var json = CliJson.Option();
        var command = new Command("list", "List stored photos in id order: position and how it is known, time taken, camera, file name.") { bbox, from, to, limit, json };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var most = parse.GetValue(limit);
            if (most is < 1 or > 10_000)
            {
                return CliErrors.Report(string.Create(CultureInfo.InvariantCulture, $"--limit must be from 1 to 10,000, not {most}."));
            }

            var area = parse.GetValue(bbox) is { } text ? BoundingBox.Parse(text).ToGeometry() : null;
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false);
            var found = await new PhotoRepository(database.DataSource).ListAsync(area, parse.GetValue(from), parse.GetValue(to), null, most, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                CliJson.Write(w =>
                {
                    w.WriteStartArray();
                    foreach (var p in found)
                    {
                        PhotoWriter.WritePhotoFeature(w, p);
                    }

                    w.WriteEndArray();
                });
                return 0;
            }

            var table = new Table().AddColumns("id", "file", "position", "placed by", "taken", "camera");
            foreach (var p in found)
            {
                table.AddRow(
                    p.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(p.FileName ?? ""),
                    p.Lon is { } lon && p.Lat is { } lat ? string.Create(CultureInfo.InvariantCulture, $"{lat:F5}, {lon:F5}") : "not placed",
                    Markup.Escape(p.PositionSource == PhotoPositionSource.None ? "" : Vocabulary.Of(p.PositionSource) + (p.PlacedBy is { } who ? $" ({who})" : "")),
                    p.TakenAt?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape(string.Join(' ', new[] { p.CameraMake, p.CameraModel }.Where(x => !string.IsNullOrWhiteSpace(x)))));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{found.Count} photo{(found.Count == 1 ? "" : "s")}{(found.Count == most ? $" (the first {most}: raise --limit for more)" : "")}.");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Remove()
    {
        var ids = new Argument<long[]>("IDS") { Description = "The photos' ids (from 'geomap photo list').", Arity = ArgumentArity.OneOrMore };
        var folder = new Option<string?>("--photos") { Description = "Photos folder the server serves (GeoMap:Server:PhotosFolder); by default 'photos' in the state folder (GEOMAP_DATA_DIR)." };
        var command = new Command("rm", "Delete photos and their files (original, screen copy, thumbnail); exit 1 when one of them did not exist.") { ids, folder };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false);
            var settings = Settings(parse.GetValue(folder));
            using var storage = OverlayStoreCommands.Storage(settings);
            var intake = new PhotoIntake(new PhotoRepository(database.DataSource), settings, storage);
            var missing = new List<long>();
            foreach (var id in parse.GetValue(ids)!.Distinct())
            {
                if (await intake.DeleteAsync(id, cancellationToken).ConfigureAwait(false))
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Deleted photo {id} and its files.");
                }
                else
                {
                    missing.Add(id);
                }
            }

            return missing.Count == 0 ? 0 : CliErrors.Report($"There is no photo {string.Join(", ", missing.Select(i => i.ToString(CultureInfo.InvariantCulture)))}.");
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Add()
    {
        var files = new Argument<FileInfo[]>("FILES") { Description = "Photos (JPEG, PNG, WebP, TIFF; the type is read from the file, not its name).", Arity = ArgumentArity.OneOrMore };
        var caption = new Option<string?>("--caption") { Description = "Caption of every photo added." };
        var folder = new Option<string?>("--photos") { Description = "Photos folder the server serves (GeoMap:Server:PhotosFolder); by default 'photos' in the state folder (GEOMAP_DATA_DIR)." };
        var json = CliJson.Option();
        var command = new Command("add", "Store photos: read each one's position, time, direction and camera, make its copies, store it; a summary at the end, exit 1 when a file failed.")
        {
            files, caption, folder, json,
        };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var given = parse.GetValue(files)!;
            var settings = Settings(parse.GetValue(folder));
            await using var database = await GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken).ConfigureAwait(false);
            using var storage = OverlayStoreCommands.Storage(settings);
            var intake = new PhotoIntake(new PhotoRepository(database.DataSource), settings, storage);
            var uploader = "cli:" + Environment.UserName;
            var results = new List<(FileInfo File, StoredPhoto? Stored, string? Error)>();

            async Task AddOneAsync(FileInfo file)
            {
                try
                {
                    var stored = await AddAsync(intake, settings, file, uploader, parse.GetValue(caption), cancellationToken).ConfigureAwait(false);
                    results.Add((file, stored, null));
                }
                catch (Exception e) when (e is ImageryException or IOException or UnauthorizedAccessException)
                {
                    results.Add((file, null, e.Message));
                }
            }

            if (parse.GetValue(json) || !AnsiConsole.Profile.Capabilities.Interactive)
            {
                foreach (var file in given)
                {
                    await AddOneAsync(file).ConfigureAwait(false);
                    if (!parse.GetValue(json))
                    {
                        var (_, stored, error) = results[^1];
                        CliConsole.Error().WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{results.Count}/{given.Length}] {file.Name}: {(error is null ? stored!.Duplicate ? "already stored" : "stored" : "failed")}"));
                    }
                }
            }
            else
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("photos", maxValue: given.Length);
                        foreach (var file in given)
                        {
                            task.Description = Markup.Escape(file.Name);
                            await AddOneAsync(file).ConfigureAwait(false);
                            task.Increment(1);
                        }

                        task.StopTask();
                    }).ConfigureAwait(false);
            }

            var failed = results.Count(r => r.Error is not null);
            if (parse.GetValue(json))
            {
                CliJson.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("photos");
                    foreach (var (file, stored, error) in results)
                    {
                        w.WriteStartObject();
                        w.WriteString("file", file.FullName);
                        w.WriteString("status", error is not null ? "failed" : stored!.Duplicate ? "duplicate" : "stored");
                        if (stored is not null)
                        {
                            w.WritePropertyName("photo");
                            PhotoWriter.WritePhotoFeature(w, stored.Photo, x => PhotoWriter.WriteNearDuplicates(x, stored.NearDuplicates));
                        }

                        if (error is not null)
                        {
                            w.WriteString("error", error);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartObject("summary");
                    w.WriteNumber("files", results.Count);
                    w.WriteNumber("stored", results.Count(r => r.Stored is { Duplicate: false }));
                    w.WriteNumber("duplicates", results.Count(r => r.Stored is { Duplicate: true }));
                    w.WriteNumber("failed", failed);
                    w.WriteEndObject();
                    w.WriteEndObject();
                });
                return failed == 0 ? 0 : CliErrors.Failure;
            }

            foreach (var (file, stored, _) in results.Where(r => r.Stored is { NearDuplicates.Count: > 0 }))
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"[yellow]{file.Name}[/] looks like stored photo {string.Join(", ", stored!.NearDuplicates.Select(n => n.Id))}.");
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[green]Photos:[/] {results.Count} files, {results.Count(r => r.Stored is { Duplicate: false })} stored ({results.Count(r => r.Stored is { Duplicate: false, Photo.Lon: not null })} with a position), {results.Count(r => r.Stored is { Duplicate: true })} already stored, {failed} failed.");
            foreach (var (file, _, error) in results.Where(r => r.Error is not null))
            {
                CliConsole.Error().MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{file.Name}:[/] {error} Nothing of it was stored.");
            }

            return failed == 0 ? 0 : CliErrors.Failure;
        }).ConfigureAwait(false));
        return command;
    }

    /// <summary>Copies the file into a staging folder (checksum and size as the server counts them) and stores it through the intake.</summary>
    private static async Task<StoredPhoto> AddAsync(PhotoIntake intake, GeoMapServerOptions settings, FileInfo file, string uploader, string? caption, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"No such file: {file.FullName}.", file.FullName);
        }

        if (file.Length > settings.MaxPhotoBytes)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The file is larger than the limit of {settings.MaxPhotoBytes:N0} bytes (GeoMap:Server:MaxPhotoBytes)."));
        }

        var folder = intake.NewStagingFolder();
        try
        {
            var path = Path.Combine(folder, "upload");
            string checksum;
            await using (var source = file.OpenRead())
            await using (var target = File.Create(path))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                checksum = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var prepared = await intake.PrepareAsync(folder, path, checksum, file.Length, file.Name, uploader, caption, cancellationToken).ConfigureAwait(false);
            return await intake.StoreAsync(prepared, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            PhotoIntake.Discard(folder);
            throw;
        }
    }

    /// <summary>The server's settings with the photos folder a command works on: typed, else the state folder's.</summary>
    private static GeoMapServerOptions Settings(string? typed)
    {
        var settings = new GeoMapServerOptions();
        if (typed is { Length: > 0 })
        {
            settings.PhotosFolder = Path.GetFullPath(typed);
        }

        settings.AnchorTiles(new DatabaseOptions().WithEnvironment().ResolveDataDirectory());
        return settings;
    }
}
